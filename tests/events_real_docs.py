"""bench/events_real.py loaded as a module, and the small labelled articles and bilat documents its scoring tests
build (tests/test_events_real_copies.py, tests/test_events_retellings.py): one sentence a line, one CONSULT/visit
between two countries."""

from __future__ import annotations

import dataclasses
import importlib.util
import sys
from pathlib import Path

from bilat.pipeline import document_from_raw
from bilat.records import Actor, Document, Event, RawArticle, Sentence
from bilat.stages import clean as clean_stage

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
_spec = importlib.util.spec_from_file_location("events_real", ROOT / "bench" / "events_real.py")
events_real = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(events_real)


def article(lines: list[str], labelled: set[int], actor: str, recipient: str = "THA") -> dict:
    """A labelled article, one sentence a line; a CONSULT/visit actor>recipient on the lines in ``labelled``."""
    sents, pos = [], 0
    for n, line in enumerate(lines):
        ev = [{"type": "CONSULT", "mode": "visit", "actor": actor, "recipient": recipient, "status": "realised"}]
        sents.append({"start": pos, "end": pos + len(line), "events": ev if n in labelled else [],
                      "people": [], "countries": []})
        pos += len(line) + 1
    return {"id": "x", "lang": "en", "title": "Release", "text": "\n".join(lines), "sentences": sents}


def bilat_doc(art: dict, told: set[str], actor: str, recipient: str = "THA") -> Document:
    """The clean stage, one sentence a paragraph, and one CONSULT/visit actor>recipient told in the paragraphs in
    ``told`` (the first is the event's span, the others its tellings)."""
    raw = RawArticle(source="x", text=events_real._as_published(art), title=art["title"], id="x")
    doc = clean_stage.clean(document_from_raw(raw))
    sents = tuple(Sentence(start=p.start, end=p.end) for p in doc.paragraphs)
    spans = [(s.start, s.end) for s in sents if doc.text[s.start:s.end] in told]
    ev = Event(id="x:e1", event="CONSULT", mode="visit", actor=Actor(code=actor), recipient=Actor(code=recipient),
               start=spans[0][0], end=spans[0][1], confidence=0.9, tellings=tuple(spans[1:]))
    return dataclasses.replace(doc, sentences=sents, events=(ev,))
