"""ar "the one after next" / "the one before last" beside a weekday, dialect and literary "next" (الجاي, الآتي) beside
a month, the dual in the nominative (سنتان, عامان, شهران, يومان) in "ago" and "in" phrases, "N years ago" at 100,
colloquial weekday spellings without the final hamza, and fa a Gregorian day as a cardinal word with its year."""

import pytest

from bilat.stages.dates import find_dates

PUB = "2023-05-10"  # a Wednesday


def _got(text, lang="ar", pub=PUB):
    return [(d.text, d.value, d.end_value) for d in find_dates(text, lang, pub)]


@pytest.mark.parametrize("text,value", [
    ("الجمعة بعد القادمة", "2023-05-19"),  # the coming Friday is the 12th; the one after it
    ("السبت بعد المقبل", "2023-05-20"),
    ("الاثنين بعد الجاي", "2023-05-22"),
    ("الأحد قبل الماضي", "2023-04-30"),  # the last Sunday is 7 May; the one before it
    ("الثلاثاء قبل الماضية", "2023-05-02"),
])
def test_weekday_after_next_and_before_last(text, value):
    assert _got(text) == [(text, value, None)]


def test_weekday_after_next_in_a_sentence():
    assert _got("ستعقد اللجنة جلستها الخميس بعد المقبل في الرياض.") == [("الخميس بعد المقبل", "2023-05-18", None)]
    assert _got("وصل الوفد إلى بغداد يوم الاثنين قبل الماضي.") == [("يوم الاثنين قبل الماضي", "2023-05-01", None)]


def test_plain_next_and_last_weekday_unchanged():
    assert _got("الجمعة القادمة") == [("الجمعة القادمة", "2023-05-12", None)]
    assert _got("الأحد الماضي") == [("الأحد الماضي", "2023-05-07", None)]


@pytest.mark.parametrize("text,value", [
    ("آب الجاي", "2023-08"),
    ("حزيران الآتي", "2023-06"),
    ("في مارس الآتي", "2024-03"),
])
def test_month_with_dialect_or_literary_next(text, value):
    assert [v for _t, v, _e in _got(text)] == [value]


@pytest.mark.parametrize("text,value,end", [
    ("السنة الجاي", "2024", None),
    ("الشهر بعد الجاي", "2023-07", None),
    ("العام قبل المنصرم", "2021", None),
    ("الشهر قبل الفائت", "2023-03", None),
])
def test_periods_after_next_and_before_last(text, value, end):
    assert _got(text) == [(text, value, end)]


@pytest.mark.parametrize("text,value", [
    ("قبل سنتان", "2021"),
    ("قبل عامان", "2021"),
    ("قبل شهران", "2023-03"),
    ("بعد يومان", "2023-05-12"),
    ("قبل 100 عاما", "1923"),  # the reading stops at 100 years (OFFSET_MAX)
    ("قبل يومان", "2023-05-08"),
    ("منذ أسبوعان", "2023-04-26"),
])
def test_dual_nominative_and_three_digit_counts(text, value):
    assert _got(text) == [(text, value, None)]


def test_three_digit_ago_in_a_sentence():
    assert _got("تأسست المدينة قبل 100 عام، كما يقول المؤرخون.") == [("قبل 100 عام", "1923", None)]


@pytest.mark.parametrize("text,value", [
    ("الاربعا", "2023-05-10"),
    ("الثلاثا الجاي", "2023-05-16"),
])
def test_weekday_without_final_hamza(text, value):
    assert _got(text) == [(text, value, None)]


@pytest.mark.parametrize("text,value", [
    ("سی دسامبر 1978", "1978-12-30"),
    ("بیست و دو ژوئن ۲۰۲۱", "2021-06-22"),
    ("سفیر روز یازده مارس 2019 وارد شد.", "2019-03-11"),
])
def test_fa_gregorian_day_as_cardinal_word_with_year(text, value):
    assert [v for _t, v, _e in _got(text, "fa")] == [value]


def test_fa_cardinal_word_before_gregorian_month_without_year_is_no_day():
    assert all(len(v) < 10 for _t, v, _e in _got("دو ژوئن", "fa"))


@pytest.mark.parametrize("text,value", [
    ("شهر 11 الماضي", "2022-11"),
    ("شهر 6 المقبل", "2023-06"),
    ("شهر 3 2019", "2019-03"),
    ("في 20 شهر 4 2021", "2021-04-20"),
    ("آخر جمعة من شهر 5", "2023-05-26"),
])
def test_ar_month_by_its_number(text, value):
    assert [v for _t, v, _e in _got(text)] == [value]


def test_ar_month_by_its_number_in_a_sentence():
    assert _got("عاد السفير إلى عمله في شهر 2 الماضي.") == [("شهر 2 الماضي", "2023-02", None)]


@pytest.mark.parametrize("text", [
    "بعد شهر 3 أيام فقط عاد الوفد",  # a month, then three days: no March
    "شهر 13",
    "شهر 2023",
])
def test_ar_month_number_that_is_no_month(text):
    assert _got(text) == []


@pytest.mark.parametrize("text,span,value", [
    ("عام ألفين وثلاثة عشر", "ألفين وثلاثة عشر", "2013"),
    ("وفي سنة ألف وتسعمائة وسبعة وستين اندلعت الحرب", "ألف وتسعمائة وسبعة وستين", "1967"),
    ("منذ عام ألفين.", "ألفين", "2000"),
])
def test_ar_year_in_words_after_am(text, span, value):
    assert _got(text) == [(span, value, None)]


@pytest.mark.parametrize("text", [
    "أنفق العام ألفي دولار على الكتب",  # one number word before a noun counts the noun
    "استقبل المتحف خلال العام خمسة آلاف زائر",
])
def test_ar_number_words_after_am_that_count(text):
    assert _got(text) == []


@pytest.mark.parametrize("text,span,value", [
    ("منذ عام ألفين", "ألفين", "2000"),  # since the year 2000, not "a year ago"
    ("بعد عام ألفين وعشرة", "ألفين وعشرة", "2010"),
])
def test_ar_year_in_words_after_since_or_after(text, span, value):
    assert _got(text) == [(span, value, None)]


def test_ar_a_year_ago_still_read():
    assert _got("منذ عام") == [("منذ عام", "2022", None)]


@pytest.mark.parametrize("text,lang,value", [
    ("9/2021", "ar", "2021-09"),
    ("11.2019", "ru", "2019-11"),
    ("۰۳/۲۰۱۹", "fa", "2019-03"),
    ("06/2020", "en", "2020-06"),
])
def test_month_and_year_in_figures_said_alone(text, lang, value):
    assert _got(text, lang) == [(text, value, None)]


@pytest.mark.parametrize("text,lang", [
    ("صدر القانون رقم 9/2021 أمس الأول", "ar"),  # a numbered act, not September 2021
    ("Case 13/2020 was closed.", "en"),
])
def test_month_and_year_in_figures_in_running_text_is_left(text, lang):
    assert not any(v.startswith(("2021-09", "2020-")) for _t, v, _e in _got(text, lang))
