"""Persian stance on a relation (events.BETWEEN_TOPIC, _between_pairs, _on_between_pair): concern, criticism or
support whose recipient is named only in a "میان/بین A و B" pair is about the relation, on neither side of it.
Sentences composed for the test."""
from __future__ import annotations

import pytest
from test_events import make_doc

from bilat.stages import events

MS = [("روسیه", "RUS", "country"), ("ایران", "IRN", "country"), ("آمریکا", "USA", "country"),
      ("هند", "IND", "country"), ("پاکستان", "PAK", "country"), ("چین", "CHN", "country")]


def stances(stage, text: str) -> list[tuple[str, str, str]]:
    doc = stage(make_doc(text, "fa", [m for m in MS if m[0] in text], published="2024-03-01"))
    return [(e.event, e.actor.code, e.recipient.code) for e in events.exported(doc.events)
            if e.event in ("ACCUSE", "SUPPORT") and e.actor and e.recipient]


@pytest.mark.parametrize("text", [
    "ایران از افزایش تنش ها میان هند و پاکستان ابراز نگرانی کرد.",
    "روسیه با ابراز نگرانی نسبت به تنش های اخیر در منطقه بین چین و هند خواستار آرامش شد.",
    "ایران از گفت و گوی میان هند و پاکستان حمایت می کند.",
])
def test_stance_on_a_relation_between_two_is_on_neither(lexical, text):
    assert stances(lexical, text) == []


@pytest.mark.parametrize(("text", "event"), [
    ("ایران اقدام آمریکا را محکوم کرد.", ("ACCUSE", "IRN", "USA")),
    # the recipient is named outside the pair too: the act is on it
    ("روسیه آمریکا را به دلیل ایجاد تنش میان آمریکا و چین محکوم کرد.", ("ACCUSE", "RUS", "USA")),
])
def test_a_recipient_named_outside_the_pair_keeps_the_stance(lexical, text, event):
    assert event in stances(lexical, text)


def test_without_the_rule_the_concern_accused_one_side(lexical, monkeypatch):
    monkeypatch.setattr(events, "BETWEEN_TOPIC", False)
    # (the list before the verb gives each side one: events.LIST_BEFORE_VERB)
    assert ("ACCUSE", "IRN", "IND") in stances(lexical, "ایران از افزایش تنش ها میان هند و پاکستان ابراز نگرانی کرد.")
