"""Issue 11 (dates58): general forms found by probes of my own wording in every language (no dev or test row's string):
anaphoric day words said alone in ar fa ru vi th en (the no-context convention en and zh already had), Levantine and
Gulf Arabic number words (teens in -عش/-عشر, "اطنعش"), Arabic colloquial periods ("السنة هاي", "الشهر اللي راح"), a
direction word with a day and month (en "next April 6", vi "ngày 6/4 tới", fa "۱۷ فروردین آینده", th "6 เมษายนที่ผ่านมา"),
en "after N units" said alone, zh a lunar-marked month with no day (no Gregorian month), zh "本日" at a clause's start."""

from __future__ import annotations

import pytest

from bilat.stages.dates import find_dates


def _values(text: str, lang: str, pub: str | None) -> list[tuple[str, str | None]]:
    return [(d.value, d.end_value) for d in find_dates(text, lang, pub)]


def _texts(text: str, lang: str, pub: str | None) -> list[str]:
    return [d.text for d in find_dates(text, lang, pub)]


# --- anaphoric day words: said alone they are read from publication; in running text they name the story's day ----------

@pytest.mark.parametrize(("lang", "text", "value"), [
    ("ar", "اليوم التالي", "2016-11-08"), ("ar", "ذلك اليوم", "2016-11-07"),
    ("fa", "روز بعدی", "2016-11-08"), ("fa", "همان روز", "2016-11-07"), ("fa", "فردای آن روز", "2016-11-08"),
    ("ru", "на следующий день", "2016-11-08"), ("ru", "предыдущий день", "2016-11-06"), ("ru", "в тот же день", "2016-11-07"),
    ("vi", "ngày hôm sau", "2016-11-08"), ("vi", "ngày hôm trước", "2016-11-06"), ("vi", "cùng ngày", "2016-11-07"),
    ("th", "วันรุ่งขึ้น", "2016-11-08"), ("th", "วันก่อนหน้า", "2016-11-06"), ("th", "วันเดียวกัน", "2016-11-07"),
    ("en", "the same day", "2016-11-07"), ("en", "that day", "2016-11-07"),
])
def test_anaphoric_day_said_alone(lang: str, text: str, value: str) -> None:
    assert _values(text, lang, "2016-11-07") == [(value, None)]


@pytest.mark.parametrize(("lang", "text"), [
    ("ar", "وفي اليوم التالي التقى الوزير بنظيره."), ("ru", "На следующий день министр встретился с коллегой."),
    ("vi", "Ngày hôm sau, bộ trưởng gặp người đồng cấp."), ("th", "วันรุ่งขึ้นรัฐมนตรีได้พบกับคณะผู้แทน"),
    ("fa", "همان روز وزیر با همتای خود دیدار کرد."), ("en", "On the same day the minister met his counterpart."),
    ("th", "3 วันต่อมา รัฐมนตรีเดินทางกลับ"),
])
def test_anaphoric_day_in_running_text_is_no_date(lang: str, text: str) -> None:
    assert _values(text, lang, "2016-11-07") == []


def test_the_same_year_after_a_month_is_left_as_it_was() -> None:
    # an anaphoric year is no period joined to a month in running text (it would name publication's year)
    assert _texts("The war began in 2003. In July that year, the troops left.", "en", "2016-11-07") == ["2003", "July"]


# --- Arabic: Levantine and Gulf number words, colloquial periods ----------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("شهر اطنعش", "2021-12"), ("شهر اتنعش", "2021-12"), ("شهر حداعش", "2021-11"), ("شهر تمنية", "2021-08"),
    ("شهر تنين", "2021-02"), ("اخر جمعة من شهر اطنعش", "2021-12-31"),
    ("قبل خمستعشر يوم", "2021-08-17"), ("قبل خمستاشر يوم", "2021-08-17"), ("بعد اربعتعشر يوم", "2021-09-15"),
    ("قبل تمنتعشر سنة", "2003"), ("بعد حداش يوم", "2021-09-12"), ("قبل تلات ايام", "2021-08-29"),
    ("الشهر هذا", "2021-09"), ("السنة هذه", "2021"), ("السنة هاي", "2021"), ("السنة دي", "2021"),
    ("السنة اللي راحت", "2020"), ("الشهر اللي راح", "2021-08"),
])
def test_arabic_colloquial(text: str, value: str) -> None:
    assert _values(text, "ar", "2021-09-01") == [(value, None)]


def test_arabic_colloquial_weekday_that_went() -> None:
    assert _values("الخميس اللي راح", "ar", "2021-09-01") == [("2021-08-26", None)]


# --- a direction word with a day and month --------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "span", "value"), [
    ("en", "next April 6", "next April 6", "2020-04-06"), ("en", "next 6th of april", "next 6th of april", "2020-04-06"),
    ("en", "last April 6", "last April 6", "2019-04-06"), ("en", "The talks are set for next June 2.", "next June 2", "2019-06-02"),
    ("vi", "ngày 6/4 tới", "6/4 tới", "2020-04-06"), ("vi", "ngày 6/4 vừa qua", "6/4 vừa qua", "2019-04-06"),
    ("fa", "۱۷ فروردین آینده", "۱۷ فروردین آینده", "2020-04-05"), ("fa", "۱۷ فروردین گذشته", "۱۷ فروردین گذشته", "2019-04-06"),
    ("th", "วันที่ 6 มิถุนายนที่ผ่านมา", "วันที่ 6 มิถุนายนที่ผ่านมา", "2018-06-06"),
])
def test_day_month_with_direction(lang: str, text: str, span: str, value: str) -> None:
    got = find_dates(text, lang, "2019-05-20")
    assert [(d.text, d.value, d.end_value) for d in got] == [(span, value, None)]


def test_vi_range_word_is_no_direction() -> None:
    assert _values("từ ngày 6/4 tới ngày 10/4", "vi", "2019-05-20") == [("2019-04-06", "2019-04-10")]


# --- en "after N units" said alone -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("after a year", "2017"), ("after 2 days", "2016-10-03"), ("After two weeks", "2016-10-15"), ("after 3 months.", "2017-01"),
])
def test_en_after_units_said_alone(text: str, value: str) -> None:
    assert _values(text, "en", "2016-10-01") == [(value, None)]


@pytest.mark.parametrize("text", ["After two days of talks, they agreed.", "He left after 2 days", "after 2 days they agreed"])
def test_en_after_units_in_running_text_is_a_span(text: str) -> None:
    assert _values(text, "en", "2016-10-01") == []


# --- zh: a lunar month with no day; 本日 at a clause's start ---------------------------------------------------------

@pytest.mark.parametrize(("text", "values"), [
    ("农历五月", []), ("阴历八月", []), ("農曆五月", []), ("农历五月，村民举行活动。", []),
    ("2023年农历五月", [("2023", None)]), ("农历2023年五月", [("2023", None)]), ("今年农历五月", [("2017", None)]),
    ("农历五月初五", [("2017-05-30", None)]), ("五月", [("2017-05", None)]), ("2023年五月", [("2023-05", None)]),
])
def test_zh_lunar_month_without_day(text: str, values: list[tuple[str, str | None]]) -> None:
    assert _values(text, "zh", "2017-03-22") == values


@pytest.mark.parametrize(("text", "values"), [
    ("本日部长们举行会议。", [("2017-03-22", None)]), ("他说，本日下午将举行会议。", [("2017-03-22", None)]),
    ("本年度，公司收入增长。", [("2017", None)]),
    ("日本日前宣布新政策。", []), ("基本日常开支", []), ("日本年轻人", []), ("成本日益上升", []), ("本日记", []),
    ("当月部长们举行会议。", []),
])
def test_zh_deictic_at_clause_start(text: str, values: list[tuple[str, str | None]]) -> None:
    assert _values(text, "zh", "2017-03-22") == values
