"""Arabic and Persian spellings of country names the CLDR forms miss (issue 10, country recall): Côte d'Ivoire written
from French (كوت ديفوار, الكوديفوار) and its nisba (الإيفواري), the Maghreb spelling of Mauritania with ط
(موريطانيا), the short form of DR Congo without جمهورية (الكونغو الديمقراطية), Iceland with إ/أ and
without ي (إسلاندية), Omani as a nisba of عمان (العماني, while bare عمان stays context-only: it is also
Amman) and the compound adjective الجنوب أفريقي; Persian پرو as Peru after a preposition. Sentences composed for the
test."""
from __future__ import annotations

import pytest

from bilat.records import Document
from bilat.stages.entities import make_stage


@pytest.fixture(scope="module")
def stage():
    return make_stage(learn=False)


def states(stage, text: str) -> list[str]:
    """The countries a text names as states, as bench/countries.py counts them."""
    doc = stage(Document(id="t", source="t", original=text, text=text, lang="ar"))
    return sorted({m.iso3 for m in doc.mentions if m.iso3 and (m.kind == "country" or m.form == "capital")})


@pytest.mark.parametrize("text, want", [
    ("استقبل وزير الخارجية نظيره من كوت ديفوار في زيارة رسمية.", ["CIV"]),
    ("وقعت الحكومة اتفاقية تعاون مع الكوديفوار الأسبوع الماضي.", ["CIV"]),
    ("أعلن الرئيس الإيفواري عن تعديل حكومي.", ["CIV"]),
    ("بحث الطرفان الوضع على الحدود مع موريطانيا.", ["MRT"]),
    ("دعت الأمم المتحدة إلى وقف القتال في شرق الكونغو الديمقراطية.", ["COD"]),
    ("نقلت وسائل إعلام إسلاندية عن الحكومة قولها إنها سترد.", ["ISL"]),
    ("التقى الوزير نظيره العماني على هامش القمة.", ["OMN"]),
    ("أشاد الرئيس الجنوب أفريقي بالاتفاق.", ["ZAF"]),
])
def test_arabic_spellings(stage, text, want):
    assert states(stage, text) == want


@pytest.mark.parametrize("text", [
    "وصل الوفد إلى عمان صباح اليوم.",
    "تقع الكونغو على نهر كبير.",
])
def test_ambiguous_short_forms_stay_unread(stage, text):
    assert states(stage, text) == []


def _fa_states(stage, text: str) -> list[str]:
    doc = stage(Document(id="t", source="t", original=text, text=text, lang="fa"))
    return sorted({m.iso3 for m in doc.mentions if m.iso3 and (m.kind == "country" or m.form == "capital")})


@pytest.mark.parametrize("text, want", [
    ("رئیس‌جمهور هفته آینده به پرو سفر می‌کند.", ["PER"]),
    ("انتخابات ریاست جمهوری در پرو برگزار شد.", ["PER"]),
    ("او لباس را پرو کرد و خرید.", []),
])
def test_persian_peru_after_preposition(stage, text, want):
    """Persian پرو is Peru after a preposition, like مصر; 'to try on' (را پرو کرد) stays a word."""
    assert _fa_states(stage, text) == want
