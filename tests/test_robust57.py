"""Hostile input found by robust57 (issue 11 part 3). Every input is composed here."""

from __future__ import annotations

import io

import pytest
from conftest import analyze_cli

from bilat import ingest
from bilat.errors import BadInput


class Endless(io.RawIOBase):
    """A stream that never ends (standard input from /dev/zero or `yes | tr -d '\\n'`): BYTE for ever."""

    def __init__(self, head: bytes = b"", byte: bytes = b"\x00") -> None:
        self.head, self.byte, self.given = head, byte, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buf) -> int:  # type: ignore[no-untyped-def]
        n = len(buf)
        chunk = (self.head[self.given:] + self.byte * n)[:n] if self.given < len(self.head) else self.byte * n
        buf[:n] = chunk
        self.given += n
        return n


@pytest.fixture
def small_limits(monkeypatch):
    monkeypatch.setattr(ingest, "MAX_LINE_BYTES", 4096)
    monkeypatch.setattr(ingest, "MAX_SKIP_BYTES", 4 * 4096)


# --- defect 1: an endless line (/dev/zero on standard input) read for ever ---------------------------------

@pytest.mark.parametrize("byte", [b"\x00", b"a"])
def test_an_endless_line_ends_the_reading_with_one_reason(small_limits, byte):
    head = b'{"id": "k1", "text": "Chile met Peru in Lima."}\n'
    lines = ingest.jsonl_lines(io.BufferedReader(Endless(head, byte)))
    assert next(lines)[1] == head.rstrip(b"\n") + b"\n"
    with pytest.raises(BadInput) as e:
        next(lines)
    assert "line 2" in e.value.reason and "the rest of the input is not read" in e.value.reason


def test_an_over_long_line_that_ends_is_still_skipped_and_the_next_read(small_limits):
    data = b'{"id": "a", "text": "' + b"x" * 9000 + b'"}\n{"id": "b", "text": "Oman met Chile."}\n'
    got = list(ingest.jsonl_lines(io.BytesIO(data)))
    assert got[0][1] is None and got[1][1].startswith(b'{"id": "b"')


def test_analyze_jsonl_on_dev_zero_ends_with_one_error_object(small_limits, idle_pipeline):
    """`bilat analyze --jsonl < /dev/zero` ran for ever, printing nothing."""
    rows, err, code = analyze_cli(["--jsonl"], io.BufferedReader(Endless()))
    assert code == 1
    assert len(rows) == 1 and rows[0]["id"] is None and "NUL bytes only" in rows[0]["error"]
    assert err.count("error: <stdin>: line 1: NUL bytes only") == 1, err


def test_analyze_jsonl_keeps_the_lines_before_an_endless_one(small_limits, idle_pipeline):
    head = b'{"id": "k1", "text": "Chile met Peru in Lima."}\n{"id": "k2", "text": "Oman'
    rows, err, code = analyze_cli(["--jsonl"], io.BufferedReader(Endless(head, b"o")))
    assert code == 1
    assert rows[0]["id"] == "k1" and "error" not in rows[0]
    assert "does not end within" in rows[1]["error"] and len(rows) == 2
    assert "error: <stdin>: line 2 does not end within" in err, err
