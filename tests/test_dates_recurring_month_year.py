"""Issue 11 (dates): a zh bare weekday said alone (this week's, or next week's once more than three days are gone),
recurring weekdays in zh running text ("每周三", "每月第三个星期五": no one day), the Nth weekday of "the month" in fa,
cue-less Arabic month names that are no other word, and month-year forms with a year word between (th "ตุลาคม ปี 2568",
vi "tháng 10, năm 2025", "tháng 10 của năm nay"). Sentences composed for these tests."""
import pytest

from bilat.stages.dates import find_dates


def _got(text: str, lang: str, pub: str) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in find_dates(text, lang, pub)]


@pytest.mark.parametrize("text,pub,value", [
    ("星期一", "2016-09-02", "2016-09-05"),  # a Friday: Monday of this week is four days gone, next week's is nearer
    ("星期二", "2016-09-02", "2016-08-30"),  # three days gone: still this week's
    ("礼拜日", "2016-09-02", "2016-09-04"),
    ("星期天", "2021-06-14", "2021-06-20"),  # a Monday: this week's Sunday, never the day before (no 上)
    ("周五", "2021-06-14", "2021-06-18"),
    ("星期三", "2019-05-08", "2019-05-08"),
])
def test_zh_weekday_alone_this_week_or_next(text, pub, value):
    assert _got(text, "zh", pub) == [(text, value)]


def test_zh_weekday_in_a_sentence_keeps_the_news_reading():
    assert _got("他周五下午到达北京。", "zh", "2021-09-01") == [("周五", "2021-08-27")]
    assert _got("会议定于周五举行。", "zh", "2021-09-01")[0][1] == "2021-09-03"  # 定于: scheduled, to come


@pytest.mark.parametrize("text", ["会议每周三举行。", "他每周三都来。", "会议定于每月第三个星期五举行。", "每月最后一个周五",
                                  "第三个星期五", "逢周五休息", "隔周三开会", "一周三次"])
def test_zh_recurring_or_counted_weekday_is_no_day(text):
    assert _got(text, "zh", "2021-09-01") == []


def test_zh_guard_does_not_eat_the_weekday_before():
    assert _got("他周一周三都来。", "zh", "2021-09-01") == [("周一", "2021-08-30"), ("周三", "2021-09-01")]
    assert _got("本月第三个星期五", "zh", "2021-09-01") == [("本月第三个星期五", "2021-09-17")]


def test_fa_nth_weekday_of_the_month():
    # 13 March 2025 is 23 Esfand 1403; in running text the Solar month (Esfand ends 20 March), alone the Gregorian one
    assert _got("جلسه در آخرین جمعه ماه برگزار می‌شود.", "fa", "2025-03-13") == [("آخرین جمعه ماه", "2025-03-14")]
    assert _got("آخرین جمعه ماه", "fa", "2025-03-13") == [("آخرین جمعه ماه", "2025-03-28")]
    assert _got("سومین دوشنبه ماه", "fa", "2025-03-13") == [("سومین دوشنبه ماه", "2025-03-17")]
    assert _got("آخرین جمعه ماه آینده", "fa", "2025-03-13") == [("آخرین جمعه ماه آینده", "2025-04-25")]


@pytest.mark.parametrize("text", ["آخرین جمعه ماه ۱۲"])
def test_fa_month_named_after_is_not_publications(text):
    assert all(not v.startswith("2025-03-2") and "ماه" not in t for t, v in _got(text, "fa", "2025-03-13"))


def test_fa_month_named_after_is_that_month():
    # the month named after "the month" is the one read (tests/test_dates_ordinal.py): Ramadan 1446 (2025-03-01 ..
    # 2025-03-29), Mehr of publication's Solar year 1403 (1 Mehr = 2024-09-22), not publication's month's last Friday
    assert _got("آخرین جمعه ماه مبارک رمضان", "fa", "2025-03-13") == [("آخرین جمعه ماه مبارک رمضان", "2025-03-28")]
    assert _got("اولین جمعه ماه مهر", "fa", "2025-03-13") == [("اولین جمعه ماه مهر", "2024-09-27")]


def test_ar_month_name_with_no_cue():
    assert _got("اجتماع الوزراء ديسمبر.", "ar", "2021-09-01") == [("ديسمبر", "2021-12")]
    assert _got("اجتماع الوزراء كانون الأول.", "ar", "2021-09-01") == [("كانون الأول", "2021-12")]
    assert _got("ديسمبر 2019", "ar", "2021-09-01") == [("ديسمبر 2019", "2019-12")]
    assert _got("مارس الرجل الرياضة", "ar", "2021-09-01") == []  # مارس: "he practised", needs a cue


@pytest.mark.parametrize("lang,text,value", [
    ("th", "การประชุมในเดือนตุลาคม ปี 2568", "2025-10"),
    ("th", "เดือนตุลาคม ปี พ.ศ. 2568", "2025-10"),
    ("th", "ในเดือนตุลาคมปี 2568", "2025-10"),
    ("vi", "Hội nghị diễn ra vào tháng 10, năm 2025.", "2025-10"),
    ("vi", "tháng 10 của năm 2025", "2025-10"),
    ("vi", "tháng Mười, năm 2025", "2025-10"),
    ("vi", "tháng 10 của năm nay", "2025-10"),
    ("vi", "tháng Mười của năm ngoái", "2024-10"),
])
def test_month_year_with_a_year_word_between(lang, text, value):
    got = _got(text, lang, "2025-03-13")
    assert [v for _t, v in got] == [value]


@pytest.mark.parametrize("text,value", [
    ("وفي يونيو (حزيران) أصدرت المحكمة حكمها.", [("يونيو", "2015-06")]),  # the cue glued to و; the gloss is no second date
    ("وقفز سعر النفط في عقود سبتمبر عند التسوية.", [("سبتمبر", "2015-09")]),  # a delivery month: the coming one
    ("وارتفعت العقود الآجلة للذهب لتسليم أغسطس.", [("أغسطس", "2015-08")]),
    ("نحتفل هذه الأيام بثورة يوليو المجيدة.", []),  # an event named by its month
    ("في تصريح لموقع «فبراير» قال المتحدث", []),  # a title in quotes
    ("بين نوفمبر (تشرين الثاني) من سنة 2014 ويناير", [("2014", "2014")]),  # a year after it: left to the year rules
])
def test_ar_month_without_cue_guards(text, value):
    assert _got(text, "ar", "2015-07-23") == value
