"""Russian (and English) date expressions of the general inventory (issue 11, dates-zh): counts in words past ten, counted
weeks past ten, dateparser-style abbreviations (``5 дн назад``, ``в след мес``), ``позапозавчера``, ``сегодняшний`` and
``завтрашний``. Expressions and sentences composed here; publication Thursday 2025-03-13."""

import pytest

from bilat.stages.dates import find_dates

PUB = "2025-03-13"


def _got(text, lang, pub=PUB):
    return [(d.text, d.value, d.end_value) for d in find_dates(text, lang, pub)]


@pytest.mark.parametrize("lang,text,value", [
    ("ru", "пятнадцать дней назад", "2025-02-26"), ("ru", "двадцать один день назад", "2025-02-20"),
    ("ru", "через двадцать пять лет", "2050"), ("ru", "сто лет назад", "1925"), ("ru", "через одиннадцать дней", "2025-03-24"),
    ("en", "fifteen days ago", "2025-02-26"), ("en", "twenty-one days ago", "2025-02-20"), ("en", "in twenty years", "2045"),
    ("ru", "21 нед назад", "2024-10-17"), ("ru", "через 5 нед", "2025-04-17"),  # a counted week past ten is still 7N days
    ("ru", "5 дн назад", "2025-03-08"), ("ru", "через 3 д", "2025-03-16"), ("ru", "21 г назад", "2004"),
    ("ru", "в эт мес", "2025-03"), ("ru", "в след мес", "2025-04"), ("ru", "в сл г", "2026"), ("ru", "в эт г", "2025"),
    ("ru", "позапозавчера", "2025-03-10"),
])
def test_an_expression_alone(lang, text, value):
    assert _got(text, lang) == [(text, value, None)]


@pytest.mark.parametrize("lang,text,phrase,value", [
    ("ru", "Министры встретились двадцать один день назад.", "двадцать один день назад", "2025-02-20"),
    ("ru", "С завтрашнего дня отменяются все мероприятия.", "завтрашнего", "2025-03-14"),
    ("ru", "На сегодняшнем заседании министры договорились.", "сегодняшнем", "2025-03-13"),
    ("en", "The ministers met twenty-one days ago.", "twenty-one days ago", "2025-02-20"),
])
def test_in_a_sentence(lang, text, phrase, value):
    assert _got(text, lang) == [(phrase, value, None)]


@pytest.mark.parametrize("lang,text", [
    ("ru", "Это длилось в течение двадцати лет."),  # a span, no offset
    ("ru", "Два или три дня назад."),  # a vague count
])
def test_no_date(lang, text):
    assert _got(text, lang) == []


@pytest.mark.parametrize("text,value", [
    ("the 5th of March", "2025-03-05"),  # a day and month alone (the article is no context): publication's year
    ("21st of June, 2020", "2020-06-21"), ("the 5th of August of 2020", "2020-08-05"),
    ("March of last year", "2024-03"),
    ("2020/06/01", "2020-06-01"), ("2020.06.01", "2020-06-01"), ("2019-sep-1", "2019-09-01"),
    ("Wed Aug 05 12:00:00 2015", "2015-08-05"),  # asctime: the year after the clock
    ("this day", "2025-03-13"), ("the day", "2025-03-13"),  # alone only
])
def test_english_forms_alone(text, value):
    found = _got(text, "en")
    assert [(v, e) for _t, v, e in found] == [(value, None)] and text.endswith(found[0][0])


@pytest.mark.parametrize("text", ["To this day he denies it.", "The day after the vote was calm.", "Update to version 2020.1.2."])
def test_english_no_date(text):
    assert _got(text, "en") == []


def test_a_year_first_date_in_russian():
    assert _got("Встреча министров 2020.06.01.", "ru") == [("2020.06.01", "2020-06-01", None)]


@pytest.mark.parametrize("text,value", [
    ("20-го числа", "2025-03-20"), ("третьего числа", "2025-03-03"), ("5-е июня", "2025-06-05"), ("5-ого июня", "2025-06-05"),
])
def test_russian_days_of_the_month(text, value):
    assert _got(text, "ru") == [(text, value, None)]


@pytest.mark.parametrize("text", ["Платёж до 15 числа каждого месяца.", "В следующем месяце 5 числа."])
def test_russian_chislo_of_another_month_is_not_publications(text):
    assert not any(t.endswith("числа") for t, _v, _e in _got(text, "ru"))


@pytest.mark.parametrize("text,value", [
    ("the 1st of next month", "2025-04-01"), ("the fifteenth of last month", "2025-02-15"),
    ("the last day of the month", "2025-03-31"), ("the last day of last month", "2025-02-28"),
    ("the first day of next month", "2025-04-01"),
])
def test_english_day_of_a_relative_month(text, value):
    assert _got(text, "en") == [(text, value, None)]


@pytest.mark.parametrize("lang,text,value", [
    ("en", "July the 4th", "2025-07-04"), ("en", "July the 4th, 2016", "2016-07-04"),
    ("en", "15-Jun-2021", "2021-06-15"), ("en", "Jun-15-2021", "2021-06-15"),
    ("en", "the 1st", "2025-03-01"), ("en", "5th", "2025-03-05"),  # a day alone: of publication's month
    ("ru", "5-го", "2025-03-05"), ("ru", "20-е", "2025-03-20"),
])
def test_more_day_forms(lang, text, value):
    found = _got(text, lang)
    assert [(v, e) for _t, v, e in found] == [(value, None)] and text.endswith(found[0][0])


def test_an_ordinal_in_running_text_is_no_day():
    assert _got("She finished 5th in the race.", "en") == []


@pytest.mark.parametrize("lang,text,value", [
    ("ru", "пару дней назад", "2025-03-11"), ("ru", "через пару недель", "2025-03-27"),  # "пару" is two, as chrono reads it
    ("en", "a couple of days ago", "2025-03-11"), ("en", "in a couple of weeks", "2025-03-27"),
])
def test_a_couple_is_two(lang, text, value):
    assert _got(text, lang) == [(text, value, None)]


@pytest.mark.parametrize("lang,text,value", [
    ("en", "March", "2025-03"), ("en", "February", "2025-02"), ("en", "2014", "2014"), ("zh", "2014", "2014"),  # publication's year
    ("ru", "июнь", "2025-06"), ("ru", "2014", "2014"),
])
def test_a_month_or_year_said_alone(lang, text, value):
    assert _got(text, lang) == [(text, value, None)]


def test_a_month_name_in_running_text_still_needs_its_cue():
    assert _got("March on, the leader said.", "en") == []
