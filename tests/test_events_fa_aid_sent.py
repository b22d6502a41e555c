"""Persian plural aid ('کمک‌های'), held as a noun by EXCLUDE, is an act when a sending verb of
plover.AID_SENT follows it and a recipient is marked by به in the clause (events._aid_sent). Sentences composed
for the test."""
from __future__ import annotations

import pytest
from test_events import make_doc

from bilat.stages import events

MS = [("ترکیه", "TUR", "country"), ("سوریه", "SYR", "country")]


def aid(stage, text: str) -> list[tuple[str, str]]:
    doc = stage(make_doc(text, "fa", MS, published="2024-03-01"))
    return [(e.actor.code, e.recipient.code) for e in events.exported(doc.events)
            if e.event == "AID" and e.actor and e.recipient]


@pytest.mark.parametrize("text", [
    "ترکیه به سوریه کمک‌های انسانی ارسال کرد.",
    "ترکیه کمک‌های پزشکی به سوریه تحویل داد.",
    "ترکیه کمک‌های غذایی به سوریه فرستاد.",
    "ترکیه هفته گذشته به سوریه کمک‌های نقدی اهدا کرد.",
])
def test_sent_plural_aid_is_aid(lexical, text):
    assert aid(lexical, text) == [("TUR", "SYR")]


@pytest.mark.parametrize("text", [
    "ترکیه گفت کمک‌های انسانی به سوریه مشمول تحریم نیست.",  # no sending verb
    "ترکیه کمک‌های انسانی به سوریه ارسال نکرد.",  # negated
    "ترکیه کمک‌های انسانی را ارسال کرد و سوریه از آن استقبال کرد.",  # no recipient marked by به
])
def test_plural_aid_without_a_sending_to_stays_a_noun(lexical, text):
    assert aid(lexical, text) == []


def test_without_the_rule_sent_plural_aid_was_no_aid(lexical, monkeypatch):
    monkeypatch.setattr(events, "AID_SENT_RULE", False)
    assert aid(lexical, "ترکیه به سوریه کمک‌های انسانی ارسال کرد.") == []
