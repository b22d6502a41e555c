"""A quarter or a half of a written year is its months (docs/dates_and_figures.md), alone and inside a sentence:
"the third quarter of 2016", "Q1 2018", "H2 2019", "الربع الأول من عام 2016", "النصف الثاني من 2019", "2016年上半年"."""

import pytest

from bilat.stages.dates import find_dates

PUB = "2024-06-12"


def _got(text, lang, pub=PUB):
    return [(d.text, d.value, d.end_value) for d in find_dates(text, lang, pub)]


@pytest.mark.parametrize("lang,text,phrase,value,end", [
    ("en", "first half of 2016", "first half of 2016", "2016-01", "2016-06"),
    ("en", "the second half of 2016", "second half of 2016", "2016-07", "2016-12"),
    ("en", "the third quarter of 2016", "third quarter of 2016", "2016-07", "2016-09"),
    ("en", "Q1 2018", "Q1 2018", "2018-01", "2018-03"),
    ("en", "q4 2018", "q4 2018", "2018-10", "2018-12"),
    ("en", "H2 2019", "H2 2019", "2019-07", "2019-12"),
    ("ar", "الربع الأول من عام 2016", "الربع الأول من عام 2016", "2016-01", "2016-03"),
    ("ar", "النصف الأول من عام 2016", "النصف الأول من عام 2016", "2016-01", "2016-06"),
    ("ar", "النصف الثاني من 2019", "النصف الثاني من 2019", "2019-07", "2019-12"),
    ("zh", "2016年上半年", "2016年上半年", "2016-01", "2016-06"),
    ("zh", "2016年的下半年", "2016年的下半年", "2016-07", "2016-12"),
])
def test_year_part_alone(lang, text, phrase, value, end):
    assert _got(text, lang) == [(phrase, value, end)]


@pytest.mark.parametrize("lang,text,phrase,value,end", [
    ("en", "Sales rose in the first quarter of 2023, the company said.", "first quarter of 2023", "2023-01", "2023-03"),
    ("ar", "ارتفعت المبيعات في الربع الثالث من عام 2023.", "الربع الثالث من عام 2023", "2023-07", "2023-09"),
    ("zh", "2023年上半年，公司营收增长。", "2023年上半年", "2023-01", "2023-06"),
])
def test_year_part_in_a_sentence(lang, text, phrase, value, end):
    assert (phrase, value, end) in _got(text, lang)


def test_no_fifth_quarter():
    assert _got("the fifth quarter of 2016", "en") == [("2016", "2016", None)]


@pytest.mark.parametrize("lang,text,phrase,value,end", [
    ("en", "the first half of next year", "first half of next year", "2025-01", "2025-06"),
    ("en", "the third quarter of last year", "third quarter of last year", "2023-07", "2023-09"),
    ("zh", "明年上半年", "明年上半年", "2025-01", "2025-06"),
    ("zh", "今年的上半年", "今年的上半年", "2024-01", "2024-06"),
])
def test_year_part_of_a_year_named_from_publication(lang, text, phrase, value, end):
    assert _got(text, lang) == [(phrase, value, end)]


@pytest.mark.parametrize("lang,text,phrase,value,end", [
    ("en", "Profits fell in the second quarter of last year, it said.", "second quarter of last year", "2023-04", "2023-06"),
    ("zh", "去年下半年以来，价格上涨。", "去年下半年", "2023-07", "2023-12"),
])
def test_year_part_of_a_named_year_in_a_sentence(lang, text, phrase, value, end):
    assert (phrase, value, end) in _got(text, lang)


def test_year_part_without_publication_date_does_not_raise():
    assert all(d.value is None or d.value[:4].isdigit() for d in find_dates("the first half of next year", "en", None))


def test_ar_part_of_a_year_named_from_publication_is_that_year():
    # the news rows label "النصف الأول من العام الحالي" as the year alone
    assert _got("تراجعت الأرباح في الربع الثاني من العام الماضي.", "ar") == [("العام الماضي", "2023", None)]


@pytest.mark.parametrize("text,phrase,value", [
    ("the first day of 2016", "first day of 2016", "2016-01-01"),
    ("the last day of 2016", "last day of 2016", "2016-12-31"),
    ("the last day of next year", "last day of next year", "2025-12-31"),
    ("the first day of this year", "first day of this year", "2024-01-01"),
])
def test_en_first_or_last_day_of_a_year(text, phrase, value):
    assert _got(text, "en") == [(phrase, value, None)]


def test_en_first_day_of_a_year_in_a_sentence():
    assert _got("The law takes effect on the first day of 2025, officials said.", "en") == [
        ("first day of 2025", "2025-01-01", None)]
    assert _got("the first day of school in 2016", "en") == [("2016", "2016", None)]


@pytest.mark.parametrize("text", ["this past weekend", "the past weekend"])
def test_en_past_weekend_is_last_weekend(text):
    assert _got(text, "en") == [(text, "2024-06-08", "2024-06-09")]
    assert _got(f"Thousands marched over {text}, police said.", "en") == [(text, "2024-06-08", "2024-06-09")]


@pytest.mark.parametrize("text,phrase,value", [
    ("الأسبوع الأول من الشهر المقبل", "الشهر المقبل", "2024-07"),  # the first week, not the first day
    ("النصف الثاني من الشهر الجاري", "الشهر الجاري", "2024-06"),
    ("الأول من الشهر المقبل", "الأول من الشهر المقبل", "2024-07-01"),
])
def test_ar_ordinal_part_of_a_relative_month_is_no_day(text, phrase, value):
    assert _got(text, "ar") == [(phrase, value, None)]


def test_ar_ordinal_part_of_a_relative_month_in_a_sentence():
    assert _got("تبدأ الامتحانات في الأسبوع الأول من الشهر المقبل.", "ar") == [("الشهر المقبل", "2024-07", None)]


@pytest.mark.parametrize("text,value,end", [
    ("عطلة نهاية الأسبوع الماضية", "2024-06-08", "2024-06-09"),  # the latest one gone by
    ("عطلة نهاية الأسبوع الماضي", "2024-06-08", "2024-06-09"),
    ("عطلة نهاية الأسبوع المقبلة", "2024-06-15", "2024-06-16"),  # the coming one, as الجمعة المقبلة is this Friday
    ("عطلة نهاية الأسبوع القادم", "2024-06-15", "2024-06-16"),
])
def test_ar_weekend_with_direction_word(text, value, end):
    assert _got(text, "ar") == [(text, value, end)]


def test_ar_weekend_with_direction_word_in_a_sentence():
    assert _got("خلال عطلة نهاية الأسبوع الماضية، تظاهر الآلاف.", "ar") == [
        ("عطلة نهاية الأسبوع الماضية", "2024-06-08", "2024-06-09")]
    assert _got("ستقام المباراة في عطلة نهاية الأسبوع المقبلة.", "ar") == [
        ("عطلة نهاية الأسبوع المقبلة", "2024-06-15", "2024-06-16")]


@pytest.mark.parametrize("text,value", [
    ("أول يوم من عام 2016", "2016-01-01"),
    ("آخر يوم من عام 2016", "2016-12-31"),
    ("آخر يوم في سنة 2016", "2016-12-31"),
    ("أول يوم من 2016", "2016-01-01"),
])
def test_ar_first_or_last_day_of_a_written_year(text, value):
    assert _got(text, "ar") == [(text, value, None)]


def test_ar_first_day_of_a_written_year_in_a_sentence():
    assert _got("يدخل القانون حيز التنفيذ في أول يوم من عام 2025.", "ar") == [("أول يوم من عام 2025", "2025-01-01", None)]
    assert ("أول يوم من عام 1445", "1445-01-01", None) not in _got("أول يوم من عام 1445", "ar")  # a Hijri year


@pytest.mark.parametrize("text,phrase,value", [
    ("بعد ثلاثة أيام من اليوم", "بعد ثلاثة أيام من اليوم", "2024-06-15"),  # one date, not also اليوم
    ("بعد أسبوع من اليوم", "بعد أسبوع من اليوم", "2024-06-19"),  # a counted week is a day
    ("بعد 3 أيام من الآن", "بعد 3 أيام من الآن", "2024-06-15"),
])
def test_ar_offset_from_today_is_one_date(text, phrase, value):
    assert _got(text, "ar") == [(phrase, value, None)]


def test_ar_offset_from_today_in_a_sentence():
    assert _got("ستعلن النتائج بعد أسبوعين من اليوم.", "ar") == [("بعد أسبوعين من اليوم", "2024-06-26", None)]
    assert _got("بعد يومين من الحادث", "ar") == []  # from an event: no date


@pytest.mark.parametrize("lang,text,phrase,value,end", [
    ("en", "the last quarter of 2016", "last quarter of 2016", "2016-10", "2016-12"),
    ("en", "the final quarter of 2016", "final quarter of 2016", "2016-10", "2016-12"),
    ("en", "the last half of 2016", "last half of 2016", "2016-07", "2016-12"),
    ("ar", "الربع الأخير من عام 2016", "الربع الأخير من عام 2016", "2016-10", "2016-12"),
])
def test_last_quarter_or_half_of_a_year(lang, text, phrase, value, end):
    assert _got(text, lang) == [(phrase, value, end)]


def test_last_quarter_of_a_year_in_a_sentence():
    assert ("final quarter of 2016", "2016-10", "2016-12") in _got("Growth slowed in the final quarter of 2016.", "en")
    assert _got("last quarter", "en") == []  # a company's last quarter: no calendar range said


@pytest.mark.parametrize("text,phrase,value", [
    ("a year ago today", "a year ago today", "2023-06-12"),  # one day, not a year and today
    ("two years ago today", "two years ago today", "2022-06-12"),
    ("six months ago today", "six months ago today", "2023-12-12"),
    ("a week ago today", "a week ago today", "2024-06-05"),
    ("a week ago tomorrow", "a week ago tomorrow", "2024-06-06"),
])
def test_en_offset_ago_today_is_one_day(text, phrase, value):
    assert _got(text, "en") == [(phrase, value, None)]


def test_en_offset_ago_today_in_a_sentence():
    assert _got("A year ago today, the bridge collapsed.", "en") == [("A year ago today", "2023-06-12", None)]
    assert _got("a year ago", "en") == [("a year ago", "2023", None)]
    assert _got("a year ago today", "en", "2024-02-29") == []  # no such day a year before a leap day (as zh 去年今天)


@pytest.mark.parametrize("lang,text,phrase,value", [
    ("en", "this day last year", "this day last year", "2023-06-12"),
    ("en", "this date next year", "this date next year", "2025-06-12"),
    ("en", "this day last month", "this day last month", "2024-05-12"),
    ("ar", "في مثل هذا اليوم من العام الماضي", "في مثل هذا اليوم من العام الماضي", "2023-06-12"),
    ("ar", "في مثل هذا اليوم من السنة الماضية", "في مثل هذا اليوم من السنة الماضية", "2023-06-12"),
    ("ar", "في مثل هذا اليوم من الشهر الماضي", "في مثل هذا اليوم من الشهر الماضي", "2024-05-12"),
])
def test_publication_day_a_year_or_month_away(lang, text, phrase, value):
    assert _got(text, lang) == [(phrase, value, None)]


@pytest.mark.parametrize("lang,text,phrase", [
    ("en", "On this day last year, the bridge collapsed.", "this day last year"),
    ("ar", "وفي مثل هذا اليوم من العام الماضي، وقع الانفجار.", "وفي مثل هذا اليوم من العام الماضي"),
])
def test_publication_day_a_year_away_in_a_sentence(lang, text, phrase):
    assert _got(text, lang) == [(phrase, "2023-06-12", None)]


@pytest.mark.parametrize("text,value,end", [
    ("this coming weekend", "2024-06-15", "2024-06-16"),
    ("the coming weekend", "2024-06-15", "2024-06-16"),
    ("the upcoming weekend", "2024-06-15", "2024-06-16"),
    ("the weekend after next", "2024-06-29", "2024-06-30"),  # as the week after next
])
def test_en_coming_weekend(text, value, end):
    assert _got(text, "en") == [(text, value, end)]
    assert _got(f"Rain is expected over {text}.", "en") == [(text, value, end)]
