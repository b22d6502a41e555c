"""Round dates8 (issue 11): general date rules found on the dates8 dev rows, each tested on a sentence composed here."""

from bilat.stages.dates import find_dates


def _got(text, lang, pub=None):
    return [(d.text, d.value, d.end_value) for d in find_dates(text, lang, pub)]


def test_ru_yesterday_adjective_is_the_day_before_publication():
    # "вчерашняя", "вчерашнего": forms of "yesterday's" (data/dates.json ru days)
    assert _got("Вчерашняя встреча министров прошла в Минске.", "ru", "2019-03-12") == [
        ("Вчерашняя", "2019-03-11", None)]
    assert _got("После вчерашнего матча тренер ушёл в отставку.", "ru", "2019-03-12") == [
        ("вчерашнего", "2019-03-11", None)]


def test_fa_first_of_a_gregorian_month_said_aval():
    # "اول نوامبر": the first of a Gregorian month, as "اول آبان" is of a Solar one
    assert _got("جلسه در اول نوامبر سال 2019 برگزار شد.", "fa") == [("اول نوامبر سال 2019", "2019-11-01", None)]


def test_fa_day_with_glued_ordinal_ending():
    # "۵ام مهر ۱۴۰۰", "۱۲ام مارس ۲۰۱۸": the day number with the ordinal ending ام glued to it
    assert _got("قرارداد در ۵ام مهر ۱۴۰۰ امضا شد.", "fa") == [("۵ام مهر ۱۴۰۰", "2021-09-27", None)]
    assert _got("این سند در ۱۲ام مارس ۲۰۱۸ امضا شد.", "fa") == [("۱۲ام مارس ۲۰۱۸", "2018-03-12", None)]


def test_ar_year_after_lisana():
    # "لسنة 2012" (of the year 2012): the lam-prefixed year word before a year
    assert _got("وفقا لقانون العمل لسنة 2012 يحق للعامل الإجازة.", "ar") == [("2012", "2012", None)]


def test_fa_almanac_events_of_a_day_are_no_one_date():
    # "مناسبت‌های ۲۱ بهمن", "رویدادهای ۳ خرداد": an almanac's events of a calendar day come back every year
    # (data/dates.json fa recurring_before_re); with a year, or without the almanac word, the day stays a date
    assert _got("در این صفحه مناسبت‌های ۲۱ بهمن را می‌خوانید.", "fa", "2020-02-01") == []
    assert _got("رویدادهای ۳ خرداد در تاریخ معاصر", "fa", "2020-02-01") == []
    assert _got("رخدادهای ۳ خرداد ۱۳۶۱ در تاریخ", "fa", "2020-02-01") == [("۳ خرداد ۱۳۶۱", "1982-05-24", None)]
    assert _got("جلسه ۲۱ بهمن برگزار شد.", "fa", "2020-02-01") == [("۲۱ بهمن", "2020-02-10", None)]


def test_fa_day_month_short_year_after_a_date_word():
    # "در تاریخ 27/9/98": where the year-first reading (27/9/98) is no date, day/month/two-digit Solar year
    assert _got("این جلسه در تاریخ 27/9/98 در سالن اصلی برگزار شد.", "fa") == [("27/9/98", "2019-12-18", None)]
    assert _got("در تاریخ ۹۲/۱۰/۳ نامه رسید.", "fa") == [("۹۲/۱۰/۳", "2013-12-24", None)]  # year first still


def test_ar_short_date_only_after_a_publication_label():
    # "نُشر: 25/08/20", "تاريخ النشر: 12/05/21": day/month/two-digit year after a publication or date label only
    assert _got("نُشر: 12/05/21 10:15", "ar") == [("12/05/21", "2021-05-12", None)]
    assert _got("تاريخ النشر: 12/05/21", "ar") == [("12/05/21", "2021-05-12", None)]
    assert _got("فاز الفريق 3/1/20 في المباراة", "ar") == []


def test_ru_capitalised_month_mid_sentence_is_a_holiday_name():
    # "к 9 Мая", "празднованию 8 Марта": Russian writes months in lower case; capitalised mid-sentence with no year
    # it names the holiday, no one day. A lower-case month, a sentence start or a year keeps the date.
    assert _got("Подготовка к 9 Мая идет полным ходом.", "ru", "2019-03-01") == []
    assert _got("Встреча прошла 16 января в школе.", "ru", "2019-03-01") == [("16 января", "2019-01-16", None)]
    assert _got("9 Мая в городе прошел парад.", "ru", "2019-06-01") == [("9 Мая", "2019-05-09", None)]


def test_ar_ordinal_day_after_the_preposition_lam():
    # "للخامس عشر من شهر نوفمبر": ل before an ordinal day drops the alef of its article
    assert _got("تأجلت المباراة للحادي والعشرين من مارس 2019.", "ar") == [
        ("للحادي والعشرين من مارس 2019", "2019-03-21", None)]
    assert _got("أجل الحفل للخامس عشر من شهر نوفمبر.", "ar", "2010-11-07")[0][1] == "2010-11-15"
