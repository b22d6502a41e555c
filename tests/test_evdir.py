"""Direction of meetings held at home (issue 10, direction): a place after the subject makes a meeting one held at
the subject's home (the guest acts, GUIDE.md) only when a venue word (data/direction.json venue_before) stands
right before it ("في الرياض", "بالرياض"; Arabic only so far: English and Persian keep every place). A place named as a source ("حسب ما أعلن البيت
الأبيض", "وفق ما أعلنت الرياض") says nothing of where the two met: the subject acts.
Sentences composed for the test."""
from __future__ import annotations

import pytest

from bilat import analyze
from bilat.stages import events


def _pairs(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.event, e.actor.code if e.actor else None, e.recipient.code if e.recipient else None)
            for e in analyze(text).events]


@pytest.mark.parametrize("text,pair", [
    ("بحث الرئيس الأمريكي باراك أوباما ونظيره التركي رجب طيب أردوغان الحرب في سوريا، حسب ما أعلن البيت الأبيض.",
     ("USA", "TUR")),
    ("التقى وزير الخارجية السعودي نظيره الأردني، وفق ما أعلنت الرياض.", ("SAU", "JOR")),
])
def test_source_place_is_no_venue(text, pair):
    assert ("CONSULT",) + pair in _pairs(text)


@pytest.mark.parametrize("text,pair", [
    ("التقى وزير الخارجية السعودي نظيره الأردني في الرياض.", ("JOR", "SAU")),
    ("التقى وزير الخارجية السعودي نظيره الأردني في قصره بالرياض.", ("JOR", "SAU")),
    ("Chinese President Xi Jinping met Russian President Vladimir Putin in Beijing on Monday.", ("RUS", "CHN")),
    ("Chinese President Xi Jinping met Russian President Vladimir Putin on Monday, Beijing said.", ("RUS", "CHN")),
])
def test_venue_place_makes_the_guest_act(text, pair):
    assert ("CONSULT",) + pair in _pairs(text)


def test_switch_off_keeps_every_place(monkeypatch):
    monkeypatch.setattr(events, "AT_HOME_VENUE_WORD", False)
    text = "بحث الرئيس الأمريكي باراك أوباما ونظيره التركي رجب طيب أردوغان الحرب في سوريا، حسب ما أعلن البيت الأبيض."
    assert ("CONSULT", "TUR", "USA") in _pairs(text)


def test_venue_patterns():
    assert events._venue_before("en") is None  # English keeps every place (a bare place often still tells where)
    assert events._venue_before("ar").search("في قصره ب")
    assert not events._venue_before("ar").search("حسب ما أعلن ")
    assert events._venue_before("zh") is None


# An agentless English passive (data/direction.json participle_passive): an auxiliary right before a participle
# makes the country before it the one acted on. GUIDE.md: summoning an ambassador is ACCUSE, summoner > sending state.
@pytest.mark.parametrize("text,triple", [
    ("The Chinese ambassador was summoned to the German foreign ministry on Monday.", ("ACCUSE", "DEU", "CHN")),
    ("At least four Indian soldiers were killed in Pakistani firing along the border.", ("ASSAULT", "PAK", "IND")),
    ("Russia was accused by Ukraine of shelling the city.", ("ACCUSE", "UKR", "RUS")),
])
def test_agentless_passive_subject_is_acted_on(text, triple):
    assert triple in _pairs(text)


def test_progressive_is_no_passive():
    assert ("REQUEST", "CHN", "JPN") in _pairs("China is urging Japan to withdraw the decision.")
    assert events._participle_passive("China is urging Japan.", _sentence("China is urging Japan."), "en",
                                      events.find_triggers("China is urging Japan.", 0, 22, "en")[0]) is None


def test_participle_passive_switch(monkeypatch):
    monkeypatch.setattr(events, "PARTICIPLE_PASSIVE", False)
    text = "The Chinese ambassador was summoned to the German foreign ministry on Monday."
    assert ("ACCUSE", "CHN", "DEU") in _pairs(text)


def _sentence(text: str):
    return next(iter(analyze(text).sentences))


def test_readiness_participle_is_no_passive():
    text = "Iran is prepared to use force against Israel, the general said."
    trig = next(t for t in events.find_triggers(text, 0, len(text), "en") if t.event == "THREATEN")
    assert events._participle_passive(text, _sentence(text), "en", trig) is None
