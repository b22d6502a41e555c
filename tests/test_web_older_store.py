"""A store written by an older bilat, that this user may not write (a shared copy, a read-only mount): stats and
export read it as it is, but the web's pages need tables the older schema lacks, and `bilat serve` said only
"cannot read the store (no such table: event_list)" (probe55). It now says why, and what to run."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import PLAIN, no_writes
from fastapi.testclient import TestClient

from bilat import store
from bilat.cli import main
from bilat.errors import StoreError
from bilat.ingest import Ingestor
from bilat.pipeline import Pipeline
from bilat.web.app import create_app


def _older_store(tmp_path: Path) -> str:
    """A store of one article, then taken back to the schema before its last two core migrations."""
    db = str(tmp_path / "old.db")
    (tmp_path / "a.txt").write_text("Vietnam and Belarus signed a trade agreement in Hanoi on Monday.", encoding="utf-8")
    conn = store.connect(db)
    try:
        Ingestor(conn, stories=False, pipeline=Pipeline(PLAIN), error=print).run([tmp_path / "a.txt"])
        conn.executescript("DROP TABLE event_list; DROP INDEX mentions_entity_published; "
                           "ALTER TABLE mentions DROP COLUMN published; "
                           "DELETE FROM migrations WHERE name IN ('0007_event_list', '0008_mention_published');")
    finally:
        conn.close()
    return db


def _unwritable(monkeypatch: pytest.MonkeyPatch) -> None:
    """From here on this user may not write the store (it is read-only to them)."""
    monkeypatch.setattr(store, "writable", lambda _path=None: False)
    monkeypatch.setattr(store, "connect", no_writes(store.connect))


def test_serving_an_older_store_this_user_cannot_write_says_why(tmp_path, monkeypatch):
    db = _older_store(tmp_path)
    _unwritable(monkeypatch)
    with pytest.raises(StoreError) as e:
        create_app(db)
    # before: sqlite3.OperationalError "no such table: event_list"
    assert str(e.value) == (f"{db}: written by an older bilat (2 schema step(s) not applied, from 0007_event_list) "
                            f"and this user may not write it to bring it up to date; run `bilat stats --db {db}` "
                            "once as a user who may write it and its folder, then serve it")
    result = CliRunner().invoke(main, ["serve", "--db", db, "--port", "0"])
    assert result.exit_code == 1 and result.output.strip() == f"Error: {e.value}"


def test_stats_and_export_still_read_an_older_store_this_user_cannot_write(tmp_path, monkeypatch):
    db = _older_store(tmp_path)
    _unwritable(monkeypatch)
    runner = CliRunner()
    assert runner.invoke(main, ["stats", "--db", db]).output.startswith("documents: 1\n")
    assert len(runner.invoke(main, ["export", "documents", "--db", db]).output.splitlines()) == 1


def test_an_older_store_this_user_may_write_is_brought_up_to_date_and_served(tmp_path):
    db = _older_store(tmp_path)
    client = TestClient(create_app(db))
    assert client.get("/api/overview").json()["documents"] == 1
    conn = store.open_reader(db)
    try:
        assert store.pending_migrations(conn) == []
    finally:
        conn.close()
