"""A JSONL feed joined from a UTF-8 file and a UTF-16 one (`cat a.jsonl b-utf16.jsonl`, either first, with a
byte-order mark or none): every line is read in its own encoding (ingest._mixed_lines), a bad line is one error
naming the file and line, and the other lines go through, at ingest and in `bilat analyze --jsonl`. robust58: with
two UTF-8 lines before the UTF-16 part, or the UTF-16 part first, the whole feed was refused as binary data (or its
UTF-8 part was one line of mojibake); a UTF-16 character whose low byte is a newline byte (Thai ช U+0E0A, 上
U+4E0A) cut its line in two. Texts written for the test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import analyze_cli, ingest_plain

from bilat import ingest

TEXTS = ["Egypt and Jordan signed a water agreement in Cairo on Sunday.",
         "ไทยและลาวลงนามข้อตกลงการค้าที่เวียงจันทน์ ชายแดนช่วงบน",
         "泰国与老挝在万象签署贸易协定，上周双方举行会谈。",
         "وقعت مصر والأردن اتفاقية مياه في القاهرة يوم الأحد.",
         "Россия и Китай провели переговоры в Москве."]


def lines(ids: list[str], bad: str | None = None) -> str:
    out = "".join(json.dumps({"id": i, "text": TEXTS[(ord(i) - ord("a")) % len(TEXTS)]}, ensure_ascii=False) + "\n"
                  for i in ids)
    return out if bad is None else out + bad + "\n"


CASES = {
    "utf8-then-utf16le": lambda: lines(["a", "b"]).encode() + lines(["c", "d", "e"]).encode("utf-16-le"),
    "utf8-then-utf16be-mark": lambda: lines(["a", "b"]).encode() + b"\xfe\xff" + lines(["c", "d", "e"]).encode("utf-16-be"),
    "utf16-mark-then-utf8": lambda: lines(["a", "b", "c"]).encode("utf-16") + lines(["d", "e"]).encode(),
    "utf16be-then-utf8": lambda: lines(["a", "b", "c"]).encode("utf-16-be") + lines(["d", "e"]).encode(),
    "utf16le-then-utf8-crlf": lambda: (lines(["a", "b", "c"]).replace("\n", "\r\n").encode("utf-16-le")
                                       + lines(["d", "e"]).replace("\n", "\r\n").encode()),
}


def _read(path: Path) -> tuple[list, list[str]]:
    warnings: list[str] = []
    return list(ingest.read_file(path, warnings.append)), warnings


@pytest.mark.parametrize("case", sorted(CASES))
def test_every_line_of_a_mixed_feed_is_read_in_its_own_encoding(tmp_path, case):
    path = tmp_path / "feed.jsonl"
    path.write_bytes(CASES[case]())
    items, _ = _read(path)
    assert [(i.id, i.text) for i in items] == [(x, TEXTS[n]) for n, x in enumerate("abcde")], items


def test_a_bad_line_in_either_part_is_one_error_naming_it(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_bytes(lines(["a"], bad='{"id": "x", "text": 5}').encode()
                     + lines(["c"], bad='{"id": "y", "text": "cut').encode("utf-16-le"))
    items, _ = _read(path)
    assert [i.id for i in items if isinstance(i, ingest.RawArticle)] == ["a", "c"]
    errors = [str(i) for i in items if isinstance(i, ingest.BadInput)]
    assert len(errors) == 2 and f"{path}#2" in errors[0] and "'text' is a number" in errors[0]
    assert f"{path}#4" in errors[1] and "truncated line" in errors[1]


def test_random_bytes_are_still_refused_as_binary(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_bytes(lines(["a"]).encode() + bytes(range(256)) * 20)
    items, _ = _read(path)
    assert len(items) == 1 and isinstance(items[0], ingest.BadInput) and "binary" in items[0].reason


def test_ingest_stores_every_article_once_and_again_changes_nothing(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_bytes(CASES["utf8-then-utf16le"]())
    db = str(tmp_path / "s.db")
    first, second = ingest_plain(db, [path]), ingest_plain(db, [path])
    assert (first.ingested, first.failed) == (5, 0)
    assert (second.ingested, second.unchanged, second.failed) == (0, 5, 0)


def test_analyze_jsonl_reads_a_mixed_feed_on_standard_input():
    rows, err, code = analyze_cli(["--jsonl"], CASES["utf16-mark-then-utf8"]())
    assert code == 0, err
    assert [r["id"] for r in rows if "text" in r] == list("abcde")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "mixed"])
def test_a_line_over_the_limit_is_one_error_and_the_next_lines_are_read(tmp_path, monkeypatch, encoding):
    monkeypatch.setattr(ingest, "MAX_LINE_BYTES", 3000)
    monkeypatch.setattr(ingest, "MAX_SKIP_BYTES", 100_000)
    big = json.dumps({"id": "big", "text": "Laos and Vietnam. " * 400}) + "\n"
    head = lines(["a"]).encode("utf-8" if encoding == "mixed" else encoding)
    tail = (big + lines(["b"])).encode("utf-16-le" if encoding in ("mixed", "utf-16") else encoding)
    path = tmp_path / "feed.jsonl"
    path.write_bytes(head + tail)
    for chunk in (1 << 20, 1000, 7):  # a line end straddling two reads
        monkeypatch.setattr(ingest, "_mixed_lines", _chunked(chunk))
        items, _ = _read(path)
        assert [getattr(i, "id", None) for i in items] == ["a", None, "b"], (chunk, items)
        assert "line too large" in items[1].reason and items[1].source == f"{path}#2", items[1]


def test_a_utf16_line_of_nuls_past_the_limit_ends_the_reading_with_one_error(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest, "MAX_LINE_BYTES", 3000)
    path = tmp_path / "feed.jsonl"
    path.write_bytes(lines(["a"]).encode("utf-16") + b"\x00" * 20000)
    items, _ = _read(path)
    assert [getattr(i, "id", None) for i in items] == ["a", None]
    assert "NUL bytes only" in items[1].reason


_REAL_MIXED = ingest._mixed_lines


def _chunked(size: int):
    return lambda fh, encoding, **kw: _REAL_MIXED(fh, encoding, chunk=size, **kw)


def test_each_change_of_encoding_is_one_warning_naming_its_line(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_bytes(lines(["a", "b"]).encode() + lines(["c", "d"]).encode("utf-16-le") + lines(["e"]).encode())
    items, warnings = _read(path)
    assert [i.id for i in items] == list("abcde")
    assert warnings == [f"{path}#3: the lines from here on are UTF-16-LE without a byte-order mark; decoded as utf-16-le",
                        f"{path}#5: the lines from here on are UTF-8; decoded as utf-8"]
