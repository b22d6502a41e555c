"""A file whose end is a run of NUL bytes (a download cut off into a preallocated file, a disk image's
slack) after ordinary text: the padding is ignored with a warning naming the file and the text is read.
Before, a short page or text so padded was refused as 'binary file (binary data)' and its article lost."""

from __future__ import annotations

import pytest

from bilat import ingest

PAGE = (b"<html><head><title>Port deal</title></head><body><p>Oman and Tanzania signed an agreement on the "
        b"port of Bagamoyo in Muscat on Sunday.</p></body></html>")
TEXT = "Oman and Tanzania signed an agreement on the port of Bagamoyo in Muscat on Sunday.\n"


@pytest.mark.parametrize("name,data", [("page.html", PAGE), ("note.txt", TEXT.encode("utf-8")),
                                       ("ar.txt", "وقعت عمان وتنزانيا اتفاقا بشأن ميناء باغامويو.\n".encode("cp1256"))])
@pytest.mark.parametrize("padding", [16, 5000])
def test_nul_padding_is_ignored(tmp_path, name, data, padding):
    path = tmp_path / name
    path.write_bytes(data + b"\x00" * padding)
    warnings: list[str] = []
    [raw] = ingest.read_file(path, warnings.append)
    assert isinstance(raw, ingest.RawArticle), raw
    assert "\x00" not in raw.text and ("Bagamoyo" in raw.text or "باغامويو" in raw.text)
    assert any(name in w and f"{padding:,} NUL bytes of padding" in w for w in warnings)


def test_utf16_text_keeps_its_nuls(tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes((TEXT * 3).encode("utf-16-le") + b"\x00" * 40)
    # the last "\n" is 0a 00: its NUL is kept, the 40 after it are padding
    [raw] = ingest.read_file(path, lambda _: None)
    assert raw.text.startswith(TEXT.strip())


def test_nuls_only_is_still_binary(tmp_path):
    path = tmp_path / "zeros.txt"
    path.write_bytes(b"\x00" * 5000)
    [err] = ingest.read_file(path, lambda _: None)
    assert isinstance(err, ingest.BadInput) and "binary" in err.reason


def test_a_few_trailing_nuls_need_no_warning(tmp_path):
    path = tmp_path / "few.txt"
    path.write_bytes(TEXT.encode() + b"\x00" * 3)
    warnings: list[str] = []
    [raw] = ingest.read_file(path, warnings.append)
    assert raw.text.strip() == TEXT.strip() and not warnings


@pytest.mark.parametrize("newline", [b"\n", b""])
def test_jsonl_feed_with_nul_padding_keeps_its_lines(tmp_path, newline):
    path = tmp_path / "feed.jsonl"
    path.write_bytes(b'{"id": "p1", "text": "Oman met Tanzania in Muscat."}\n'
                     b'{"id": "p2", "text": "Chile met Peru in Lima."}' + newline + b"\x00" * 3000)
    warnings: list[str] = []
    items = list(ingest.read_file(path, warnings.append))
    assert [i.id for i in items] == ["p1", "p2"], items
    assert any("3,000 NUL bytes of padding" in w for w in warnings)
