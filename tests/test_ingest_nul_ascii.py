"""An ASCII text whose spaces are NUL bytes (a field separator written by a broken export tool) is not
UTF-16: read as big-endian UTF-16 it became rare hanzi ('周攀灲敳...') and was stored as a Chinese article
with a 'decoded as utf-16-be' warning. encodings.unmarked_unicode now asks, where charset-normalizer is not
sure, that most of the decoded characters be plausible (encodings._plausible: ASCII, an alphabet, kana,
hangul, CJK punctuation, the 1,500 common hanzi); such a file is refused as binary data, one line. Real
UTF-16 without a mark, in either byte order, is still read."""

from __future__ import annotations

import pytest

from bilat import encodings, ingest

ENGLISH = ("The delegation from Mongolia reached Astana late on Thursday and signed a memorandum on "
           "rail freight the next morning, officials said.\n")
CHINESE = ("蒙古代表团周四晚间抵达阿斯塔纳，次日上午签署了铁路货运合作备忘录。官员表示，双方还同意在明年举行新一轮会谈。\n"
           "两国外长在会后举行了联合记者会，介绍了合作的主要内容。\n")


def test_nul_separated_ascii_is_not_taken_for_utf16():
    data = ENGLISH.replace(" ", "\x00").encode("ascii") * 3
    assert encodings.unmarked_unicode(data) is None


def test_nul_separated_ascii_file_is_one_error_not_mojibake(tmp_path):
    path = tmp_path / "export.txt"
    path.write_bytes(ENGLISH.replace(" ", "\x00").encode("ascii") * 3)
    warnings: list[str] = []
    [item] = ingest.read_file(path, warnings.append)
    assert isinstance(item, ingest.BadInput) and "binary" in item.reason and "export.txt" in str(item)
    assert not any("utf-16" in w for w in warnings)


@pytest.mark.parametrize("text", [ENGLISH, CHINESE, ENGLISH + CHINESE])
@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_unmarked_utf16_still_read(text, encoding):
    data = (text * 3).encode(encoding)
    assert encodings.unmarked_unicode(data) == encoding
    assert encodings.decode(data, "x", lambda _: None) == text * 3
