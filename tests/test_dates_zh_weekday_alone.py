"""zh: a bare weekday said alone is the one of publication's calendar week (Monday first): "星期四" read on a Friday
is the day before, "礼拜日" read on a Monday the coming Sunday; in a sentence the news reading stays (the past one
when the tense is unclear)."""
from bilat.stages.dates import find_dates


def _alone(text: str, pub: str) -> list[str]:
    return [d.value for d in find_dates(text, "zh", pub)]


def test_weekday_before_publication_in_its_week():
    assert _alone("星期四", "2019-05-10") == ["2019-05-09"]  # a Friday: Thursday of that week
    assert _alone("周一", "2019-05-08") == ["2019-05-06"]


def test_weekday_after_publication_in_its_week():
    assert _alone("礼拜日", "2019-05-06") == ["2019-05-12"]  # a Monday: that week's Sunday
    assert _alone("星期六", "2019-05-08") == ["2019-05-11"]


def test_publication_weekday_is_that_day():
    assert _alone("星期三", "2019-05-08") == ["2019-05-08"]


def test_with_a_direction_word_unchanged():
    assert _alone("下周四", "2019-05-10") == ["2019-05-16"]
    assert _alone("上周日", "2019-05-10") == ["2019-05-05"]
