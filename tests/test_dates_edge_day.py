"""The first or last day of a month or a year (data/dates.json edge_day; issue 11, dates43), the Persian Nth weekday of a
month counted from publication's, English weekday abbreviations and "hence". Sentences composed for the test, read on
Wednesday 2024-10-16."""

import pytest

from bilat.stages.dates import find_dates

PUB = "2024-10-16"


def _got(text, lang, pub=PUB):
    return [(d.text, d.value, d.end_value) for d in find_dates(text, lang, pub)]


@pytest.mark.parametrize("lang,text,span,value", [
    ("en", "The offer ends on the last day of October.", "the last day of October", "2024-10-31"),
    ("en", "the first day of March 2026", "the first day of March 2026", "2026-03-01"),
    ("en", "The law lapses on the last day of the year.", "the last day of the year", "2024-12-31"),
    ("ru", "Договор истекает в последний день октября.", "в последний день октября", "2024-10-31"),
    ("ru", "в первый день следующего месяца", "в первый день следующего месяца", "2024-11-01"),
    ("ru", "последний день прошлого года", "последний день прошлого года", "2023-12-31"),
    ("ru", "первый день 2026 года", "первый день 2026 года", "2026-01-01"),
    ("ar", "تنتهي المهلة في اليوم الأخير من نوفمبر.", "اليوم الأخير من نوفمبر", "2024-11-30"),
    ("ar", "آخر يوم من شهر 12", "آخر يوم من شهر 12", "2024-12-31"),
    ("ar", "أول يوم في مارس 2025", "أول يوم في مارس 2025", "2025-03-01"),
    ("ar", "تسلم الوثائق في اليوم الأخير من الشهر المقبل", "اليوم الأخير من الشهر المقبل", "2024-11-30"),
    ("ar", "اليوم الأول من العام المقبل", "اليوم الأول من العام المقبل", "2025-01-01"),
    ("fa", "مهلت ثبت نام آخرین روز نوامبر است.", "آخرین روز نوامبر", "2024-11-30"),
    ("fa", "روز اول ماه آینده", "روز اول ماه آینده", "2024-11-01"),
    ("vi", "Hạn chót là ngày cuối cùng của năm nay.", "ngày cuối cùng của năm nay", "2024-12-31"),
    ("vi", "ngày đầu tiên của năm 2026", "ngày đầu tiên của năm 2026", "2026-01-01"),
    ("th", "กำหนดส่งคือวันสุดท้ายของปีหน้า", "วันสุดท้ายของปีหน้า", "2025-12-31"),
    ("th", "วันแรกของปี 2569", "วันแรกของปี 2569", "2026-01-01"),
    ("fa", "اولین جمعه ماه آینده", "اولین جمعه ماه آینده", "2024-11-01"),  # alone: the Gregorian month, as "ماه آینده"
    # in running text a month counted from publication's is Persian news's Solar month (Aban 1403: 22 Oct - 20 Nov 2024)
    ("fa", "نشست در اولین جمعه ماه آینده برگزار می‌شود.", "اولین جمعه ماه آینده", "2024-10-25"),
    ("fa", "مهلت تا آخرین روز ماه آینده تمدید شد.", "آخرین روز ماه آینده", "2024-11-20"),
    ("fa", "آخرین سه‌شنبهٔ ماه گذشته", "آخرین سه\u200cشنبهٔ ماه گذشته", "2024-09-24"),
    ("en", "The talks resume two weeks hence.", "two weeks hence", "2024-10-30"),
    ("en", "Ministers meet on Thurs.", "Thurs.", "2024-10-17"),  # a present verb: the coming one
])
def test_edge_days_and_forms(lang, text, span, value):
    assert (span, value, None) in _got(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("en", "It was the last day of talks."),  # no month, no year
    ("en", "He read it in The Sun."),  # a paper, not Sunday
    ("ar", "آخر يوم من عام 1445"),  # a Hijri year
    ("vi", "ngày cuối cùng của năm học"),  # the school year
])
def test_edge_day_leaves(lang, text):
    assert _got(text, lang) == []


def test_last_day_alone_is_yesterday():
    """"last day" said alone is the day before (the no-context convention of the Recognizers rows); in a sentence it is left."""
    assert _got("last day", "en") == [("last day", "2024-10-15", None)]
    assert _got("It was his last day in office.", "en") == []


def test_ar_ordinal_day_alone():
    """"الخامس عشر", "في العاشر" said alone: a day of publication's month (as en "the 15th" alone); in a sentence, left."""
    assert _got("في الخامس عشر", "ar") == [("الخامس عشر", "2024-10-15", None)]
    assert _got("الثالث والعشرين", "ar") == [("الثالث والعشرين", "2024-10-23", None)]
    assert _got("جاء في المركز الخامس عشر", "ar") == []


def test_fa_same_day_a_year_away():
    """"همین روز سال گذشته", "در چنین روزی در سال آینده": publication's day a year away (as ar "في مثل هذا اليوم من العام الماضي")."""
    assert ("همین روز سال گذشته", "2023-10-16", None) in _got("همین روز سال گذشته توافق امضا شد.", "fa")
    assert _got("در چنین روزی در سال آینده", "fa") == [("چنین روزی در سال آینده", "2025-10-16", None)]
