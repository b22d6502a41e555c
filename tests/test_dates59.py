"""Round 59 of issue 11: vi short weekdays (T6, CN), Arabic weekday tense and non-dates found in real text
(devdata SaudiNewsNet 2015-07-23, published on a Thursday)."""

import pytest

from bilat.stages.dates import find_dates

PUB = "2024-03-14"  # a Thursday
AR_PUB = "2015-07-23"  # a Thursday


def _read(text, lang, pub):
    return [(d.value, d.end_value, text[d.start:d.end]) for d in find_dates(text, lang, pub)]


@pytest.mark.parametrize("text,value", [
    ("Sáng T6, Bộ trưởng đã gặp đại sứ.", "2024-03-08"),
    ("Chiều CN, đoàn đã tới Hà Nội.", "2024-03-10"),
    ("Cuộc họp diễn ra vào CN tuần trước.", "2024-03-10"),
    ("T2 tuần sau", "2024-03-18"),
    ("Ông đến Hà Nội sáng T7 vừa qua.", "2024-03-09"),
    ("CN", "2024-03-17"),
])
def test_vi_short_weekdays(text, value):
    got = _read(text, "vi", PUB)
    assert [v for v, _e, _s in got] == [value], got


@pytest.mark.parametrize("text", [
    "Mở cửa từ T2-T6 hằng tuần.",  # a span of days, no one weekday
    "Khu CN Bắc Ninh thu hút vốn.",  # khu công nghiệp (industrial park)
    "Xe T6 đi trước.",  # no time word: a label
    "sáng cn, đoàn đã tới.",  # not the written form
])
def test_vi_short_weekdays_not_dates(text):
    assert not [g for g in _read(text, "vi", PUB) if g[0].startswith("2024-03")], _read(text, "vi", PUB)


def test_vi_t6_with_slash_is_a_month():
    assert [v for v, _e, _s in _read("Doanh số T6/2024 tăng mạnh.", "vi", PUB)] == ["2024-06"]


@pytest.mark.parametrize("text,target,value", [
    ('ويفترض اقرار قانون "مكافحة الارهاب" الجمعة ليحل محل قانون كانت تعارضه المعارضة.', "الجمعة", "2015-07-24"),
    ("على أن يلعب الجمعة بنفيكا مع فيورنتينا في كونيكتيكت، والسبت في سانتا كلارا برشلونة مع روما.", "الجمعة",
     "2015-07-24"),
    ("ويلعب الأحد في نيوجيرسي بنفيكا مع نيويورك ريد بولز.", "الأحد", "2015-07-26"),
    ("وقال الوزير الأحد إن المحادثات مستمرة.", "الأحد", "2015-07-19"),
])
def test_ar_weekday_by_tense(text, target, value):
    got = [(v, s) for v, _e, s in _read(text, "ar", AR_PUB) if target in s]
    assert got and got[0][0] == value, got


@pytest.mark.parametrize("text", [
    "أن يرتفع التضخم فوق مستوى الاثنين في المائة الذي يستهدفه البنك المركزي.",  # two per cent
    "ووصف رومانيلي الاثنين بأنهما عملاء معزولين.",  # the two of them
    "وإن اشتغال الدعاة والوعاظ ومنابر الجمعة بجزئيات الشريعة.",  # the Friday pulpits
    "احتجاجا على قرار يسمح بفتح المحال التجارية يوم عطلة «الأحد».",  # the Sunday day off
])
def test_ar_weekday_words_that_are_no_date(text):
    assert _read(text, "ar", AR_PUB) == []


def test_ar_monday_still_a_date():
    assert [v for v, _e, _s in _read("وصل الوفد الاثنين في زيارة رسمية.", "ar", AR_PUB)] == ["2015-07-20"]


@pytest.mark.parametrize("text,lang,pub,value,end", [
    ("庙会在农历正月初一至十五举办。", "zh", "2024-03-14", "2024-02-10", "2024-02-24"),
    ("正月初一到初五放假。", "zh", "2024-01-20", "2024-02-10", "2024-02-14"),
    ("2024年农历正月初一至初五放假。", "zh", "2023-12-01", "2024-02-10", "2024-02-14"),
    ("农历八月十五至十六", "zh", "2024-03-14", "2024-09-17", "2024-09-18"),
    ("Lễ hội diễn ra từ mùng 1 đến mùng 5 Tết Giáp Thìn.", "vi", "2024-01-14", "2024-02-10", "2024-02-14"),
    ("từ mùng 2 đến hết mùng 6 Tết 2024", "vi", "2023-12-01", "2024-02-11", "2024-02-15"),
])
def test_lunar_day_runs(text, lang, pub, value, end):
    got = _read(text, lang, pub)
    assert [(v, e) for v, e, _s in got] == [(value, end)], got


def test_lunar_day_then_a_gregorian_month_is_no_run():
    got = _read("农历正月初一至三月", "zh", "2024-03-14")
    assert ("2024-02-10", None, "农历正月初一") in got, got


@pytest.mark.parametrize("year,month,value", [
    (1894, 1, "1894-02-06"),  # lunar new year 1894 (before 1900 the new moons are counted back: floor, not int)
    (1894, 6, "1894-07-03"),
    (1900, 1, "1900-01-31"),
    (2024, 1, "2024-02-10"),
])
def test_lunar_new_moons_before_1900(year, month, value):
    from bilat.stages.lunar import lunar_to_solar
    assert str(lunar_to_solar(1, month, year, False, tz=8.0)) == value


@pytest.mark.parametrize("text,value,end", [
    ("光绪二十年六月", "1894-07-03", "1894-07-31"),  # a reign's lunar month: its Gregorian days
    ("康熙20年九月初五", "1681-10-15", None),  # a reign's lunar day: its Gregorian day
    ("康熙20年9月5日", "1681-10-15", None),
    ("乾隆五十年", "1785", None),
])
def test_chinese_reign_months_and_days(text, value, end):
    got = find_dates(text, "zh", "2017-03-22")
    assert [(d.value, d.end_value, d.calendar) for d in got] == [(value, end, "chinese")]


@pytest.mark.parametrize("text,value", [
    ("واندلعت الحرب الأهلية في كانون الأول - ديسمبر 2013 مع اتهام رئيس البلاد.", "2013-12"),
    ("في 15 كانون الأول - ديسمبر 2013", "2013-12-15"),
    ("في نيسان - أبريل 2014", "2014-04"),
])
def test_ar_month_named_twice_with_a_dash_takes_the_year(text, value):
    assert [v for v, _e, _s in _read(text, "ar", AR_PUB)] == [value]


def test_ar_two_months_with_a_dash_are_no_one_month():
    got = _read("من يناير - مارس 2014", "ar", AR_PUB)
    assert ("2014-01", None, "يناير - مارس 2014") not in got and [v for v, _e, _s in got] == ["2014-03"], got


def test_ar_weekday_joined_to_a_coming_one_is_coming():
    text = "وتستكمل المباريات غداً حيث يلتقي الجمعة بنفيكا مع فيورنتينا، والسبت برشلونة مع مانشستر يونايتد."
    got = [(v, s) for v, _e, s in _read(text, "ar", AR_PUB)]
    assert ("2015-07-24", "الجمعة") in got and ("2015-07-25", "السبت") in got, got


def test_ar_weekday_joined_to_a_past_one_stays_past():
    text = "وقتل جندي الجمعة في هجوم، والسبت في اشتباك آخر."
    assert [v for v, _e, _s in _read(text, "ar", AR_PUB)] == ["2015-07-17", "2015-07-18"]


@pytest.mark.parametrize("text,value,end", [
    ("دعت الإدارة المرشحين خلال الفترة من 10 إلى 12 يوليو الجاري.", "2015-07-10", "2015-07-12"),
    ("في الفترة من العاشر إلى العشرين من الشهر الجاري.", "2015-07-10", "2015-07-20"),
    ("من الخامس إلى السابع من أغسطس المقبل", "2015-08-05", "2015-08-07"),
    # a Hijri month: the first day counted back in its own calendar (10 Shawwal 1436 is 26 July 2015)
    ("في الفترة من العاشر إلى العشرين من شهر شوال الجاري.", "2015-07-26", "2015-08-05"),
    ("من 1 إلى 3 شوال 1436", "2015-07-17", "2015-07-19"),
])
def test_ar_run_of_days_before_a_dated_day(text, value, end):
    assert [(v, e) for v, e, _s in _read(text, "ar", AR_PUB)] == [(value, end)]


def test_ar_run_of_days_needs_the_first_before_the_last():
    assert [(v, e) for v, e, _s in _read("من 5 إلى 3 يوليو", "ar", AR_PUB)] != [("2015-07-05", "2015-07-03")]
