"""Arabic: a given name of a nisba's or a place's shape with no article right after a definite word is the first
word of a name, no country or place (people53, issue 10 part 3): an adjective after a definite noun takes the article
(العقيد التركي 'the Turkish colonel'), so العقيد |تركي| المالكي is Colonel Turki al-Maliki, and الدكتور |رياض| ياسين
is no Riyadh (names.AR_GIVEN_NOT_NISBA). Sentences written for these tests; the names are invented."""

from __future__ import annotations

import pytest
from conftest import person_countries

from bilat.stages import names


@pytest.mark.parametrize("text, name", [
    ("وقال العقيد تركي الحربي إن الصاروخ اعترض فوق المدينة.", "تركي الحربي"),
    ("وأكد الدكتور رياض العتيبي وزير الخارجية اليمني أن الحكومة تملك قوائم.", "رياض العتيبي"),
])
def test_ar_given_name_not_nisba(stage, text, name):
    assert name in person_countries(stage, text, "ar")


def test_ar_given_name_not_nisba_off(stage, monkeypatch):
    monkeypatch.setattr(names, "AR_GIVEN_NOT_NISBA", False)
    text = "وأكد الدكتور رياض العتيبي وزير الخارجية اليمني أن الحكومة تملك قوائم."
    assert "رياض العتيبي" not in person_countries(stage, text, "ar")


@pytest.mark.parametrize("text", [
    "وقال الوزير التركي إن المحادثات مثمرة.",
    "وقال مسؤول تركي إن المحادثات مثمرة.",
])
def test_ar_nisba_with_article_or_indefinite_stays_a_country(stage, text):
    assert person_countries(stage, text, "ar") == {}
