"""Arabic people by the general forms of the Persian fresh check (issue 10, people, batch 30): a known family name
after a noun of an act or a saying (زيارة ظريف إلى), one surname between a role phrase with its country and the
"that" of reported speech (وقال وزير الخارجية الفرنسي فابيوس إن), "فإن" after "بحسب <role> <name>،".
Sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import person_countries, person_mentions


def people(stage, text: str) -> dict[str, str | None]:
    return person_countries(stage, text, "ar")


@pytest.mark.parametrize("text, name, iso3", [
    ("وتأتي زيارة ظريف إلى مسقط ضمن جولة إقليمية.", "ظريف", "IRN"),
    ("وتأتي زيارة عباس إلى عمان بعد أسبوع.", "عباس", "PSE"),
])
def test_known_family_name_after_a_doer_noun(stage, text, name, iso3):
    assert people(stage, text).get(name) == iso3


@pytest.mark.parametrize("text", [
    "وتأتي زيارة رسمية إلى مسقط ضمن جولة إقليمية.",
    "وتأتي زيارة الوفد إلى مسقط ضمن جولة إقليمية.",
])
def test_no_name_after_a_doer_noun(stage, text):
    assert people(stage, text) == {}


@pytest.mark.parametrize("text, name, iso3", [
    ("وقال وزير الخارجية البلجيكي فاندنبرغ إن الاجتماع كان مثمرا.", "فاندنبرغ", "BEL"),
    ("وقال السفير الإيطالي كابوتو إن روما تدعم الحوار.", "كابوتو", "ITA"),
])
def test_one_surname_after_role_and_country_before_that(stage, text, name, iso3):
    assert people(stage, text).get(name) == iso3


@pytest.mark.parametrize("text", [
    "وقال وزير الخارجية البلجيكي أيضا إن الاجتماع كان مثمرا.",
    "وقال وزير الخارجية البلجيكي لرويترز إن الاجتماع كان مثمرا.",
    "وقال وزير الخارجية البلجيكي بدوره إن الاجتماع كان مثمرا.",
    "وقال وزير الخارجية البلجيكي كذلك إن الاجتماع كان مثمرا.",
])
def test_adverbs_and_outlets_before_that_are_no_names(stage, text):
    assert people(stage, text) == {}


def test_bahsab_role_name_then_fa_inna(stage):
    text = "وبحسب المتحدث الإيراني بهرام قاسمي، فإن طهران لن تشارك في الاجتماع."
    assert people(stage, text).get("بهرام قاسمي") == "IRN"


def test_surname_then_adverb_stops_at_the_adverb(stage):
    text = "استقبل الرئيس الإيراني حسن روحاني الوفد اليوم. وشدد روحاني مجددا على أن بلاده ملتزمة بالاتفاق."
    names = [m.text for m in person_mentions(stage, text, "ar")]
    assert names == ["حسن روحاني", "روحاني"]
