"""Dates rules of dev batch `dates4` (issue 11): a Hijri day's direction word, recurring days before their date
(zh 每年), "the same day" from the document, a bare zh day with no publication date, 廿/卅 days, zh 将 as a future
marker, Vietnamese month-first headers and Persian "هشتم ماه می"."""

from __future__ import annotations

from bilat.records import Document, Sentence
from bilat.stages.dates import find_dates, make_stage


def _got(text: str, lang: str, pub: str | None) -> list[tuple[str, str, str | None]]:
    return [(d.text, d.value, d.end_value) for d in find_dates(text, lang, pub)]


def test_hijri_day_with_direction_word() -> None:
    # 5 Ramadan 1446 is 2025-03-05; published after it, "the coming 5 Ramadan" is 1447's (2026-02-22)
    assert _got("يبدأ في 5 رمضان المقبل.", "ar", "2025-03-20") == [("5 رمضان المقبل", "2026-02-22", None)]
    # with no direction word the nearest one stays
    assert _got("يبدأ في 5 رمضان.", "ar", "2025-03-20") == [("5 رمضان", "2025-03-05", None)]
    # "الماضي": the latest one, publication day included
    assert _got("وصل في 5 رمضان الماضي.", "ar", "2025-03-01") == [("5 رمضان الماضي", "2024-03-15", None)]


def test_recurring_day_before_its_date_is_no_date() -> None:
    assert _got("每年3月15日是消费者权益日。", "zh", "2025-01-10") == []
    assert _got("每月15日发放。", "zh", "2025-01-10") == []
    assert _got("3月15日是消费者权益日。", "zh", "2025-01-10") == [("3月15日", "2025-03-15", None)]
    # a year written makes it one day again
    assert _got("每年2025年3月15日", "zh", None) == [("2025年3月15日", "2025-03-15", None)]


def test_same_day_takes_the_previous_day_of_the_document() -> None:
    text = "Ngày 22/10, Thủ tướng gửi điện thăm hỏi. Cùng ngày, Bộ trưởng Ngoại giao cũng gửi điện."
    assert _got(text, "vi", "2020-10-23") == [("22/10", "2020-10-22", None), ("Cùng ngày", "2020-10-22", None)]
    # no day before it in the document: no date is invented
    assert _got("Cùng ngày, Bộ trưởng Ngoại giao cũng gửi điện.", "vi", "2020-10-23") == []
    # "cùng ngày với ..." (the same day as what follows) is no back reference
    assert _got("Ngày 22/10 họp. Lễ diễn ra cùng ngày với hội nghị.", "vi", "2020-10-23") == [
        ("22/10", "2020-10-22", None)]
    # a range before it is no one day to take
    assert _got("Từ ngày 20 đến 22/10 họp. Cùng ngày, ông về.", "vi", "2020-10-23")[-1][0] != "Cùng ngày"
    assert _got("外交部10月22日发表声明。同日,国防部也发表声明。", "zh", "2020-10-23")[-1] == ("同日", "2020-10-22", None)
    assert _got("التقى الوزير نظيره يوم 22 أكتوبر 2020. وفي اليوم نفسه زار المعرض.", "ar", None)[-1] == (
        "اليوم نفسه", "2020-10-22", None)


def test_same_day_through_the_stage_reads_the_whole_document() -> None:
    text = "Chiều 15/11, hai bên hội đàm. Cùng ngày, hai bên ký kế hoạch."
    doc = Document(id="d1", source="t", original=text, text=text, lang="vi", published="2018-11-16",
                   sentences=(Sentence(start=0, end=29), Sentence(start=30, end=len(text))))
    assert [(d.text, d.value) for d in make_stage()(doc).dates] == [("15/11", "2018-11-15"), ("Cùng ngày", "2018-11-15")]


def test_bare_chinese_day_without_publication_is_partial() -> None:
    assert _got("他3日晚間抵達。", "zh", None) == [("3日", "---03", None)]
    assert _got("會議3至5日舉行。", "zh", None) == [("3至5日", "---03", "---05")]
    assert _got("他3日晚間抵達。", "zh", "2024-05-10") == [("3日", "2024-05-03", None)]


def test_chinese_days_with_nian_and_sa() -> None:
    text = "馬朝旭昨日宣布,拜登將於本月十七日至廿二日訪華。"
    assert _got(text, "zh", "2011-08-09")[-1] == ("本月十七日至廿二日", "2011-08-17", "2011-08-22")
    assert _got("2020年3月廿一日", "zh", None) == [("2020年3月廿一日", "2020-03-21", None)]


def test_chinese_jiang_marks_a_bare_weekday_future() -> None:
    # published on Sunday 2012-02-12: "将" makes the weekday the coming one
    assert _got("习近平星期二将开始与美国官员举行会谈。", "zh", "2012-02-12") == [("星期二", "2012-02-14", None)]
    assert _got("习近平星期二与美国官员举行了会谈。", "zh", "2012-02-12") == [("星期二", "2012-02-07", None)]
    # 将军 (a general) is no future marker
    assert _got("将军星期二与美国官员举行了会谈。", "zh", "2012-02-12") == [("星期二", "2012-02-07", None)]


def test_vietnamese_month_first_header() -> None:
    assert _got("Tháng Tám 24, 2021", "vi", None) == [("Tháng Tám 24, 2021", "2021-08-24", None)]
    assert _got("tháng 8 24, 2021", "vi", None) == [("tháng 8 24, 2021", "2021-08-24", None)]
    assert _got("tháng Tám có 24 người", "vi", None) == [("tháng Tám", "--08", None)]  # no comma and year: no day


def test_persian_ordinal_day_mah_month() -> None:
    assert _got("هشتم ماه می مذاکرات برنامه ریزی شده است", "fa", None) == [("هشتم ماه می", "--05-08", None)]
    assert _got("هشتم ماه می ۲۰۱۹", "fa", None) == [("هشتم ماه می ۲۰۱۹", "2019-05-08", None)]


def test_persian_safar_with_its_year_and_a_weekday_falling_on_it() -> None:
    # صفر is also "zero": with its Hijri year after it, it is the month Safar; "روز پنجشنبه مصادف با" (Thursday, falling
    # on) labels the day, which moves the arithmetic 2 December 2015 to the Thursday the text names
    text = "در تقویم هجری قمری روز پنجشنبه مصادف با 20 صفر 1437 اربعین حسینی است."
    assert _got(text, "fa", "2015-11-15") == [("20 صفر 1437", "2015-12-03", None)]
    assert _got("بیستم صفر ۱۴۳۷ هجری قمری", "fa", None) == [("بیستم صفر ۱۴۳۷ هجری قمری", "2015-12-02", None)]
    # "one with nine zeros", an amount: no date
    assert _got("یک با ۹ صفر ۱۴۰۰ تومان", "fa", None) == []
    assert _got("۹ صفر ۱۴۰۰ تومان", "fa", None) == []
