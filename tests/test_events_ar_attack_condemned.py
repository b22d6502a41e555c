"""Arabic condemnations of an attack (events.ATTACK_CONDEMNED, data/event_lexicon.json attack_condemned): a
country named after the attack condemned as where it happened or what it hit is its victim, not the one
condemned; a country named as the attacker stays the recipient. Sentences composed for the test."""
from __future__ import annotations

from test_events import two_party

from bilat.stages import events


def test_the_country_an_attack_hit_is_not_condemned(lexical):
    text = "وأكد الملك تنديد السعودية بالأعمال الإرهابية التي تعرضت لها تركيا."
    ms = [("السعودية", "SAU", "country"), ("تركيا", "TUR", "country")]
    assert two_party(lexical, text, "ar", ms) == []
    text = "وأعلن الوزير أن الحكومة الأردنية تستنكر الهجوم الذي استهدف مصر أمس."
    ms = [("الأردنية", "JOR", "country"), ("مصر", "EGY", "country")]
    assert two_party(lexical, text, "ar", ms) == []


def test_the_attacker_named_after_the_attack_is_still_condemned(lexical):
    text = "أدانت مصر الهجمات التي شنتها إسرائيل على غزة."
    ms = [("مصر", "EGY", "country"), ("إسرائيل", "ISR", "country")]
    assert two_party(lexical, text, "ar", ms) == [("ACCUSE", "EGY", "ISR")]
    text = "واستنكرت الكويت تصريحات الوزير الإيراني."
    ms = [("الكويت", "KWT", "country"), ("الإيراني", "IRN", "country")]
    assert two_party(lexical, text, "ar", ms) == [("ACCUSE", "KWT", "IRN")]


def test_the_attack_condemned_is_no_assault():
    text = "أدانت مصر الهجوم الإسرائيلي على غزة."
    assert [t.event for t in events.find_triggers(text, 0, len(text), "ar")] == ["ACCUSE"]


def test_without_the_rule_the_victim_was_condemned(lexical, monkeypatch):
    monkeypatch.setattr(events, "ATTACK_CONDEMNED", False)
    text = "وأكد الملك تنديد السعودية بالأعمال الإرهابية التي تعرضت لها تركيا."
    ms = [("السعودية", "SAU", "country"), ("تركيا", "TUR", "country")]
    assert two_party(lexical, text, "ar", ms) == [("ACCUSE", "SAU", "TUR")]
    text = "أدانت مصر الهجوم الإسرائيلي على غزة."
    assert [t.event for t in events.find_triggers(text, 0, len(text), "ar")] == ["ACCUSE", "ASSAULT"]
