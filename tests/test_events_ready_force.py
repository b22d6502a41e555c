"""Readiness to use force ("ready to attack", "prepared to use force", "готов нанести удар") is a THREATEN, not the
AGREE of "ready to" (data/event_lexicon.json, en and ru THREATEN groups). Sentences composed for the test."""
from __future__ import annotations

import pytest
from test_events import two_party

EN = [("Iran", "IRN", "country"), ("Israel", "ISR", "country")]
RU = [("Иран", "IRN", "country"), ("Израил", "ISR", "country")]


@pytest.mark.parametrize("lang, text, mentions", [
    ("en", "Iran said its army is ready to attack Israel at any moment.", EN),
    ("en", "Iran is ready to swiftly attack Israel if the drills go on.", EN),
    ("en", "Iran is prepared to use force against Israel, the general said.", EN),
    ("ru", "Иран готов нанести удар по Израилю.", RU),
    ("ru", "Иран готов применить силу против Израиля.", RU),
])
def test_readiness_to_use_force_is_a_threat(lexical, lang, text, mentions):
    assert two_party(lexical, text, lang, mentions) == [("THREATEN", "IRN", "ISR")]


@pytest.mark.parametrize("lang, text, mentions", [
    ("en", "Iran is ready to strike a deal with Israel.", EN),
    ("en", "Iran is ready to negotiate with Israel.", EN),
    ("ru", "Иран готов к переговорам с Израилем.", RU),
])
def test_readiness_to_talk_is_no_threat(lexical, lang, text, mentions):
    assert all(e[0] != "THREATEN" for e in two_party(lexical, text, lang, mentions))
