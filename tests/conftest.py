"""Shared fixtures: paths to the bundled samples, and a throwaway store."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from bilat.pipeline import Stage
from bilat.records import Document, Paragraph

ROOT = Path(__file__).resolve().parents[1]
SHARED_SAMPLES = ROOT.parent / "shared" / "samples"
SAMPLES = SHARED_SAMPLES if SHARED_SAMPLES.is_dir() else ROOT / "src" / "bilat" / "samples"
DEVDATA = ROOT.parent / "shared" / "devdata"


def read_tsv(paths: tuple[Path, ...]) -> list[dict[str, str]]:
    """Rows of tab-separated gold files with a header line (no quoting: text keeps its quotes)."""
    import csv

    rows: list[dict[str, str]] = []
    for path in paths:
        with path.open(encoding="utf-8") as fh:
            rows += csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
    return rows


@pytest.fixture
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture
def db_path(tmp_path: Path) -> str:
    return str(tmp_path / "test.db")


def plain_stage(**_: object):
    """A minimal stand-in stage for store/ingest tests: the whole original is one paragraph."""
    def run(doc: Document) -> Document:
        text = doc.original.strip()
        return dataclasses.replace(doc, text=text, paragraphs=(Paragraph(start=0, end=len(text)),),
                                   title=doc.title or text.split("\n", 1)[0][:80])
    return run


PLAIN = (Stage(name="plain", factory="conftest:plain_stage", needs=frozenset({"original"}),
               adds=frozenset({"text", "paragraphs", "title"})),)
