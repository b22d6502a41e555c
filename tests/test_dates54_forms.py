"""Stop 54 (issue 11), common news forms: zh 元月, a two-digit year in figures ("16年"), 年中; th spaces before ที่แล้ว;
en counts of days or weeks before/after a written day; en two-digit years after a month and day ("Aug 9, 96")."""

from __future__ import annotations

import pytest

from bilat.stages.dates import find_dates

PUB = "2023-03-16"


def _values(text: str, lang: str, pub: str = PUB) -> list[tuple[str, str | None]]:
    return [(d.value, d.end_value) for d in find_dates(text, lang, pub)]


@pytest.mark.parametrize(("text", "want"), [
    ("元月", "2023-01"),
    ("2019年元月", "2019-01"),
    ("代表团元月8日抵达北京。", "2023-01-08"),
    ("明年元月", "2024-01"),
])
def test_zh_yuanyue_is_january(text: str, want: str) -> None:
    assert _values(text, "zh") == [(want, None)]


@pytest.mark.parametrize("text", ["他的工资为5000元月薪。", "价格为100美元月均。"])
def test_zh_yuan_a_month_is_no_date(text: str) -> None:
    assert _values(text, "zh") == []


@pytest.mark.parametrize(("text", "pub", "want"), [
    ("16年", PUB, "2016"),
    ("97年", PUB, "1997"),              # the century nearest the reference
    ("16年，两国签署了协议。", PUB, "2016"),
    ("会谈于18年底举行。", PUB, "2018"),   # dates55: after 于 and before 底 a year (stop 54 left it)
    ("会谈持续了18年。", PUB, None),       # mid-sentence after a verb: a count of years
    ("18年底，两国建交。", PUB, "2018"),
    ("30年", "1999-05-01", "2030"),      # nearest 1999: 2030 (31 ahead), not 1930 (69 back)
    ("60年", "1999-05-01", "1960"),
])
def test_zh_two_digit_year_in_figures(text: str, pub: str, want: str | None) -> None:
    assert _values(text, "zh", pub) == ([(want, None)] if want else [])


@pytest.mark.parametrize("text", ["他服刑16年，出狱后回到家乡。", "在过去的16年中，两国关系稳定。"])
def test_zh_a_count_of_years_is_no_year(text: str) -> None:
    assert _values(text, "zh") == []


@pytest.mark.parametrize(("text", "want"), [
    ("年中", "2023"),
    ("两国将于年中举行会谈。", "2023"),
    ("年底", "2023"),
    ("年初", "2023"),
    ("明年年中", "2024"),
])
def test_zh_parts_of_the_year(text: str, want: str) -> None:
    assert _values(text, "zh") == [(want, None)]


@pytest.mark.parametrize("text", ["近年中国经济增长。", "多年中两国关系稳定。", "青年中心开幕。", "在这一年中，"])
def test_zh_nian_zhong_inside_a_word_is_no_date(text: str) -> None:
    assert _values(text, "zh") == []


@pytest.mark.parametrize(("text", "want"), [
    ("1 วัน ที่แล้ว", "2023-03-15"),
    ("เมื่อ 3 วัน ที่แล้ว", "2023-03-13"),
    ("2 สัปดาห์ ที่แล้ว", "2023-03-02"),
    ("3 เดือน ที่แล้ว", "2022-12"),
    ("4 ปี ที่แล้ว", "2019"),
])
def test_th_spaced_ago(text: str, want: str) -> None:
    assert _values(text, "th") == [(want, None)]


@pytest.mark.parametrize(("text", "want"), [
    ("3 days after January 12th", "2023-01-15"),
    ("The talks resume two weeks before 5 May.", "2023-04-21"),
    ("a day before March 3, 2021", "2021-03-02"),
    ("ten days after 25 December 2022", "2023-01-04"),
])
def test_en_offset_anchored_to_a_written_day(text: str, want: str) -> None:
    assert _values(text, "en") == [(want, None)]


@pytest.mark.parametrize("text", [
    "He left 3 days after he arrived on January 12th.",    # the count is not right before the day
    "Prices rose in the two weeks before January 12th.",   # a span ending on the day
    "Troops stayed for 3 days after January 12th.",        # a span starting on it
])
def test_en_offset_not_counted_from_the_day(text: str) -> None:
    assert _values(text, "en") == [("2023-01-12", None)]


@pytest.mark.parametrize("text", [
    "The meeting is on Jan 5, 10:30 a.m.",   # a time, no year
    "Talks on Jan 5, 12, and 19.",           # a list of days
    "Votes on 5 Jan 10, 11 and 12",
])
def test_en_number_after_a_day_in_a_time_or_list_is_no_year(text: str) -> None:
    assert _values(text, "en")[0] == ("2023-01-05", None)


@pytest.mark.parametrize(("text", "pub", "want"), [
    ("Aug 9, 96", PUB, "1996-08-09"),
    ("August 9th, '96", PUB, "1996-08-09"),
    ("9 Aug '96", PUB, "1996-08-09"),
    ("He was born on 9 August 96, in Ohio.", PUB, "1996-08-09"),
    ("Aug 9, 23", PUB, "2023-08-09"),
    ("Aug 9, 40", "1990-01-01", "1940-08-09"),   # nearest 1990: 1940, not 2040
    ("Aug 9, 40", PUB, "2040-08-09"),            # nearest 2023: 2040, not 1940
])
def test_en_two_digit_year_after_month_and_day(text: str, pub: str, want: str) -> None:
    assert _values(text, "en", pub) == [(want, None)]


def test_en_count_after_a_day_is_no_year() -> None:
    assert _values("On Aug 9, 96 people died.", "en") == [("2023-08-09", None)]
