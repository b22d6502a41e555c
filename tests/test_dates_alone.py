"""The no-context convention (docs/dates_and_figures.md) across languages: an expression said alone, the text being it
and nothing else, on Wednesday 2024-06-12. A year alone is that year; a month alone the coming one; a lunar festival
or day alone that of publication's lunar year. Inside a sentence the same words keep their own reading."""

import pytest

from bilat.stages.dates import find_dates

PUB = "2024-06-12"


def _got(text, lang, pub=PUB):
    return [(d.text, d.value, d.end_value) for d in find_dates(text, lang, pub)]


@pytest.mark.parametrize("lang,text,phrase,value", [
    ("en", "2014", "2014", "2014"),
    ("zh", "2020", "2020", "2020"),
    ("ru", "2014", "2014", "2014"),
    ("vi", "2014", "2014", "2014"),
    ("vi", "năm 2014", "2014", "2014"),
    ("th", "2014", "2014", "2014"),
    ("th", "ปี 2557", "2557", "2014"),  # Buddhist era
    ("th", "2557", "2557", "2014"),
    ("ar", "2020", "2020", "2020"),
    ("ar", "عام 2020", "2020", "2020"),
    ("ar", "سنة 2020", "2020", "2020"),
    ("fa", "۲۰۲۰", "۲۰۲۰", "2020"),
    ("fa", "سال ۲۰۲۰", "۲۰۲۰", "2020"),
    ("fa", "۲۰۲۰ میلادی", "۲۰۲۰", "2020"),
    ("fa", "۱۴۰۲", "۱۴۰۲", "2023"),  # Solar 1402, begun March 2023, as "سال ۱۴۰۲" in a sentence
])
def test_year_alone_is_that_year(lang, text, phrase, value):
    assert _got(text, lang) == [(phrase, value, None)]


@pytest.mark.parametrize("lang,text", [
    ("fa", "1000"), ("vi", "1200"),  # a bare number before 1500 (Solar 1300 in fa) is a figure
    ("fa", "۱۴۰۲ میلادی"),  # a Solar number marked Gregorian: no year
    # ar "1445" alone is a Hijri year, converted since dates56 (tests/test_dates56_forms.py)
    ("vi", "2014 người"), ("ar", "2020 شخص"),  # not alone: a figure with its unit
])
def test_number_alone_that_is_no_year(lang, text):
    assert _got(text, lang) == []


def test_year_in_a_sentence_unchanged():
    assert ("2014", "2014", None) in _got("Năm 2014, công ty mở rộng.", "vi")
    assert _got("Có 2014 người tham dự.", "vi") == []


@pytest.mark.parametrize("lang,text,value,end", [
    ("en", "March", "2024-03", None),  # publication's year, though March is gone
    ("en", "June", "2024-06", None),  # publication's own month
    ("ru", "март", "2024-03", None),
    ("zh", "三月", "2024-03", None),
    ("vi", "tháng 3", "2024-03", None),
    ("th", "มีนาคม", "2024-03", None),
    ("ar", "مارس", "2024-03", None),  # Egyptian and Maghrebi name
    ("ar", "آذار", "2024-03", None),  # Levantine name
    ("ar", "حزيران", "2024-06", None),
    ("ar", "ديسمبر", "2024-12", None),  # still ahead: the same year
    ("ar", "كانون الثاني", "2024-01", None),
    ("fa", "مارس", "2024-03", None),
    ("fa", "ژوئن", "2024-06", None),
    ("fa", "فروردین", "2024-03-20", "2024-04-19"),  # publication's Solar year (1403), as the range of its days
    ("fa", "خرداد", "2024-05-21", "2024-06-20"),  # publication's own Solar month (1403)
    ("fa", "مهر", "2024-09-22", "2024-10-21"),
])
def test_month_alone_is_publications_year(lang, text, value, end):
    assert _got(text, lang) == [(text, value, end)]


def test_month_in_a_sentence_unchanged():
    assert _got("في مهر الزواج", "ar") == []
    assert _got("مهر و محبت او", "fa") == []  # kindness: a month name that is also a word needs ماه or a time word
    assert ("فروردین", "2024-03-20", "2024-04-19") in _got("در فروردین", "fa")


@pytest.mark.parametrize("lang,text,value", [
    ("zh", "春节", "2024-02-10"),  # publication's lunar year, gone by (JioNLP's reading)
    ("zh", "中秋节", "2024-09-17"),
    ("vi", "Tết Nguyên đán", "2024-02-10"),
    ("vi", "Tết Trung thu", "2024-09-17"),
    ("vi", "Trung thu", "2024-09-17"),
])
def test_lunar_festival_alone_is_of_publications_lunar_year(lang, text, value):
    assert _got(text, lang) == [(text, value, None)]
