"""zh "上个周末" / "下个周末" (with the measure word 个/個) are last and next weekend, as "上周末" / "下周末" are."""

import pytest

from bilat.stages.dates import find_dates

PUB = "2024-06-12"  # a Wednesday


def _got(text, lang="zh", pub=PUB):
    return [(d.text, d.value, d.end_value) for d in find_dates(text, lang, pub)]


@pytest.mark.parametrize("text,value,end", [
    ("上个周末", "2024-06-08", "2024-06-09"),
    ("上個週末", "2024-06-08", "2024-06-09"),
    ("下个周末", "2024-06-22", "2024-06-23"),
    ("下個週末", "2024-06-22", "2024-06-23"),
])
def test_weekend_with_measure_word_alone(text, value, end):
    assert _got(text) == [(text, value, end)]


def test_weekend_with_measure_word_in_a_sentence():
    assert _got("上个周末，数千人参加了游行。") == [("上个周末", "2024-06-08", "2024-06-09")]
    assert _got("下个周末将举行比赛。") == [("下个周末", "2024-06-22", "2024-06-23")]


@pytest.mark.parametrize("text,value", [
    ("从今天起三天后", "2024-06-15"),
    ("今天起一周后", "2024-06-19"),  # a counted week is a day
    ("从今天起3天后", "2024-06-15"),
    ("自今天开始两个月后", "2024-08"),
])
def test_offset_counted_from_today_is_one_date(text, value):
    assert _got(text) == [(text, value, None)]


def test_offset_counted_from_today_in_a_sentence():
    assert _got("新规将从今天起三十天后生效。") == [("从今天起三十天后", "2024-07-12", None)]
    assert _got("退休18天後") == []  # after another event: no date


@pytest.mark.parametrize("text,value,end", [
    ("上上周末", "2024-06-01", "2024-06-02"),
    ("上上个周末", "2024-06-01", "2024-06-02"),  # not 上个周末 inside it
    ("下下周末", "2024-06-29", "2024-06-30"),
    ("下下个周末", "2024-06-29", "2024-06-30"),
])
def test_weekend_two_away(text, value, end):
    assert _got(text) == [(text, value, end)]


@pytest.mark.parametrize("text,value", [
    ("一年前的今天", "2023-06-12"),  # one day, as 去年的今天
    ("两年前的今天", "2022-06-12"),
    ("一个月前的今天", "2024-05-12"),
    ("一周前的今天", "2024-06-05"),
])
def test_ago_today_is_one_day(text, value):
    assert _got(text) == [(text, value, None)]


def test_ago_today_in_a_sentence():
    assert _got("一年前的今天，大桥倒塌。") == [("一年前的今天", "2023-06-12", None)]
    assert _got("一年前") == [("一年前", "2023", None)]


@pytest.mark.parametrize("text,phrase,value", [
    ("再过三天", "再过三天", "2024-06-15"),
    ("再过一周", "再过一周", "2024-06-19"),
    ("再过两个月就是春节。", "再过两个月", "2024-08"),
    ("再过三天后", "三天后", "2024-06-15"),
])
def test_in_n_more_units(text, phrase, value):
    assert _got(text) == [(phrase, value, None)]


def test_in_n_more_units_vague_count_is_no_date():
    assert _got("再过三天多") == []
