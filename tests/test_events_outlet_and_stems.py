"""Words that looked like an act or a party and are none (issue 10, event precision). An outlet named with its country
("英國BBC報道", «روسيا اليوم») is no party (events._media_after, data/event_lexicon.json media_acronym_after and
media_after); "وقع الانفجار" (the explosion happened) signs nothing; "طلبة" (students) asks for nothing; "بسیجیان"
(Basij members) mobilise nothing; a propaganda "bombardment" strikes nothing (data/event_lexicon.json EXCLUDE).
Sentences composed for the test."""
from __future__ import annotations

import pytest
from test_events import trigger_types

from bilat.stages import events
from bilat.stages.entities import EntityTagger


@pytest.fixture(scope="module")
def tagger():
    return EntityTagger()


def media(tagger, text: str, lang: str) -> list[tuple[str, bool]]:
    return [(m.text, events._media_after(text, m, lang)) for m in tagger.mentions(text, lang) if m.kind == "country"]


def test_a_country_before_an_outlets_acronym_is_the_outlets(tagger):
    assert media(tagger, "英国BBC报道，美国发射导弹袭击叙利亚。", "zh") == [("英国", True), ("美国", False), ("叙利亚", False)]


def test_a_state_agency_speaking_stays_its_state(tagger):
    assert media(tagger, "美国FBI称中国黑客攻击了美国。", "zh") == [("美国", False), ("中国", False), ("美国", False)]


def test_a_quoted_channel_named_for_a_country_is_no_party(tagger):
    assert media(tagger, "وذكرت «روسيا اليوم» أن تركيا هاجمت سوريا.", "ar")[0] == ("روسيا", True)
    assert media(tagger, "وأعلنت روسيا اليوم أنها سترسل قوات إلى سوريا.", "ar")[0] == ("روسيا", False)


def test_without_the_rule_the_acronym_left_the_country_a_party(tagger, monkeypatch):
    monkeypatch.setattr(events, "MEDIA_ACRONYM", False)
    assert media(tagger, "英国BBC报道，美国发射导弹袭击叙利亚。", "zh")[0] == ("英国", False)


@pytest.mark.parametrize("text,lang", [
    ("وقع الانفجار قرب السفارة الأمريكية في بغداد.", "ar"),
    ("شارك طلبة من المغرب في المؤتمر.", "ar"),
    ("بسیجیان در مراسم شرکت کردند.", "fa"),
    ("رسانه‌های غربی ایران را زیر بمباران تبلیغاتی قرار داده‌اند.", "fa"),
])
def test_look_alikes_are_no_trigger(text, lang):
    assert trigger_types(text, lang) == []


@pytest.mark.parametrize("text,lang,event", [
    ("وقعت مصر والسعودية اتفاقية للتعاون.", "ar", "SUPPORT"),
    ("طلبت مصر من فرنسا تسليم الطائرات.", "ar", "REQUEST"),
    ("ایران نیروهای خود را بسیج کرد.", "fa", "MOBILIZE"),
    ("جنگنده‌های روسیه مواضع داعش را بمباران کردند.", "fa", "ASSAULT"),
])
def test_the_acts_themselves_stay(text, lang, event):
    assert event in trigger_types(text, lang)
