"""Persian support noun as a modifier (data/event_lexicon.json words.EXCLUDE fa: 'سازوکار حمایت', 'قانون حمایت',
'صندوق حمایت', ...): "a mechanism / law / fund of support for X" names an instrument, no act of support by anyone.
Sentences composed for the test."""
from __future__ import annotations

import pytest
from test_events import make_doc

from bilat.stages import events

MS = [("روسیه", "RUS", "country"), ("ایران", "IRN", "country"), ("فرانسه", "FRA", "country"),
      ("چین", "CHN", "country")]


def supports(stage, text: str) -> list[tuple[str, str]]:
    doc = stage(make_doc(text, "fa", [m for m in MS if m[0] in text], published="2024-03-01"))
    return [(e.actor.code, e.recipient.code) for e in events.exported(doc.events)
            if e.event == "SUPPORT" and e.actor and e.recipient]


@pytest.mark.parametrize("text", [
    "روسیه سازوکار حمایت از ایران را بررسی کرد.",
    "فرانسه ساز و کار حمایت از صادرات به چین را راه اندازی کرد.",
    "روسیه قانون حمایت از سرمایه گذاری ایران را تصویب کرد.",
])
def test_support_noun_modifying_an_instrument_is_no_support(lexical, text):
    assert supports(lexical, text) == []


@pytest.mark.parametrize("text", [
    "روسیه از ایران حمایت کرد.",
    "روسیه حمایت خود از ایران را اعلام کرد.",
])
def test_support_itself_stays(lexical, text):
    assert supports(lexical, text) == [("RUS", "IRN")]
