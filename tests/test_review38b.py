"""Review 38b: false readings on ordinary news text (zh 名 as a troop figure, ar year words counting a noun,
vi dashed names going on, ar مالي 'financial'). Sentences written for these tests."""

from __future__ import annotations

import pytest

from bilat.records import Document, Sentence
from bilat.stages.dates import find_dates


def mentions(stage, text: str, lang: str) -> list[tuple[str, str | None]]:
    doc = Document(id="t", source="test", original=text, text=text, lang=lang,
                   sentences=(Sentence(start=0, end=len(text)),))
    return [(m.text, m.iso3) for m in stage(doc).mentions]


# --- 1. zh: 名 alone is no troop word -------------------------------------------------------------

def _figure_modes(text: str) -> list[str]:
    from bilat.pipeline import analyze

    return [e.mode for e in analyze(text, "2024-03-01").events if e.event == "STATEMENT_OF_FIGURES"]


@pytest.mark.parametrize("text", [
    "中国外交部周三表示，中国已向越南提供了一份包含30个地名的清单。",
    "加拿大外交部说，中国拘留了两名加拿大人，加拿大对此表示关注。",
])
def test_zh_ming_without_a_military_noun_is_no_troop_figure(text):
    assert "troops" not in _figure_modes(text)


@pytest.mark.parametrize("text", [
    "美国向波兰增派了3000名士兵。",
    "俄罗斯在边境部署了10万部队，乌克兰表示担忧。",
])
def test_zh_troop_figure_kept(text):
    assert _figure_modes(text) == ["troops"]


# --- 2. ar: year words (2011-2099) with their counted noun after them are a count -------------------

@pytest.mark.parametrize("text", [
    "استقبلت المخيمات خلال عام ألفين وخمسين لاجئا جديدا.",
    "وصل في سنة ألفين وثلاثين جنديا إلى الحدود.",
    "وصل خلال العام ألفين وخمسة وعشرين مهاجراً إلى الجزيرة.",
])
def test_ar_year_words_before_a_counted_noun_are_no_year(text):
    assert [d.value for d in find_dates(text, "ar", "2024-03-01")] == []


@pytest.mark.parametrize("text, value", [
    ("ستنتهي الخطة في عام ألفين وخمسين.", "2050"),
    ("في عام ألفين وعشرين بدأ الوباء.", "2020"),
    ("في عام ألفين وخمسين تقريبا ستنفد المياه.", "2050"),
    ("وقع الاتفاق عام ألفين وخمسة عشر رسميا.", "2015"),
])
def test_ar_year_words_before_a_verb_or_adverb_kept(text, value):
    assert [d.value for d in find_dates(text, "ar", "2024-03-01")] == [value]


# --- 3. vi: a dashed transliteration going on is a longer name ---------------------------------------

def test_vi_dashed_name_going_on_is_no_country(stage):
    assert mentions(stage, "Đội bóng Pê-ru-gia thắng trận hôm qua.", "vi") == []


@pytest.mark.parametrize("text, expected", [
    ("Tổng thống Pê-ru thăm Việt Nam.", [("Pê-ru", "PER"), ("Việt Nam", "VNM")]),
    ("Quan hệ Chi-lê-Pê-ru được cải thiện.", [("Chi-lê", "CHL"), ("Pê-ru", "PER")]),
])
def test_vi_dashed_country_kept(stage, text, expected):
    assert mentions(stage, text, "vi") == expected


# --- 4. ar: مالي 'financial' before the body it serves -------------------------------------------------

@pytest.mark.parametrize("text", [
    "وقال رئيس مالي للشركة إن الأرباح ارتفعت.",
    "وقال رئيس مالي للمجموعة إن الديون تراجعت.",
    "وقال مدير مالي للبنك إن السيولة كافية.",
    "وقال مستشار مالي إن السوق مستقر.",
])
def test_ar_mali_financial_is_no_country(stage, text):
    assert mentions(stage, text, "ar") == []


@pytest.mark.parametrize("text, expected", [
    ("وقال رئيس مالي إن بلاده ترفض التدخل.", [("مالي", "MLI")]),
    ("زار رئيس مالي للمرة الأولى الجزائر.", [("مالي", "MLI"), ("الجزائر", "DZA")]),
])
def test_ar_mali_president_kept(stage, text, expected):
    assert mentions(stage, text, "ar") == expected
