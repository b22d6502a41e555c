"""An HTML page whose markup is ASCII but whose text is UTF-16 (a template filled by a tool writing UTF-16,
a BOM before each run or none; the page declares ASCII or nothing): the text is read, not refused as
binary data nor turned into CJK mojibake (encodings.mixed_utf16)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bilat import encodings, ingest

TEXTS = {
    "en": "The minister of Laos arrived in Hanoi on Tuesday for talks on a new railway line.",
    "ar": "وصل وزير خارجية لاوس إلى هانوي يوم الثلاثاء لإجراء محادثات حول خط سكة حديد جديد.",
    "vi": "Bộ trưởng Lào đến Hà Nội hôm thứ Ba để đàm phán về tuyến đường sắt mới.",
    "ru": "Министр Лаоса прибыл в Ханой во вторник для переговоров о новой железной дороге.",
    "th": "รัฐมนตรีลาวเดินทางถึงฮานอยเมื่อวันอังคารเพื่อเจรจาเรื่องทางรถไฟสายใหม่",
    "zh": "老挝外长周二抵达河内，就新铁路线举行会谈。",
}
HEAD = "<!DOCTYPE html><html><head>{meta}<title>Talks</title></head><body><article>"


def page(text: str, encoding: str, meta: str = '<meta charset="us-ascii">', mark: bytes = b"",
         paragraphs: int = 1) -> bytes:
    body = b"".join(b"<p>" + mark + f"{n}. {text}".encode(encoding) + b"</p>\n" for n in range(1, paragraphs + 1))
    return HEAD.format(meta=meta).encode("ascii") + body + b"</article></body></html>"


def read(tmp_path: Path, data: bytes, name: str = "page.html") -> tuple[list, list[str]]:
    path = tmp_path / name
    path.write_bytes(data)
    warnings: list[str] = []
    return list(ingest.read_file(path, warnings.append)), warnings


@pytest.mark.parametrize("lang", sorted(TEXTS))
@pytest.mark.parametrize("encoding,mark", [("utf-16-le", b""), ("utf-16-be", b""),
                                           ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")])
@pytest.mark.parametrize("meta", ['<meta charset="us-ascii">', ""])
def test_utf16_text_in_ascii_markup_is_read(tmp_path, lang, encoding, mark, meta):
    [raw], warnings = read(tmp_path, page(TEXTS[lang], encoding, meta, mark, paragraphs=3))
    assert isinstance(raw, ingest.RawArticle), raw
    assert all(f"{n}. {TEXTS[lang]}" in raw.text for n in (1, 2, 3)), raw.text
    assert raw.title == "Talks"
    assert any("utf-16" in w and "page.html" in w for w in warnings)


def test_page_wholly_in_utf16_still_decoded_as_before(tmp_path):
    data = (HEAD.format(meta="") + "<p>" + TEXTS["ru"] + "</p></article></body></html>").encode("utf-16-le")
    [raw], warnings = read(tmp_path, data)
    assert TEXTS["ru"] in raw.text
    assert any("no byte-order mark; decoded as utf-16-le" in w for w in warnings)


def test_utf8_page_with_stray_nuls_is_not_taken_for_utf16(tmp_path):
    text = TEXTS["vi"].encode("utf-8")
    data = HEAD.format(meta="").encode() + b"<p>" + text[:20] + b"\x00" + text[20:] + b"</p></article></body></html>"
    assert encodings.mixed_utf16(data) is None
    [raw], _ = read(tmp_path, data)
    assert "Bộ trưởng Lào" in raw.text


def test_binary_after_html_markup_is_still_refused(tmp_path):
    data = b"<html><body><p>" + bytes(range(256)) * 40 + b"</p></body></html>"
    [err], _ = read(tmp_path, data)
    assert isinstance(err, ingest.BadInput) and "binary" in err.reason
