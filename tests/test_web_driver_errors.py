"""The PostgreSQL driver's text under a failing query ("LINE 1: SELECT id, title ... FROM do...", a caret line,
HINT and DETAIL lines) reached the web's 500 page and the JSON error, newlines escaped as \\x0a (probe55). Now the
web, the CLI and ingest show the server's primary message only, on one line, escaped in HTML."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from conftest import PLAIN
from fastapi.testclient import TestClient

from bilat import store
from bilat.ingest import Ingestor
from bilat.pipeline import Pipeline
from bilat.store import backends
from bilat.web.app import create_app


def test_driver_reason_keeps_the_first_line_of_a_multi_line_text():
    text = ('column "title" does not exist\nLINE 1: SELECT id, title, lang FROM do...\n'
            '                   ^\nHINT:  Perhaps you meant to reference the column "documents.title2".')
    assert backends.driver_reason(RuntimeError(text)) == 'column "title" does not exist'
    assert backends.driver_reason(RuntimeError("connection to server at \"127.0.0.1\", port 1 failed:\n"
                                               "  Connection refused")) == \
        'connection to server at "127.0.0.1", port 1 failed: Connection refused'
    assert backends.driver_reason(RuntimeError("")) == "RuntimeError"


@pytest.fixture()
def damaged(new_pg_store, tmp_path: Path) -> TestClient:
    """A PostgreSQL store served by the web, then altered under it so that a query fails in the server."""
    url = new_pg_store()
    (tmp_path / "a.txt").write_text("Vietnam and Belarus signed a trade agreement in Hanoi on Monday.", encoding="utf-8")
    conn = store.connect(url)
    try:
        Ingestor(conn, stories=False, pipeline=Pipeline(PLAIN), error=print).run([tmp_path / "a.txt"])
        schema = conn.schema
    finally:
        conn.close()
    client = TestClient(create_app(url), raise_server_exceptions=False)
    assert client.get("/api/search?q=Vietnam").status_code == 200
    base = url.split("?")[0]
    with psycopg.connect(base, autocommit=True) as raw:
        raw.execute(f'ALTER TABLE "{schema}".documents RENAME COLUMN title TO title_renamed')
    return client


def test_a_failing_query_is_one_line_on_the_api_and_the_page(damaged: TestClient):
    api = damaged.get("/api/search?q=Vietnam")
    assert api.status_code == 500
    # before: '... (column "title" does not exist\\x0aLINE 1: SELECT id, title, lang, json_extract(...) FROM do...
    # \\x0a    ^\\x0aHINT:  Perhaps you meant ...)'
    assert api.json() == {"error": {"status": 500,
                                    "message": 'the store cannot be read (column "title" does not exist)'}}
    page = damaged.get("/search?q=Vietnam")
    assert page.status_code == 500 and "text/html" in page.headers["content-type"]
    assert "the store cannot be read (column &#34;title&#34; does not exist)" in page.text
    for leak in ("LINE 1", "SELECT", "HINT", "Traceback", "x0a"):
        assert leak not in page.text and leak not in api.text
