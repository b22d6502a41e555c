"""Opening a store while another process holds the file (stop 29: a fresh-clone CI run under load failed
test_faults' two concurrent ingests with "cannot open store (database is locked)" from the switch to WAL,
which SQLite may refuse at once, without its busy handler)."""

import sqlite3

import pytest

from bilat.store import _wal


class Flaky:
    def __init__(self, failures: int, message: str = "database is locked") -> None:
        self.failures, self.message, self.calls = failures, message, 0

    def execute(self, sql: str) -> None:
        self.calls += 1
        assert sql == "PRAGMA journal_mode=WAL"
        if self.calls <= self.failures:
            raise sqlite3.OperationalError(self.message)


def test_a_locked_file_is_waited_for() -> None:
    conn = Flaky(failures=3)
    _wal(conn, patience=5.0)  # type: ignore[arg-type]
    assert conn.calls == 4


def test_other_errors_and_a_lock_that_outlasts_patience_are_raised() -> None:
    with pytest.raises(sqlite3.OperationalError, match="disk I/O"):
        _wal(Flaky(failures=1, message="disk I/O error"), patience=5.0)  # type: ignore[arg-type]
    never = Flaky(failures=10**6)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        _wal(never, patience=0.2)  # type: ignore[arg-type]
    assert 2 <= never.calls < 10
