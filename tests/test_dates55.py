"""Stop 55 (issue 11, dates55): en "N months/years after <date>"; zh a two-digit year mid-sentence ("于16年", "07年");
th spaced offsets ("3 วัน ก่อน"), a Buddhist year before ประเทศไทย, lists of Buddhist years, "N เดือนแรกของปี 2566";
fa a time of day between a weekday and its direction ("جمعه شب گذشته"); ar "ما قبل الماضي"."""

from __future__ import annotations

import pytest

from bilat.stages.dates import find_dates


def _values(text: str, lang: str, pub: str) -> list[tuple[str, str | None]]:
    return [(d.value, d.end_value) for d in find_dates(text, lang, pub)]


# --- en: a count of months or years right before a written date counts from it ---------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("Talks resumed two months after May 5, when the ceasefire collapsed.", "2024-07-05"),
    ("The accord lapsed a month after January 31, 2024.", "2024-02-29"),   # the month's last day
    ("Elections were held six months after March 2023.", "2023-09"),      # a month keeps its precision
    ("The embassy reopened two years after 2003.", "2005"),
    ("The first convoy left three weeks before June 1, 2022.", "2022-05-11"),
])
def test_en_count_after_a_written_date(text: str, want: str) -> None:
    assert _values(text, "en", "2024-05-15") == [(want, None)]


def test_en_count_finer_than_the_date_or_a_span_is_left() -> None:
    # days after a month name no day: the month alone; "in the two months before" is a span ending there
    assert _values("Prices rose 3 days after March 2023.", "en", "2024-05-15") == [("2023-03", None)]
    assert _values("Exports fell in the two months before May 5.", "en", "2024-05-15") == [("2024-05-05", None)]


# --- zh: a two-digit year in figures mid-sentence --------------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("这家企业于16年在深圳成立。", "2016"),
    ("他于98年进入外交部工作。", "1998"),
    ("该工程于19年底全面完工。", "2019"),
    ("早在17年，双方就签署了协议。", "2017"),
    ("自15年起，两国贸易额逐年增长。", "2015"),
    ("双方在07年签署了合作备忘录。", "2007"),           # zero-padded: no count
])
def test_zh_two_digit_year_mid_sentence(text: str, want: str) -> None:
    assert _values(text, "zh", "2024-05-15") == [(want, None)]


@pytest.mark.parametrize("text", [
    "他服刑16年后出狱。",      # sixteen years
    "于16年间，人口翻了一番。",  # over sixteen years
    "他工作了16年多。",
])
def test_zh_two_digit_count_is_no_year(text: str) -> None:
    assert _values(text, "zh", "2024-05-15") == []


def test_zh_two_digit_years_ago_still_counts() -> None:
    assert _values("这座桥于16年前建成。", "zh", "2024-05-15") == [("2008", None)]
    assert _values("07 年以前", "zh", "2017-03-22") == [("2007", None)]  # a zero-padded year, not 7 years back


def test_zh_traditional_two_digit_year_keeps_no_century() -> None:
    # Taiwanese press writes a Minguo year in two digits: in traditional script no century is guessed
    assert _values("該公司於16年成立。", "zh", "2024-05-15") == []


# --- th ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("ผู้ว่าฯ ลงพื้นที่เมื่อ 3 วัน ก่อน เพื่อตรวจความเสียหาย", "2024-05-12"),
    ("เมื่อ 2 สัปดาห์ ก่อน มีการประชุมร่วมกัน", "2024-05-01"),
    ("ราคาเริ่มขยับตั้งแต่ 3 เดือน ก่อน", "2024-02"),
    ("โครงการนี้เริ่มเมื่อ 5 ปี ก่อน", "2019"),
    ("คาดว่าจะประกาศผลใน 3 วัน ข้างหน้า", "2024-05-18"),
])
def test_th_spaced_offsets(text: str, want: str) -> None:
    assert _values(text, "th", "2024-05-15") == [(want, None)]


def test_th_spaced_before_a_clause_is_no_date() -> None:
    assert _values("เขาพักที่โรงแรม 3 วัน ก่อน จะเดินทางกลับ", "th", "2024-05-15") == []


@pytest.mark.parametrize(("text", "want"), [
    ("โดยในปี 2566 ประเทศไทยมีมูลค่าการส่งออกสูงขึ้น", [("2023", None)]),
    ("ในปี 66 ประเทศไทยต้อนรับนักท่องเที่ยว 28 ล้านคน", [("2023", None)]),
    ("ยอดขายในปี 2565 และ 2566 เพิ่มขึ้นต่อเนื่อง", [("2022", None), ("2023", None)]),
    ("ช่วง 11 เดือนแรกของปี 2566 การส่งออกขยายตัว", [("2023-01", "2023-11")]),
])
def test_th_buddhist_years(text: str, want: list[tuple[str, str | None]]) -> None:
    assert _values(text, "th", "2024-05-15") == want


def test_th_count_before_a_counted_noun_is_no_year() -> None:
    assert _values("ปี 63 คน", "th", "2024-05-15") == []
    assert _values("ปีงบประมาณ 67 ล้านบาท", "th", "2024-05-15") == []


def test_th_two_digit_fiscal_and_school_years() -> None:
    assert _values("กรมบัญชีกลางเบิกจ่ายงบปีงบประมาณ 67 ได้ครบ", "th", "2024-05-15") == [("2024", None)]
    assert _values("นักเรียนปีการศึกษา 66 ทุกคน", "th", "2024-05-15") == [("2023", None)]


# --- fa: weekday, time of day, direction ----------------------------------------------------------------------

# 2024-05-15 is a Wednesday
@pytest.mark.parametrize(("text", "want"), [
    ("وزیر خارجه جمعه شب گذشته وارد مسکو شد.", "2024-05-10"),     # last Friday night, not "last night"
    ("این نشست دوشنبه شب آینده برگزار خواهد شد.", "2024-05-20"),
    ("شنبه‌شب گذشته دو فروند موشک شلیک شد.", "2024-05-11"),
    ("هیئت ایرانی روز شنبه پیش رو به بغداد می‌رود.", "2024-05-18"),
    ("شب جمعه گذشته", "2024-05-09"),                                # the eve of last Friday
])
def test_fa_weekday_time_of_day_direction(text: str, want: str) -> None:
    assert _values(text, "fa", "2024-05-15") == [(want, None)]


# --- ar: ما قبل الماضي / ما بعد المقبل ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("وصل الوفد يوم الخميس ما قبل الماضي إلى الدوحة.", ("2024-05-02", None)),
    ("تعقد القمة الخميس ما بعد المقبل في الرياض.", ("2024-05-23", None)),
    ("ارتفعت الصادرات في الشهر ما قبل الماضي.", ("2024-03", None)),
    ("أعلنت الوزارة في الأسبوع ما قبل الماضي عن الخطة.", ("2024-04-28", "2024-05-04")),
])
def test_ar_particle_before_qabl_baad(text: str, want: tuple[str, str | None]) -> None:
    assert _values(text, "ar", "2024-05-15") == [want]


# --- th: an English month name after วันที่ ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("เราหยุดยาวตั้งแต่วันที่ 13-22 Apr รวม 10 วัน", [("2024-04-13", "2024-04-22")]),
    ("งานจัดขึ้นวันที่ 13 April 2024 ที่กรุงเทพฯ", [("2024-04-13", None)]),   # not the 13th of publication's month
    ("ประกาศเมื่อวันที่ 5 Jan 2567", [("2024-01-05", None)]),
])
def test_th_english_month_after_wanthi(text: str, want: list[tuple[str, str | None]]) -> None:
    assert _values(text, "th", "2024-05-15") == want


# --- fa: a second Solar year joined by و -----------------------------------------------------------------------

def test_fa_solar_year_list() -> None:
    assert _values("در سال‌های ۱۳۹۸ و ۱۳۹۹ تورم بالا بود.", "fa", "2024-05-15") == [("2019", None), ("2020", None)]
    assert _values("سال ۱۴۰۱ و سال ۱۴۰۲", "fa", "2024-05-15") == [("2022", None), ("2023", None)]
    # a count after the second number, or a year far before the first: no list of years
    assert _values("سال ۱۴۰۱ و ۱۴۰۲ نفر", "fa", "2024-05-15") == [("2022", None)]
    assert _values("سال ۱۴۰۱ و ۱۳۵۷", "fa", "2024-05-15") == [("2022", None)]


def test_en_count_after_a_year_stays_in_the_calendar() -> None:
    assert _values("999 years after 9999", "en", "2024-05-15") == []
