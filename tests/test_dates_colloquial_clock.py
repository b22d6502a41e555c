"""Issue 11, dates (5 December 2026): Arabic colloquial relative forms, hours and minutes ago, th/vi day numbers in
words, zh month and day in Chinese numerals with no 日, Gulf national days named alone, and a month or day said alone
read in publication's year. Sentences composed for these tests; near-misses that are no date beside each form."""

from __future__ import annotations

import pytest

from bilat.stages.dates import find_dates

PUB = "2019-05-15"  # a Wednesday; Solar 1398-02-25


def _got(text, lang, pub=PUB):
    return [(d.text, d.value, d.end_value) for d in find_dates(text, lang, pub)]


# --- Arabic colloquial: a period or weekday with a relative clause, and من + count ----------------------------------

@pytest.mark.parametrize("text,phrase,value,end", [
    ("راح نسافر الأسبوع اللي جاي إن شاء الله", "الأسبوع اللي جاي", "2019-05-19", "2019-05-25"),
    ("الامتحانات الشهر اللي جاي", "الشهر اللي جاي", "2019-06", None),
    ("السنة اللي جاية حنفتح فرع جديد", "السنة اللي جاية", "2020", None),
    ("اتقابلنا الخميس اللي فات", "الخميس اللي فات", "2019-05-09", None),
    ("الاجتماع يوم الأحد اللي جاي", "يوم الأحد اللي جاي", "2019-05-19", None),
    ("الأسعار ارتفعت الشهر يلي فات", "الشهر يلي فات", "2019-04", None),
])
def test_ar_relative_clause_periods(text, phrase, value, end):
    assert (phrase, value, end) in _got(text, "ar")


@pytest.mark.parametrize("text,phrase,value", [
    ("وصل أخوي من يومين.", "من يومين", "2019-05-13"),
    ("من تلات أيام", "من تلات أيام", "2019-05-12"),
    ("من أسبوع كان هنا", "من أسبوع", "2019-05-08"),
    ("اشتريت العربية من سنتين", "من سنتين", "2017"),
])
def test_ar_colloquial_from_count_is_ago(text, phrase, value):
    assert (phrase, value, None) in _got(text, "ar")


@pytest.mark.parametrize("text", [
    "استمرت المفاوضات أكثر من يومين",  # more than two days: a span
    "وصلت الشحنة بعد أقل من أسبوع",
    "سيمتد المهرجان من يومين إلى ثلاثة أيام",  # a range of durations
    "في آخر يوم من أسبوع المرور نظمت الشرطة حملة",  # partitive: the last day of a week (of traffic)
    "ارتفع عدد الزوار بدلا من شهر واحد",
])
def test_ar_from_count_near_misses(text):
    assert [g for g in _got(text, "ar") if g[0].startswith("من") or "من " in g[0]] == []


# --- hours and minutes ago: publication's day ------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text,phrase", [
    ("ar", "أعلنت الوزارة قبل ساعتين عن إغلاق المعبر", "قبل ساعتين"),
    ("ar", "وقع الانفجار منذ 20 دقيقة", "منذ 20 دقيقة"),
    ("ar", "خرج من البيت من ساعة.", "من ساعة"),
    ("fa", "این خبر ۳ ساعت پیش منتشر شد", "۳ ساعت پیش"),
    ("fa", "دقایقی پیش وزیر خارجه وارد شد", "دقایقی پیش"),
    ("th", "เกิดเหตุเมื่อ 2 ชั่วโมงที่แล้ว", "2 ชั่วโมงที่แล้ว"),
    ("th", "ประกาศเมื่อ 45 นาทีก่อน ที่ทำเนียบ", "45 นาทีก่อน"),
    ("vi", "Vụ việc xảy ra 3 giờ trước tại cảng", "3 giờ trước"),
    ("vi", "Bộ đã thông báo cách đây 30 phút", "cách đây 30 phút"),
    ("zh", "外交部两小时前发表声明", "两小时前"),
    ("zh", "地震发生在20分钟前", "20分钟前"),
    ("ru", "Заявление появилось 2 часа назад", "2 часа назад"),
    ("ru", "Министр прибыл час назад", "час назад"),
    ("en", "The statement came out two hours ago", "two hours ago"),
    ("en", "The minister landed about an hour ago", "about an hour ago"),
])
def test_hours_and_minutes_ago_are_publications_day(lang, text, phrase):
    assert (phrase, PUB, None) in _got(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("ar", "وصل الوفد قبل ساعتين من بدء الاجتماع"),  # two hours before the meeting: another event's time
    ("ar", "خرج الصيادون قبل ساعات الفجر"),  # before the dawn hours
    ("ar", "تستغرق الرحلة أكثر من ساعتين"),  # a duration
    ("fa", "او ۲ ساعت پیش از آغاز نشست رسید"),  # two hours before the session began
    ("vi", "Cuộc họp bắt đầu lúc 3 giờ trước khi đoàn đến"),  # a clock time
    ("zh", "第3小时前的数据"),
    ("en", "It happened 36 hours ago"),  # past a day: not publication's day, left out
    ("ru", "Это случилось 30 часов назад"),
    ("en", "The statement came out two hours ago"),  # (its value checked above) no other date
])
def test_hours_ago_near_misses(lang, text):
    got = _got(text, lang)
    assert all(v == PUB for _, v, _ in got) and len(got) <= 1
    if "36" in text or "30 час" in text or "قبل ساعات" in text or "من بدء" in text or "پیش از" in text \
            or "lúc" in text or "第3" in text or "أكثر" in text:
        assert got == []


# --- th / vi day numbers in words ------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text,phrase,value", [
    ("th", "การประชุมจะจัดขึ้นในวันที่ยี่สิบเอ็ด มิถุนายน 2562", "วันที่ยี่สิบเอ็ด มิถุนายน 2562", "2019-06-21"),
    ("th", "ครม.นัดประชุมวันที่สิบห้ามิถุนายน", "วันที่สิบห้ามิถุนายน", "2019-06-15"),
    ("vi", "Hội nghị khai mạc ngày hai mươi mốt tháng Sáu năm 2019", "ngày hai mươi mốt tháng Sáu năm 2019", "2019-06-21"),
    ("vi", "Đoàn sẽ đến vào ngày mười lăm tháng 6", "ngày mười lăm tháng 6", "2019-06-15"),
    ("vi", "mồng mười tháng Năm", "mồng mười tháng Năm", "2019-05-10"),
])
def test_th_vi_day_in_words(lang, text, phrase, value):
    assert (phrase, value, None) in _got(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("vi", "Ông bị tuyên phạt mười lăm tháng tù"),  # fifteen months in prison: a count
    ("vi", "Lễ cúng mùng năm tháng năm âm lịch"),  # a lunar day
    ("th", "ทหารสิบห้านายเดินทางถึง"),  # fifteen soldiers
])
def test_th_vi_day_in_words_near_misses(lang, text):
    assert _got(text, lang) == []


# --- zh month and day in Chinese numerals with no 日 ------------------------------------------------------------------

@pytest.mark.parametrize("text,phrase,value", [
    ("代表团三月十五抵达北京", "三月十五", "2019-03-15"),
    ("十二月二十", "十二月二十", "2019-12-20"),
    ("会议定在六月二十三召开", "六月二十三", "2019-06-23"),
])
def test_zh_month_day_in_numerals_without_ri(text, phrase, value):
    assert (phrase, value, None) in _got(text, "zh")


@pytest.mark.parametrize("text", [
    "三月十五家企业参加",  # fifteen firms in March
    "正月十五闹元宵",  # a lunar day (its own rule, no Gregorian 15 January)
    "十一月三十一",  # no such day
])
def test_zh_month_day_near_misses(text):
    assert all(not (t.startswith("三月") or t == "十一月三十一") or v != "2019-01-15" for t, v, _ in _got(text, "zh"))
    if text != "正月十五闹元宵":
        assert _got(text, "zh") == []


# --- national days named alone ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("اليوم الوطني السعودي", "2019-09-23"),
    ("العيد الوطني الإماراتي", "2019-12-02"),
    ("العيد الوطني للكويت", "2020-02-25"),  # the coming one
    ("عيد الجلاء", "2020-04-17"),
])
def test_ar_national_days_alone(text, value):
    assert _got(text, "ar") == [(text, value, None)]


def test_ar_national_day_in_running_text_is_no_date():
    assert _got("احتفل المقيمون باليوم الوطني السعودي في الحديقة", "ar") == []


# --- a month or a day and month said alone: publication's year -------------------------------------------------------

@pytest.mark.parametrize("lang,text,value,end", [
    ("ar", "فبراير", "2019-02", None),  # gone by, still publication's year
    ("ar", "شهر 2", "2019-02", None),
    ("zh", "3月", "2019-03", None),
    ("zh", "3月12号", "2019-03-12", None),
    ("en", "December", "2019-12", None),
    ("fa", "۱۰ فروردین", "2019-03-30", None),  # 10 Farvardin 1398, publication's Solar year
    ("en", "Christmas", "2019-12-25", None),  # a holiday named alone: the coming one
    ("en", "New Year's Day", "2020-01-01", None),
])
def test_said_alone_takes_publications_year(lang, text, value, end):
    assert [(v, e) for _, v, e in _got(text, lang)] == [(value, end)]


def test_in_a_sentence_the_nearest_stays():
    assert _got("February", "en", "2019-09-01") == [("February", "2019-02", None)]
    assert _got("The talks will be held in February.", "en", "2019-09-01") == [("February", "2020-02", None)]
    assert _got("The talks were held in February.", "en", "2019-09-01") == [("February", "2019-02", None)]
    assert _got("سيعقد الاجتماع في فبراير", "ar", "2019-09-01") == [("فبراير", "2020-02", None)]


def test_vi_day_count_before_a_month_word_is_no_day():
    assert all(v != "2019-03-20" for _, v, _ in _got("Dự án kéo dài hai mươi tháng Ba năm qua", "vi"))


# --- round two: colloquial Arabic month numbers and counts, ه / هاد "this", zh anaphoric day words alone --------------

@pytest.mark.parametrize("text,value", [
    ("شهر حدعشر الجاي", "2019-11"),  # the month by its number in words, with a direction
    ("شهر تلاتة الماضي", "2019-03"),
    ("آخر جمعة من شهر تمانية", "2019-08-30"),
    ("قبل حدعشر سنة", "2008"),  # colloquial teens as counts
    ("بعد خمستاشر يوم", "2019-05-30"),
    ("هالسبت", "2019-05-18"),  # ه (this) glued to the weekday
    ("هاد الخميس", "2019-05-16"),
    ("الجمعة يلي جاية", "2019-05-17"),
])
def test_ar_colloquial_round_two(text, value):
    assert [v for _, v, _ in _got(text, "ar")] == [value]


@pytest.mark.parametrize("text", [
    "سافر لمدة شهر واحد",  # one month: a count, no month
    "التقيت هالة في المكتب",  # a name beginning with ها
])
def test_ar_colloquial_round_two_near_misses(text):
    assert _got(text, "ar") == []


@pytest.mark.parametrize("text,value", [("翌日", "2019-05-16"), ("前一天", "2019-05-14"), ("隔天", "2019-05-16")])
def test_zh_anaphoric_day_words_alone(text, value):
    assert _got(text, "zh") == [(text, value, None)]


def test_zh_anaphoric_day_words_in_running_text_are_no_date():
    assert _got("代表团抵达后第二天就离开了", "zh") == []
    assert _got("会议前一天双方通了电话", "zh") == []


@pytest.mark.parametrize("lang,text,value", [
    ("vi", "Dự án khởi công nửa tháng trước", "2019-04-30"),  # half a month ago: 15 days, as zh 半个月前
    ("vi", "nửa năm trước", "2018-11"),
    ("th", "โครงการเริ่มเมื่อครึ่งเดือนก่อน", "2019-04-30"),
    ("th", "ครึ่งปีที่แล้ว", "2018-11"),
])
def test_half_a_month_or_year_ago(lang, text, value):
    assert [v for _, v, _ in _got(text, lang)] == [value]


def test_half_a_month_before_an_event_is_no_date():
    assert _got("nửa tháng trước khi bầu cử", "vi") == []


@pytest.mark.parametrize("text,value", [("nineteen twenty eight", "1928"), ("twenty nineteen", "2019"),
                                        ("nineteen ninety-nine", "1999")])
def test_en_spoken_year_alone(text, value):
    assert _got(text, "en") == [(text, value, None)]


@pytest.mark.parametrize("text", ["two thousand and eighteen", "nineteen twenty eight people",
                                  "Sales fell from the previous year."])
def test_en_spoken_year_and_previous_period_near_misses(text):
    assert _got(text, "en") == []  # a figure; a count; the year before another one (in running text)


@pytest.mark.parametrize("text,value,end", [("the previous month", "2019-04", None), ("previous year", "2018", None),
                                            ("the following week", "2019-05-20", "2019-05-26")])
def test_en_previous_following_period_alone(text, value, end):
    assert _got(text, "en") == [(text, value, end)]


@pytest.mark.parametrize("text,phrase,value", [
    ("در سال ۱۳۹۰ نشست در ۱۰ دی برگزار شد", "۱۰ دی", "2011-12-31"),  # the sentence's Solar year, not 1403's day
    ("در سال ۱۳۹۵ نشست در ۱۵ خرداد برگزار شد", "۱۵ خرداد", "2016-06-04"),
])
def test_fa_solar_day_takes_the_sentences_solar_year_without_publication(text, phrase, value):
    assert (phrase, value, None) in [(d.text, d.value, d.end_value) for d in find_dates(text, "fa", None)]


def test_fa_solar_day_without_any_year_stays_partial():
    assert [(d.value, d.resolution) for d in find_dates("نشست در ۱۵ خرداد برگزار شد", "fa", None)] == [("--06-05", "partial")]  # 15 Khordad in most years


@pytest.mark.parametrize("text,phrase,value,end", [
    ("Переговоры прошли в конце прошлой недели", "конце прошлой недели", "2019-05-06", "2019-05-12"),
    ("Решение примут до конца этой недели", "конца этой недели", "2019-05-13", "2019-05-19"),
    ("Визит намечен на середину следующей недели", "середину следующей недели", "2019-05-20", "2019-05-26"),
])
def test_ru_part_of_a_feminine_week(text, phrase, value, end):
    assert (phrase, value, end) in _got(text, "ru")


@pytest.mark.parametrize("text,value", [
    ("الخميس في العاشر", "2019-01-10"),  # a Thursday the 10th: the nearest month whose 10th is a Thursday
    ("السبت في الخامس عشر", "2019-06-15"),
])
def test_ar_weekday_fi_masculine_ordinal_day(text, value):
    assert _got(text, "ar") == [(text, value, None)]


def test_ar_weekday_fi_ordinal_before_a_noun_is_no_day():
    assert all(v != "2019-06-02" for _, v, _ in _got("فاز الفريق الخميس في الثاني من الدوري", "ar"))


@pytest.mark.parametrize("text,phrase,value", [
    ("الدفعة اول الشهر الجاي", "اول الشهر الجاي", "2019-06"),  # was publication's month: the part rule stopped at الشهر
    ("بنسافر نص الشهر الجاي", "نص الشهر الجاي", "2019-06"),
    ("انتهى المشروع نهاية السنة الماضية", "نهاية السنة الماضية", "2018"),
    ("الموعد العاشر من الشهر الجاي", "العاشر من الشهر الجاي", "2019-06-10"),
    ("الموعد 5 الشهر الجاي", "5 الشهر الجاي", "2019-06-05"),
    ("بكرا الصبح", "بكرا", "2019-05-16"),  # a time of day after a day word
    ("اليوم العصر", "اليوم", "2019-05-15"),
])
def test_ar_dialect_directions_and_times(text, phrase, value):
    assert (phrase, value, None) in _got(text, "ar")


@pytest.mark.parametrize("text", ["نص الكمية وصلت", "احتفلوا باليوم الوطني"])
def test_ar_dialect_near_misses(text):
    assert _got(text, "ar") == []


@pytest.mark.parametrize("text,value,end", [
    ("دو روز دیگه", "2019-05-17", None),  # colloquial دیگه for دیگر
    ("سه هفته دیگه", "2019-06-05", None),
    ("هفته دیگه", "2019-05-18", "2019-05-24"),
    ("سال دیگه", "2020", None),
    ("یه هفته پیش", "2019-05-08", None),  # یه (one): a counted week, seven days back, not last week
    ("همین ماه", "2019-05", None),
])
def test_fa_colloquial(text, value, end):
    assert _got(text, "fa") == [(text, value, end)]


@pytest.mark.parametrize("text", ["چند روز دیگه", "جمعه دیگر تعطیل نیست"])
def test_fa_colloquial_near_misses(text):
    assert all(v not in ("2019-05-17", "2019-05-24") for _, v, _ in _got(text, "fa"))
