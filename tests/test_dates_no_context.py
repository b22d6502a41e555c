"""An expression with no context (the text is the date and nothing else), two-digit years with their marker, and zh/ru
forms from the chrono/JioNLP round (issue 11). Expressions and sentences composed here; publication Thursday 2025-03-13."""

import pytest

from bilat.stages.dates import find_dates

PUB = "2025-03-13"


def _got(text, lang, pub=PUB):
    return [(d.text, d.value, d.end_value) for d in find_dates(text, lang, pub)]


@pytest.mark.parametrize("lang,text,value", [
    ("zh", "星期三", "2025-03-12"),  # a zh weekday alone: the one of publication's week (Wednesday before a Thursday)
    ("zh", "星期六", "2025-03-15"),
    ("zh", "星期四", "2025-03-13"),  # publication's own weekday is that day, as "3月13日" below
    ("ru", "пятница", "2025-03-14"),
    ("ru", "понедельник", "2025-03-10"),  # ru, ar: the nearest one (three days back; stop 54, was the coming one)
    ("ar", "الاثنين", "2025-03-10"),
    ("ar", "السبت", "2025-03-15"),
    ("en", "Tuesday", "2025-03-11"),  # en: the latest one, as in running text (dateparser's default; dates.ALONE_WEEKDAY_MODE)
    ("en", "Thursday", "2025-03-13"),  # publication's own day
    ("zh", "28日", "2025-03-28"),  # a day alone: of publication's month (the nearest would be 28 February)
    ("zh", "11月20日", "2025-11-20"),  # a month and day alone: the coming one (the nearest would be 2024's)
    ("ru", "20 ноября", "2025-11-20"),
    ("zh", "3月13日", "2025-03-13"),  # publication's own day is the coming one
])
def test_an_expression_alone_reads_by_the_standalone_convention(lang, text, value):
    assert _got(text, lang) == [(text, value, None)]


@pytest.mark.parametrize("lang,text,phrase,value", [
    ("zh", "部长们星期六举行会议。", "星期六", "2025-03-08"),  # inside a sentence the news reading stays
    ("zh", "部长们28日举行会议。", "28日", "2025-02-28"),
    ("zh", "部长们11月20日举行会议。", "11月20日", "2024-11-20"),
])
def test_inside_a_sentence_the_news_reading_stays(lang, text, phrase, value):
    assert _got(text, lang) == [(phrase, value, None)]


@pytest.mark.parametrize("lang,text,phrase,value", [
    ("zh", "05年7月1日", "05年7月1日", "2005-07-01"),
    ("zh", "97年3月", "97年3月", "1997-03"),
    ("zh", "该厂于31年6月建成。", "31年6月", "2031-06"),  # nearest to 2025: 2031, not 1931
    ("zh", "民國97年3月", "民國97年3月", "2008-03"),  # a Minguo year stays one
    ("ru", "7 мая 99 г.", "7 мая 99 г.", "1999-05-07"),
    ("ru", "мая 04", "мая 04", "2004-05"),
    ("en", "June '88", "June '88", "1988-06"),
])
def test_two_digit_years_take_the_century_nearest_publication(lang, text, phrase, value):
    assert _got(text, lang) == [(phrase, value, None)]


@pytest.mark.parametrize("lang,text", [
    ("zh", "他在该厂工作了15年。"),
    ("ru", "В мае 96 человек получили награды."),
])
def test_no_two_digit_year_without_its_marker(lang, text):
    assert all(not v.startswith("19") for _, v, _ in _got(text, lang))


def test_two_digit_year_without_publication_keeps_month_and_day():
    assert [(d.value) for d in find_dates("05年7月1日", "zh")] == ["--07-01"]


@pytest.mark.parametrize("lang,text,value,end", [
    ("zh", "上一个月", "2025-02", None),
    ("zh", "下一個月", "2025-04", None),
    ("zh", "当月", "2025-03", None),
    ("zh", "本日", "2025-03-13", None),
    ("zh", "2018年首月", "2018-01", None),
    ("zh", "2018年第11个月", "2018-11", None),
    ("zh", "二零一九年，三月五日", "2019-03-05", None),
    ("ru", "5/марта/2019", "2019-03-05", None),
])
def test_zh_ru_forms(lang, text, value, end):
    assert _got(text, lang) == [(text, value, end)]


@pytest.mark.parametrize("text,dates", [
    ("基本日常开支上涨。", []),  # 本日 inside words is no day
    ("日本日前宣布新政策。", []),
    ("2019年5月，该厂当月产量下降。", [("2019年5月", "2019-05", None)]),  # 当月 in a sentence is "that month"
    ("上市首月销量大增。", []),
])
def test_alone_only_words_stay_out_of_running_text(text, dates):
    assert _got(text, "zh") == dates


def test_two_digit_year_in_traditional_script_is_no_century():
    # Taiwanese press writes a Minguo year in two digits ("99年" is 2010): in traditional script the year is not
    # read as 1999; the month and day are kept and dated as before, from publication
    (d,) = find_dates("台北市99年12月25日舉行會議。", "zh", "2026-03-01")
    assert d.value == "2025-12-25"
    (d,) = find_dates("北京市99年12月25日举行会议。", "zh", "2026-03-01")
    assert d.value == "1999-12-25"
