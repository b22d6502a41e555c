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


# --- a feed joined from a UTF-8 file and a UTF-16 one ---------------------------------------------------------

FR = '{"id": "fr", "text": "Le président français a rencontré le ministre égyptien au Caire lundi."}\n'
EN = b'{"id": "en", "text": "Oman and Chile signed a fisheries accord in Muscat on Friday."}\n'


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_a_utf16_feed_after_a_utf8_line_keeps_every_line(tmp_path, encoding):
    """robust57: `cat a.jsonl b-utf16.jsonl > feed.jsonl` was refused whole as binary data, the UTF-8 lines too."""
    path = tmp_path / "feed.jsonl"
    path.write_bytes(EN + (FR + FR.replace('"fr"', '"fr2"')).encode(encoding))
    warnings: list[str] = []
    items = list(ingest.read_file(path, warnings.append))
    assert [getattr(i, "id", i) for i in items] == ["en", "fr", "fr2"], items
    assert items[1].text.startswith("Le président français")
    assert any("decoded as utf-16" in w for w in warnings)


@pytest.mark.parametrize("blob", [bytes(range(256)) * 40, b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8])
def test_binary_after_a_json_line_is_still_refused_whole(tmp_path, blob):
    path = tmp_path / "feed.jsonl"
    path.write_bytes(EN + blob)
    [bad] = ingest.read_file(path, lambda _: None)
    assert isinstance(bad, BadInput) and "binary" in bad.reason and bad.source == str(path)


# --- a refused file gets its one error line alone -------------------------------------------------------------

def test_a_tar_archive_is_one_error_line_without_a_padding_warning(tmp_path):
    """robust57: a tar file (or a .npy array, a fastText model) ends in NUL padding; its refusal came after
    `warning: FILE: 5,172 NUL bytes of padding at the end ignored`, two lines for one bad file."""
    import tarfile

    inner = tmp_path / "note.txt"
    inner.write_text("Chile and Peru held talks in Lima on Monday.\n")
    path = tmp_path / "archive.txt"
    with tarfile.open(path, "w") as tar:
        tar.add(inner, arcname="note.txt")
    warnings: list[str] = []
    [bad] = ingest.read_file(path, warnings.append)
    assert isinstance(bad, BadInput) and "binary" in bad.reason
    assert warnings == []


# --- bilat reanalyze on a store that is not there ----------------------------------------------------------------

def test_reanalyze_refuses_a_missing_store_and_creates_nothing(tmp_path):
    """robust57: `bilat reanalyze --db TYPO.db` created an empty store and answered `0 ingested`."""
    from click.testing import CliRunner

    from bilat.cli import main

    db = tmp_path / "typo.db"
    result = CliRunner().invoke(main, ["reanalyze", "--db", str(db), "--no-stories"])
    assert result.exit_code == 1
    assert f"{db}: no such store; run `bilat ingest` first" in result.stderr
    assert not db.exists() and list(tmp_path.iterdir()) == []
