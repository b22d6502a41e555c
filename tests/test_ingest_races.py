"""Two ingests into one store at once (issue 11, "nothing is lost"): an article whose id another process
took, with a different text, between reading and committing is stored under a free id as a clash found
before analysis is, with its events renamed; before, it was dropped with 'ingest again'."""

from __future__ import annotations

import dataclasses
import json

from conftest import plain_stage

from bilat import store
from bilat.ingest import Ingestor, renamed
from bilat.pipeline import Pipeline, Stage
from bilat.records import Actor, Document, Event


def event_stage(**_: object):
    """The plain stage plus one event named after the document, as the events stage names them."""
    plain = plain_stage()

    def run(doc: Document) -> Document:
        doc = plain(doc)
        event = Event(id=f"{doc.id}:e1", event="CONSULT", doc=doc.id, actor=Actor(code="VNM"),
                      recipient=Actor(code="LAO"), confidence=0.9)
        return dataclasses.replace(doc, events=(event,))
    return run


STAGES = (Stage(name="plain_events", factory="test_ingest_races:event_stage", needs=frozenset({"original"}),
                adds=frozenset({"text", "paragraphs", "title", "events"})),)


def ingestor(db: str, errors: list[str], warnings: list[str]) -> Ingestor:
    return Ingestor(store.connect(db), stories=False, pipeline=Pipeline(STAGES), error=errors.append,
                    warn=warnings.append, batch=100)


def test_renamed_moves_the_events_with_the_document() -> None:
    doc = Document(id="a:1", source="s", original="x",
                   events=(Event(id="a:1:e1", event="CONSULT", doc="a:1"), Event(id="other", event="AID", doc="b")))
    moved = renamed(doc, "a:1~abc")
    assert moved.id == "a:1~abc"
    assert [(e.id, e.doc) for e in moved.events] == [("a:1~abc:e1", "a:1~abc"), ("other", "b")]


def test_an_id_taken_by_another_ingest_meanwhile_is_a_clash_stored_not_lost(tmp_path, db_path) -> None:
    mine = tmp_path / "mine.jsonl"
    mine.write_text(json.dumps({"id": "7", "text": "Vietnam signed a deal with Laos."}) + "\n", encoding="utf-8")
    theirs = tmp_path / "theirs.jsonl"
    theirs.write_text(json.dumps({"id": "7", "text": "Thailand held talks with Cambodia."}) + "\n", encoding="utf-8")
    errors: list[str] = []
    warnings: list[str] = []
    first = ingestor(db_path, errors, warnings)
    for raw in first._read(mine):  # read and queued: the id is free now
        first.take(raw, first.add)
    other = ingestor(db_path, [], [])  # a second process commits id 7 with another text meanwhile
    assert other.run([theirs]).ingested == 1
    first.flush()
    assert errors == [] and first.summary.failed == 0
    assert (first.summary.ingested, first.summary.clashes) == (1, 1)
    assert any("already names a different article" in w and "mine.jsonl#1" in w for w in warnings)
    conn = store.connect(db_path)
    rows = {r["id"]: r["source"] for r in conn.execute("SELECT id, source FROM documents")}
    (moved,) = [i for i in rows if i != "7"]
    assert moved.startswith("7~") and rows[moved].endswith("mine.jsonl#1")
    assert [(r["id"], r["doc"]) for r in conn.execute("SELECT id, doc FROM events WHERE doc=?", (moved,))] == [
        (f"{moved}:e1", moved)]
    again = ingestor(db_path, [], [])
    assert again.run([mine, theirs]).unchanged == 2  # and re-ingesting changes nothing


def test_the_same_text_stored_meanwhile_by_another_ingest_is_unchanged_not_failed(tmp_path, db_path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "7", "text": "Vietnam signed a deal with Laos."}) + "\n", encoding="utf-8")
    errors: list[str] = []
    first = ingestor(db_path, errors, [])
    for raw in first._read(feed):
        first.take(raw, first.add)
    assert ingestor(db_path, [], []).run([feed]).ingested == 1
    first.flush()
    assert errors == [] and (first.summary.unchanged, first.summary.failed) == (1, 0)
