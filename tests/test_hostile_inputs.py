"""Hostile inputs to `bilat ingest` and `bilat analyze` (issue 11, point 3): each bad file is one line
naming it and the reason, the rest of the batch goes on, re-ingest changes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import PLAIN

from bilat import cli, store
from bilat.errors import BadInput
from bilat.ingest import Ingestor, read_file
from bilat.pipeline import Pipeline

ARTICLE = "Iran and Iraq met in Baghdad on Monday to discuss border security and trade between the two neighbours."


def _deep_page(depth: int, before: str = "") -> str:
    return (f"<html><body>{before}" + "<div>" * depth + f"<p>{ARTICLE}</p>" + "</div>" * depth
            + "</body></html>")


@pytest.mark.parametrize("depth", [3000, 100_000])
def test_a_page_nested_deeper_than_lxml_reads_keeps_its_text(tmp_path: Path, depth: int) -> None:
    """libxml2 stops at 2,048 levels of nesting even with huge_tree: a page nested deeper (unclosed tags, a
    generated page) was 'no article text found in the HTML' although its text was there."""
    page = tmp_path / "deep.html"
    page.write_text(_deep_page(depth), encoding="utf-8")
    got = list(read_file(page, lambda _: None))
    assert len(got) == 1 and not isinstance(got[0], BadInput), got
    assert got[0].text == ARTICLE


def test_the_text_between_tags_drops_markup_comments_and_invisible_elements() -> None:
    from bilat.ingest import _text_between_tags

    html = ("<html><head><title>T</title></head><body><!-- a note --><script>var a = '<p>x</p>';</script>"
            "<p>Laos &amp; Vietnam</p><div>met in <b>Hanoi</b></div><style>p {}</style></body></html>")
    assert _text_between_tags(html) == "Laos & Vietnam\nmet in Hanoi"


def test_ingesting_the_folder_that_holds_the_store_skips_the_store_itself(tmp_path: Path) -> None:
    """`bilat ingest .` with the default ./bilat.db read the database, its -wal and -shm as inputs: three
    'binary file' failures on every run, and exit status 1 for a clean batch."""
    (tmp_path / "a.txt").write_text("Vietnam and Laos signed a border agreement in Vientiane.", encoding="utf-8")
    conn = store.connect(str(tmp_path / "bilat.db"))
    errors: list[str] = []
    try:
        summary = Ingestor(conn, stories=False, pipeline=Pipeline(PLAIN), error=errors.append).run([tmp_path])
        assert (summary.ingested, summary.failed) == (1, 0), errors
        again = Ingestor(conn, stories=False, pipeline=Pipeline(PLAIN), error=errors.append).run([tmp_path])
        assert (again.ingested, again.unchanged, again.failed) == (0, 1, 0), errors
    finally:
        conn.close()
    assert not errors


def test_analyze_says_an_unreadable_file_in_one_line_as_ingest_does(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """click's own check answered a file the user may not read with a usage error over three lines (exit 2);
    now the reader says it, as ingest does: `error: FILE: cannot read (Permission denied)`."""
    import errno
    import os

    secret = tmp_path / "secret.txt"
    secret.write_text(ARTICLE, encoding="utf-8")
    real_access, real_read = os.access, Path.read_bytes

    def access(path: object, mode: int, *args: object, **kwargs: object) -> bool:
        return False if str(path) == str(secret) else real_access(path, mode, *args, **kwargs)  # type: ignore[arg-type]

    def read_bytes(self: Path) -> bytes:
        if self == secret:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(self))
        return real_read(self)

    monkeypatch.setattr(os, "access", access)
    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    result = CliRunner().invoke(cli.main, ["analyze", str(secret)])
    assert result.exit_code == 1
    assert result.output.splitlines() == [f"error: {secret}: cannot read (Permission denied)"]
    said = [str(b) for b in read_file(secret, lambda _: None)]
    assert result.output.splitlines() == [f"error: {said[0]}"]


def test_analyze_reads_a_json_file_as_ingest_does(tmp_path: Path) -> None:
    """`bilat analyze f.json` analysed the JSON syntax as text; it reads the articles, as ingest does, and
    a bad item is one error line while the others are answered."""
    path = tmp_path / "two.json"
    path.write_text(json.dumps([{"id": "a", "text": ARTICLE}, {"id": "b", "text": 12}]), encoding="utf-8")
    result = CliRunner().invoke(cli.main, ["analyze", str(path)])
    assert result.exit_code == 1
    rows = [json.loads(x) for x in result.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["a"] and rows[0]["text"] == ARTICLE
    assert result.stderr.splitlines() == [f"error: {path}#2: field 'text' is a number, not a string"]


def test_an_error_object_gives_the_id_only_when_ingest_would_keep_it() -> None:
    """`analyze --jsonl` echoed any id of a line it could not read: 1,000 characters of it, or an object
    as Python's repr ("{'a': 1}"); it now names the id by ingest's rule (a string or an integer of at
    most 256 characters), else null."""
    lines = [json.dumps({"id": "x" * 1000, "text": 12}), json.dumps({"id": {"a": 1}, "text": 12}),
             json.dumps({"id": 7, "text": 12}), json.dumps({"id": "ok", "text": 12})]
    result = CliRunner().invoke(cli.main, ["analyze", "--jsonl", "-"], input="\n".join(lines) + "\n")
    rows = [json.loads(x) for x in result.stdout.splitlines()]
    assert [r["id"] for r in rows] == [None, None, "7", "ok"]
    assert all(r["error"] == "field 'text' is a number, not a string" for r in rows)
