"""fa: a Lunar Hijri holiday in running text with a year or a direction word ("نیمه شعبان ۱۴۴۵ قمری", "عید فطر ۱۴۰۳",
"عید قربان آینده"), and a Hijri month or day with a Persian direction word ("ماه رمضان گذشته", "۱۵ شعبان آینده")."""
from bilat.stages.dates import find_dates

PUB = "2024-03-05"  # 24 Sha'ban 1445 (Umm al-Qura), 15 Esfand 1402


def _read(text: str, lang: str = "fa") -> list[tuple[str, str | None, str | None]]:
    return [(d.text, d.value, d.end_value) for d in find_dates(text, lang, PUB)]


def test_a_holiday_with_a_lunar_year():
    assert _read("وزیر خارجه در نیمه شعبان ۱۴۴۵ قمری به مسکو رفت.") == [("نیمه شعبان ۱۴۴۵ قمری", "2024-02-25", None)]
    assert _read("جشن نیمه شعبان ۱۴۴۵ در تهران برگزار شد.") == [("نیمه شعبان ۱۴۴۵", "2024-02-25", None)]


def test_a_persian_year_is_solar_unless_marked():
    # 1403 SH runs 2024-03-20 to 2025-03-20: its Eid al-Fitr is 1 Shawwal 1445
    assert _read("رئیس جمهور در عید فطر ۱۴۰۳ به ترکیه سفر می‌کند.") == [("عید فطر ۱۴۰۳", "2024-04-10", None)]
    assert _read("رئیس جمهور در عید قربان سال ۱۴۰۲ به ترکیه رفت.") == [("عید قربان سال ۱۴۰۲", "2023-06-28", None)]


def test_a_holiday_with_a_gregorian_year():
    assert _read("وزیر خارجه در عید قربان 2023 به مسکو رفت.") == [("عید قربان 2023", "2023-06-28", None)]


def test_a_holiday_with_a_direction_word():
    assert _read("وزیر خارجه در عید فطر آینده به مسکو می‌رود.") == [("عید فطر آینده", "2024-04-10", None)]
    assert _read("وزیر خارجه در عید فطر گذشته به مسکو رفت.") == [("عید فطر گذشته", "2023-04-21", None)]


def test_a_holiday_in_running_text_with_neither_is_no_date():
    assert _read("وزیر خارجه تبریک عید فطر را به همتای ترک خود گفت.") == []


def test_a_hijri_month_with_a_persian_direction_word():
    assert _read("رئیس جمهور در ماه رمضان گذشته به مسکو رفت.") == [("ماه رمضان گذشته", "2023-03-23", "2023-04-20")]
    assert _read("رئیس جمهور در ماه رمضان امسال به مسکو می‌رود.") == [("ماه رمضان امسال", "2024-03-11", "2024-04-09")]


def test_a_hijri_day_with_a_persian_direction_word():
    assert _read("رئیس جمهور در ۱۵ شعبان گذشته به مسکو رفت.") == [("۱۵ شعبان گذشته", "2024-02-25", None)]
    assert _read("رئیس جمهور در ۱۵ رمضان آینده به مسکو می‌رود.") == [("۱۵ رمضان آینده", "2024-03-25", None)]


def test_arabic_direction_words_still_read():
    assert _read("زار الوزير موسكو في رمضان الماضي.", "ar") == [("رمضان الماضي", "2023-03-23", "2023-04-20")]
    assert _read("يزور الوزير موسكو في 5 رمضان المقبل.", "ar") == [("5 رمضان المقبل", "2024-03-15", None)]
