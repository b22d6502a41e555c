"""Persian: a demonym in the ezafe of a head of people (citizens, pilgrims, students, journalists:
event_lexicon.json nonstate_head 'before_demonym' 'fa'; events.CIVIL_HEAD) names people, no state; an official's
demonym stays a party. A demonym right after a number in digits
("12363 أردنيا") counts people (events.COUNTED_PEOPLE). Sentences composed for the test (no corpus sentence)."""
from __future__ import annotations

import pytest

from bilat.stages import events


def codes(tagger, text):
    return [p.code for p in events.parties(text, tagger.mentions(text, "fa"), None, "fa")]


@pytest.mark.parametrize("text, want", [
    ("پنج شهروند چینی در ایران بازداشت شدند.", ["IRN"]),
    ("دانشجویان ایرانی از دولت آلمان انتقاد کردند.", ["DEU"]),
    ("زائران ایرانی به عراق سفر کردند.", ["IRQ"]),
    ("مقامات ایرانی از دولت آلمان انتقاد کردند.", ["IRN", "DEU"]),
])
def test_a_demonym_of_people_is_no_party(tagger, text, want):
    assert codes(tagger, text) == want


def test_a_country_name_after_a_people_word_stays_a_party(tagger):
    # only a demonym is an attribute: a country's name after such a word is read as usual
    assert codes(tagger, "دانشجویان در آلمان با وزیر خارجه ایران دیدار کردند.") == ["DEU", "IRN"]


@pytest.mark.parametrize("text, lang, want", [
    ("زار 12363 أردنيا و 4.947 مصريا إسرائيل العام الماضي.", "ar", ["ISR"]),
    ("زار وزير الخارجية الأردني إسرائيل العام الماضي.", "ar", ["JOR", "ISR"]),
])
def test_a_demonym_counted_in_digits_is_people(tagger, text, lang, want):
    # "12363 أردنيا": a number of visitors of that nationality, no state (events.COUNTED_PEOPLE)
    assert [p.code for p in events.parties(text, tagger.mentions(text, lang), None, lang)] == want


def test_a_year_before_a_demonym_counts_nobody():
    assert events.COUNT_BEFORE.search("in 2019 ") is None
    assert events.COUNT_BEFORE.search("visited by 58 ") is not None
