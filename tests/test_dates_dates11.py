"""Round dates11 (issue 11): general date rules found on the dates11 dev rows and the known gaps of the issue, each
tested on a sentence composed here."""

import pytest

from bilat.stages.dates import find_dates


def _got(text, lang, pub=None):
    return [(d.text, d.value, d.end_value) for d in find_dates(text, lang, pub)]


def _value(text, lang, target, pub=None):
    return [(v, e) for t, v, e in _got(text, lang, pub) if t == target]


def test_zh_day_takes_the_year_of_the_sentence_before():
    # a sentence naming no year: its day is of the last year the sentence before states (no publication date)
    assert _value("2019年5月1日,新厂正式投产。公告称,6月3日将召开股东大会。", "zh", "6月3日") == [("2019-06-03", None)]
    # with no year anywhere before it the day stays partial
    assert _value("新厂正式投产。公告称,6月3日将召开股东大会。", "zh", "6月3日") == [("--06-03", None)]


def test_zh_story_year_opening_the_sentence_before_beats_publication():
    # "2010年,...。9月1日,...": a sentence opening with its year sets the story's time for a day opening the next one
    assert _value("2010年,他还在县城读高中。9月1日,他第一次走进大学校园。", "zh", "9月1日", "2024-03-01") == [
        ("2010-09-01", None)]
    # a year inside the sentence before (not opening it) leaves the day to publication
    assert _value("这家公司成立于2010年。9月1日,它发布了新产品。", "zh", "9月1日", "2024-03-01") != [("2010-09-01", None)]


def test_ru_day_after_a_year_sentence_stays_partial_without_then():
    # the sentence-before year is read for Chinese only; Russian keeps "Тогда" (then_re) as its cue
    assert _value("В 2018 году завод закрылся. Простой длился до 9 апреля.", "ru", "9 апреля") == [("--04-09", None)]


def test_year_in_the_dates_own_clause_wins_over_a_nearer_one_past_a_comma():
    # "2012年的大会在3月5日举行,2015年的则在4月9日": 3月5日 is of 2012, though 2015年 stands as near after the comma
    assert _value("2012年的大会在3月5日举行,2015年的大会则在4月9日举行。", "zh", "3月5日") == [("2012-03-05", None)]
    assert _value("2012年的大会在3月5日举行,2015年的大会则在4月9日举行。", "zh", "4月9日") == [("2015-04-09", None)]


def test_fa_until_tomorrow_is_tomorrow_but_until_today_is_no_day():
    # "تا فردا" (until tomorrow) names the deadline day; "تا امروز" (so far) names none
    assert _got("مهلت ثبت نام تا فردا تمدید شد.", "fa", "2024-05-01") == [("فردا", "2024-05-02", None)]
    assert _got("مهلت تا پس‌فردا است.", "fa", "2024-05-01") == [("پس\u200cفردا", "2024-05-03", None)]
    assert _got("تا امروز ده نفر ثبت نام کرده‌اند.", "fa", "2024-05-01") == []


def test_ar_adjourned_until_tomorrow():
    # "إلى الغد", "إلى غدٍ": adjourned until tomorrow names tomorrow; "حتى اليوم" (so far) names no day
    assert _got("قررت المحكمة تأجيل الجلسة إلى يوم الغد.", "ar", "2024-05-01") == [("يوم الغد", "2024-05-02", None)]
    assert _got("أجل القاضي النظر في القضية إلى غدٍ.", "ar", "2024-05-01") == [("غدٍ", "2024-05-02", None)]
    assert _got("لم يصل الرد حتى اليوم.", "ar", "2024-05-01") == []


def test_zh_lunar_day_of_a_named_year():
    # "今年九月初九": the lunar 9/9 of publication's lunar year, not the Gregorian month "今年九月" (the known gap)
    assert _got("今年九月初九,村里为老人举办重阳宴。", "zh", "2023-09-01") == [("今年九月初九", "2023-10-23", None)]
    assert _got("今年九月初九,村里为老人举办重阳宴。", "zh", "2025-03-01") == [("今年九月初九", "2025-10-29", None)]
    assert _got("今年九月初九,村里为老人举办重阳宴。", "zh") == []
    assert _got("今年九月,村里修了路。", "zh", "2023-11-01") == [("今年九月", "2023-09", None)]


def test_weekday_written_with_a_day_picks_its_year():
    # "пятницу, 5 ноября" read in October 2020: 5 November 2020 is a Thursday, 2021's a Friday
    assert _value("Выходной перенесут на пятницу, 5 ноября.", "ru", "5 ноября", "2020-10-16") == [("2021-11-05", None)]
    assert _value("The vote moves to Friday, November 5.", "en", "November 5", "2020-10-16") == [("2021-11-05", None)]
    # the nearest year keeps the day when its weekday fits
    assert _value("The vote moves to Thursday, November 5.", "en", "November 5", "2020-10-16") == [("2020-11-05", None)]


def test_birth_year_is_no_year_of_the_sentences_dates():
    assert _value("Ngày 6/1, công an bắt giữ đối tượng Nguyễn Văn A, sinh năm 1972, trú tại xã B.", "vi", "6/1") == [
        ("--01-06", None)]
    assert _value("On 6 May police arrested a man born in 1972 at his home.", "en", "6 May") == [("--05-06", None)]
    assert _value("5月6日,警方抓获1972年出生的张某。", "zh", "5月6日") == [("--05-06", None)]
    # a year that is no birth year still gives the day its year
    assert _value("Ngày 6/1/2020, công an bắt giữ đối tượng.", "vi", "6/1/2020") == [("2020-01-06", None)]


def test_zh_minguo_date_in_figures():
    assert _got("113.05.09(四)新北市政府新聞行程", "zh") == [("113.05.09", "2024-05-09", None)]
    assert _got("公告日期:112/10/03", "zh") == [("112/10/03", "2023-10-03", None)]
    assert _got("請更新至版本 1.10.3", "zh") == []
    assert _got("伺服器位址 110.12.03.4", "zh") == []


def test_vi_lunar_year_named_without_figures():
    assert _got("Với năm Nhâm Thìn thắng lợi, làng đón xuân mới.", "vi", "2013-02-24") == [("năm Nhâm Thìn", "2012", None)]
    assert _got("Với năm Nhâm Thìn thắng lợi, làng đón xuân mới.", "vi") == []


def test_ar_friday_sermon_of_next_friday_is_a_date():
    # "خطبة الجمعة" (the Friday sermon) names no day; "خطبة الجمعة القادمة" names next Friday
    assert _got("حددت الوزارة موضوع خطبة الجمعة القادمة.", "ar", "2021-12-30") == [("الجمعة القادمة", "2021-12-31", None)]
    assert _got("ألقى الإمام خطبة الجمعة في المسجد.", "ar", "2021-12-30") == []


def test_fa_every_year_sentence_names_no_day():
    assert _got("هرساله برداشت گندم از اوایل فروردین ماه آغاز می‌شود.", "fa", "2024-05-01") == []
    assert _got("برداشت گندم از اوایل فروردین ماه آغاز شد.", "fa", "2024-05-01") != []


def test_ru_ordinal_weekday_of_a_month_is_no_day():
    assert _got("Обычно праздник проходил в последнее воскресенье августа.", "ru", "2011-08-26") == []
    assert _got("Праздник прошел в воскресенье.", "ru", "2011-08-26") == [("в воскресенье", "2011-08-21", None)]


def test_day_word_before_its_written_date_takes_the_date():
    # "صباح اليوم الثلاثاء 20 سبتمبر" posted on the 21st: the written date is the day
    assert _got("عقد المجلس اجتماعه صباح اليوم الثلاثاء 20 سبتمبر.", "ar", "2016-09-21") == [
        ("صباح اليوم", "2016-09-20", None), ("20 سبتمبر", "2016-09-20", None)]
    assert _got("Hôm nay, 20/9, trường khai giảng.", "vi", "2016-09-21") == [
        ("Hôm nay", "2016-09-20", None), ("20/9", "2016-09-20", None)]


def test_th_first_half_of_a_year_and_abbreviation_full_stops():
    assert _got("ผลประกอบการครึ่งปีแรก 2567 เพิ่มขึ้น", "th") == [("2567", "2024", None)]
    # Thai ends no sentence with a full stop: "ปตท." and "ส.ค." leave the year of the sentence to the date
    assert _value("เมื่อวันที่ 9 ส.ค. บริษัท ปตท. จำกัด แจ้งผลการดำเนินงานปี 2567", "th", "วันที่ 9 ส.ค.") == [
        ("2024-08-09", None)]


@pytest.mark.parametrize("text, lang, pub, want", [
    ("Tối nay, 12/7, lãnh đạo hai nước sẽ gặp", "vi", None, [("12/7", "--07-12")]),
    ("Tối nay, 12/7, lãnh đạo hai nước sẽ gặp", "vi", "2023-07-13", [("Tối nay", "2023-07-12"), ("12/7", "2023-07-12")]),
    ("وصل الوفد مساء اليوم 14 أغسطس إلى", "ar", None, [("14 أغسطس", "--08-14")]),
])
def test_day_word_before_its_date_without_publication(text, lang, pub, want):
    """A day word takes the written date after it only beside a publication date; without one the written date is the one
    record (a day word alone names no day), not two copies of it."""
    assert [(d.text, d.value) for d in find_dates(text, lang, pub)] == want
