"""A count of days, weeks, months or years from a day word other than today (data/dates.json offsets.anchored; issue 11,
dates43): ar "بعد ثلاثة أسابيع من الغد", fa "دو روز قبل از دیروز", vi "3 tuần kể từ ngày mai", th "3 สัปดาห์นับจากพรุ่งนี้",
zh "三周后的今天", "明天起三天后". Sentences composed for the test, read on Monday 2016-11-07."""

import pytest

from bilat.stages.dates import find_dates

PUB = "2016-11-07"


def _got(text, lang, pub=PUB):
    return [(d.text, d.value, d.end_value) for d in find_dates(text, lang, pub)]


@pytest.mark.parametrize("lang,text,span,value", [
    ("ar", "تعقد الجلسة بعد ثلاثة أسابيع من الغد.", "بعد ثلاثة أسابيع من الغد", "2016-11-29"),
    ("ar", "أسبوعين من الغد", "أسبوعين من الغد", "2016-11-22"),  # a dual: two
    ("ar", "وصل الوفد قبل يومين من أمس", "قبل يومين من أمس", "2016-11-04"),
    ("fa", "جلسه سه هفته بعد از فردا برگزار می‌شود.", "سه هفته بعد از فردا", "2016-11-29"),
    ("fa", "دو روز قبل از دیروز", "دو روز قبل از دیروز", "2016-11-04"),
    ("vi", "Cuộc họp diễn ra 3 tuần kể từ ngày mai.", "3 tuần kể từ ngày mai", "2016-11-29"),
    ("vi", "2 ngày trước hôm qua", "2 ngày trước hôm qua", "2016-11-04"),
    ("th", "การประชุมจะจัดขึ้น 3 สัปดาห์นับจากพรุ่งนี้", "3 สัปดาห์นับจากพรุ่งนี้", "2016-11-29"),
    ("zh", "三周后的今天", "三周后的今天", "2016-11-28"),
    ("zh", "三个月后的今天部长们将再次会面", "三个月后的今天", "2017-02-07"),
    ("zh", "明天起三天后", "明天起三天后", "2016-11-11"),
])
def test_counted_from_a_day_word(lang, text, span, value):
    assert (span, value, None) in _got(text, lang)


def test_counted_from_an_event_is_left():
    """"قبل أسبوع من الانتخابات": a week before the election, no day word: no date."""
    assert _got("قبل أسبوع من الانتخابات", "ar") == []


@pytest.mark.parametrize("lang,text,span,value", [
    ("vi", "Phiên họp tiếp theo diễn ra ngày này tuần sau.", "ngày này tuần sau", "2016-11-14"),
    ("th", "วันนี้ของสัปดาห์หน้า", "วันนี้ของสัปดาห์หน้า", "2016-11-14"),
    ("th", "วันเดียวกันของสัปดาห์ที่แล้ว", "วันเดียวกันของสัปดาห์ที่แล้ว", "2016-10-31"),
])
def test_publications_weekday_a_week_away(lang, text, span, value):
    """"ngày này tuần sau", "วันนี้ของสัปดาห์หน้า": publication's day a week away, as "ngày này năm ngoái" a year away."""
    assert (span, value, None) in _got(text, lang)
