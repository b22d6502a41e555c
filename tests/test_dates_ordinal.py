"""The Nth (or last) weekday of a Solar or a Lunar Hijri month (issue 11): fa "اولین جمعه ماه مهر", Quds Day as "the last
Friday of Ramadan" in fa, ar, en, ru, zh, th and vi. Of its written year; else of the month a direction word names; else,
in running text, of the nearest such month (as a Hijri day with no year is read), and said alone of publication's Solar
year (as a Solar month said alone). Ramadan 1445 (Umm al-Qura) ran 2024-03-11 .. 2024-04-09, Ramadan 1444
2023-03-23 .. 2023-04-20; 1 Mehr 1403 was Sunday 2024-09-22."""
import pytest

from bilat.stages.dates import find_dates

PUB = "2024-03-12"  # 2 Ramadan 1445, a Tuesday


def _read(text: str, lang: str, pub: str = PUB) -> list[tuple[str, str, str | None]]:
    return [(d.text, d.value, d.end_value) for d in find_dates(text, lang, pub)]


@pytest.mark.parametrize(("lang", "text", "phrase"), [
    ("fa", "راهپیمایی روز قدس در آخرین جمعه ماه مبارک رمضان برگزار می‌شود.", "آخرین جمعه ماه مبارک رمضان"),
    ("fa", "آخرین جمعه ماه رمضان", "آخرین جمعه ماه رمضان"),
    ("ar", "تخرج المسيرات في آخر جمعة من شهر رمضان المبارك.", "آخر جمعة من شهر رمضان المبارك"),
    ("ar", "الجمعة الأخيرة من رمضان", "الجمعة الأخيرة من رمضان"),
    ("en", "Rallies are held on the last Friday of the holy month of Ramadan.", "the last Friday of the holy month of Ramadan"),
    ("ru", "Митинги проходят в последнюю пятницу священного месяца Рамадан.", "в последнюю пятницу священного месяца Рамадан"),
    ("zh", "伊朗在斋月的最后一个星期五举行集会。", "斋月的最后一个星期五"),
    ("th", "การชุมนุมจัดขึ้นในวันศุกร์สุดท้ายของเดือนรอมฎอน", "วันศุกร์สุดท้ายของเดือนรอมฎอน"),
    ("vi", "Cuộc tuần hành diễn ra vào thứ Sáu cuối cùng của tháng Ramadan.", "thứ Sáu cuối cùng của tháng Ramadan"),
])
def test_last_friday_of_ramadan(lang: str, text: str, phrase: str) -> None:
    got = _read(text, lang)
    assert [v for t, v, _e in got if phrase in t or t in phrase] == ["2024-04-05"], got


def test_hijri_month_of_a_written_year() -> None:
    assert _read("آخرین جمعه ماه رمضان ۱۴۴۴ قمری", "fa")[0][1:] == ("2023-04-14", None)
    assert _read("الجمعة الأخيرة من رمضان 1444هـ", "ar")[0][1:] == ("2023-04-14", None)
    assert _read("the first Friday of Ramadan 2023", "en")[0][1:] == ("2023-03-24", None)  # a Gregorian year
    assert _read("2023年斋月的第一个星期五", "zh")[0][1:] == ("2023-03-24", None)


def test_hijri_month_with_a_direction_word() -> None:
    # published after Ramadan 1445: the coming one is 1446's (2025-03-01 .. 2025-03-29)
    assert _read("آخر جمعة من رمضان المقبل", "ar", "2024-06-01")[0][1:] == ("2025-03-28", None)
    assert _read("آخرین جمعه ماه رمضان آینده", "fa", "2024-06-01")[0][1:] == ("2025-03-28", None)


def test_arabic_weekday_first_may_name_the_day() -> None:
    # 2 Ramadan 1445 was a Tuesday: "الثلاثاء الثاني من رمضان" is that day; "ثاني ثلاثاء" only the second Tuesday
    assert _read("الثلاثاء الثاني من رمضان 1445", "ar")[0][1] == "2024-03-12"
    assert _read("ثاني ثلاثاء من رمضان 1445", "ar")[0][1] == "2024-03-19"


def test_solar_month() -> None:
    assert _read("اولین جمعه مهرماه ۱۴۰۳", "fa")[0][1:] == ("2024-09-27", None)
    assert _read("نشست در اولین جمعه ماه مهر برگزار می‌شود.", "fa", "2024-09-01")[0][1:] == ("2024-09-27", None)
    assert _read("آخرین شنبهٔ اسفند ۱۴۰۲", "fa")[0][1:] == ("2024-03-16", None)  # 29 اسفند 1402 = Tuesday 2024-03-19


def test_not_a_month() -> None:
    assert all(v != "2024-09-27" for _t, v, _e in _read("اولین جمعه مهربانی", "fa", "2024-09-01"))
    # "the month" with no name after it stays publication's (Solar) month
    assert _read("نشست در آخرین جمعه ماه برگزار می‌شود.", "fa")[0][1] == "2024-03-15"  # اسفند 1402 ends 2024-03-19
    assert _read("the first Friday of October", "en")[0][1] == "2024-10-04"


@pytest.mark.parametrize(("text", "value"), [
    ("on Wednesday", "2025-03-12"), ("Monday", "2025-03-10"), ("on Thursday", "2025-03-13"), ("Friday", "2025-03-07"),
])
def test_en_bare_weekday_alone_is_the_latest(text: str, value: str) -> None:
    # publication Thursday 2025-03-13: a bare English weekday said alone is read as in news text, the latest one
    # (publication's day included); a modified one keeps its word ("next Friday", "this Friday")
    assert [v for _t, v, _e in _read(text, "en", "2025-03-13")] == [value]
    assert [v for _t, v, _e in _read("next Friday", "en", "2025-03-13")] != ["2025-03-07"]


def test_fa_counted_month_is_arithmetic() -> None:
    # publication 2016-08-29 (8 Shahrivar 1395): a counted month offset is the Gregorian month so many back or ahead, as
    # a counted year is; the uncounted "ماه گذشته" stays the Solar calendar month (Mordad: 2016-07-22 .. 2016-08-21)
    pub = "2016-08-29"
    assert _read("نشست وزیران دو ماه پیش برگزار شد.", "fa", pub) == [("دو ماه پیش", "2016-06", None)]
    assert _read("نشست وزیران ۳ ماه بعد برگزار می‌شود.", "fa", pub) == [("۳ ماه بعد", "2016-11", None)]
    assert _read("نشست وزیران ماه گذشته برگزار شد.", "fa", pub) == [("ماه گذشته", "2016-07-22", "2016-08-21")]
