"""Date expressions read whole (issue 11, bench/date_expressions.py dev): each on a sentence composed here."""

from bilat.stages.dates import find_dates


def _got(text, lang, pub=None):
    return [(d.text, d.value, d.end_value) for d in find_dates(text, lang, pub)]


def test_en_day_before_yesterday_without_article():
    # "day before yesterday" is two days back, not "yesterday" inside it
    assert _got("Talks resumed day before yesterday in Geneva.", "en", "2023-06-15") == [
        ("day before yesterday", "2023-06-13", None)]


def test_th_spoken_short_month_names():
    # "กุมภา", "ตุลา": the spoken month names, the full name less its ending (Buddhist year 2563 = 2020)
    assert _got("การประชุมจัดขึ้นเมื่อ 11 กุมภา 2563 ที่กรุงเทพฯ", "th") == [("11 กุมภา 2563", "2020-02-11", None)]
    assert _got("เขาเดินทางกลับวันที่ 5 ตุลา", "th", "2021-09-20") == [("วันที่ 5 ตุลา", "2021-10-05", None)]
    # "ตุลาการ" (judges) is no October
    assert _got("มี 5 ตุลาการ ลงมติเห็นด้วย", "th", "2021-09-20") == []


def test_th_month_word_between_day_and_month():
    # "3 เดือนมีนาคม 2566": the word "month" before the month's name
    assert _got("ประชุมเมื่อวันที่ 3 เดือนมีนาคม 2566", "th") == [("วันที่ 3 เดือนมีนาคม 2566", "2023-03-03", None)]


def test_fa_ordinal_day_with_its_ending_apart():
    # "سی ام مهر": the ordinal ending ام written after a space (1 Mehr 1402 = 2023-09-23)
    assert _got("نشست در سی ام مهر ۱۴۰۲ برگزار شد.", "fa") == [("سی ام مهر ۱۴۰۲", "2023-10-22", None)]


def test_ru_weekday_after_a_date_with_its_year_mark():
    # "14 марта 2023 г., вторник": the weekday names that day (a Tuesday), no second date
    assert [v for _t, v, _e in _got("Заседание прошло 14 марта 2023 г., вторник.", "ru", "2023-03-20")] == [
        "2023-03-14"]


def test_ar_day_before_yesterday_with_yawm():
    # "قبل يوم أمس": the day before yesterday, as "قبل أمس"
    assert _got("وصل الوفد قبل يوم أمس إلى القاهرة.", "ar", "2022-04-10") == [("قبل يوم أمس", "2022-04-08", None)]


def test_zh_zhege_before_a_weekday_is_this_week():
    # "这个星期三": the Wednesday of this week (2022-04-13 is a Wednesday; published on the Friday)
    assert _got("这个星期三双方举行会谈。", "zh", "2022-04-15") == [("这个星期三", "2022-04-13", None)]


def test_en_this_weekday_is_the_coming_one_unless_the_sentence_is_past():
    # "this Friday" with no past verb: the coming Friday (published on Monday 2022-04-11)
    assert _got("The vote is set for this Friday.", "en", "2022-04-11") == [("this Friday", "2022-04-15", None)]
    assert _got("The minister resigned this Friday.", "en", "2022-04-11") == [("this Friday", "2022-04-08", None)]


def test_ru_three_days_on_and_abbreviated_year_and_month():
    # "послепослезавтра": three days on; "г." (год), "мес." (месяц) and "пр." (прошлый) written short
    assert _got("Матч перенесли на послепослезавтра.", "ru", "2022-05-18") == [("послепослезавтра", "2022-05-21", None)]
    assert _got("Экспорт упал в пр. мес. на 3%.", "ru", "2022-05-18") == [("в пр. мес.", "2022-04", None)]
    assert _got("Выборы пройдут в следующем г. осенью.", "ru", "2022-05-18") == [("в следующем г.", "2023", None)]
    # "г" inside a word is no year
    assert _got("Он живёт в этом городе.", "ru", "2022-05-18") == []


def test_en_days_and_weeks_counted_from_a_day_word():
    # "N days/weeks after|before today|tomorrow|yesterday", "N weeks from tomorrow": one day, counted from that day
    assert _got("The ballot is due four days after tomorrow.", "en", "2021-03-10") == [
        ("four days after tomorrow", "2021-03-15", None)]
    assert _got("Rates will be reviewed two weeks from tomorrow.", "en", "2021-03-10") == [
        ("two weeks from tomorrow", "2021-03-25", None)]
    assert _got("The form was filed 3 days before yesterday.", "en", "2021-03-10") == [
        ("3 days before yesterday", "2021-03-06", None)]


def test_weekday_of_a_named_week_either_order():
    # "Thursday next week": "next" begins the week's phrase, not the weekday's; "last week Tuesday": the week first
    assert _got("The envoy lands on Thursday next week.", "en", "2019-06-05") == [
        ("on Thursday next week", "2019-06-13", None)]
    assert _got("Markets slid last week Tuesday.", "en", "2019-06-05") == [("last week Tuesday", "2019-05-28", None)]
    assert _got("تعقد القمة الأسبوع المقبل يوم الاثنين", "ar", "2019-06-05") == [
        ("الأسبوع المقبل يوم الاثنين", "2019-06-10", None)]
    # a week and a weekday of another sentence stay apart
    assert [v for _t, v, _e in _got("It rained last week. Monday was dry.", "en", "2019-06-05")] == [
        "2019-05-27", "2019-06-03"]


def test_zh_weekday_two_weeks_off():
    # "上上周二": Tuesday of the week before last; "下下週五": Friday of the week after next
    assert _got("我们上上周二签了合同", "zh", "2020-07-16") == [("上上周二", "2020-06-30", None)]
    assert _got("代表團下下週五抵達", "zh", "2020-07-16") == [("下下週五", "2020-07-31", None)]


def test_en_weekday_with_an_ordinal_day_and_no_month():
    # "Tuesday the 9th": the 9th of the nearest month on which it is a Tuesday (2024-04-09; March 9th is a Saturday)
    assert _got("The panel reconvenes on Tuesday the 9th.", "en", "2024-03-20") == [
        ("on Tuesday the 9th", "2024-04-09", None)]
    assert _got("We voted Saturday, 9th.", "en", "2024-03-20") == [("Saturday, 9th", "2024-03-09", None)]


def test_en_month_right_before_its_year_phrase():
    # "August last year": the month of that year, with no "in" before it; the modal "may" is no month
    assert _got("Exports fell August last year.", "en", "2022-03-01") == [("August last year", "2021-08", None)]
    assert _got("The board may next year merge.", "en", "2022-03-01") == [("next year", "2023", None)]


def test_en_tmrw_is_tomorrow():
    # the informal short "tmrw"
    assert _got("Polls close tmrw at noon.", "en", "2022-03-01") == [("tmrw", "2022-03-02", None)]


def test_zh_year_word_before_a_day_of_a_relative_month():
    # "去年本月八日": the 8th of this month, last year; with a comma between, two dates
    assert _got("该厂去年本月八日停产", "zh", "2019-05-20") == [("去年本月八日", "2018-05-08", None)]
    assert [v for _t, v, _e in _got("去年，本月8日", "zh", "2019-05-20")] == ["2018", "2019-05-08"]


def test_en_upcoming_as_next_period():
    # "upcoming week/month/year": the next one, as "next week"
    assert _got("Fuel prices change upcoming month, the ministry said.", "en", "2019-05-20") == [
        ("upcoming month", "2019-06", None)]


def test_ar_weekday_with_a_bare_day():
    # "الأحد 7": the 7th of the nearest month on which it is a Sunday; a count after the number is no day
    assert _got("تنطلق الدورة الأحد 7، في الرياض", "ar", "2021-03-20") == [("الأحد 7", "2021-03-07", None)]
    assert [v for _t, v, _e in _got("أصيب الأحد 7 جنود", "ar", "2021-03-20")] == ["2021-03-14"]


def test_ar_weekday_then_a_spaced_numeric_date_is_not_a_bare_day():
    # "الأحد 7 / 3": the day and month written with spaces around the slash, not a bare day 7; read whole as the day and
    # month with its weekday (dates-arfa: 7 March 2021 is that Sunday)
    assert _got("تنطلق الدورة الأحد 7 / 3", "ar", "2021-03-20") == [("الأحد 7 / 3", "2021-03-07", None)]


def test_en_day_and_year_in_words_beside_a_month():
    # a day and a year written in words are a date when a month's name stands beside them
    assert _got("Polls closed on March twenty-ninth, nineteen ninety-eight, officials said.", "en", "2016-11-07") == [
        ("March twenty-ninth, nineteen ninety-eight", "1998-03-29", None)]
    assert _got("The vote is set for the twenty-third of October.", "en", "2016-09-01") == [
        ("the twenty-third of October", "2016-10-23", None)]
    assert _got("It opened on the fifth of June two thousand and nine.", "en", "2016-09-01") == [
        ("the fifth of June two thousand and nine", "2009-06-05", None)]
    assert [v for _t, v, _e in _got("Talks began Feb 4, nineteen oh seven.", "en", "2016-09-01")] == ["1907-02-04"]
    # a cardinal word after a month is a day only with a year after it; "march", "may" in lower case are verbs
    assert _got("Troops march two miles and may one day return.", "en", "2016-09-01") == []
    assert _got("In March first-time buyers rose.", "en", "2016-09-01") == [("March", "2016-03", None)]


def test_ar_ordinal_day_after_its_month_and_year_in_words():
    # the month, its day as an ordinal word, then the year in figures or in words
    assert [v for _t, v, _e in _got("افتتح المعرض يوم مارس الخامس عشر، 2009 في دبي.", "ar", "2016-11-07")] == [
        "2009-03-15"]
    assert _got("افتتح المعرض يوم مارس الخامس عشر عام ألفين وتسعة.", "ar", "2016-11-07") == [
        ("مارس الخامس عشر عام ألفين وتسعة", "2009-03-15", None)]
    # a year in words after "the Nth of <month>"
    assert _got("عقد المؤتمر في الخامس عشر من مارس ألفين وتسعة.", "ar", "2016-11-07") == [
        ("الخامس عشر من مارس ألفين وتسعة", "2009-03-15", None)]
    # "كانون الثاني" is the Levantine January, no second day; a count after a date is no year
    assert [v for _t, v, _e in _got("وصل في كانون الثاني 2018", "ar", "2016-11-07")] == ["2018-01"]
    assert [v for _t, v, _e in _got("وصل في الثالث من يونيو ثلاثة آلاف شخص", "ar", "2016-11-07")] == ["2016-06-03"]


def test_nth_weekday_of_a_named_month():
    # "the Nth (or last) <weekday> of <month>": that day of the month, only where the month is named
    assert _got("Growers meet on the third Thursday of March 2022 in Lyon.", "en", "2021-12-01") == [
        ("the third Thursday of March 2022", "2022-03-17", None)]
    assert [v for _t, v, _e in _got("The fair closes on the last Saturday of October.", "en", "2021-09-01")] == [
        "2021-10-30"]
    assert _got("The fifth Friday of February 2022 never came.", "en", "2021-09-01") == []
    assert [v for _t, v, _e in _got("يعقد الاجتماع يوم الخميس الثالث من مارس 2023.", "ar", "2022-12-01")] == [
        "2023-03-16"]
    # ar: where the ordinal as a day of the month falls on that weekday, it is that day ("Sunday, the 2nd of October")
    assert [v for _t, v, _e in _got("يعقد الاجتماع يوم الأحد الثاني من أكتوبر 2016.", "ar", "2016-09-01")] == [
        "2016-10-02"]
    assert [v for _t, v, _e in _got("会议定于2022年3月的第三个星期四举行。", "zh", "2021-12-01")] == ["2022-03-17"]
    assert [v for _t, v, _e in _got("展会在十月最后一个星期六闭幕。", "zh", "2021-09-01")] == ["2021-10-30"]


def test_ar_year_in_words_beside_a_month():
    # a year in words after a day and month, or after "<month> من عام"; said whole or as century and two figures
    assert _got("وقعت الحادثة في 7 مارس ألفين وخمسة.", "ar", "2016-11-07") == [
        ("7 مارس ألفين وخمسة", "2005-03-07", None)]
    assert _got("بدأ المشروع في أبريل من عام تسعة عشر ثمانية وثمانين.", "ar", "2016-11-07") == [
        ("أبريل من عام تسعة عشر ثمانية وثمانين", "1988-04", None)]
    # month first, the day in figures, the year after it
    assert [v for _t, v, _e in _got("وقعت الحادثة في مارس 7، 2005.", "ar", "2016-11-07")] == ["2005-03-07"]
    # a number word counting people after a date is no year; a figure after a month with no year counts something
    assert [t for t, _v, _e in _got("في 5 مايو ألفي شخص تظاهروا", "ar", "2016-11-07")] == ["5 مايو"]
    assert all(not v.startswith("1000") for _t, v, _e in _got("قتل في سبتمبر 2 ألف شخص", "ar", "2016-11-07"))


def test_en_year_in_words_after_in():
    # "in" and a year in words ending the clause; a count after it is no year
    assert _got("The mill shut down in nineteen eighty-one, he said.", "en", "2016-11-07") == [
        ("nineteen eighty-one", "1981", None)]
    assert _got("They sold the farm in two thousand and three.", "en", "2016-11-07") == [
        ("two thousand and three", "2003", None)]
    assert _got("He was charged in nineteen eighty-one cases.", "en", "2016-11-07") == []
