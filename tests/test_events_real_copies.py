"""bench/events_real.py: a labelled sentence the clean stage dropped as a verbatim copy of a kept line is read
where bilat kept it; a dropped line that only says the same otherwise is not."""

from __future__ import annotations

import dataclasses
import importlib.util
import sys
from pathlib import Path

from bilat.pipeline import document_from_raw
from bilat.records import Actor, Event, RawArticle, Sentence
from bilat.stages import clean as clean_stage

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
_spec = importlib.util.spec_from_file_location("events_real", ROOT / "bench" / "events_real.py")
events_real = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(events_real)

HEAD = "Ambassador of Pakistan calls on the Prime Minister"
LEAD = "Today the Ambassador of Pakistan, Mr Sohail Khan, called on the Prime Minister at Government House."
LAST = "The two sides discussed trade and investment."


def article(lines: list[str], labelled: set[int]) -> dict:
    """A labelled article, one sentence a line; a CONSULT PAK>THA on the lines in ``labelled``."""
    sents, pos = [], 0
    for n, line in enumerate(lines):
        ev = [{"type": "CONSULT", "mode": "visit", "actor": "PAK", "recipient": "THA", "status": "realised"}]
        sents.append({"start": pos, "end": pos + len(line), "events": ev if n in labelled else [],
                      "people": [], "countries": []})
        pos += len(line) + 1
    return {"id": "x", "lang": "en", "title": "Release", "text": "\n".join(lines), "sentences": sents}


def bilat_doc(art: dict, told: set[str]):
    """The clean stage, one sentence a paragraph, and one CONSULT PAK>THA told in the paragraphs in ``told``."""
    raw = RawArticle(source="x", text=events_real._as_published(art), title=art["title"], id="x")
    doc = clean_stage.clean(document_from_raw(raw))
    sents = tuple(Sentence(start=p.start, end=p.end) for p in doc.paragraphs)
    spans = [(s.start, s.end) for s in sents if doc.text[s.start:s.end] in told]
    ev = Event(id="x:e1", event="CONSULT", mode="visit", actor=Actor(code="PAK"), recipient=Actor(code="THA"),
               start=spans[0][0], end=spans[0][1], confidence=0.9, tellings=tuple(spans[1:]))
    return dataclasses.replace(doc, sentences=sents, events=(ev,))


def test_headline_twice_is_read_once_where_kept():
    art = article([HEAD, HEAD, LEAD, LAST], labelled={0, 1, 2})
    doc = bilat_doc(art, told={HEAD, LEAD})
    assert [r.kind for r in doc.removed] == ["title", "duplicate"]  # the first copy of the headline
    spans = events_real.align(doc, art["text"])
    assert spans[0][2] == len(HEAD) + 1  # the kept headline is the second copy, not the first
    assert events_real.copies(art, doc, spans) == [(0, len(HEAD), 0)]
    t = events_real.Tally()
    events_real.score_article(art, doc, t)
    assert (t.n["gold"], t.n["pred"], t.n["matched"]) == (3, 3, 3)
    assert (t.n["f_gold"], t.n["f_pred"], t.n["f_matched"]) == (1, 1, 1)  # one fact for the reader


def test_no_event_on_the_kept_copy_misses_both():
    art = article([HEAD, HEAD, LEAD, LAST], labelled={0, 1, 2})
    doc = bilat_doc(art, told={LEAD})
    t = events_real.Tally()
    events_real.score_article(art, doc, t)
    assert (t.n["gold"], t.n["pred"], t.n["matched"]) == (3, 1, 1)


def test_reworded_line_dropped_is_not_aligned(monkeypatch):
    # were the clean stage to drop a headline for sharing most words with the lead (the rule before issue 10),
    # the headline's event would be missed: it is no copy, so the bench gives it no place in the lead
    monkeypatch.setattr(clean_stage, "COPIES_ONLY", False)
    art = article([HEAD, LEAD, LAST], labelled={0, 1})
    doc = bilat_doc(art, told={LEAD})
    assert [r.kind for r in doc.removed] == ["title", "duplicate"]
    assert events_real.copies(art, doc, events_real.align(doc, art["text"])) == []
    t = events_real.Tally()
    events_real.score_article(art, doc, t)
    assert (t.n["gold"], t.n["pred"], t.n["matched"]) == (2, 1, 1)
