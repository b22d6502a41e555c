"""``bilat export``: the writers (CSV columns) and the command's handling of its output file."""

from __future__ import annotations

import csv
import io

import pytest
from click.testing import CliRunner

from bilat import store
from bilat.cli import main
from bilat.export import write

ACTOR = {"code": "VNM", "sector": "GOV", "entity_text": "Việt Nam", "identifier_id": "Q881", "entity": "Q881"}
RECIPIENT = {"code": "BLR", "sector": None, "entity_text": "Belarus", "identifier_id": "Q184", "entity": "Q184"}


def _csv(rows: list[dict]) -> tuple[list[str], list[dict]]:
    out = io.StringIO()
    write(rows, out, "csv")
    reader = csv.DictReader(io.StringIO(out.getvalue()))
    return list(reader.fieldnames or []), list(reader)


@pytest.mark.parametrize("null_first", [False, True])
def test_csv_an_event_without_recipient_adds_no_bare_recipient_column(null_first: bool) -> None:
    """review: one event with ``recipient: null`` among others gave a stray last column ``recipient``
    beside ``recipient_code`` ... (and, when it came first, moved the recipient columns to the end)."""
    rows = [{"id": "d:e1", "event": "AGREE", "actor": ACTOR, "recipient": RECIPIENT, "event_text": "x"},
            {"id": "d:e2", "event": "MOBILIZE", "actor": ACTOR, "recipient": None, "event_text": "y"}]
    columns, got = _csv(rows[::-1] if null_first else rows)
    assert columns == ["id", "event", "actor_code", "actor_sector", "actor_entity_text", "actor_identifier_id",
                       "actor_entity", "recipient_code", "recipient_sector", "recipient_entity_text",
                       "recipient_identifier_id", "recipient_entity", "event_text"]
    by_id = {r["id"]: r for r in got}
    assert by_id["d:e1"]["recipient_code"] == "BLR" and by_id["d:e2"]["recipient_code"] == ""


def test_csv_a_field_null_everywhere_keeps_its_column() -> None:
    columns, got = _csv([{"id": "a", "recipient": None}])
    assert columns == ["id", "recipient"] and got == [{"id": "a", "recipient": ""}]


@pytest.fixture
def empty_store(tmp_path) -> str:
    db = str(tmp_path / "s.db")
    store.connect(db).close()
    return db


def test_a_wrong_format_leaves_an_existing_output_file_alone(tmp_path, empty_store: str) -> None:
    """review: ``-o FILE --format xml`` opened (emptied) FILE before refusing the format."""
    target = tmp_path / "events.json"
    target.write_text("precious\n", encoding="utf-8")
    for args in (["events", "--format", "xml"], ["network", "--format", "csv"]):
        result = CliRunner().invoke(main, ["export", *args, "--db", empty_store, "-o", str(target)])
        assert result.exit_code == 2 and "--format" in result.output
    assert target.read_text(encoding="utf-8") == "precious\n"


def test_an_output_that_cannot_be_written_is_one_line(tmp_path, empty_store: str) -> None:
    """review: ``-o no/such/dir/x.json`` ended in a FileNotFoundError traceback."""
    target = tmp_path / "no" / "such" / "x.json"
    result = CliRunner().invoke(main, ["export", "events", "--db", empty_store, "-o", str(target)])
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: {target}: cannot write (No such file or directory)"
