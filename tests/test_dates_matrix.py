"""A matrix of date concepts x languages (issue 11): each cell an expression said alone, resolved against Tuesday
2013-02-12, and the running-text cases where the same words name no day (docs/dates_and_figures.md)."""

import pytest

from bilat.stages.dates import find_dates

PUB = "2013-02-12"


def _got(text, lang, pub=PUB):
    return [(d.text, d.value) for d in find_dates(text, lang, pub)]


@pytest.mark.parametrize("lang,text,value", [
    # holidays said alone: the coming one, or that of the year written with it
    ("en", "Christmas", "2013-12-25"),
    ("en", "Christmas 2014", "2014-12-25"),
    ("en", "New Year's Eve", "2013-12-31"),
    ("en", "New Year’s Day", "2014-01-01"),
    ("en", "Valentine's Day", "2013-02-14"),
    ("en", "International Women's Day", "2013-03-08"),
    ("en", "Labour Day", "2013-05-01"),
    ("en", "Chinese New Year", "2013-02-10"),  # a Chinese-calendar day
    ("en", "Eid al-Fitr", "2013-08-08"),  # a Lunar Hijri day (Umm al-Qura)
    ("ru", "Рождество", "2014-01-07"),  # the Orthodox Christmas, the coming one
    ("ru", "Новый год", "2014-01-01"),
    ("ru", "День Победы 2014 года", "2014-05-09"),
    ("ru", "День святого Валентина", "2013-02-14"),
    ("ru", "Первомай", "2013-05-01"),
    ("ru", "Ураза-байрам", "2013-08-08"),
    ("ar", "عيد الميلاد", "2013-12-25"),
    ("ar", "عيد الميلاد المجيد 2014", "2014-12-25"),
    ("ar", "رأس السنة", "2014-01-01"),
    ("ar", "ليلة رأس السنة", "2013-12-31"),
    ("ar", "عيد الحب", "2013-02-14"),
    ("ar", "عيد الأم", "2013-03-21"),
    ("ar", "عيد العمال", "2013-05-01"),
    ("ar", "يوم المرأة العالمي", "2013-03-08"),
    ("fa", "نوروز", "2013-03-21"),  # 1 Farvardin, a Solar day
    ("fa", "نوروز ۱۳۹۳", "2014-03-21"),
    ("fa", "روز پیروزی انقلاب", "2014-02-11"),  # 22 Bahman 1391 is past: the coming one
    ("fa", "عید فطر", "2013-08-08"),
    ("fa", "کریسمس", "2013-12-25"),
    ("fa", "روز ولنتاین", "2013-02-14"),
    ("vi", "Tết Nguyên đán 2025", "2025-01-29"),  # unchanged
    ("th", "วันแม่ 2567", "2024-08-12"),  # unchanged
])
def test_holiday_alone(lang, text, value):
    assert [v for _, v in _got(text, lang)] == [value]


@pytest.mark.parametrize("lang,text", [
    ("ar", "احتفل الرئيس بعيد الميلاد مع أسرته."),  # a birthday as much as Christmas
    ("ar", "تهنئة بمناسبة عيد الحب"),
    ("en", "Christmas sales rose 5%."),
    ("ru", "Мы отмечали Новый год дома."),
    ("fa", "او در نوروز به سفر رفت."),
])
def test_holiday_in_running_text_is_no_date(lang, text):
    assert _got(text, lang) == []


@pytest.mark.parametrize("lang,text,value", [
    ("ar", "15/2", "2013-02-15"),
    ("ar", "١٥/٢", "2013-02-15"),
    ("vi", "15/3", "2013-03-15"),
    ("vi", "3/4", "2013-04-03"),  # day first
    ("th", "15/2", "2013-02-15"),
    ("ru", "15.02", "2013-02-15"),
    ("en", "3/4", "2013-03-04"),  # month first
    ("en", "15/3", "2013-03-15"),  # the one order that makes a date
    ("zh", "2/15", "2013-02-15"),
    ("fa", "۱۵/۲", "2012-05-04"),  # a Solar day/month: 15 Ordibehesht of publication's Solar year (1391)
])
def test_day_month_numbers_alone(lang, text, value):
    assert [v for _, v in _got(text, lang)] == [value]


@pytest.mark.parametrize("lang,text", [
    ("ar", "صدر القانون 15/2 أمس"),  # a law's number
    ("en", "The vote was 15/2."),
    ("en", "3.5"),  # a decimal
    ("ru", "3.5"),
    ("ar", "31/2"),  # no such day
])
def test_number_pair_that_is_no_date(lang, text):
    assert not [t for t, _ in _got(text, lang) if "/" in t or "." in t]


@pytest.mark.parametrize("lang,text,value,end", [
    ("vi", "tháng ba", "2013-03", None),  # a month in lower-case words, said alone
    ("vi", "tháng mười một", "2013-11", None),
    ("th", "มี.ค.", "2013-03", None),  # an abbreviated month alone
    ("th", "ม.ค.", "2013-01", None),  # alone: publication's year
    ("th", "เดือน 3", "2013-03", None),
    ("th", "เดือน12", "2013-12", None),
    ("ru", "позапрошлый год", "2011", None),
    ("ru", "позапрошлая неделя", "2013-01-28", "2013-02-03"),
    ("ru", "прошлый месяц", "2013-01", None),
    ("ru", "этим вечером", "2013-02-12", None),
    ("en", "next quarter", "2013-04", "2013-06"),  # a calendar quarter from publication's
    ("en", "this quarter", "2013-01", "2013-03"),
    ("ru", "в прошлом квартале", "2012-10", "2012-12"),
    ("zh", "下季度", "2013-04", "2013-06"),
    ("vi", "quý tới", "2013-04", "2013-06"),
    ("th", "ไตรมาสหน้า", "2013-04", "2013-06"),
    ("ar", "الربع المقبل", "2013-04", "2013-06"),
    ("fa", "سه ماهه آینده", "2013-04", "2013-06"),
])
def test_month_and_period_alone(lang, text, value, end):
    assert [(d.value, d.end_value) for d in find_dates(text, lang, PUB)] == [(value, end)]


@pytest.mark.parametrize("lang,text,phrase,value", [
    ("zh", "上季度GDP增长7%。", "上季度", "2012-10"),
    ("vi", "Doanh thu quý trước tăng mạnh.", "quý trước", "2012-10"),
    ("ru", "За прошлый год доходы выросли.", "прошлый год", "2012"),
])
def test_period_in_a_sentence(lang, text, phrase, value):
    assert (phrase, value) in _got(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("vi", "Họp trong tháng ba ngày."),  # "tháng ba ngày": lower-case ba in running text is a count
    ("th", "ราคา 3"),
    ("th", "เดือน 13"),
])
def test_month_words_that_are_no_month(lang, text):
    assert _got(text, lang) == []


@pytest.mark.parametrize("lang,text,value", [
    ("en", "Mother's Day", "2013-05-12"),  # the second Sunday of May
    ("en", "Labor Day", "2013-09-02"),  # the first Monday of September (Labour Day: 1 May)
    ("en", "Thanksgiving 2014", "2014-11-27"),
    ("ru", "День матери", "2013-11-24"),  # the last Sunday of November
    ("vi", "Ngày của Mẹ", "2013-05-12"),
    ("th", "วันเด็ก", "2014-01-11"),  # the second Saturday of January, the coming one
    ("th", "วันตรุษจีน", "2013-02-10"),  # the Chinese New Year
    ("th", "ตรุษจีน 2557", "2014-01-31"),
    ("th", "วันสตรีสากล", "2013-03-08"),
])
def test_computed_holiday_alone(lang, text, value):
    assert [v for _, v in _got(text, lang)] == [value]


@pytest.mark.parametrize("lang,text,phrase,value,end", [
    ("vi", "quý 2", "quý 2", "2013-04", "2013-06"),  # alone: publication's year
    ("en", "Q3", "Q3", "2013-07", "2013-09"),
    ("en", "the second quarter", "the second quarter", "2013-04", "2013-06"),
    ("ar", "الربع الثاني", "الربع الثاني", "2013-04", "2013-06"),
    ("ru", "второй квартал", "второй квартал", "2013-04", "2013-06"),
    ("th", "ไตรมาส 2", "ไตรมาส 2", "2013-04", "2013-06"),
    ("ru", "первый квартал 2013 года", "первый квартал 2013 года", "2013-01", "2013-03"),  # with its year
    ("ru", "Продажи выросли в первом квартале 2014 года.", "первом квартале 2014 года", "2014-01", "2014-03"),
    ("th", "ไตรมาสแรกของปี 2556", "ไตรมาสแรกของปี 2556", "2013-01", "2013-03"),  # a Buddhist-era year
    ("th", "ไตรมาส 2/2556", "ไตรมาส 2/2556", "2013-04", "2013-06"),
])
def test_quarter(lang, text, phrase, value, end):
    assert [(d.text, d.value, d.end_value) for d in find_dates(text, lang, PUB)] == [(phrase, value, end)]


@pytest.mark.parametrize("lang,text", [
    ("vi", "Doanh thu quý 2 tăng mạnh."),  # no year said: which year's quarter 2 is not ours to guess
    ("ru", "Во втором квартале продажи выросли."),
])
def test_quarter_without_year_in_a_sentence(lang, text):
    assert _got(text, lang) == []


@pytest.mark.parametrize("lang,text,phrase,value", [
    # a weekday with only a time of day is still said alone: the coming one (data/dates.json time_of_day_re)
    ("zh", "周五下午", "周五", "2013-02-15"),
    ("ar", "الساعة 3 عصرا يوم الخميس", "يوم الخميس", "2013-02-14"),
    ("th", "คืนวันศุกร์", "วันศุกร์", "2013-02-15"),
    ("vi", "15/3 lúc 9h", "15/3", "2013-03-15"),  # a day/month pair with a clock time
    ("ar", "15/2 الساعة 3", "15/2", "2013-02-15"),
    # the date of a day word still comes out with its time attached
    ("zh", "明天下午3点", None, "2013-02-13"),
    ("ar", "غدا الساعة 3", None, "2013-02-13"),
    ("vi", "3 giờ chiều mai", None, "2013-02-13"),
    ("fa", "فردا ساعت ۱۰", None, "2013-02-13"),
    ("en", "tomorrow at 3 pm", None, "2013-02-13"),
])
def test_day_with_a_time_of_day(lang, text, phrase, value):
    got = _got(text, lang)
    assert [v for _, v in got] == [value]
    assert phrase is None or got[0][0] == phrase


@pytest.mark.parametrize("lang,text", [
    ("zh", "他周五下午到达北京。"),  # in a sentence a bare weekday keeps the news reading (the latest one)
    ("ar", "وصل الوزير يوم الخميس الساعة 3 عصرا."),
])
def test_weekday_with_time_in_a_sentence_is_the_past_one(lang, text):
    assert [v for _, v in _got(text, lang)] in (["2013-02-08"], ["2013-02-07"])


@pytest.mark.parametrize("text,value,end", [
    # colloquial Arabic (Levantine, Gulf, Egyptian): اللي before قبل/بعد, فات for the one gone by, هذي/هاي/هال for this
    ("هذي السنة", "2013", None),
    ("هاي السنة", "2013", None),
    ("السنة اللي بعد الجاي", "2015", None),
    ("السنة اللي قبل الماضية", "2011", None),
    ("العام اللي فات", "2012", None),
    ("الشهر اللي بعد الجاي", "2013-04", None),
    ("الاسبوع اللي قبل الماضي", "2013-01-27", "2013-02-02"),  # weeks from Sunday
    ("مبارح", "2013-02-11", None),
    ("قبل امبارح", "2013-02-10", None),
    ("بعد بكرة", "2013-02-14", None),
    ("الخميس اللي بعد الجاي", "2013-02-21", None),
    ("الخميس اللي قبل الماضي", "2013-01-31", None),
    ("الجمعة اللي فاتت", "2013-02-08", None),
    ("ثلاثاء", "2013-02-12", None),  # a weekday without its article, alone: the coming one, today included
    ("يوم خميس", "2013-02-14", None),
    ("شهر تسعة", "2013-09", None),  # a month by its number in words, alone
    ("شهر حدعشر", "2013-11", None),
])
def test_ar_colloquial_alone(text, value, end):
    assert [(d.value, d.end_value) for d in find_dates(text, "ar", PUB)] == [(value, end)]


@pytest.mark.parametrize("text", ["جاء احد الطلاب", "سافر لمدة شهر واحد"])
def test_ar_bare_words_in_running_text(text):
    assert _got(text, "ar") == []


@pytest.mark.parametrize("text,value,end", [
    ("上半年", "2013-01", "2013-06"),  # a half with no year, said alone: publication's year's
    ("下半年", "2013-07", "2013-12"),
    ("3.15", "2013-03-15", None),  # a month.day alone
    ("元旦节", "2014-01-01", None),
])
def test_zh_alone(text, value, end):
    assert [(d.value, d.end_value) for d in find_dates(text, "zh", PUB)] == [(value, end)]


def test_zh_half_without_year_in_a_sentence():
    assert _got("上半年经济增长7%。", "zh") == []


@pytest.mark.parametrize("lang,text,value", [
    # the day noun before a date said alone leaves it alone: the coming day, as without it
    ("vi", "ngày 2/9", "2013-09-02"),
    ("vi", "ngày 1 tháng 1", "2013-01-01"),  # alone: publication's year
    ("ar", "يوم 15 يناير", "2013-01-15"),
    ("fa", "روز ۱۵ دی", "2013-01-04"),  # 15 Dey 1391
    ("th", "วันที่ 15 ม.ค.", "2013-01-15"),
    ("vi", "Tết", "2013-02-10"),  # Tết alone: the lunar New Year of publication's lunar year
    ("vi", "Tết 2014", "2014-01-31"),
    ("fa", "یه ماه پیش", "2013-01"),  # colloquial یه (one)
    ("fa", "پری روز", "2013-02-10"),
    ("fa", "پانزده روز پیش", "2013-01-28"),
])
def test_more_alone_forms(lang, text, value):
    assert [v for _, v in _got(text, lang)] == [value]


@pytest.mark.parametrize("lang,text,value", [
    ("vi", "Ngày 2/9, ông đến Hà Nội.", "2012-09-02"),  # in a sentence: the news reading (the latest one)
    ("vi", "Mua quà Tết cho gia đình.", None),
])
def test_day_noun_in_a_sentence(lang, text, value):
    assert [v for _, v in _got(text, lang)] == ([value] if value else [])


@pytest.mark.parametrize("text,value,end", [
    ("15/01/57", "2014-01-15", None),  # a two-digit Buddhist-era year
    ("ครึ่งปีแรก", "2013-01", "2013-06"),  # a half alone: publication's year's
    ("ครึ่งปีหลัง", "2013-07", "2013-12"),
    ("อาทิตย์ก่อน", "2013-02-04", "2013-02-10"),  # อาทิตย์ (week) without วัน: last week
    ("วันครู", "2014-01-16", None),
])
def test_th_alone(text, value, end):
    assert [(d.value, d.end_value) for d in find_dates(text, "th", PUB)] == [(value, end)]


@pytest.mark.parametrize("text,phrase,value", [
    ("ประชุมเมื่อ 15/01/57 ที่ผ่านมา", "15/01/57", "2014-01-15"),
    ("ผลประกอบการครึ่งปีแรก 2567 เพิ่มขึ้น", "2567", "2024"),  # with a year the year is the date
    ("พบกันวันอาทิตย์ก่อน", "วันอาทิตย์", "2013-02-10"),  # with วัน it is Sunday
])
def test_th_in_a_sentence(text, phrase, value):
    assert _got(text, "th") == [(phrase, value)]


@pytest.mark.parametrize("text,pub,value", [
    ("đêm giao thừa", PUB, "2013-02-09"),  # the eve of publication's lunar year, as zh 除夕
    ("giao thừa", "2013-01-20", "2013-02-09"),
])
def test_vi_lunar_new_year_eve_alone(text, pub, value):
    assert [v for _, v in _got(text, "vi", pub)] == [value]
    assert _got("Đêm giao thừa, cả nhà quây quần.", "vi") == []


@pytest.mark.parametrize("text,value", [
    ("the Tuesday before last", "2013-01-29"),  # the Tuesday before the latest one (Tuesday 2013-02-05)
    ("Friday before last", "2013-02-01"),
    ("Tuesday after next", "2013-02-26"),
    ("New Year", "2014-01-01"),
    ("Xmas", "2013-12-25"),
])
def test_en_alone(text, value):
    assert [v for _, v in _got(text, "en")] == [value]


def test_en_weekday_before_last_in_a_sentence():
    assert _got("We met the Friday before last.", "en") == [("Friday before last", "2013-02-01")]


def test_en_before_last_that_begins_another_phrase():
    got = _got("He spoke on Friday before last year's election.", "en")
    assert ("on Friday", "2013-02-08") in got and ("last year", "2012") in got


def test_fa_three_months_in_running_text_is_a_span():
    # "سه ماهه گذشته" alone is the previous quarter; in a sentence it is as often "the past three months"
    assert _got("قیمت‌ها در سه ماهه گذشته افزایش یافت", "fa") == []
