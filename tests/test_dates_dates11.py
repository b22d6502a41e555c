"""Round dates11 (issue 11): general date rules found on the dates11 dev rows and the known gaps of the issue, each
tested on a sentence composed here."""

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
