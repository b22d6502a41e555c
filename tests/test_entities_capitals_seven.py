"""Capitals standing for their governments in the seven languages (5 December 2026, issue 10): the hand
list of capitals filled in for ar fa ru zh th vi, with football clubs and pacts named after a capital as
blockers and Russian place nouns before a capital (с улиц Бангкока) as venue words."""

from __future__ import annotations

import pytest

from bilat.stages.entities import EntityTagger


def counted(tagger: EntityTagger, text: str, lang: str) -> list[tuple[str | None, str]]:
    return [(m.iso3, m.form) for m in tagger.mentions(text, lang) if m.kind == "country" or m.form == "capital"]


@pytest.mark.parametrize("text,lang,iso3", [
    ("هانوی اعلام کرد که مذاکرات ادامه دارد", "fa", "VNM"),
    ("ورشو این طرح را رد کرد", "fa", "POL"),
    ("وقالت بانكوك إن الاتفاق جاهز", "ar", "THA"),
    ("ورفضت كوبنهاغن الطلب", "ar", "DNK"),
    ("Ереван заявил о готовности к переговорам.", "ru", "ARM"),
    ("Рига выслала дипломата.", "ru", "LVA"),
    ("哥本哈根表示将继续合作。", "zh", "DNK"),
    ("มะนิลาแถลงว่าจะเจรจาต่อ", "th", "PHL"),
    ("Tel Aviv denied the report.", "en", "ISR"),
])
def test_a_capital_as_subject_stands_for_its_government(tagger, text, lang, iso3):
    assert counted(tagger, text, lang) == [(iso3, "capital")]


@pytest.mark.parametrize("text,lang", [
    ("این کنفرانس در هانوی برگزار شد", "fa"),
    ("وصل الوفد إلى بانكوك أمس", "ar"),
    ("Военные должны уйти с улиц Бангкока.", "ru"),
    ("Real Madrid signed a new goalkeeper.", "en"),
    ("وانتقل اللاعب إلى ريال مدريد", "ar"),
    ("تأسس حلف وارسو عام 1955", "ar"),
])
def test_a_capital_as_venue_club_or_pact_is_no_government(tagger, text, lang):
    assert counted(tagger, text, lang) == []


@pytest.mark.parametrize("text,want", [
    ("协议将推动美、英两国开展评估。", ["USA", "GBR"]),
    ("中、日、韩三国领导人举行会晤。", ["CHN", "JPN", "KOR"]),
    ("美、英、法等国表示反对。", ["USA", "GBR", "FRA"]),
])
def test_chinese_abbreviations_listed_before_a_count_of_countries(tagger, text, want):
    assert [m.iso3 for m in tagger.mentions(text, "zh") if m.kind == "country"] == want


@pytest.mark.parametrize("text", ["价格、美两国", "苹果、美味两国"])
def test_chinese_enumeration_needs_two_abbreviations(tagger, text):
    assert [m.iso3 for m in tagger.mentions(text, "zh") if m.kind == "country"] == []
