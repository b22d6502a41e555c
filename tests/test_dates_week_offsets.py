"""Counted week offsets (issue 11): "3 weeks ago", "in 2 weeks" are the single day 7N days from publication, as
dateparser, Recognizers-Text and Duckling read them; "last week" / "next week" (no count) stay the calendar week.
Each on a sentence composed here; publication is Wednesday 2025-03-12."""

import pytest

from bilat.stages.dates import find_dates

PUB = "2025-03-12"
BACK3 = "2025-02-19"  # 21 days before
AHEAD2 = "2025-03-26"  # 14 days on


def _got(text, lang, pub=PUB):
    return [(d.text, d.value, d.end_value) for d in find_dates(text, lang, pub)]


@pytest.mark.parametrize("lang,text,phrase,value", [
    ("en", "The ministers met 3 weeks ago in Geneva.", "3 weeks ago", BACK3),
    ("en", "The talks resume in 2 weeks.", "in 2 weeks", AHEAD2),
    ("en", "A vote is due 2 weeks from now.", "2 weeks from now", AHEAD2),
    ("ar", "التقى الوزيران قبل ثلاثة أسابيع في جنيف.", "قبل ثلاثة أسابيع", BACK3),
    ("ar", "ستستأنف المحادثات بعد أسبوعين.", "بعد أسبوعين", AHEAD2),
    ("fa", "وزیران ۳ هفته پیش در ژنو دیدار کردند.", "۳ هفته پیش", BACK3),
    ("fa", "مذاکرات ۲ هفته دیگر آغاز می‌شود.", "۲ هفته دیگر", AHEAD2),
    ("th", "รัฐมนตรีพบกันเมื่อ 3 สัปดาห์ที่แล้ว ที่เจนีวา", "3 สัปดาห์ที่แล้ว", BACK3),
    ("th", "การเจรจาจะเริ่มอีก 2 สัปดาห์", "อีก 2 สัปดาห์", AHEAD2),
    ("vi", "Hai bộ trưởng đã gặp nhau 3 tuần trước tại Geneva.", "3 tuần trước", BACK3),
    ("vi", "Đàm phán sẽ nối lại sau 2 tuần.", "sau 2 tuần", AHEAD2),
    ("zh", "两国外长三周前在日内瓦会晤。", "三周前", BACK3),
    ("zh", "两国外长三个星期前在日内瓦会晤。", "三个星期前", BACK3),
    ("zh", "谈判将于两周后恢复。", "两周后", AHEAD2),
    ("ru", "Министры встретились 3 недели назад в Женеве.", "3 недели назад", BACK3),
    ("ru", "Переговоры возобновятся через 2 недели.", "через 2 недели", AHEAD2),
])
def test_counted_weeks_are_one_day(lang, text, phrase, value):
    assert _got(text, lang) == [(phrase, value, None)]


@pytest.mark.parametrize("lang,text,phrase,start,end", [
    ("en", "The ministers met last week.", "last week", "2025-03-03", "2025-03-09"),
    ("en", "The ministers meet next week.", "next week", "2025-03-17", "2025-03-23"),
    ("ar", "اجتمع الوزيران الأسبوع الماضي.", "الأسبوع الماضي", "2025-03-02", "2025-03-08"),
    ("fa", "وزیران هفته گذشته دیدار کردند.", "هفته گذشته", "2025-03-01", "2025-03-07"),
    ("th", "รัฐมนตรีพบกันสัปดาห์ที่แล้ว", "สัปดาห์ที่แล้ว", "2025-03-03", "2025-03-09"),
    ("vi", "Hai bộ trưởng gặp nhau tuần trước.", "tuần trước", "2025-03-03", "2025-03-09"),
    ("zh", "两国外长上周会晤。", "上周", "2025-03-03", "2025-03-09"),
    ("ru", "Министры встретились на прошлой неделе.", "на прошлой неделе", "2025-03-03", "2025-03-09"),
])
def test_last_and_next_week_stay_a_week(lang, text, phrase, start, end):
    assert _got(text, lang) == [(phrase, start, end)]


def test_a_single_week_and_a_fortnight_count_too():
    # "a week ago", "неделю назад", "قبل أسبوع" are one week counted: 7 days back
    assert _got("The envoy left a week ago.", "en") == [("a week ago", "2025-03-05", None)]
    assert _got("Посол уехал неделю назад.", "ru") == [("неделю назад", "2025-03-05", None)]
    assert _got("غادر السفير قبل أسبوع", "ar") == [("قبل أسبوع", "2025-03-05", None)]
    assert _got("The envoy returns in a fortnight.", "en") == [("in a fortnight", AHEAD2, None)]


def test_a_week_before_an_event_is_still_no_date():
    assert _got("وصل الوفد قبل أسبوع من الانتخابات", "ar") == []
    assert _got("Đoàn đến một tuần trước khi bầu cử.", "vi") == []


def test_a_weekday_with_a_counted_week_is_that_weeks_weekday():
    # "Friday in two weeks" is the Friday of the calendar week two on, as "Friday next week" is next week's
    assert _got("The summit is on Friday in two weeks.", "en") == [("on Friday in two weeks", "2025-03-28", None)]
    assert _got("القمة يوم الجمعة بعد أسبوعين", "ar") == [("يوم الجمعة بعد أسبوعين", "2025-03-28", None)]
    assert _got("The summit is on Friday next week.", "en") == [("on Friday next week", "2025-03-21", None)]
