"""Persian negated copula (plover.NEGATION_COPULA, events._negated_copula): a trigger noun that is the predicate
of "نیست" / "نبوده" later in its clause is denied ("... ناقض قطعنامه نیست": no violation, no accusation), where the
negated light verbs of negation_after are looked for only 20 characters after the noun. Sentences composed for
the test."""
from __future__ import annotations

import pytest
from test_events import make_doc

from bilat.stages import events

MS = [("روسیه", "RUS", "country"), ("ایران", "IRN", "country"), ("آمریکا", "USA", "country")]


def accusations(stage, text: str) -> list[tuple[str, str]]:
    doc = stage(make_doc(text, "fa", [m for m in MS if m[0] in text], published="2024-03-01"))
    return [(e.actor.code, e.recipient.code) for e in events.exported(doc.events)
            if e.event == "ACCUSE" and e.actor and e.recipient]


@pytest.mark.parametrize("text", [
    "روسیه گفته است اقدام ایران ناقض قطعنامه شورای امنیت نیست.",
    "روسیه اعلام کرد آزمایش موشکی ایران نقض قطعنامه نبوده است.",
    "روسیه گفت اقدام ایران نقض قطعنامه نیست.",
])
def test_noun_before_a_negated_copula_is_denied(lexical, text):
    assert accusations(lexical, text) == []


@pytest.mark.parametrize(("text", "pair"), [
    ("روسیه گفت اقدام ایران نقض قطعنامه است.", ("RUS", "IRN")),  # affirmed
    ("ایران اقدام آمریکا را محکوم کرد و گفت این کار قابل قبول نیست.", ("IRN", "USA")),  # another clause's copula
    ("ایران حمله آمریکا را محکوم کرد زیرا قانونی نیست.", ("IRN", "USA")),
    ("ایران اقدام آمریکا را محکوم کرد اما این کافی نیست.", ("IRN", "USA")),
])
def test_copula_of_another_clause_negates_nothing(lexical, text, pair):
    assert accusations(lexical, text) == [pair]


def test_without_the_rule_the_long_predicate_was_an_accusation(lexical, monkeypatch):
    monkeypatch.setattr(events, "NEG_COPULA", False)
    assert accusations(lexical, "روسیه گفته است اقدام ایران ناقض قطعنامه شورای امنیت نیست.") == [("RUS", "IRN")]
