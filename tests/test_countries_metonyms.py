"""Institutional metonyms and state epithets that name a country without its name (issue 10, implied countries):
seats of power read as the capital standing for the government (form ``capital``: 克宫 'the Kremlin', Điện
Kremlin, the Quai d'Orsay, Foggy Bottom), and epithets read as the country's name (form ``name``: the Jewish
state, دولة الاحتلال, the Hermit Kingdom, the Islamic Republic, Незалежная, Страна утренней свежести, Vietnamese
xứ sở kim chi / xứ sở sương mù, Thai แดนผู้ดี / แดนหมีขาว). All are hand-written names in
scripts/gazetteer_src/countries_extra.json (built into data/gazetteer.json.gz). Near-misses: the longer official
names that begin with "Islamic Republic" are their own country, a food or a lower-case word is no country.
Sentences composed for the test."""
from __future__ import annotations

import pytest

from bilat.records import Document
from bilat.stages.entities import make_stage


@pytest.fixture(scope="module")
def stage():
    return make_stage(learn=False)


def found(stage, text: str, lang: str) -> list[tuple[str, str]]:
    """(iso3, form) of the mentions bench/countries.py counts as countries."""
    doc = stage(Document(id="t", source="t", original=text, text=text, lang=lang))
    return sorted({(m.iso3, m.form) for m in doc.mentions if m.iso3 and (m.kind == "country" or m.form == "capital")})


def states(stage, text: str, lang: str) -> list[str]:
    return sorted({iso3 for iso3, _ in found(stage, text, lang)})


@pytest.mark.parametrize("text, lang, want", [
    # seats of power standing for the government: the capital's form
    ("克宫表示，将认真研究这一提议。", "zh", [("RUS", "capital")]),
    ("Theo Điện Kremlin, cuộc điện đàm kéo dài một giờ.", "vi", [("RUS", "capital")]),
    ("The Quai d'Orsay summoned the ambassador on Monday.", "en", [("FRA", "capital")]),
    ("Foggy Bottom has not commented on the report.", "en", [("USA", "capital")]),
    # epithets: the country's name
    ("The Jewish state said it would respond to the attack.", "en", [("ISR", "name")]),
    ("The Hermit Kingdom fired two ballistic missiles into the sea.", "en", [("PRK", "name")]),
    ("The Islamic Republic rejected the offer of talks.", "en", [("IRN", "name")]),
    ("وأعلنت دولة الاحتلال إغلاق المعبر.", "ar", [("ISR", "name")]),
    ("واقتحمت قوات كيان الاحتلال البلدة فجرا.", "ar", [("ISR", "name")]),
    ("وقالت الجمهورية الإسلامية إنها لن تتفاوض.", "ar", [("IRN", "name")]),
    ("Незалежная заявила о новых санкциях.", "ru", [("UKR", "name")]),
    ("В Незалежной объявили мобилизацию.", "ru", [("UKR", "name")]),
    ("Президент Страны утренней свежести прибыл с визитом.", "ru", [("KOR", "name")]),
    ("Xứ sở kim chi vừa công bố gói kích thích kinh tế.", "vi", [("KOR", "name")]),
    ("Chính phủ xứ sở sương mù đã phản ứng.", "vi", [("GBR", "name")]),
    ("แดนผู้ดีประกาศคว่ำบาตรรอบใหม่", "th", [("GBR", "name")]),
    ("แดนหมีขาวยืนยันจะตอบโต้", "th", [("RUS", "name")]),
])
def test_metonyms_and_epithets(stage, text, lang, want):
    assert found(stage, text, lang) == want


@pytest.mark.parametrize("text, lang, want", [
    # the longer official names that begin like the Iranian epithet are their own countries
    ("The Islamic Republic of Pakistan signed the accord.", "en", ["PAK"]),
    ("The Islamic Republic of Afghanistan signed the accord.", "en", ["AFG"]),
    ("وقعت الجمهورية الإسلامية الموريتانية الاتفاق.", "ar", ["MRT"]),
    ("وقال مرشد الجمهورية الإسلامية الإيرانية إن", "ar", ["IRN"]),
    # a food, a lower-case word, a community: no country
    ("Món kim chi rất được ưa chuộng ở nhiều nơi.", "vi", []),
    ("незалежная пресса выходит без цензуры.", "ru", []),
    ("The Jewish community of the town gathered for the holiday.", "en", []),
])
def test_near_misses(stage, text, lang, want):
    assert states(stage, text, lang) == want
