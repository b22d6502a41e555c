"""Round dates9 (issue 11): general date rules found on the dates9 dev rows, each tested on a sentence composed here."""

from bilat.stages.dates import find_dates


def _got(text, lang, pub=None):
    return [(d.text, d.value, d.end_value) for d in find_dates(text, lang, pub)]


def test_two_calendars_side_by_side_are_no_range():
    # "۱۲ دی ۱۳۹۰ - ۲ ژانویه ۲۰۱۲": a Solar date and the Gregorian day it falls on, joined by a dash, are two dates of one
    # day, not a range from the Solar day to a day of the twelfth Solar month
    assert _got("نوشته شده در دوشنبه ۱۲ دی ۱۳۹۰ - ۲ ژانویه ۲۰۱۲", "fa", "2012-01-02") == [
        ("۱۲ دی ۱۳۹۰", "2012-01-02", None), ("۲ ژانویه ۲۰۱۲", "2012-01-02", None)]
    # a range within one calendar still joins
    assert _got("از ۱۰ تا ۱۵ دی ۱۳۹۰ تعطیل است", "fa")[0][1:] == ("2011-12-31", "2012-01-05")


def test_fa_solar_year_month_day_blog_header():
    # "۱۳۹۰ بهمن ۵, چهارشنبه": a blog's header, the Solar year first, then a weekday or the end of the line
    assert _got("۱۳۹۰ بهمن ۵, چهارشنبه\nامروز برف آمد.", "fa") == [("۱۳۹۰ بهمن ۵", "2012-01-25", None)]
    assert _got("پست قبلی\n۱۳۸۸ مهر ۲\nسلام دوستان", "fa") == [("۱۳۸۸ مهر ۲", "2009-09-24", None)]
    # a year, a month word and a count are no date
    assert _got("در سال ۱۴۰۲ مهر ۱۰ نفر استخدام شدند", "fa") == [("۱۴۰۲", "2023", None)]


def test_gregorian_year_month_day_with_one_digit_parts():
    # "2016-3-9": a forum's post time, the month or day with one digit
    assert _got("发表于 2016-3-9 08:12:40 | 只看该作者", "zh") == [("2016-3-9", "2016-03-09", None)]
    assert _got("โพสต์เมื่อ 2019-11-5 20:01", "th") == [("2019-11-5", "2019-11-05", None)]
    assert _got("1998-2005-2010", "zh") == []


def test_numeric_date_that_is_one_only_month_first():
    # "11-30-2019": the second number cannot be a month, so the first is
    assert _got("نشر بتاريخ 11-30-2019 10:15 صباحا", "ar") == [("11-30-2019", "2019-11-30", None)]
    assert _got("نشر بتاريخ 30-11-2019", "ar") == [("30-11-2019", "2019-11-30", None)]


def test_ar_qabl_ams_is_the_day_before_yesterday():
    assert _got("التقى الوزير نظيره قبل أمس في عمّان.", "ar", "2020-06-10") == [("قبل أمس", "2020-06-08", None)]


def test_zh_taiwan_bracketed_day_without_day_word():
    # "市長(12)日表示", "在(8/20)日截止": the day, or month/day, in brackets before 日 with no 今/昨/明
    assert _got("市長林佳龍(12)日表示將加強防疫。", "zh", "2020-03-13") == [("(12)日", "2020-03-12", None)]
    assert _got("報名在(8/20)日截止。", "zh", "2021-08-25") == [("(8/20)日", "2021-08-20", None)]
    assert _got("他(3)日本人", "zh", "2021-08-25") == []


def test_zh_year_in_chinese_digits_alone():
    assert _got("一九八四年,他离开了上海。", "zh") == [("一九八四年", "1984", None)]
    assert _got("二〇〇八年奥运会在北京举行。", "zh") == [("二〇〇八年", "2008", None)]
    assert _got("一九八〇年代的音乐", "zh") == []


def test_vi_thg_abbreviation():
    assert _got("15 thg 3, 2019 Ghi chép", "vi") == [("15 thg 3, 2019", "2019-03-15", None)]


def test_vi_lunar_month_words_in_a_calendar_header():
    # "Tháng Chạp (đ), Tháng Giêng (t) – Nhâm Dần": lunar months (marked full/short, then the lunar year) are no months
    assert _got("THÁNG MỘT – 2023 Tháng Chạp (đ), Tháng Giêng (t) – Nhâm Dần", "vi") == [
        ("THÁNG MỘT – 2023", "2023-01", None)]
    assert _got("Hội chợ mở vào Tháng Chín – Quý Mão", "vi", "2023-05-02") == []
    # a capitalised month with neither is the month
    assert _got("Hội chợ mở vào Tháng Chín năm nay.", "vi", "2023-05-02") == [("Tháng Chín năm nay", "2023-09", None)]


def test_vi_a_day_of_a_kind_is_no_date():
    # "một ngày 20/10": "a 20 October" (a kind of day), not the coming 20 October
    assert _got("Chị em cần được quan tâm mỗi ngày, không chỉ một ngày 20/10.", "vi", "2022-10-01") == []
    assert _got("Buổi lễ diễn ra ngày 20/10.", "vi", "2022-10-01") == [("20/10", "2022-10-20", None)]


def test_vi_new_term_with_its_years():
    assert _got("Bầu ban chấp hành nhiệm kỳ mới 2025-2030.", "vi") == [("2025-2030", "2025", "2030")]


def test_ru_day_celebrated_every_year_is_no_date():
    # "9 декабря отмечается День Героев Отечества": a day that is celebrated (data/dates.json ru recurring_after_re)
    assert _got("9 декабря отмечается День Героев Отечества.", "ru", "2020-12-01") == []
    assert _got("1 июня ежегодно проходит праздник детства.", "ru", "2020-12-01") == []
    assert _got("9 декабря отмечается 50-летие завода.", "ru", "2020-12-01") == [("9 декабря", "2020-12-09", None)]


def test_ru_day_month_before_a_clock_time():
    assert _got("14.03, 18:30, концертный зал филармонии", "ru", "2024-03-01") == [("14.03", "2024-03-14", None)]
    assert _got("Курс составил 14.03 рубля", "ru", "2024-03-01") == []


def test_then_sentence_takes_the_year_of_the_sentence_before():
    # "Тогда" / "At the time" opening a sentence with no year: the last year of the sentence before (data/dates.json then_re)
    assert _got("В 2018 году завод уже закрывался. Тогда простой длился с 3 марта по 9 апреля.", "ru")[-1] == (
        "3 марта по 9 апреля", "2018-03-03", "2018-04-09")
    assert _got("The festival first ran in 2015. At the time it lasted from 4 June to 6 June.", "en")[-1] == (
        "4 June to 6 June", "2015-06-04", "2015-06-06")
    # without the "then" word the day keeps its partial form
    assert _got("В 2018 году завод уже закрывался. Простой длился с 3 марта по 9 апреля.", "ru")[-1] == (
        "3 марта по 9 апреля", "--03-03", "--04-09")


def test_weekday_then_its_week():
    # "Tuesday night, last week": that weekday of the week before publication's
    assert _got("On Tuesday night, last week, the board met.", "en", "2023-05-17") == [
        ("On Tuesday night, last week", "2023-05-09", None)]
    assert _got("Voting is on Friday of next week.", "en", "2023-05-17") == [("on Friday of next week", "2023-05-26", None)]
    assert _got("اجتمع المجلس يوم الخميس من الأسبوع الماضي", "ar", "2023-05-17") == [
        ("يوم الخميس من الأسبوع الماضي", "2023-05-11", None)]


def test_th_glued_abbreviated_month():
    # "ฉบับแก้ไข3มีค65": day, a Thai month abbreviation without its dots, two-digit Buddhist-era year, all glued
    assert _got("คู่มือฉบับแก้ไข3มีค65", "th") == [("3มีค65", "2022-03-03", None)]
    assert _got("รายงานฉบับ20ตค2563", "th") == [("20ตค2563", "2020-10-20", None)]


def test_same_day_after_a_clock_time_with_no_day_before_is_publication_day():
    # "Đến 16h cùng ngày" (by 16:00 the same day) with no day named before it: the day the news is of, read as
    # publication's; with a day before it, that day; "Cùng ngày, ..." opening the text stays undated (tests/test_dates_dates4)
    assert _got("Đến 16h cùng ngày, lực lượng cứu hộ vẫn đang tìm kiếm.", "vi", "2022-07-04") == [
        ("cùng ngày", "2022-07-04", None)]
    assert _got("Lúc 9:30 cùng ngày, đoàn rời sân bay.", "vi", "2022-07-04") == [("cùng ngày", "2022-07-04", None)]
    assert _got("Cùng ngày, Thủ tướng tiếp Đại sứ Nhật Bản.", "vi", "2022-07-04") == []
    assert _got("Sáng 2/7, hội nghị khai mạc. Cùng ngày, Thủ tướng tiếp Đại sứ.", "vi", "2022-07-04")[-1] == (
        "Cùng ngày", "2022-07-02", None)
    # mid-sentence "born the same day as", or no publication date: no date
    assert _got("Anh ấy sinh cùng ngày với tôi.", "vi", "2022-07-04") == []
    assert _got("Cùng ngày, Thủ tướng tiếp Đại sứ Nhật Bản.", "vi") == []


def test_gregorian_day_with_its_lunar_day_beside_it_takes_the_year_they_share():
    # zh: 2023-01-22 was the first day of the lunar year (初一); read in spring 2024 the nearest 22 January would be 2024's,
    # but only 2023's falls on 初一
    assert _got("春节假期从1月22日(初一)开始。", "zh", "2024-03-20") == [("1月22日", "2023-01-22", None)]
    # vi: lunar 10/3 of the Quý Mão year fell on 29 April 2023; no publication date is needed
    assert _got("Lễ hội diễn ra ngày 29/4 (tức mùng 10 tháng 3 năm Quý Mão) tại Phú Thọ.", "vi") == [
        ("29/4", "2023-04-29", None), ("10 tháng 3 năm Quý Mão", "2023-04-29", None)]
    # a lunar day that fits none of the years keeps the usual reading
    assert _got("春节假期从1月22日(初五)开始。", "zh", "2024-03-20") == [("1月22日", "2024-01-22", None)]


def test_lunar_day_of_a_gregorian_date():
    import datetime as dt

    from bilat.stages.lunar import lunar_day
    assert lunar_day(dt.date(2023, 1, 22)) == 1
    assert lunar_day(dt.date(2023, 9, 29)) == 15  # mid-autumn
    assert lunar_day(dt.date(2023, 1, 21)) in (29, 30)
