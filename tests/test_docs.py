"""Docs can't drift: every command, export kind and record is documented."""

from pathlib import Path

from bilat import records
from bilat.cli import EXPORT_KINDS, main

ROOT = Path(__file__).resolve().parents[1]


def test_every_command_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in main.commands:
        assert f"bilat {name}" in readme, name
    for kind in EXPORT_KINDS:
        assert kind in readme, kind


def test_every_record_is_documented():
    text = (ROOT / "docs" / "records.md").read_text(encoding="utf-8")
    documented = {"Document", "Entity", "Mention", "Event", "DateRef", "Quantity", "Story", "Conflict"}
    for name in documented:
        assert name in text
    for name in ("Paragraph", "Sentence", "Removed", "Actor", "Role", "ConflictValue", "RawArticle"):
        assert hasattr(records, name)  # nested records, documented with their parents


def test_every_export_field_of_documents_is_documented():
    from bilat.export import document_row
    from bilat.records import Document

    text = (ROOT / "docs" / "records.md").read_text(encoding="utf-8")
    for field in document_row(Document(id="x", source="s", original="o")):
        assert f"`{field}`" in text, field
