"""Stop 54 (issue 11): a bare weekday said alone is the nearest one; vi "N units sau" ending a verbless sentence counts
from publication; "M/YYYY" in running text is that month unless a number label stands before it."""

from __future__ import annotations

import pytest

from bilat.stages.dates import find_dates


def _values(text: str, lang: str, pub: str) -> list[tuple[str, str | None]]:
    return [(d.value, d.end_value) for d in find_dates(text, lang, pub)]


# 2023-03-16 is a Thursday
@pytest.mark.parametrize(("text", "lang", "want"), [
    ("الاثنين", "ar", "2023-03-13"),        # three days back (four ahead)
    ("الثلاثاء", "ar", "2023-03-14"),       # two days back
    ("يوم السبت", "ar", "2023-03-18"),      # two days ahead
    ("مساء الأربعاء", "ar", "2023-03-15"),  # yesterday evening
    ("الخميس", "ar", "2023-03-16"),         # publication's own day
    ("в понедельник", "ru", "2023-03-13"),  # three days back
    ("пятница", "ru", "2023-03-17"),        # one day ahead
    ("یکشنبه", "fa", "2023-03-19"),         # three days ahead
    ("วันอังคาร", "th", "2023-03-14"),
])
def test_bare_weekday_alone_is_the_nearest(text: str, lang: str, want: str) -> None:
    assert _values(text, lang, "2023-03-16") == [(want, None)]


def test_nearest_weekday_sunday_from_thursday() -> None:
    # Sunday is three days ahead of Thursday (the 19th) and four back (the 12th): the nearer, ahead
    assert _values("الأحد", "ar", "2023-03-16") == [("2023-03-19", None)]


def test_bare_weekday_in_running_text_keeps_the_tense_rule() -> None:
    # a past verb: the one gone by, even where the coming one is nearer
    assert _values("التقى الوزيران يوم الجمعة في الرياض.", "ar", "2023-03-16") == [("2023-03-10", None)]


@pytest.mark.parametrize(("text", "want"), [
    ("Hội nghị các nhà tài trợ 5 ngày sau.", "2023-03-21"),
    ("Lễ ký kết hiệp định sau hai tuần.", "2023-03-30"),
    ("Đợt bầu cử 4 năm sau.", "2027"),
])
def test_vi_later_ending_a_verbless_sentence_counts_from_publication(text: str, want: str) -> None:
    assert _values(text, "vi", "2023-03-16") == [(want, None)]


@pytest.mark.parametrize("text", [
    "5 ngày sau, ông qua đời tại bệnh viện.",        # a narrative goes on after it
    "Ông đã trở về Hà Nội 5 ngày sau.",              # a past cue in its sentence
    "Phim đạt doanh thu lớn chỉ sau 3 ngày công chiếu.",  # a noun goes on after the unit
])
def test_vi_later_in_a_narrative_gives_no_date(text: str) -> None:
    assert _values(text, "vi", "2023-03-16") == []


@pytest.mark.parametrize(("text", "lang"), [
    ("Hội nghị thượng đỉnh 11/2024.", "vi"),
    ("The summit 11/2024.", "en"),
    ("قمة الرياض 11/2024.", "ar"),
    ("نشست سران 11/2024.", "fa"),
    ("Саммит 11/2024.", "ru"),
])
def test_month_year_in_running_text(text: str, lang: str) -> None:
    assert _values(text, lang, "2023-03-16") == [("2024-11", None)]


@pytest.mark.parametrize(("text", "lang"), [
    ("Theo Nghị định số 11/2024/NĐ-CP của Chính phủ", "vi"),
    ("Thông tư 11/2024 hướng dẫn thi hành", "vi"),
    ("theo quy hoạch tỷ lệ 1/2000 của khu đô thị", "vi"),
    ("under Law No. 11/2024 on elections", "en"),
    ("بموجب القانون رقم 11/2024 الخاص بالانتخابات", "ar"),
    ("طبق بخشنامه شماره 11/2024 وزارت", "fa"),
    ("согласно закону № 11/2024 о выборах", "ru"),
])
def test_month_year_after_a_number_label_is_no_date(text: str, lang: str) -> None:
    assert _values(text, lang, "2023-03-16") == []


@pytest.mark.parametrize(("text", "want"), [
    ("أقيم المهرجان في العام الألفين والعشرين.", "2020"),
    ("العام الألفان والخمسة عشر", "2015"),
])
def test_ar_year_in_definite_number_words(text: str, want: str) -> None:
    assert _values(text, "ar", "2023-03-16") == [(want, None)]


def test_ar_definite_ordinal_year_is_no_date() -> None:
    assert _values("احتفلت الجمعية بالعام الخامس والعشرين لتأسيسها", "ar", "2023-03-16") == []


def test_ar_month_by_its_number_needs_no_cue() -> None:
    # "شهر 11" names November as a month name does (months_without_cue); the nearest November to 2023-03-16 is 2022's
    assert _values("اجتماع اللجنة شهر 11", "ar", "2023-03-16") == [("2022-11", None)]
    assert _values("اجتماع اللجنة شهر 5", "ar", "2023-03-16") == [("2023-05", None)]


@pytest.mark.parametrize(("text", "want"), [
    ("خبرنگاران دو هفته‌ی پیش به منطقه رفتند", "2023-03-02"),
    ("سه روزِ پیش", "2023-03-13"),
    ("چهار ماه‌ی پیش", "2022-11"),
])
def test_fa_counted_unit_with_ezafe_before_ago(text: str, want: str) -> None:
    assert _values(text, "fa", "2023-03-16") == [(want, None)]


def test_fa_gregorian_month_needs_no_cue() -> None:
    assert _values("نشست سران نوامبر", "fa", "2023-03-16") == [("2022-11", None)]
    assert _values("«نوامبر»", "fa", "2023-03-16") == []  # a title in quotes


def test_fa_next_and_previous_day_alone_only() -> None:
    assert _values("روز بعد", "fa", "2023-03-16") == [("2023-03-17", None)]
    assert _values("روز قبل", "fa", "2023-03-16") == [("2023-03-15", None)]
    assert _values("او روز بعد به تهران بازگشت", "fa", "2023-03-16") == []  # the day after the story's day


@pytest.mark.parametrize(("text", "want"), [
    ("上一周", ("2023-03-06", "2023-03-12")),
    ("下一个星期", ("2023-03-20", "2023-03-26")),
])
def test_zh_week_with_yi(text: str, want: tuple[str, str]) -> None:
    assert _values(text, "zh", "2023-03-16") == [want]


def test_zh_cycle_is_no_week() -> None:
    assert _values("上周期的数据显示", "zh", "2023-03-16") == []
    assert _values("与上一周期相比", "zh", "2023-03-16") == []


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("وقعت الاتفاقية في 3 نوفمبر، 2019 في الرياض", "ar", "2019-11-03"),
    ("في نوفمبر، 2019 بدأت المفاوضات", "ar", "2019-11"),
    ("۳ نوامبر، ۲۰۱۹", "fa", "2019-11-03"),
])
def test_arabic_comma_before_the_year(text: str, lang: str, want: str) -> None:
    assert _values(text, lang, "2023-03-16") == [(want, None)]


@pytest.mark.parametrize(("text", "want"), [
    ("در 2 ماه", "2023-05"),
    ("در ۳ هفته", "2023-04-06"),
    ("نتایج در ۲ هفته اعلام خواهد شد", "2023-03-30"),  # a future cue in its sentence
])
def test_fa_in_n_units_alone_or_with_a_future_cue(text: str, want: str) -> None:
    assert _values(text, "fa", "2023-03-16") == [(want, None)]


@pytest.mark.parametrize("text", ["در 2 ماه گذشته", "این پروژه در 2 سال ساخته شد"])
def test_fa_in_n_units_as_a_span_is_no_date(text: str) -> None:
    assert _values(text, "fa", "2023-03-16") == []
