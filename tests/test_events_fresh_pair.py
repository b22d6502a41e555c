"""A one-sided act whose subject is one country of the pair the sentence right before coded, the other party left
out ("Tehran declined the offer"), is that pair's act: the other party is carried with the carried-pair cost only,
not the extra cost of a one-sided act carried from further back (events.FRESH_PAIR). Not a request, whose addressee
is named where it is meant. Sentences composed for the test."""
from __future__ import annotations

import dataclasses

import pytest
import test_events

from bilat.stages import events

MS = [("United States", "USA", "country"), ("Iran", "IRN", "country"), ("Tehran", "IRN", "place")]


def _confidence(stage, text, event, actor, recipient):
    doc = test_events.make_doc(text, "en", MS, published="2024-03-01")
    doc = stage(dataclasses.replace(doc, mentions=tuple(dataclasses.replace(m, form="capital") if m.kind == "place"
                                                        else m for m in doc.mentions)))
    got = [e.confidence for e in doc.events if e.event == event and e.actor and e.recipient
           and (e.actor.code, e.recipient.code) == (actor, recipient)]
    return got[0] if got else None


def test_the_subject_of_the_pair_just_coded_acts_on_the_other(lexical, monkeypatch):
    text = "The United States rejected a proposal from Iran to hold talks.\nTehran declined the offer, officials said."
    on = _confidence(lexical, text, "REJECT", "IRN", "USA")
    monkeypatch.setattr(events, "FRESH_PAIR", False)
    off = _confidence(lexical, text, "REJECT", "IRN", "USA")
    assert on is not None and off is not None and on == pytest.approx(off + events.CARRIED_ONE_SIDED)


def test_not_when_a_sentence_comes_between(lexical, monkeypatch):
    text = ("The United States rejected a proposal from Iran to hold talks.\nThe weather was mild that week.\n"
            "Tehran declined the offer, officials said.")
    on = _confidence(lexical, text, "REJECT", "IRN", "USA")
    monkeypatch.setattr(events, "FRESH_PAIR", False)
    assert on == _confidence(lexical, text, "REJECT", "IRN", "USA")


def test_not_a_request(lexical, monkeypatch):
    text = "The United States rejected a proposal from Iran to hold talks.\nTehran urged a new round, officials said."
    on = _confidence(lexical, text, "REQUEST", "IRN", "USA")
    monkeypatch.setattr(events, "FRESH_PAIR", False)
    assert on == _confidence(lexical, text, "REQUEST", "IRN", "USA")
