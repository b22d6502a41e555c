"""Arabic people named after a role word, its complement of definite nouns and the country's nisba (people53, issue
10 part 3): وزير |المالية| الكازاخي X, الأمين العام |للمنظمة|، النرويجي X, المتحدث |باسم الخارجية| الإيرانية X
(names.AR_COMPLEMENT_NISBA); a name of unlisted given names found there takes the nisba's country. The name before
such a role is not read on the strength of the complement (لجنة حقوق الإنسان، والقائم بأعمال القنصل الأمريكي).
Sentences written for these tests; the names are invented."""

from __future__ import annotations

import pytest
from conftest import person_countries

from bilat.stages import names

CASES = [
    ("وقال وزير المالية الكازاخي يرلان تاسماغامبيتوف إن الميزانية متوازنة.", "يرلان تاسماغامبيتوف", "KAZ"),
    ("وقال الأمين العام للمنظمة، النرويجي يوناس غارستاد إن الاجتماع مثمر.", "يوناس غارستاد", "NOR"),
    ("وقال المتحدث باسم الخارجية الإيرانية بهرام قاسمي إن الاتفاق قائم.", "بهرام قاسمي", "IRN"),
]


@pytest.mark.parametrize("text, name, iso3", CASES)
def test_ar_role_complement_nisba_name(stage, text, name, iso3):
    assert person_countries(stage, text, "ar").get(name) == iso3


@pytest.mark.parametrize("text, name, iso3", CASES)
def test_ar_role_complement_nisba_name_off(stage, monkeypatch, text, name, iso3):
    monkeypatch.setattr(names, "AR_COMPLEMENT_NISBA", False)
    assert name not in person_countries(stage, text, "ar")


@pytest.mark.parametrize("text", [
    "وقال وزير الدفاع الأمريكي في بيان إن القوات جاهزة.",
    "التقى رئيس الوزراء بوفد من لجنة حقوق الإنسان، والقائم بأعمال القنصل الأمريكي العام.",
])
def test_ar_no_person(stage, text):
    assert person_countries(stage, text, "ar") == {}


def test_complement_words_stop_at_a_non_noun():
    assert names._ar_complement_before_country("وزير في بيان", 5, {}) is None


def test_ar_complement_name_after_one_comma(stage):
    # as after "وزير الخارجية الكندي،": the role reader skips the comma after the nisba
    text = "وقال وزير الزراعة الكندي، ويلمار هارتسفيلد إن الصادرات ارتفعت."
    assert person_countries(stage, text, "ar").get("ويلمار هارتسفيلد") == "CAN"
