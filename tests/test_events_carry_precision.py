"""A sentence naming one country takes the other side of the previous pair (events.CARRY_ONE) or of the article's
main pair (events.DOC_PAIR) only when that side is named in it or in the sentence right before (events.CARRY_NEAR):
a country named paragraphs back, or only in the headline, is the article's topic, not the party of a home act.
Sentences composed for the test."""
from __future__ import annotations

import test_events

from bilat.stages import events

MS = [("United States", "USA", "country"), ("Iran", "IRN", "country"), ("Tehran", "IRN", "place")]


def _pairs(stage, text, mentions):
    doc = stage(test_events.make_doc(text, "en", mentions, published="2024-03-01"))
    return {(e.event, e.actor.code, e.recipient.code) for e in doc.events
            if e.actor and e.recipient and e.actor.code and e.recipient.code}


def _mentions(text, spec):
    """(surface, iso3, kind, occurrence) for every occurrence of each surface."""
    return [(s, iso, kind, n) for s, iso, kind in spec for n in range(text.count(s))]


def test_the_other_side_named_just_before_is_carried(lexical):
    text = "The United States rejected a proposal from Iran to hold talks.\nIran condemned the decision on Monday."
    assert ("ACCUSE", "IRN", "USA") in _pairs(lexical, text, _mentions(text, MS))


def test_not_when_the_other_side_was_named_two_sentences_back(lexical, monkeypatch):
    text = ("The United States rejected a proposal from Iran to hold talks.\nThe weather was mild that week.\n"
            "Iran condemned the decision on Monday.")
    ms = _mentions(text, MS)
    assert not any(p[1:] == ("IRN", "USA") for p in _pairs(lexical, text, ms))
    monkeypatch.setattr(events, "CARRY_NEAR", False)
    assert ("ACCUSE", "IRN", "USA") in _pairs(lexical, text, ms)


def test_a_topic_named_only_in_the_headline_is_not_the_party(lexical, monkeypatch):
    text = ("Iran and the United States trade blame over talks\nThe United States rejected a proposal from Iran.\n"
            "Tehran was calm on Sunday.\nThe markets opened late.\nIran condemned the arrests of students on Monday.")
    ms = _mentions(text, MS)
    got = _pairs(lexical, text, ms)
    assert ("ACCUSE", "IRN", "USA") not in got
    monkeypatch.setattr(events, "CARRY_NEAR", False)
    assert ("ACCUSE", "IRN", "USA") in _pairs(lexical, text, ms)


def test_near_is_unknown_outside_a_document_run():
    one = events.Party("IRN", None, 0, True)
    assert events._near(events.Ctx(), one)
    assert not events._near(events.Ctx(near=frozenset({"USA"})), one)
    assert events._near(events.Ctx(near=frozenset({"USA", "IRN"})), one)
