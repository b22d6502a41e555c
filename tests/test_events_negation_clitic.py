"""Negation (issue 10, evneg): a negated act is no event, in every language, and "not only X but Y" is no
negation. English "n't" is a clitic: "didn't", "hasn't", "didn’t" (curly) negate as "did not" does
(plover.CLITICS, events.find_in); "not only", 不仅, не только, không chỉ (plover.NEGATION_NOT) negate nothing.
Sentences composed for the test."""
from __future__ import annotations

import pytest
from test_events import two_party

PARTIES = {
    "en": [("China", "CHN", "country"), ("Russia", "RUS", "country")],
    "zh": [("中国", "CHN", "country"), ("俄罗斯", "RUS", "country")],
    "vi": [("Trung Quốc", "CHN", "country"), ("Nga", "RUS", "country")],
    "ru": [("Китай", "CHN", "country"), ("Россию", "RUS", "country")],
    "ar": [("الصين", "CHN", "country"), ("روسيا", "RUS", "country")],
    "th": [("จีน", "CHN", "country"), ("รัสเซีย", "RUS", "country")],
}


@pytest.mark.parametrize("lang, text", [
    ("en", "China didn't condemn Russia."),
    ("en", "China didn’t condemn Russia."),
    ("en", "China hasn't condemned Russia so far."),
    ("en", "China did not condemn Russia."),
    ("en", "China did not express concern over Russia's drills."),
    ("en", "China never condemned Russia."),
    ("zh", "中国没有谴责俄罗斯。"),
    ("zh", "中国并未谴责俄罗斯。"),
    ("vi", "Trung Quốc không lên án Nga."),
    ("vi", "Trung Quốc chưa lên án Nga."),
    ("ru", "Китай не осудил Россию."),
    ("ar", "لم تدن الصين روسيا."),
    ("th", "จีนไม่ได้ประณามรัสเซีย"),
])
def test_a_negated_act_is_no_event(lexical, lang, text):
    assert two_party(lexical, text, lang, PARTIES[lang]) == []


@pytest.mark.parametrize("lang, text", [
    ("en", "China condemned Russia."),
    ("en", "China's envoy condemned Russia."),  # an apostrophe that is no "n't"
    ("en", "China not only condemned Russia but also recalled its ambassador."),
    ("zh", "中国谴责俄罗斯。"),
    ("zh", "中国不仅谴责俄罗斯，还召回了大使。"),
    ("vi", "Trung Quốc lên án Nga."),
    ("ru", "Китай осудил Россию."),
    ("ar", "أدانت الصين روسيا."),
    ("th", "จีนประณามรัสเซีย"),
])
def test_the_act_told_is_an_event(lexical, lang, text):
    assert ("ACCUSE", "CHN", "RUS") in two_party(lexical, text, lang, PARTIES[lang])
