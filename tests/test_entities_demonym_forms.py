"""Country forms the gazetteer took from rules and lists on 5 December 2026 (issue 10): English plural
demonyms, Persian names joined by a ZWNJ, Russian demonym nouns, Arabic broken plurals."""

from __future__ import annotations

import pytest

from bilat.stages.entities import EntityTagger


def forms(tagger: EntityTagger, text: str, lang: str) -> list[tuple[str, str | None, str]]:
    return [(m.text, m.iso3, m.form) for m in tagger.mentions(text, lang) if m.kind == "country"]


@pytest.mark.parametrize("word,iso3", [
    ("Iranians", "IRN"), ("Iraqis", "IRQ"), ("North Koreans", "PRK"), ("Armenians", "ARM"), ("Uzbeks", "UZB"),
    ("Cypriots", "CYP"), ("Colombians", "COL"), ("Turks", "TUR"), ("Britons", "GBR"), ("Poles", "POL"),
    ("Ghanaians", "GHA"), ("Peruvian", "PER"), ("Maldivians", "MDV"), ("Saudis", "SAU"),
])
def test_english_demonyms_and_their_plurals(tagger, word, iso3):
    assert forms(tagger, f"Officials said {word} had been told to leave.", "en") == [(word, iso3, "demonym")]


def test_english_plurals_of_names_are_not_made(tagger):
    # Iran, Oman, Sudan end like a demonym; no "Irans" key, and a name stays a name
    assert forms(tagger, "Officials in Iran and Oman met.", "en") == [("Iran", "IRN", "name"), ("Oman", "OMN", "name")]


def test_english_plural_of_a_context_only_demonym_needs_context(tagger):
    assert forms(tagger, "Georgians in Atlanta voted early.", "en") == []


def test_turks_and_caicos_is_a_territory_not_turkey(tagger):
    ms = tagger.mentions("Visitors to the Turks and Caicos Islands rose.", "en")
    assert [(m.kind, m.iso3) for m in ms] == [("place", "GBR")]


@pytest.mark.parametrize("text,iso3,word", [
    ("برنامه هسته‌ای کره‌شمالی متوقف شد", "PRK", "کره\u200cشمالی"),
    ("هیئتی از عربستان‌سعودی آمد", "SAU", "عربستان\u200cسعودی"),
])
def test_persian_names_joined_by_a_zwnj(tagger, text, iso3, word):
    assert forms(tagger, text, "fa") == [(word, iso3, "name")]


def test_persian_capital_joined_by_a_zwnj(tagger):
    ms = tagger.mentions("مذاکره با پیونگ‌یانگ دشوار است", "fa")
    assert [(m.iso3, m.form) for m in ms] == [("PRK", "capital")]


@pytest.mark.parametrize("word,iso3", [
    ("россиян", "RUS"), ("армян", "ARM"), ("египтян", "EGY"), ("англичан", "GBR"), ("сирийцы", "SYR"),
    ("пакистанцев", "PAK"), ("казахи", "KAZ"), ("турок", "TUR"), ("русской", "RUS"),
])
def test_russian_demonym_nouns_in_any_case(tagger, word, iso3):
    assert [(t, c) for t, c, _ in forms(tagger, f"Многие {word} были против.", "ru")] == [(word, iso3)]


def test_russian_city_and_language_are_no_demonyms(tagger):
    assert forms(tagger, "Конференция в Турку прошла на русском языке и на русском.", "ru") == []


def test_a_name_with_its_ending_beats_a_demonym_stem_with_a_longer_one(tagger):
    assert forms(tagger, "Посол Чехии приехал.", "ru") == [("Чехии", "CZE", "name")]


@pytest.mark.parametrize("word,iso3", [("الأتراك", "TUR"), ("وأتراك", "TUR"), ("الهنود", "IND"), ("الإنجليز", "GBR"),
                                       ("الأميركان", "USA")])
def test_arabic_broken_plurals(tagger, word, iso3):
    found = forms(tagger, f"وقال مسؤولون {word} إن الخطة جاهزة", "ar")
    assert [(c, f) for _, c, f in found] == [(iso3, "demonym")]


@pytest.mark.parametrize("text,iso3", [("各方就伊核问题交换了意见。", "IRN"), ("沙方表示支持这一倡议。", "SAU")])
def test_chinese_fixed_words_of_ambiguous_abbreviations(tagger, text, iso3):
    # 伊 (Iran or Iraq) and 沙 are no abbreviations alone; these two words are
    assert [m.iso3 for m in tagger.mentions(text, "zh") if m.kind == "country"] == [iso3]
