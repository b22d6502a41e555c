"""A JSONL feed saved as UTF-16 (or UTF-32) by a Windows tool under a text name (feed.txt, no extension): read as
JSONL, as the same bytes named .jsonl are. Before (probe55) only little-endian without a byte-order mark was seen
as a feed: big-endian, or either order with its mark, was one article whose text was the JSON of every line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ingest_plain

from bilat import ingest

TEXTS = ("Egypt and Jordan signed a water agreement in Cairo on Sunday.",
         "وقعت مصر والأردن اتفاقية مياه في القاهرة يوم الأحد.",
         "Thái Lan và Lào ký hiệp định thương mại tại Viêng Chăn.",
         "泰国与老挝在万象签署贸易协定。")
LINES = "".join(json.dumps({"id": f"f{n}", "text": text}, ensure_ascii=False) + "\n" for n, text in enumerate(TEXTS))
ENCODINGS = [("utf-16-le", b""), ("utf-16-be", b""), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"),
             ("utf-32-le", b"\xff\xfe\x00\x00"), ("utf-32-be", b"\x00\x00\xfe\xff")]


def _read(path: Path) -> tuple[list, list[str]]:
    warnings: list[str] = []
    return list(ingest.read_file(path, warnings.append)), warnings


@pytest.mark.parametrize("encoding,mark", ENCODINGS)
@pytest.mark.parametrize("name", ["feed.txt", "feed", "feed.jsonl"])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_utf16_feed_is_read_as_jsonl_whatever_its_name(tmp_path, encoding, mark, name, newline):
    path = tmp_path / name
    path.write_bytes(mark + LINES.replace("\n", newline).encode(encoding))
    items, warnings = _read(path)
    assert [(getattr(i, "id", None), getattr(i, "text", None)) for i in items] == \
        [(f"f{n}", text) for n, text in enumerate(TEXTS)], warnings
    assert [i.source for i in items] == [f"{path}#{n}" for n in range(1, len(TEXTS) + 1)]


@pytest.mark.parametrize("encoding,mark", ENCODINGS[:4])
def test_a_utf16_text_starting_with_a_brace_is_still_a_text(tmp_path, encoding, mark):
    path = tmp_path / "note.txt"
    text = '{"title": "x"}\nVietnam and Belarus signed a trade agreement in Hanoi on Monday.\n'
    path.write_bytes(mark + text.encode(encoding))
    items, warnings = _read(path)
    assert len(items) == 1 and items[0].text.startswith('{"title": "x"}')
    assert not any("JSON Lines" in w for w in warnings)


def test_ingest_of_a_utf16_feed_txt_stores_each_article_and_again_changes_nothing(tmp_path):
    path = tmp_path / "feed.txt"
    path.write_bytes(b"\xfe\xff" + LINES.encode("utf-16-be"))
    db = str(tmp_path / "s.db")

    first, second = ingest_plain(db, [path]), ingest_plain(db, [path])
    assert (first.ingested, first.failed) == (4, 0) and (second.ingested, second.unchanged) == (0, 4)
