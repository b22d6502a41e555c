"""A huge article: only the first BILAT_MAX_CHARS characters are analysed, with one warning naming the
file, and the whole text is stored; and one form for a file's error, ``error: FILE: reason``, the same
words from `bilat analyze` and `bilat ingest`."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from bilat import store
from bilat.cli import main
from bilat.ingest import Ingestor, read_guarded
from bilat.pipeline import Pipeline, document_from_raw
from bilat.records import RawArticle
from bilat.stages import clean as clean_mod

LINE = "The foreign ministers of Vietnam and Laos met in Vientiane on {n} May to talk about trade."


def _long_text(lines: int) -> str:
    return "\n".join(LINE.format(n=n) for n in range(lines))


def test_cut_at_ends_at_a_line_within_the_cap() -> None:
    text = "aaaa\nbbbb\ncccc"
    assert clean_mod.cut_at(text, 100) is None
    assert clean_mod.cut_at(text, 11) == 9  # "aaaa\nbbbb" ends at 9; "cccc" would pass the cap
    assert clean_mod.cut_at("x" * 50, 10) == 10  # one long line: cut at the cap itself


def test_clean_analyses_only_the_text_before_the_cap() -> None:
    text = _long_text(200)
    doc = clean_mod.make_stage(max_chars=1000)(document_from_raw(RawArticle(source="big.txt", text=text)))
    assert doc.original == text  # the whole text stays on the document (and in the store)
    assert len(doc.text) <= 1000 + 2 * len(doc.paragraphs)  # paragraphs are joined by a blank line
    assert "Vientiane on 0 May" in doc.text and "on 199 May" not in doc.text
    cut = [r for r in doc.removed if r.kind == "cut"]
    assert len(cut) == 1 and cut[0].src_end == len(text) and 0 < cut[0].src_start <= 1000


def test_a_short_text_is_not_cut() -> None:
    doc = clean_mod.make_stage(max_chars=10_000)(document_from_raw(RawArticle(source="a.txt", text=_long_text(5))))
    assert not [r for r in doc.removed if r.kind == "cut"] and "on 4 May" in doc.text


def test_the_cap_is_read_from_bilat_max_chars(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BILAT_MAX_CHARS", "1200")
    assert clean_mod.max_chars() == 1200
    monkeypatch.setenv("BILAT_MAX_CHARS", "lots")
    assert clean_mod.max_chars() == clean_mod.MAX_CHARS
    monkeypatch.delenv("BILAT_MAX_CHARS")
    assert clean_mod.max_chars() == clean_mod.MAX_CHARS


def test_the_reader_warns_once_naming_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BILAT_MAX_CHARS", "1000")
    path = tmp_path / "huge.txt"
    path.write_text(_long_text(300), encoding="utf-8")
    warnings: list[str] = []
    items = list(read_guarded(path, warnings.append))
    assert len(items) == 1 and isinstance(items[0], RawArticle) and "on 299 May" in items[0].text
    assert len(warnings) == 1
    assert warnings[0].startswith(f"{path}: text of ") and "only the first" in warnings[0]
    assert "BILAT_MAX_CHARS" in warnings[0]
    small = tmp_path / "small.txt"
    small.write_text(_long_text(3), encoding="utf-8")
    warnings.clear()
    list(read_guarded(small, warnings.append))
    assert warnings == []


def test_ingest_stores_the_whole_text_of_a_cut_article(tmp_path: Path, db_path: str,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BILAT_MAX_CHARS", "1000")
    path = tmp_path / "huge.txt"
    text = _long_text(300)
    path.write_text(text, encoding="utf-8")
    warnings: list[str] = []
    conn = store.connect(db_path)
    summary = Ingestor(conn, stories=False, pipeline=Pipeline(until="clean"), error=warnings.append,
                       warn=warnings.append).run([path])
    assert summary.ingested == 1 and summary.failed == 0
    assert any(w.startswith(f"{path}: text of {len(text):,} characters") for w in warnings)
    data = json.loads(conn.execute("SELECT data FROM documents").fetchone()[0])
    assert data["original"] == text and "on 299 May" not in data["text"]


def test_bilat_analyze_says_the_cut_and_answers(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text(_long_text(300), encoding="utf-8")
    result = CliRunner().invoke(main, ["analyze", str(path)], env={"BILAT_MAX_CHARS": "1000"})
    assert result.exit_code == 0
    assert re.search(rf"^warning: {re.escape(str(path))}: text of [\d,]+ characters; only the first",
                     result.stderr, re.MULTILINE)
    row = json.loads(result.stdout)
    assert "on 299 May" not in row["text"] and any(r["kind"] == "cut" for r in row["removed"])


def _bad_inputs(tmp_path: Path) -> list[Path]:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(64))
    (tmp_path / "cut.html").write_text("<html><body><p>Vietnam and Laos", encoding="utf-8")
    return [tmp_path / "missing.txt", tmp_path / "empty.txt", tmp_path / "image.png", tmp_path / "cut.html"]


def test_analyze_and_ingest_say_a_bad_file_in_one_form(tmp_path: Path) -> None:
    db = str(tmp_path / "e.db")
    for path in _bad_inputs(tmp_path):
        analysed = CliRunner().invoke(main, ["analyze", str(path)])
        ingested = CliRunner().invoke(main, ["ingest", "--no-stories", "--db", db, str(path)])
        said = [x for x in analysed.stderr.splitlines() if x.startswith("error:")]
        assert len(said) == 1 and analysed.exit_code == 1
        # error: FILE: reason, the reason in lower case (a system message keeps its own case in brackets)
        assert re.fullmatch(rf"error: {re.escape(str(path))}: [a-z][^\n]*", said[0]), said[0]
        assert said[0] in ingested.output.splitlines(), (said[0], ingested.output)
