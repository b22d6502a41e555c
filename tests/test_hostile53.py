"""Hostile inputs found by the probe of issue 11 part 3 (probe53): each a constructed case that crashed."""

from __future__ import annotations

import math

import pytest

from bilat.stages.dates import find_dates
from bilat.stages.numerals import WHOLE_CAP, numeral_value, parse_number, whole
from bilat.stages.quantities import find_quantities


@pytest.mark.parametrize("text, lang", [
    ("في " + "9" * 5000 + " قال", "ar"),  # int() of a run past 4300 digits raised ValueError (_ar_counted_anyway)
    ("في " + "9" * 5000 + " سال", "ar"),
    ("x " + "9" * 5000 + " قال", "fa"),
    ("about " + "۹" * 5000 + " مليون", "en"),  # a run past a float's range: int(inf) raised OverflowError
    ("نحو " + "٩" * 400 + " said", "ar"),
    ("khoảng " + "9" * 400 + " May", "vi"),
    ("nearly " + "9" * 4301 + " people", "en"),
    ("1" + "0" * 400 + "/1 of the troops", "en"),
])
def test_a_digit_run_past_int_or_float_range_is_no_crash_and_no_infinite_figure(text: str, lang: str) -> None:
    dates = find_dates(text, lang, "2024-01-01")
    for q in find_quantities(text, lang, dates):
        assert math.isfinite(q.value) and text[q.start:q.end] == q.text


def test_whole_reads_digits_and_caps_a_long_run() -> None:
    assert whole("1436") == 1436 and whole("0007") == 7 and whole("0" * 5000) == 0
    assert whole("9" * 5000) == WHOLE_CAP and whole("0" * 5000 + "12") == 12


@pytest.mark.parametrize("token", ["1" + "0" * 400 + "/1", "9" * 5000 + "/3", "1/" + "9" * 400])
def test_a_fraction_of_long_digit_runs_is_a_number_or_none(token: str) -> None:
    for lang in ("en", "zh", "vi", "ru"):
        value = numeral_value(token, lang)
        assert value is None or math.isfinite(value)


def test_a_number_past_a_floats_range_is_none() -> None:
    assert parse_number("9" * 400, "en") is None and parse_number("9" * 308, "en") is not None
