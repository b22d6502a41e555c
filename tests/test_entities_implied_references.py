"""Implied countries read as mentions of form ``reference`` (issue 10, events and countries): "the two leaders"
(data/pair_words.json, entities.pair_references) stands for the article's pair like "both sides"; a bare "the
kingdom" (المملكة, ``kingdom`` in data/event_lexicon.json, entities.kingdom_references) for the kingdom the
article is about. Sentences composed for the test."""
from __future__ import annotations

import pytest
from test_entities_pair_references import refs

from bilat.stages import entities


@pytest.fixture(scope="module")
def stage():
    return entities.make_stage(learn=False)


@pytest.mark.parametrize("lang, text, phrase", [
    ("en", ("Japan hosted Vietnam's prime minister. Japan and Vietnam held talks in Tokyo. "
            "The two leaders agreed to expand trade."), "The two leaders"),
    ("zh", "日本首相会见越南总理。日本和越南举行会谈。两位领导人同意扩大贸易。", "两位领导人"),
    ("zh", "日本首相会见越南总理。日本和越南举行会谈。两军将举行联合演习。", "两军"),
    ("ar", "استقبل رئيس وزراء اليابان رئيس وزراء فيتنام. وبحثت اليابان وفيتنام التعاون. واتفق الزعيمان على توسيع التجارة.",
     "الزعيمان"),
    ("vi", ("Thủ tướng Nhật Bản tiếp Thủ tướng Việt Nam. Nhật Bản và Việt Nam hội đàm. "
            "Hai nhà lãnh đạo nhất trí mở rộng thương mại."), "Hai nhà lãnh đạo"),
    ("ru", "Япония приняла премьера Вьетнама. Япония и Вьетнам провели переговоры. Оба лидера договорились о торговле.",
     "Оба лидера"),
])
def test_the_two_leaders_are_the_pair(stage, lang, text, phrase):
    assert refs(stage, text, lang) == [(phrase, "JPN"), (phrase, "VNM")]


def test_the_two_leaders_of_a_sentence_naming_two_countries_are_those(stage):
    text = "日本和越南举行会谈。日本首相会见越南总理。中俄两国领导人同意扩大贸易。"
    assert refs(stage, text, "zh") == []


def test_the_kingdom_is_saudi_arabia_in_a_saudi_story(stage):
    text = "استقبل وزير الخارجية السعودي نظيره المصري في الرياض. وأكد الوزير المصري أهمية العلاقات بين مصر والمملكة."
    assert refs(stage, text, "ar") == [("المملكة", "SAU")]


def test_the_kingdom_is_the_kingdom_the_story_names(stage):
    text = "استقبل العاهل الأردني وزير الخارجية المصري في عمان. وأشاد الوزير بدور الأردن. وتدعم المملكة جهود السلام."
    assert refs(stage, text, "ar") == [("المملكة", "JOR")]


@pytest.mark.parametrize("text", [
    "التقى وزير الخارجية السعودي نظيره في المملكة المتحدة أمس.",
    "وقعت المملكة العربية السعودية ومصر اتفاقا للتعاون.",
])
def test_the_kingdom_in_a_longer_name_is_no_reference(stage, text):
    assert refs(stage, text, "ar") == []

