"""Event type precision (issue 10): goods that travel (cargoes, tankers, shipments: event_lexicon.json
'civil_traveller') make no visit, while an official's trip in the same words stays one. Sentences composed for the
test (no corpus sentence)."""
from __future__ import annotations

import pytest
from test_events_false_visits import visits


@pytest.mark.parametrize("text, lang", [
    ("Iranian oil cargoes are heading to Syria this week.", "en"),
    ("An Iranian tanker arrived in Venezuela on Monday.", "en"),
    ("محموله‌های نفتی ایران راهی سوریه شده‌اند.", "fa"),
    ("وصلت شحنة قمح روسية إلى مصر أمس.", "ar"),
    ("一艘伊朗油轮上周抵达委内瑞拉。", "zh"),
    ("Российский танкер прибыл в Сирию.", "ru"),
])
def test_goods_on_the_move_make_no_visit(lexical, tagger, text, lang):
    assert visits(lexical, tagger, text, lang) == []


@pytest.mark.parametrize("text, lang, want", [
    ("The Iranian foreign minister arrived in Syria on Monday.", "en", ("CONSULT", "visit", "IRN", "SYR")),
    ("وزیر امور خارجه ایران راهی سوریه شد.", "fa", ("CONSULT", "visit", "IRN", "SYR")),
])
def test_an_officials_trip_stays_a_visit(lexical, tagger, text, lang, want):
    assert want in visits(lexical, tagger, text, lang)

