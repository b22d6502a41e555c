"""Composed sentences: a verb after a verbal particle starts no Arabic name; a role with no country before a
common noun phrase names no one; an outlet named after a city or country is no mention of it; a storm's name
is no person; 白宫 issuing a statement is the US government."""

from __future__ import annotations

import pytest
from conftest import person_countries

from bilat.records import Document, Sentence
from bilat.stages.entities import make_stage


@pytest.fixture(scope="module")
def stage():
    return make_stage()


def _mentions(stage, text: str, lang: str):
    doc = Document(id="t", source="test", original=text, text=text, lang=lang, sentences=(Sentence(start=0, end=len(text)),))
    return stage(doc).mentions


@pytest.mark.parametrize("text,name", [
    ("وقد انتقد ماركو بيانكي، وزير الخارجية الإيطالي، الخطة الجديدة.", "ماركو بيانكي"),
    ("وقد انتقد دي لوكا، وزير الخارجية الإيطالي، الخطة الجديدة.", "دي لوكا"),
    ("لقد انتقد دي لوكا، نائب رئيس الوزراء الإيطالي، الخطة الجديدة.", "دي لوكا"),
])
def test_ar_verb_after_particle_starts_no_name(stage, text, name):
    assert person_countries(stage, text, "ar") == {name: "ITA"}


@pytest.mark.parametrize("text", [
    "وقدم وزير الدفاع خطة الانسحاب إلى البرلمان.",
    "وناقش وزير الداخلية مشروع القانون الجديد.",
])
def test_ar_role_before_common_noun_phrase(stage, text):
    assert person_countries(stage, text, "ar") == {}


def test_ar_role_before_name_with_nisba_kept(stage):
    assert "جاسم الكعبي" in person_countries(stage, "وقال وزير الدفاع جاسم الكعبي إن الوضع مستقر.", "ar")


@pytest.mark.parametrize("text,lang,word", [
    ("ونشرت صحيفة موسكو تايمز تقريرا عن المفاوضات.", "ar", "موسكو"),
    ("روزنامه مسکو تایمز نوشت که مذاکرات ادامه دارد.", "fa", "مسکو"),
    ("หนังสือพิมพ์โตเกียวโพสต์รายงานว่าการเจรจาจะเริ่มขึ้น", "th", "โตเกียว"),
    ("据伦敦时报报道，谈判将于下周恢复。", "zh", "伦敦"),
    ("India Today reported that the talks would resume.", "en", "India"),
])
def test_outlet_title_names_no_country(stage, text, lang, word):
    assert not [m for m in _mentions(stage, text, lang) if m.text == word]


def test_capitalised_outlet_word_only(stage):
    assert [m.iso3 for m in _mentions(stage, "Officials in India today rejected the offer.", "en")] == ["IND"]


@pytest.mark.parametrize("text,lang", [
    ("وقالت الأرصاد إن العاصفة جورج ستصل إلى الساحل غدا.", "ar"),
    ("وتسببت العاصفة الاستوائية ماريا في فيضانات واسعة.", "ar"),
    ("طوفان کاترینا شهر را ویران کرد.", "fa"),
])
def test_storm_name_is_no_person(stage, text, lang):
    assert person_countries(stage, text, lang) == {}


def test_zh_white_house_statement_is_government(stage):
    ms = [m for m in _mentions(stage, "白宫发表声明，谴责这次袭击。", "zh") if m.text == "白宫"]
    assert [(m.iso3, m.form) for m in ms] == [("USA", "capital")]
