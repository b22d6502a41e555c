"""Stop 56 (issue 11, dates56): the first N months of a year counted from publication's (a span); a Lunar Hijri year with
its era mark; vi "tháng 5 vừa rồi"; en two-digit years after "of", dates with the year in words, the Nth month of a
year, "the 15th day of next month"; zh "明年第九个月"; year-month said alone ("2015-3", "12-2015"); en, zh period words
said alone ("the year", "the month", "next day", "本年度")."""

from __future__ import annotations

import pytest

from bilat.stages.dates import find_dates


def _values(text: str, lang: str, pub: str) -> list[tuple[str, str | None]]:
    return [(d.value, d.end_value) for d in find_dates(text, lang, pub)]


# --- the first N months of a year counted from publication's: a range from January ------------------------------

@pytest.mark.parametrize(("lang", "text", "want"), [
    ("en", "Exports rose 5% in the first six months of this year.", ("2021-01", "2021-06")),
    ("en", "Sales fell in the first 5 months of the year.", ("2021-01", "2021-05")),
    ("en", "Output grew in the first three months of last year.", ("2020-01", "2020-03")),
    ("ar", "ارتفعت الصادرات خلال الأشهر الستة الأولى من العام الجاري.", ("2021-01", "2021-06")),
    ("ar", "تراجع الإنتاج في الأشهر الثلاثة الأولى من العام الماضي.", ("2020-01", "2020-03")),
    ("vi", "Trong 6 tháng đầu năm nay, xuất khẩu tăng 10%.", ("2021-01", "2021-06")),
    ("vi", "Trong 6 tháng đầu năm, doanh thu tăng mạnh.", ("2021-01", "2021-06")),  # năm alone: publication's year
    ("vi", "Sáu tháng đầu năm ngoái, giá giảm.", ("2020-01", "2020-06")),
    ("zh", "今年前5个月，出口增长10%。", ("2021-01", "2021-05")),
    ("zh", "去年前十一个月，进口下降。", ("2020-01", "2020-11")),
    ("th", "ใน 5 เดือนแรกของปีนี้ การส่งออกเพิ่มขึ้น", ("2021-01", "2021-05")),
    ("ru", "За первые пять месяцев этого года экспорт вырос.", ("2021-01", "2021-05")),
])
def test_first_months_of_a_named_year_are_a_range(lang: str, text: str, want: tuple[str, str]) -> None:
    assert _values(text, lang, "2021-07-15") == [want]


def test_first_months_written_year_unchanged_and_school_year_left() -> None:
    assert _values("5 tháng đầu năm 2022, xuất khẩu tăng.", "vi", "2024-07-15") == [("2022-01", "2022-05")]
    assert _values("Trong 6 tháng đầu năm học, trường tuyển 200 em.", "vi", "2024-07-15") == []


# --- a Lunar Hijri year with its era mark: the Gregorian year that holds most of it ------------------------------

@pytest.mark.parametrize(("lang", "text", "want"), [
    ("ar", "عام 1445 هـ", "2024"),            # 19 July 2023 .. 6 July 2024
    ("ar", "افتتح المشروع في عام 1444 هـ.", "2023"),
    ("ar", "سنة 1443 هجرية", "2022"),
    ("ar", "1445", "2024"),                  # said alone: Arabic news writes the Hijri year so
    ("fa", "سال ۱۴۴۵ هجری قمری", "2024"),
    ("fa", "۱۴۰۲ ه.ش", "2023"),              # a Solar year so marked: its Nowruz's year
])
def test_hijri_year_with_its_mark(lang: str, text: str, want: str) -> None:
    assert _values(text, lang, "2024-07-15") == [(want, None)]


def test_hijri_year_pair_and_bare_year_in_text_left() -> None:
    assert _values("العام الدراسي 1431/1432هـ", "ar", "2024-07-15") == []
    assert _values("سقطت القسطنطينية عام 1453 بعد حصار طويل", "ar", "2024-07-15") == []
    # a full Hijri date keeps its day
    assert _values("7 / 10 / 1436 هـ", "ar", "2024-07-15") == [("2015-07-23", None)]


# --- vi a month with "vừa rồi" / "sắp tới" -----------------------------------------------------------------------

def test_vi_month_just_past_and_coming() -> None:
    assert _values("Tháng 5 vừa rồi, giá xăng tăng.", "vi", "2024-03-15") == [("2023-05", None)]
    assert _values("Hội nghị sẽ diễn ra vào tháng 5 sắp tới.", "vi", "2024-08-15") == [("2025-05", None)]
    assert _values("tháng 5 vừa qua", "vi", "2024-07-15") == [("2024-05", None)]


# --- en two-digit years, years in words, the Nth month of a year -----------------------------------------------

@pytest.mark.parametrize(("text", "pub", "want"), [
    ("april of 87", "2018-01-07", "1987-04"),
    ("15 april of 87", "2018-01-07", "1987-04-15"),
    ("Aug 9 96", "2012-08-10", "1996-08-09"),
    ("twenty five january nineteen eighty six", "2019-05-30", "1986-01-25"),
    ("6 april seventeen hundred thirty three", "2019-05-30", "1733-04-06"),
    ("august two thousand and fifteen", "2016-11-07", "2015-08"),
    ("the third month of 2021", "2018-11-29", "2021-03"),
    ("the 9th month of next year", "2021-11-29", "2022-09"),
    ("the 15th day of next month", "2020-07-01", "2020-08-15"),
    ("dec 31 , 1994", "2018-05-01", "1994-12-31"),
])
def test_en_forms(text: str, pub: str, want: str) -> None:
    assert _values(text, "en", pub) == [(want, None)]


def test_en_counts_stay_counts() -> None:
    assert _values("April of 87 percent", "en", "2018-01-07") == []
    # a year in words followed by a counted noun is a count: the month keeps publication's year
    assert _values("In August two thousand people marched.", "en", "2016-11-07") == [("2016-08", None)]
    # "Aug 9 96" in running text: 96 may count people
    assert _values("On Aug 9 96 people died.", "en", "2012-08-10") == [("2012-08-09", None)]


def test_zh_nth_month_of_a_named_year() -> None:
    assert _values("明年第九个月", "zh", "2021-11-29") == [("2022-09", None)]
    assert _values("今年的第三个月", "zh", "2021-11-29") == [("2021-03", None)]


# --- said alone ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "pub", "want"), [
    ("en", "2015-3", "2016-11-07", "2015-03"),
    ("en", "12-2015", "2019-02-27", "2015-12"),
    ("zh", "2015-03", "2019-02-27", "2015-03"),
    ("en", "the year", "2018-06-28", "2018"),
    ("en", "the month", "2018-05-22", "2018-05"),
    ("en", "next day", "2016-10-01", "2016-10-02"),
    ("zh", "本年度", "2021-06-14", "2021"),
])
def test_said_alone(lang: str, text: str, pub: str, want: str) -> None:
    assert _values(text, lang, pub) == [(want, None)]


def test_alone_words_left_in_running_text() -> None:
    assert _values("2019-20", "en", "2019-02-27") == []  # two years, not a month
    assert _values("The year ended with a surplus.", "en", "2018-06-28") == []
    assert _values("日本年轻人", "zh", "2021-06-14") == []


# --- second step: a comma after the month, a holiday with a direction, a year's bound said alone ------------------

@pytest.mark.parametrize(("text", "pub", "want"), [
    ("Sunday, March, 6th 2016", "2012-08-10", "2016-03-06"),
    ("March, 6th 2016", "2012-08-10", "2016-03-06"),
    ("last Christmas", "2012-08-10", "2011-12-25"),
    ("next Christmas", "2012-12-28", "2013-12-25"),
    ("next new year day", "2019-07-12", "2020-01-01"),
    ("later than 2020", "2018-09-07", "2020"),
    ("2018 or later", "2018-09-07", "2018"),
    ("no later than 2025", "2019-06-28", "2025"),
    ("year greater than 2012", "2018-08-31", "2012"),
])
def test_en_second_step(text: str, pub: str, want: str) -> None:
    assert _values(text, "en", pub) == [(want, None)]


def test_en_second_step_guards() -> None:
    assert _values("In March, 6 people died.", "en", "2012-08-10") == [("2012-03", None)]  # a count after the comma
    # a weekday-counted holiday with a direction word: the latest one before publication (dates6; was left unread)
    assert _values("last Thanksgiving", "en", "2012-08-10") == [("2011-11-24", None)]
    assert _values("more than 2019", "en", "2019-06-28") == []


def test_ar_month_with_its_year_in_words() -> None:
    assert _values("في يونيو ألفين وعشرين وقعت الحرب", "ar", "2016-11-07") == [("2020-06", None)]
    assert _values("في يونيو ألفي شخص", "ar", "2016-11-07") == [("2016-06", None)]  # one word: a count
    assert _values("اليوم الأخير من الشهر الماضي", "ar", "2016-11-07") == [("2016-10-31", None)]
