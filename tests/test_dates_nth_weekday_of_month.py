"""The Nth (or last) weekday of a month named or counted from publication's, in en, ru, vi and th
(data/dates.json nth_weekday_of_month; issue 11). Sentences composed for the test, read on Monday 2016-11-07."""

import pytest

from bilat.stages.dates import find_dates

PUB = "2016-11-07"


def _got(text, lang, pub=PUB):
    return [(d.text, d.value, d.end_value) for d in find_dates(text, lang, pub)]


@pytest.mark.parametrize("lang,text,span,value", [
    ("en", "the third Tuesday of next month", "the third Tuesday of next month", "2016-12-20"),
    ("en", "The vote is set for the last Friday of this month.", "the last Friday of this month", "2016-11-25"),
    ("en", "the second Wednesday of last month", "the second Wednesday of last month", "2016-10-12"),
    ("en", "They meet on the first Monday of the coming month.", "the first Monday of the coming month", "2016-12-05"),
    ("ru", "первая пятница следующего месяца", "первая пятница следующего месяца", "2016-12-02"),
    ("ru", "Совещание пройдёт в последнюю пятницу этого месяца.", "в последнюю пятницу этого месяца", "2016-11-25"),
    ("ru", "в первый понедельник декабря", "в первый понедельник декабря", "2016-12-05"),
    ("ru", "во второй вторник марта 2017 года", "во второй вторник марта 2017 года", "2017-03-14"),
    ("vi", "thứ Sáu đầu tiên của tháng sau", "thứ Sáu đầu tiên của tháng sau", "2016-12-02"),
    ("vi", "Hội nghị diễn ra vào thứ Hai cuối cùng của tháng 10.", "vào thứ Hai cuối cùng của tháng 10", "2016-10-31"),
    ("th", "วันศุกร์สุดท้ายของเดือนนี้", "วันศุกร์สุดท้ายของเดือนนี้", "2016-11-25"),
    ("th", "การประชุมจะจัดขึ้นในวันจันทร์แรกของเดือนหน้า", "ในวันจันทร์แรกของเดือนหน้า", "2016-12-05"),
    ("th", "วันอาทิตย์ที่สองของเดือนพฤษภาคม 2560", "วันอาทิตย์ที่สองของเดือนพฤษภาคม 2560", "2017-05-14"),
])
def test_nth_weekday_of_month(lang, text, span, value):
    assert _got(text, lang) == [(span, value, None)]


def test_th_bare_week_word_is_no_weekday():
    # อาทิตย์ alone is also "week": "the first week of next month" is no Sunday
    assert all(v != "2016-12-04" for _, v, _ in _got("อาทิตย์แรกของเดือนหน้า", "th"))


def test_ru_habitual_sentence_names_no_day():
    # "usually on the last Sunday of August": every year's, no one day
    assert _got("Обычно праздник отмечают в последнее воскресенье августа.", "ru") == []
    assert _got("Ежегодно 12 июня страна отмечает праздник.", "ru") == []
