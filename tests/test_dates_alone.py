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
    ("fa", "۱۴۰۲", "۱۴۰۲", "2023"),  # Solar 1402, begun March 2023, as "سال ۱۴۰۲" in a sentence
])
def test_year_alone_is_that_year(lang, text, phrase, value):
    assert _got(text, lang) == [(phrase, value, None)]


@pytest.mark.parametrize("lang,text", [
    ("fa", "1000"), ("vi", "1200"),  # a bare number before 1500 (Solar 1300 in fa) is a figure
    ("ar", "1445"),  # an Arabic 14xx alone is a Hijri year, not converted
    ("vi", "2014 người"), ("ar", "2020 شخص"),  # not alone: a figure with its unit
])
def test_number_alone_that_is_no_year(lang, text):
    assert _got(text, lang) == []


def test_year_in_a_sentence_unchanged():
    assert ("2014", "2014", None) in _got("Năm 2014, công ty mở rộng.", "vi")
    assert _got("Có 2014 người tham dự.", "vi") == []
