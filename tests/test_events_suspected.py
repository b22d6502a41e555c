"""Acts told after a word of suspicion or charge (events.SUSPECTED, data/event_lexicon.json suspected): "suspected
of", "accused of", "涉嫌", "بتهمة", "به اتهام", "bị nghi" make the act only suspected, no event; the act before
the cue (the arrest of a suspect) and a state's own accusation stay. Sentences composed for the test."""
from __future__ import annotations

from test_events import two_party

from bilat.stages import events


def test_an_act_only_suspected_is_no_event(lexical):
    text = "Two Russian agents were suspected of planning an attack on Ukraine."
    ms = [("Russian", "RUS", "country"), ("Ukraine", "UKR", "country")]
    assert two_party(lexical, text, "en", ms) == []
    text = "多名俄罗斯特工涉嫌袭击乌克兰设施。"
    ms = [("俄罗斯", "RUS", "country"), ("乌克兰", "UKR", "country")]
    assert two_party(lexical, text, "zh", ms) == []


def test_the_arrest_before_the_charge_stays(lexical):
    text = "اعتقلت إيران مواطنا أمريكيا بتهمة التجسس لصالح إسرائيل."
    ms = [("إيران", "IRN", "country"), ("أمريكيا", "USA", "country"), ("إسرائيل", "ISR", "country")]
    got = two_party(lexical, text, "ar", ms)
    assert ("COERCE", "IRN", "USA") in got
    assert all(e[0] != "COOPERATE" for e in got)


def test_the_rule_decides(lexical, monkeypatch):
    text = "多名俄罗斯特工涉嫌袭击乌克兰设施。"
    ms = [("俄罗斯", "RUS", "country"), ("乌克兰", "UKR", "country")]
    monkeypatch.setattr(events, "SUSPECTED", False)
    assert two_party(lexical, text, "zh", ms) == [("ASSAULT", "RUS", "UKR")]


def test_without_the_rule_the_suspected_act_was_an_event(lexical, monkeypatch):
    monkeypatch.setattr(events, "SUSPECTED", False)
    text = "Two Russian agents were suspected of planning an attack on Ukraine."
    ms = [("Russian", "RUS", "country"), ("Ukraine", "UKR", "country")]
    assert two_party(lexical, text, "en", ms) == [("ASSAULT", "RUS", "UKR")]


def test_an_act_done_to_the_suspect_stays(lexical):
    text = "一名俄罗斯外交官因被怀疑从事间谍活动被美国驱逐。"
    ms = [("俄罗斯", "RUS", "country"), ("美国", "USA", "country")]
    assert two_party(lexical, text, "zh", ms) == [("SANCTION", "USA", "RUS")]
