"""The analysis cap (BILAT_MAX_CHARS) is said wherever an analysis is answered, as ingest says it: one
``warning:`` line from ``bilat analyze`` (every input path), and ``analysed_chars`` in the JSON of
``bilat analyze``, ``bilat export documents`` and the API's /api/documents/{id} (null when all was analysed)."""

from __future__ import annotations

import json

from click.testing import CliRunner
from fastapi.testclient import TestClient

from bilat import store
from bilat.cli import main
from bilat.export import analysed_chars, document_row
from bilat.ingest import ingest
from bilat.records import Document, Removed
from bilat.web.app import create_app

LINE = "The ferry from Helsinki to Tallinn carried the Estonian trade delegation home on Sunday.\n"
LONG = LINE * 40  # 3,560 characters
CAP = "1000"


def test_document_row_says_where_the_analysis_stopped():
    cut = Document(id="x", source="s", original="o" * 50, removed=(Removed(kind="cut", text="", src_start=20, src_end=50),))
    assert analysed_chars(cut) == 20 and document_row(cut)["analysed_chars"] == 20
    assert document_row(Document(id="y", source="s", original="o"))["analysed_chars"] is None


def test_analyze_file_warns_and_answers_the_cut(tmp_path, monkeypatch):
    monkeypatch.setenv("BILAT_MAX_CHARS", CAP)
    path = tmp_path / "long.txt"
    path.write_text(LONG, encoding="utf-8")
    result = CliRunner().invoke(main, ["analyze", str(path)])
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1 and "long.txt" in warnings[0] and "BILAT_MAX_CHARS" in warnings[0]
    row = json.loads(result.stdout)
    assert row["analysed_chars"] == 978  # the last line end within 1,000 characters (11 lines of 88 and their newlines, less the last)
    assert "Tallinn" in row["text"]


def test_analyze_stdin_and_jsonl_warn(monkeypatch):
    monkeypatch.setenv("BILAT_MAX_CHARS", CAP)
    result = CliRunner().invoke(main, ["analyze", "-"], input=LONG)
    assert "<stdin>" in result.stderr and "BILAT_MAX_CHARS" in result.stderr
    assert json.loads(result.stdout)["analysed_chars"] == 978
    line = json.dumps({"id": "a1", "text": LONG}) + "\n" + json.dumps({"id": "a2", "text": LINE}) + "\n"
    result = CliRunner().invoke(main, ["analyze", "--jsonl", "-"], input=line)
    rows = [json.loads(r) for r in result.stdout.splitlines()]
    assert [r["analysed_chars"] for r in rows] == [978, None]
    assert result.stderr.count("BILAT_MAX_CHARS") == 1 and "<stdin>#1" in result.stderr


def test_api_document_answers_analysed_chars(tmp_path, monkeypatch):
    monkeypatch.setenv("BILAT_MAX_CHARS", CAP)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "long.txt").write_text(LONG, encoding="utf-8")
    (tmp_path / "in" / "short.txt").write_text(LINE.replace("Sunday", "Monday"), encoding="utf-8")
    db = tmp_path / "b.db"
    warnings: list[str] = []
    ingest([tmp_path / "in"], db=str(db), stories=False, warn=warnings.append)
    assert sum("BILAT_MAX_CHARS" in w for w in warnings) == 1
    conn = store.connect(str(db))
    ids = dict(conn.execute("SELECT source, id FROM documents").fetchall())
    conn.close()
    client = TestClient(create_app(str(db)))
    by_source = {src.rsplit("/", 1)[-1]: client.get(f"/api/documents/{i}").json() for src, i in ids.items()}
    assert by_source["long.txt"]["analysed_chars"] == 978
    assert by_source["short.txt"]["analysed_chars"] is None
    page = client.get(f"/doc/{ids[str(tmp_path / 'in' / 'long.txt')]}").text
    assert "Only the first 978 characters of this text were analysed" in page
