"""Persian puts the denial verb after the act it denies: "روسیه حمله به اوکراین را تکذیب کرد" (Russia denied attacking
Ukraine) tells no attack, whatever the act's type, as "denied" before the act does in other languages
(events.DENIED_ANY, data/event_lexicon.json "denial"). Sentences composed for the test."""
from __future__ import annotations

import pytest
from test_events import two_party

FA = [("روسیه", "RUS", "country"), ("اوکراین", "UKR", "country")]


@pytest.mark.parametrize("text", [
    "روسیه حمله به اوکراین را تکذیب کرد.",
    "روسیه اعمال تحریم علیه اوکراین را تکذیب کرد.",
    "روسیه اعزام نیرو به مرز اوکراین را تکذیب کرد.",
    "روسیه ارسال کمک به اوکراین را انکار کرد.",
])
def test_an_act_denied_after_it_is_no_event(lexical, text):
    assert two_party(lexical, text, "fa", FA) == []


@pytest.mark.parametrize("text, event", [
    ("روسیه به اوکراین حمله کرد.", "ASSAULT"),
    ("روسیه قرارداد را با اوکراین امضا کرد.", "SUPPORT"),
    # the denial is another clause: the act before the colon stands
    ("روسیه به اوکراین حمله کرد؛ کی‌یف این خبر را تکذیب کرد.", "ASSAULT"),
])
def test_the_act_told_without_a_denial_is_an_event(lexical, text, event):
    assert [g[0] for g in two_party(lexical, text, "fa", FA)] == [event]
