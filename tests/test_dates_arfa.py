"""Arabic and Persian date expressions, the general inventory (issue 11, dates-arfa): counts in words past ten, Persian
periods said alone (Gregorian) or in a sentence (Solar), and the other forms added in this round. Each on a sentence
composed here (or the expression alone where the no-context convention is what is tested); publication is Wednesday
2024-03-13 (23 Esfand 1402, the last days of a Solar year, where the Solar and Gregorian readings part)."""

import pytest

from bilat.stages.dates import find_dates

PUB = "2024-03-13"


def _got(text, lang, pub=PUB):
    return [(d.text, d.value, d.end_value) for d in find_dates(text, lang, pub)]


@pytest.mark.parametrize("lang,text,phrase,value", [
    ("ar", "وصل الوفد قبل خمسة عشر يومًا إلى القاهرة.", "قبل خمسة عشر يومًا", "2024-02-27"),
    ("ar", "سيعقد المؤتمر بعد عشرين يوما في الرياض.", "بعد عشرين يوما", "2024-04-02"),
    ("ar", "انتهت الحرب منذ ثلاثين عاماً تقريبا.", "منذ ثلاثين عاماً", "1994"),
    ("ar", "افتتح المصنع قبل أحد عشر شهرا.", "قبل أحد عشر شهرا", "2023-04"),
    ("ar", "تأسست الشركة منذ خمسة وعشرين عاما.", "منذ خمسة وعشرين عاما", "1999"),
    ("fa", "هیئت پانزده روز پیش به تهران رسید.", "پانزده روز پیش", "2024-02-27"),
    ("fa", "این پل بیست و پنج سال پیش ساخته شد.", "بیست و پنج سال پیش", "1999"),  # the day 25 years back: Gregorian
    ("fa", "نتایج دوازده روز دیگر اعلام خواهد شد.", "دوازده روز دیگر", "2024-03-25"),
])
def test_counts_in_words_past_ten(lang, text, phrase, value):
    assert (phrase, value, None) in _got(text, lang)


@pytest.mark.parametrize("text,value", [
    ("ماه آینده", "2024-04"), ("ماه گذشته", "2024-02"), ("امسال", "2024"), ("سال گذشته", "2023"),
    ("پارسال", "2023"), ("یک ماه پیش", "2024-02"), ("اوایل ماه آینده", "2024-04"),
])
def test_persian_period_alone_is_gregorian(text, value):
    assert _got(text, "fa") == [(text, value, None)]


@pytest.mark.parametrize("text,phrase,value,end", [
    ("قیمت‌ها در ماه گذشته افزایش یافت.", "ماه گذشته", "2024-01-21", "2024-02-19"),  # Bahman 1402
    ("تورم سال گذشته بالا بود.", "سال گذشته", "2022", None),  # Solar 1401, begun March 2022
])
def test_persian_period_in_a_sentence_stays_solar(text, phrase, value, end):
    assert (phrase, value, end) in _got(text, "fa")


@pytest.mark.parametrize("text,phrase,value", [
    ("وصل الوفد قبل يوم فقط.", "قبل يوم", "2024-03-12"),  # a day ago, "يوم" with nothing after it
    ("غادر الرئيس منذ يوم.", "منذ يوم", "2024-03-12"),
    ("تراجعت الأسعار في السنة الفائتة.", "السنة الفائتة", "2023"),  # the feminine forms of the period words
    ("ارتفع الإنتاج خلال السنة المنصرمة.", "السنة المنصرمة", "2023"),
    ("تبدأ المرحلة الثانية العام الآتي.", "العام الآتي", "2025"),
    ("سيعقد الاجتماع هذا الخميس في عمان.", "هذا الخميس", "2024-03-14"),  # this (coming) Thursday
    ("انتهى المشروع نهاية 2023 كما كان مقررا.", "2023", "2023"),  # a year after a part-of-year word
])
def test_arabic_forms(text, phrase, value):
    assert (phrase, value, None) in _got(text, "ar")


@pytest.mark.parametrize("text,value", [
    ("اليوم السابق", "2024-03-12"), ("الشهر السابق", "2024-02"), ("العام السابق", "2023"), ("الغد", "2024-03-14"),
])
def test_arabic_words_read_only_alone(text, value):
    assert _got(text, "ar") == [(text, value, None)]


@pytest.mark.parametrize("text", [
    "وصل الوفد في اليوم السابق للقمة.",  # the day before the summit, not yesterday
    "بلغ الإنتاج 7 ملايين برميل مقارنة بـ6 ملايين في الشهر السابق.",  # the month before the one just named
    "نشرت صحيفة الغد الأردنية التقرير.",  # a newspaper
    "قبل يوم الجمعة عقد الوزراء اجتماعا.",  # before Friday: no "a day ago"
    "قبل يوم من الانتخابات أعلن الحزب برنامجه.",  # a day before the election
])
def test_arabic_not_these_dates(text):
    got = [g[0] for g in _got(text, "ar")]
    assert not any(p in got for p in ("اليوم السابق", "الشهر السابق", "الغد", "قبل يوم"))


@pytest.mark.parametrize("text", ["قیمت‌ها طی سه روز گذشته افزایش یافت.", "در دو روز گذشته باران بارید."])
def test_persian_past_n_days_is_no_yesterday(text):
    assert _got(text, "fa") == []  # "the past three days": a span, not "روز گذشته" (yesterday)


@pytest.mark.parametrize("text,value", [
    ("نشست وزیران ۱۴۰۲/۰۷/۱۵.", "2023-10-07"), ("نشست وزیران 2024/03/13.", "2024-03-13"),
])
def test_persian_year_first_date_before_a_full_stop(text, value):
    assert [g[1] for g in _got(text, "fa")] == [value]


@pytest.mark.parametrize("text,phrase,value", [
    ("وُقّع الاتفاق في مارس من هذا العام.", "مارس من هذا العام", "2024-03"),  # a month before its year phrase
    ("انتهت الأزمة في أكتوبر العام الماضي.", "أكتوبر العام الماضي", "2023-10"),
    ("تبدأ البطولة في 3 مارس المقبل.", "3 مارس المقبل", "2025-03-03"),  # the next 3 March (this year's is gone)
    ("وقع الهجوم في 3 مارس الماضي.", "3 مارس الماضي", "2024-03-03"),  # the latest 3 March: this month's
    ("تنطلق الانتخابات في الخامس عشر من يونيو المقبل.", "الخامس عشر من يونيو المقبل", "2024-06-15"),
    ("جرت الانتخابات في 20 مارس الماضي.", "20 مارس الماضي", "2023-03-20"),
    ("يصل الوفد الأحد الآتي.", "الأحد الآتي", "2024-03-17"),
])
def test_arabic_month_and_day_directions(text, phrase, value):
    assert (phrase, value, None) in _got(text, "ar")


@pytest.mark.parametrize("text,value", [
    ("قرارداد در ۱ ژانویهٔ ۲۰۲۴ امضا شد.", "2024-01-01"), ("نشست در ۵ فوریه‌ی ۲۰۲۴ برگزار شد.", "2024-02-05"),
    ("در ژوئیهٔ ۲۰۲۳ آغاز شد.", "2023-07"),
])
def test_persian_gregorian_month_with_ezafe(text, value):
    assert [g[1] for g in _got(text, "fa")] == [value]


def test_persian_verb_prefix_is_no_may():
    assert _got("کار انجام می‌شود ۲۰ نفر آمدند", "fa") == []


@pytest.mark.parametrize("text,phrase,value,end", [
    ("يبدأ الصيام في رمضان 1445هـ بعد أيام.", "رمضان 1445هـ", "2024-03-11", "2024-04-09"),  # Umm al-Qura
    ("راقبت الوزارة هلال شهر محرم لعام 1446 هـ مساء اليوم.", "شهر محرم لعام 1446 هـ", "2024-07-07", "2024-08-04"),
])
def test_arabic_hijri_month_of_a_written_year(text, phrase, value, end):
    assert (phrase, value, end) in _got(text, "ar")


def test_persian_part_of_a_relative_month_is_no_day():
    got = _got("قیمت‌ها در نیمه دوم ماه جاری کاهش یافت.", "fa")
    assert ("دوم ماه جاری", "2024-02-21", None) not in got  # the second half of this month, not its 2nd day


@pytest.mark.parametrize("text,phrase,value", [
    ("وقعت الحادثة قبل ثلاثة أيام مضت.", "قبل ثلاثة أيام", "2024-03-10"),
    ("تأسس النادي عشر سنوات مضت.", "عشر سنوات مضت", "2014"),  # N units مضت: ago
    ("سيصل الوفد في 3 أيام.", "في 3 أيام", "2024-03-16"),  # في N units with a future cue: ahead
    ("تقام الصلاة في أول جمعة من مارس.", "أول جمعة من مارس", "2024-03-01"),  # the ordinal before the weekday
    ("يحتفل بعيد الأم في ثاني أحد من يونيو.", "ثاني أحد من يونيو", "2024-06-09"),
    ("تنتهي المهلة في آخر خميس من شهر مايو 2024.", "آخر خميس من شهر مايو 2024", "2024-05-30"),
    ("ولد في 5 كانون ثاني 2024.", "5 كانون ثاني 2024", "2024-01-05"),  # a Levantine month without ال
])
def test_arabic_duckling_kinds(text, phrase, value):
    assert (phrase, value, None) in _got(text, "ar")


def test_arabic_in_n_days_over_a_span_is_no_date():
    assert _got("قتل 200 شخص في 3 أيام.", "ar") == []  # "in three days" of a past span: no future cue, no date


@pytest.mark.parametrize("text,phrase,value", [
    ("این پروژه چهار سال پیش آغاز شد.", "چهار سال پیش", "2020"),  # the day four years back: Gregorian pub - 4
    ("نمایشگاه در ژانویه سال آینده برگزار می‌شود.", "ژانویه سال آینده", "2025-01"),  # a Gregorian month, its year phrase
    ("قرارداد در مارس سال گذشته امضا شد.", "مارس سال گذشته", "2023-03"),
    ("این قانون سال ۹۹.", "سال ۹۹", "2020"),  # a two-digit Solar year before a full stop
])
def test_persian_years(text, phrase, value):
    assert (phrase, value, None) in _got(text, "fa")


@pytest.mark.parametrize("text,phrase,value", [
    ("صادف عيد الفطر 2023 يوم الجمعة.", "عيد الفطر 2023", "2023-04-21"),  # the feast in that Gregorian year
    ("يحل عيد الأضحى 1444هـ في الصيف.", "عيد الأضحى 1444هـ", "2023-06-28"),  # of that Hijri year (Umm al-Qura)
    ("تعطل المدارس في عيد الأضحى المقبل.", "عيد الأضحى المقبل", "2024-06-16"),  # the coming one
])
def test_arabic_feasts_with_a_year_or_direction(text, phrase, value):
    assert (phrase, value, None) in _got(text, "ar")


def test_arabic_feast_alone_is_the_coming_one_and_no_date_in_running_text():
    assert _got("عيد الفطر", "ar") == [("عيد الفطر", "2024-04-10", None)]
    assert _got("تبادل المواطنون التهاني بعيد الفطر المبارك.", "ar") == []


@pytest.mark.parametrize("text,phrase,value", [
    ("يعقد الاجتماع الجمعة الثاني والعشرين.", "الجمعة الثاني والعشرين", "2024-03-22"),  # Friday the 22nd
    ("يصل الوفد يوم الثلاثاء التاسع عشر.", "يوم الثلاثاء التاسع عشر", "2024-03-19"),
    ("تبدأ الدورة يوم الجمعة 22/3.", "يوم الجمعة 22/3", "2024-03-22"),  # a weekday and a day/month, no year
])
def test_arabic_weekday_with_its_day(text, phrase, value):
    assert (phrase, value, None) in _got(text, "ar")


def test_arabic_weekday_before_a_score_is_no_day_month():
    assert [g[0] for g in _got("فاز الفريق الجمعة 3/1 على منافسه", "ar")] == ["الجمعة"]


@pytest.mark.parametrize("text,phrase,value,end", [
    ("نشست هفته دیگر برگزار می‌شود.", "هفته دیگر", "2024-03-16", "2024-03-22"),  # next week (Saturday to Friday)
    ("انتخابات سال دیگر برگزار می‌شود.", "سال دیگر", "2024", None),  # next Solar year, 1403 (from 2024-03-20)
])
def test_persian_next_period_with_digar(text, phrase, value, end):
    assert (phrase, value, end) in _got(text, "fa")


def test_persian_some_years_on_is_no_date():
    assert _got("چند سال دیگر این طرح اجرا می‌شود.", "fa") == []


def test_arabic_year_said_as_century_and_figures_alone():
    assert _got("تسعة عشر ثمانية وعشرون", "ar") == [("تسعة عشر ثمانية وعشرون", "1928", None)]
    assert _got("ألفين وثمانية عشر", "ar") == []  # one number said alone: a figure
    assert _got("قتل تسعة عشر ثمانية وعشرون", "ar") == []  # only the whole text


@pytest.mark.parametrize("lang,text,phrase,value", [
    ("ar", "تعقد الجلسة في أول جمعة من الشهر المقبل.", "أول جمعة من الشهر المقبل", "2024-04-05"),
    ("ar", "تنتهي المهلة الجمعة الأخيرة من هذا الشهر.", "الجمعة الأخيرة من هذا الشهر", "2024-03-29"),
    ("fa", "جشنواره در اولین شنبه ژانویه ۲۰۲۵ آغاز می‌شود.", "اولین شنبه ژانویه ۲۰۲۵", "2025-01-04"),
    ("fa", "مراسم در آخرین سه‌شنبه دسامبر ۲۰۲۴ برگزار شد.", "آخرین سه\u200cشنبه دسامبر ۲۰۲۴", "2024-12-31"),
])
def test_nth_weekday_of_a_relative_or_gregorian_month(lang, text, phrase, value):
    assert (phrase, value, None) in _got(text, lang)


@pytest.mark.parametrize("text,phrase,value", [
    ("وصل الوفد قبلَ ثلاثةِ أيامٍ.", "قبلَ ثلاثةِ أيامٍ", "2024-03-10"),  # vowel marks in an offset
    ("تأسست الجمعية منذُ عامين.", "منذُ عامين", "2022"),
    ("غادر قبل شهرٍ.", "قبل شهرٍ", "2024-02"),
])
def test_arabic_offsets_with_vowel_marks(text, phrase, value):
    assert (phrase, value, None) in _got(text, "ar")


@pytest.mark.parametrize("lang,text", [("fa", "اولین شنبه ژانویه"), ("en", "first Saturday of January"),
                                       ("ar", "السبت الأول من يناير")])
def test_nth_weekday_past_the_calendar_is_no_crash(lang, text):
    assert [v for _, v, _ in _got(text, lang, "9999-12-31")] in ([], ["9999-01-02"])  # no crash at the calendar's end


@pytest.mark.parametrize("text,phrase,value", [
    ("جلسه یکشنبه بعد برگزار می‌شود.", "یکشنبه بعد", "2024-03-17"),  # next Sunday
    ("جلسه یکشنبه بعد از ظهر برگزار شد.", "یکشنبه", "2024-03-10"),  # Sunday afternoon: بعد از begins its own phrase
    ("جمعه قبل از انتخابات تجمع کردند.", "جمعه", "2024-03-08"),
])
def test_persian_weekday_with_bad_or_ghabl(text, phrase, value):
    assert (phrase, value, None) in _got(text, "fa")


@pytest.mark.parametrize("text,value,end", [
    ("۱۵ مهر", "2023-10-07", None),  # said alone: 15 Mehr of publication's Solar year (1402), as a Gregorian day said alone
    ("۲۰ اسفند", "2024-03-10", None),  # 20 Esfand 1402, three days before publication (23 Esfand)
    ("اسفند ماه", "2024-02-20", "2024-03-19"),  # publication's own month
])
def test_persian_solar_day_alone_is_publications_solar_year(text, value, end):
    assert _got(text, "fa") == [(text, value, end)]


def test_persian_solar_day_in_a_sentence_stays_the_nearest():
    assert [g[1] for g in _got("این نشست ۱۵ مهر برگزار شد.", "fa")] == ["2023-10-07"]


@pytest.mark.parametrize("text,phrase,value", [
    ("تبدأ المرحلة في أول يوم من الشهر المقبل.", "أول يوم من الشهر المقبل", "2024-04-01"),
    ("تنتهي المهلة آخر يوم من الشهر الماضي.", "آخر يوم من الشهر الماضي", "2024-02-29"),
])
def test_arabic_first_or_last_day_of_a_relative_month(text, phrase, value):
    assert (phrase, value, None) in _got(text, "ar")


def test_arabic_last_day_of_the_month_in_running_text_is_no_date():
    assert _got("ينتهي العقد في آخر يوم من الشهر.", "ar") == []  # which month: the story's


@pytest.mark.parametrize("text,phrase,value", [
    ("قبل نحو شهرين", "قبل نحو شهرين", "2024-01"),  # an approximation word before the count: the same offset
    ("منذ حوالي ثلاثة أيام", "منذ حوالي ثلاثة أيام", "2024-03-10"),
    ("قبل قرابة عام", "قبل قرابة عام", "2023"),
    ("وصل الوزير إلى الرياض قبل نحو شهرين.", "قبل نحو شهرين", "2024-01"),
    ("قتل الصحفي منذ حوالى ثلاثة أيام في غزة.", "منذ حوالى ثلاثة أيام", "2024-03-10"),
    ("غادر السفير قبل زهاء أسبوعين.", "قبل زهاء أسبوعين", "2024-02-28"),
    ("سيعود الوزير بعد نحو أسبوعين.", "بعد نحو أسبوعين", "2024-03-27"),
    ("بدأت الأشغال منذ قرابة الشهر.", "منذ قرابة الشهر", "2024-02"),  # the unit with the article after the word
    ("قبل نحو العام", "قبل نحو العام", "2023"),
])
def test_ar_an_approximate_count_is_the_same_offset(text, phrase, value):
    assert _got(text, "ar") == [(phrase, value, None)]


def test_ar_an_approximate_count_before_an_event_is_no_date():
    assert _got("وصل قبل نحو أسبوع من الانتخابات.", "ar") == []


@pytest.mark.parametrize("text", [
    # N units مضت after a span word: over the past N units, no date
    "خلال عشر سنوات مضت تضاعف عدد السكان.", "على مدى خمس سنوات مضت ارتفعت الأسعار.",
    "طوال ثلاثة أشهر مضت لم تمطر.", "عمل في الشركة لمدة سنتين مضت.",
])
def test_arabic_units_madat_over_a_span_is_no_date(text):
    assert _got(text, "ar") == []


@pytest.mark.parametrize("text", [
    # ماه/هفته/سال دیگر is "another month" as often as "next month": not before هم, not in a past sentence
    "او گفت دانشجویان ماه دیگر هم اعتراض کردند.", "یک هفته دیگر هم گذشت.", "سال دیگر را در زندان گذراند.",
    "کارگران هفته دیگر هم تجمع کردند.",
])
def test_persian_another_period_is_no_date(text):
    assert _got(text, "fa") == []


@pytest.mark.parametrize("text,phrase", [
    ("ماه دیگر", "ماه دیگر"), ("وزیر ماه دیگر به تهران سفر خواهد کرد.", "ماه دیگر"),
])
def test_persian_next_period_with_a_future_cue(text, phrase):
    assert [t for t, _v, _e in _got(text, "fa")] == [phrase]


@pytest.mark.parametrize("text,phrase,value", [
    ("آخر يوم في السنة", "آخر يوم في السنة", "2024-12-31"), ("آخر يوم في العام", "آخر يوم في العام", "2024-12-31"),
    ("أول يوم من العام المقبل", "أول يوم من العام المقبل", "2025-01-01"),
    ("آخر يوم من السنة الماضية", "آخر يوم من السنة الماضية", "2023-12-31"),
    ("سيغادر الوزير في آخر يوم من هذا العام.", "آخر يوم من هذا العام", "2024-12-31"),
])
def test_ar_first_and_last_day_of_a_year(text, phrase, value):
    assert _got(text, "ar") == [(phrase, value, None)]


@pytest.mark.parametrize("text", ["وصل في آخر يوم في السنة الدراسية.", "كان آخر يوم في السنة حافلا."])
def test_ar_last_day_of_a_bare_year_in_a_sentence_is_no_date(text):
    assert _got(text, "ar") == []  # the school year; bare السنة in running text is the story's
