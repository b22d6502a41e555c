"""Dates round dates7zh (issue 11): Chinese Minguo dates, day words glossed with their date, recurring lunar days, on
sentences written for the tests."""
from bilat.stages.dates import find_dates


def _got(text: str, published: str | None) -> list[tuple[str, str, str | None]]:
    return [(d.text, d.value, d.end_value) for d in find_dates(text, "zh", published)]


def test_minguo_year_with_month_and_day() -> None:
    # three digits alone (a Taiwanese office's notice), two after 民國; no publication date needed
    assert _got("市府訂於114年3月8日(星期六)舉辦植樹活動。", None)[0][:2] == ("114年3月8日", "2025-03-08")
    assert ("民國99年8月", "2010-08", None) in _got("該條例於民國99年8月修正施行。", None)
    # a bare 2-digit number before 年 is no Minguo year, and a Gregorian year stays one
    assert not any(v.startswith("19") for _t, v, _e in _got("他在此服務35年1月起退休。", None))
    assert _got("2024年3月8日舉行。", None)[0][1] == "2024-03-08"


def test_day_word_glossed_with_its_date_takes_the_date() -> None:
    # a repost dated two days on: "yesterday (19 April)" is 19 April, not the day before publication
    assert _got("被告昨天(4月19日)在法庭上認罪。", "2022-04-21") == [("4月19日", "2022-04-19", None)]
    assert _got("今日(一月一日)下午有人在街上集會。", "2020-01-01") == [("一月一日", "2020-01-01", None)]
    # with no bracket the day word is read as before
    assert _got("被告昨天在法庭上認罪。", "2022-04-21") == [("昨天", "2022-04-20", None)]


def test_recurring_lunar_day_is_no_one_date() -> None:
    # "every year on the lunar 23rd of the 3rd month": no one day, and not 23 March
    assert _got("每逢農曆3月23日,信眾都會前往廟宇進香。", None) == []
    assert _got("每年农历八月十五,家家户户赏月。", "2023-09-01") == []


def test_a_year_compared_with_or_counted_from_gives_no_year() -> None:
    # with no publication date, a date with no year takes the sentence's year, but not a year of comparison
    assert _got("3月5日至9日的客流恢复至2019年的九成。", None)[0][1] == "--03-05"
    assert _got("4月1日公布的指数增幅是自2020年第三季以来最小的。", None)[0][1] == "--04-01"
    assert _got("2021年3月5日公布的数据显示增长。", None)[0][1] == "2021-03-05"
    assert _got("3月5日,2019年的计划完成。", None)[0][1] == "2019-03-05"


def test_range_of_days_with_the_day_word_once() -> None:
    assert _got("会议定于3月5-8日在北京举行。", "2019-03-01") == [("3月5-8日", "2019-03-05", "2019-03-08")]
    assert _got("活动定于10月12 —13日举行。", "2015-10-08")[0][1:] == ("2015-10-12", "2015-10-13")
