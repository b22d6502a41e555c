"""A rejection the classifier finds beside another act of the sentence answers that act: the act's recipient
rejects it (events.REJECT_ANSWERS). "Egypt accused Ethiopia of ..., a charge Ethiopia said was untrue" is ACCUSE
EGY>ETH and REJECT ETH>EGY, not a rejection of Ethiopia by Egypt. Sentences composed for the test; a fixed fake
classifier where the classifier decides."""
from __future__ import annotations

import pytest
from test_events import make_doc, pairs
from test_events_framed_extra import _stage

from bilat.stages import events

CASES = [
    ("en", "Egypt accused Ethiopia of delaying the talks, a charge Ethiopia said was untrue.",
     [("Egypt", "EGY", "country"), ("Ethiopia", "ETH", "country"), ("Ethiopia", "ETH", "country", 1)]),
    ("ar", "اتهمت مصر إثيوبيا بعرقلة المفاوضات، وقالت إثيوبيا إن ذلك غير صحيح.",
     [("مصر", "EGY", "country"), ("إثيوبيا", "ETH", "country"), ("إثيوبيا", "ETH", "country", 1)]),
    ("ru", "Египет обвинил Эфиопию в затягивании переговоров, а Эфиопия назвала это неправдой.",
     [("Египет", "EGY", "country"), ("Эфиопию", "ETH", "country"), ("Эфиопия", "ETH", "country")]),
]


def _run(stage, lang, text, ms):
    return pairs(stage(make_doc(text, lang, ms, published="2024-03-01")))


@pytest.mark.parametrize("lang, text, ms", CASES)
def test_the_rejection_beside_an_accusation_is_the_accuseds(monkeypatch, lang, text, ms):
    stage = _stage({"ACCUSE": 0.9, "REJECT": 0.8})
    got = _run(stage, lang, text, ms)
    assert ("ACCUSE", "EGY", "ETH") in got and ("REJECT", "ETH", "EGY") in got, got
    monkeypatch.setattr(events, "REJECT_ANSWERS", False)
    assert ("REJECT", "EGY", "ETH") in _run(stage, lang, text, ms)
