"""Date expressions of the general inventory left unread after the per-language rounds (issue 11, dates-residue): en
story-relative day phrases alone, counted weekdays, and the other forms added in this round. Expressions and sentences
composed here; publication Thursday 2025-03-13."""

import pytest

from bilat.stages.dates import find_dates

PUB = "2025-03-13"


def _got(text, lang, pub=PUB):
    return [(d.text, d.value, d.end_value) for d in find_dates(text, lang, pub)]


@pytest.mark.parametrize("text,value", [
    ("the next day", "2025-03-14"), ("The day after", "2025-03-14"), ("the following day", "2025-03-14"),
    ("the previous day", "2025-03-12"), ("the day before", "2025-03-12"),
    ("the day after tomorrow", "2025-03-15"),  # the longer phrase still wins
])
def test_en_story_relative_day_phrases_alone(text, value):
    assert _got(text, "en") == [(text, value, None)]


@pytest.mark.parametrize("text", ["The minister left the next day.", "He arrived the day before the vote.",
                                  "Talks resumed the following day."])
def test_en_story_relative_day_phrases_in_a_sentence_name_the_storys_day(text):
    assert _got(text, "en") == []


@pytest.mark.parametrize("text,phrase,value", [
    ("two Sundays from now", "two Sundays from now", "2025-03-23"),  # the second Sunday after publication
    ("2 Mondays from today", "2 Mondays from today", "2025-03-24"),
    ("three Fridays ago", "three Fridays ago", "2025-02-21"),  # the third Friday before publication
    ("The vote is two Sundays from now.", "two Sundays from now", "2025-03-23"),
    ("He left three Fridays ago.", "three Fridays ago", "2025-02-21"),
    ("a fortnight ago", "a fortnight ago", "2025-02-27"), ("They meet in a fortnight.", "in a fortnight", "2025-03-27"),
])
def test_en_counted_weekdays_and_fortnights(text, phrase, value):
    assert _got(text, "en") == [(phrase, value, None)]


def test_en_plural_weekdays_with_no_count_are_no_date():
    assert _got("Sundays from now on are free.", "en") == []


@pytest.mark.parametrize("text,phrase,value", [
    ("две тысячи двадцатого года", "две тысячи двадцатого года", "2020"),  # a year in words, its last word an ordinal
    ("в две тысячи двадцать четвёртом году", "две тысячи двадцать четвёртом году", "2024"),
    ("тысяча девятьсот девяносто восьмого года", "тысяча девятьсот девяносто восьмого года", "1998"),
    ("двухтысячного года", "двухтысячного года", "2000"), ("в две тысячи третьем году", "две тысячи третьем году", "2003"),
    ("В две тысячи двадцать третьем году завод закрыли.", "две тысячи двадцать третьем году", "2023"),
    ("Завод открыли восьмого августа две тысячи двадцатого года.", "восьмого августа две тысячи двадцатого года",
     "2020-08-08"),
    ("Завод открыли 8 августа две тысячи двадцатого года.", "8 августа две тысячи двадцатого года", "2020-08-08"),
])
def test_ru_years_in_words(text, phrase, value):
    assert _got(text, "ru") == [(phrase, value, None)]


@pytest.mark.parametrize("text", ["две тысячи двадцать человек", "тысяча девятьсот рублей в год"])
def test_ru_a_cardinal_count_is_no_year(text):
    assert _got(text, "ru") == []


@pytest.mark.parametrize("text", ["8 и 14 числа", "Выплаты придут 8 и 14 числа."])
def test_ru_the_first_day_of_a_pair_before_chisla(text):
    assert [(t, v) for t, v, _e in _got(text, "ru")] == [("8", "2025-03-08"), ("14 числа", "2025-03-14")]


@pytest.mark.parametrize("pub,value", [("2025-03-10", "2025-03-18"), ("2025-03-13", "2025-03-18"),
                                       ("2015-04-18", "2015-04-21")])
def test_ru_next_weekday_is_next_weeks_as_en_next(pub, value):
    # said on a Monday, "в следующий вторник" is next week's Tuesday, as en "next Tuesday" (not tomorrow)
    assert _got("в следующий вторник", "ru", pub) == [("в следующий вторник", value, None)]
    assert _got("next Tuesday", "en", pub) == [("next Tuesday", value, None)]
    assert _got("Встреча пройдёт в следующий вторник.", "ru", pub) == [("в следующий вторник", value, None)]


def test_ru_a_list_of_days_before_chisla():
    assert [(t, v) for t, v, _e in _got("Выплаты придут 8, 10 и 14 числа.", "ru")] == [
        ("8", "2025-03-08"), ("10", "2025-03-10"), ("14 числа", "2025-03-14")]


@pytest.mark.parametrize("text", ["в следующем месяце 8 и 14 числа", "в следующем месяце 8, 10 и 14 числа"])
def test_ru_a_pair_after_a_month_phrase_is_not_publications_month(text):
    # the month phrase before the pair is seen from its last day too (was: "14 числа" of publication's month)
    assert [t for t, _v, _e in _got(text, "ru")] == ["в следующем месяце"]
