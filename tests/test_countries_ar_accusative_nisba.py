"""An Arabic country stem that is read as the country only with its nisba (عمان: Oman, also the capital Amman
and common words) takes the indefinite accusative nisba too, with or without its vowel marks: عُمانيًا, عمانياً,
مصريًا 'an Omani, an Egyptian' (counted people), as جزائريًا always was (issue 10, country recall).
Sentences composed for the test."""
from __future__ import annotations

import pytest

from bilat.records import Document
from bilat.stages.entities import make_stage


@pytest.fixture(scope="module")
def stage():
    return make_stage(learn=False)


def states(stage, text: str, lang: str = "ar") -> list[str]:
    doc = stage(Document(id="t", source="t", original=text, text=text, lang=lang))
    return sorted({m.iso3 for m in doc.mentions if m.iso3 and (m.kind == "country" or m.form == "capital")})


@pytest.mark.parametrize("text,want", [
    ("استقبل المعرض العام الماضي 40 عُمانيًا و12 جزائريًا.", ["DZA", "OMN"]),
    ("وشارك في الدورة عشرون عمانياً من مختلف المحافظات.", ["OMN"]),
    ("وكان بين الجرحى سبعة عشر مصرياً.", ["EGY"]),
])
def test_accusative_nisba_of_context_stem(stage, text, want):
    assert states(stage, text) == want


def test_persian_takes_no_accusative(stage):
    assert states(stage, "عمانیا", lang="fa") == []
