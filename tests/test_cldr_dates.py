"""CLDR-wide date coverage (issue 11): every month name, weekday name and relative phrase CLDR lists for
ar, fa, vi (data/cldr_dates.json, scripts/build_cldr_dates.py), Persian ezafe forms, Solar months alone."""

from __future__ import annotations

import datetime as dt
import json
from importlib.resources import files

import jdatetime
import pytest

from bilat.stages.dates import SOLAR_MONTHS, find_dates

PUB = "2025-11-12"  # a Wednesday; Solar 1404-08-21 (Aban)
CLDR = json.loads((files("bilat") / "data" / "cldr_dates.json").read_text(encoding="utf-8"))
PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def one(text: str, lang: str, pub: str | None = PUB) -> tuple[str, str | None]:
    found = find_dates(text, lang, pub)
    assert len(found) == 1, found
    return found[0].value, found[0].end_value


def test_cldr_file_records_origin_and_licence():
    assert "Unicode License" in CLDR["_about"] and "CLDR" in CLDR["_about"]
    for lang in ("ar", "fa", "vi"):
        assert len(CLDR[lang]["days"]) >= 5 and len(CLDR[lang]["weekday_phrases"]) == 21


@pytest.mark.parametrize("lang", ["ar", "fa", "vi"])
def test_every_cldr_day_word(lang):
    pub = dt.date.fromisoformat(PUB)
    frame = {"ar": "قال الوزير {} إن الاتفاق تم.", "fa": "وزیر {} گفت که توافق شد.", "vi": "Bộ trưởng nói {} rằng đã xong."}
    for phrase, off in CLDR[lang]["days"].items():
        assert one(frame[lang].format(phrase), lang)[0] == (pub + dt.timedelta(days=off)).isoformat(), phrase


@pytest.mark.parametrize("lang", ["ar", "fa", "vi"])
def test_every_cldr_period(lang):
    frame = {"ar": "قال الوزير {} إن الاتفاق تم.", "fa": "وزیر {} گفت که توافق شد.", "vi": "Bộ trưởng nói {} rằng đã xong."}
    for phrase in CLDR[lang]["periods"]:
        assert find_dates(frame[lang].format(phrase), lang, PUB), phrase


@pytest.mark.parametrize("lang", ["ar", "fa", "vi"])
def test_every_cldr_weekday_phrase(lang):
    pub = dt.date.fromisoformat(PUB)
    frame = {"ar": "التقى الوزير {} بنظيره.", "fa": "وزیر {} با همتای خود دیدار کرد.", "vi": "Bộ trưởng gặp {} với đối tác."}
    for phrase, (wd, off) in CLDR[lang]["weekday_phrases"].items():
        value, _ = one(frame[lang].format(phrase), lang)
        day = dt.date.fromisoformat(value)
        assert day.weekday() == wd, phrase
        if off == -1:
            assert day < pub and (pub - day).days <= 13, phrase
        if off == 1:
            assert day > pub and (day - pub).days <= 13, phrase


def test_ar_day_before_yesterday_and_relative_forms():
    assert one("التقى الرئيس أول أمس بوزير الخارجية.", "ar")[0] == "2025-11-10"
    assert one("التقى الرئيس الثلاثاء الماضي بوزير الخارجية.", "ar")[0] == "2025-11-11"
    assert one("سيلتقي الرئيس الأسبوع المقبل بوزير الخارجية.", "ar") == ("2025-11-16", "2025-11-22")
    assert one("التقى الرئيس في مطلع الشهر الجاري.", "ar")[0] == "2025-11"
    assert one("وذلك يوم 15 رمضان 1446 هـ.", "ar")[0] == "2025-03-15"  # Umm al-Qura (1 Ramadan 1446 = 1 March 2025)
    assert one("سيلتقي الرئيس الخميس الحالي بوزير الخارجية.", "ar")[0] == "2025-11-13"


@pytest.mark.parametrize("name", sorted(SOLAR_MONTHS))
def test_every_solar_month_in_ezafe_and_digits(name):
    month = SOLAR_MONTHS[name]
    want = jdatetime.date(1404, month, 14).togregorian().isoformat()
    spelled = {"اذر": "آذر", "ابان": "آبان"}.get(name, name)
    for form in (f"{spelled}ِ", f"{spelled}‌ماهِ", f"{spelled} ماهِ", f"{spelled}ماه"):
        for digits in (PERSIAN_DIGITS, ARABIC_DIGITS, str.maketrans("", "")):
            text = f"این نشست در ۱۴ {form} 1404 برگزار شد.".replace("1404", "1404".translate(digits))
            text = text.replace("۱۴", "14".translate(digits), 1)
            assert one(text, "fa")[0] == want, text


def test_solar_conversion_known_pairs():
    assert one("نوروز ۱ فروردین ۱۴۰۳ بود.", "fa")[0] == "2024-03-20"
    assert one("در ۱۴ آذر ۱۴۰۵ برگزار شد.", "fa")[0] == "2026-12-05"
    assert one("در ۱ فروردین ۱۴۰۴ برگزار شد.", "fa")[0] == "2025-03-21"


def test_fa_ezafe_relative_forms():
    assert one("رئیس جمهور هفتهٔ گذشته با وزیر دیدار کرد.", "fa") == ("2025-11-01", "2025-11-07")
    assert one("رئیس جمهور سه‌شنبهٔ گذشته با وزیر دیدار کرد.", "fa")[0] == "2025-11-11"
    assert one("رئیس جمهور دوشنبهٔ آینده با وزیر دیدار خواهد کرد.", "fa")[0] == "2025-11-17"
    assert one("رئیس جمهور پریروز با وزیر دیدار کرد.", "fa")[0] == "2025-11-10"
    assert one("رئیس جمهور اوایل ماه جاری با وزیر دیدار کرد.", "fa") == ("2025-10-23", "2025-11-21")
    assert one("رئیس جمهور ۱۴ آذرماه با وزیر دیدار کرد.", "fa")[0] == "2025-12-05"


def test_fa_solar_month_alone():
    assert one("رئیس جمهور اواخر آبان با وزیر دیدار کرد.", "fa") == ("2025-10-23", "2025-11-21")
    assert one("رئیس جمهور در آذرماه با وزیر دیدار کرد.", "fa") == ("2025-11-22", "2025-12-21")
    assert one("رئیس جمهور در آذرماه گذشته با وزیر دیدار کرد.", "fa") == ("2024-11-21", "2024-12-20")
    assert one("رئیس جمهور در آبان ماه سال گذشته با وزیر دیدار کرد.", "fa") == ("2024-10-22", "2024-11-20")
    assert one("در دی ماه آینده برگزار خواهد شد.", "fa") == ("2025-12-22", "2026-01-20")
    assert not find_dates("او در مهر و محبت زندگی کرد.", "fa", PUB)  # kindness, not the month
    assert not find_dates("او با تیر و کمان آمد.", "fa", PUB)


def test_vi_cldr_forms():
    assert one("Hôm thứ Ba tuần trước, ông đã đến.", "vi")[0] == "2025-11-04"
    assert one("Ông sẽ đến vào Thứ Sáu tuần sau.", "vi")[0] == "2025-11-21"
    assert one("Ông sẽ đến vào tuần tới.", "vi") == ("2025-11-17", "2025-11-23")
    assert one("Sáng nay, ông đã đến.", "vi")[0] == "2025-11-12"
    assert one("Hôm kia, ông đã đến.", "vi")[0] == "2025-11-10"


def test_ar_words_glued_to_conjunction_or_preposition():
    assert one("وأمس التقى الرئيس بوزير الخارجية.", "ar")[0] == "2025-11-11"
    assert one("وغداً يلتقي الرئيس بوزير الخارجية.", "ar")[0] == "2025-11-13"
    assert one("والثلاثاء الماضي التقى الرئيس بوزير الخارجية.", "ar")[0] == "2025-11-11"
    assert one("بالأسبوع الماضي التقى الرئيس بوزير الخارجية.", "ar") == ("2025-11-02", "2025-11-08")
    assert one("التقى الرئيس بالأمس بوزير الخارجية.", "ar")[0] == "2025-11-11"
    assert not find_dates("عاد كما كان بالأمس القريب.", "ar", PUB)  # "recently"
    assert not find_dates("ولامس الماء الأرض.", "ar", PUB)  # "touched": ل is no clitic before a bare word


def test_ar_day_of_relative_month():
    assert one("التقى الرئيس في الثالث من الشهر الجاري بوزير الخارجية.", "ar")[0] == "2025-11-03"
    assert one("التقى الرئيس في 3 من الشهر الجاري بوزير الخارجية.", "ar")[0] == "2025-11-03"
    assert one("التقى الرئيس في الخامس من الشهر الماضي بوزير الخارجية.", "ar")[0] == "2025-10-05"
    assert one("سيلتقي الرئيس في العاشر من الشهر المقبل بوزير الخارجية.", "ar")[0] == "2025-12-10"


def test_fa_glued_prepositions_and_written_ezafe():
    assert one("رئیس جمهور درماه گذشته با وزیر دیدار کرد.", "fa") == ("2025-09-23", "2025-10-22")
    assert one("رئیس جمهور ازهفته گذشته با وزیر دیدار کرد.", "fa") == ("2025-11-01", "2025-11-07")
    assert one("رئیس جمهور در هفته‌ی آینده با وزیر دیدار خواهد کرد.", "fa") == ("2025-11-15", "2025-11-21")
    assert one("رئیس جمهور سه‌شنبه‌ی گذشته با وزیر دیدار کرد.", "fa")[0] == "2025-11-11"
    assert not find_dates("رئیس جمهور تاامروز با وزیر دیدار نکرده است.", "fa", PUB)  # "so far", as "تا امروز"


def test_fa_previous_and_coming_periods():
    assert one("رئیس جمهور هفته قبل با وزیر دیدار کرد.", "fa") == ("2025-11-01", "2025-11-07")
    assert one("رئیس جمهور سال قبل با وزیر دیدار کرد.", "fa")[0] == "2024"  # Solar 1403
    assert one("رئیس جمهور هفته پیش رو با وزیر دیدار خواهد کرد.", "fa") == ("2025-11-15", "2025-11-21")
    assert not find_dates("او سال قبل از انقلاب آمد.", "fa", PUB)  # the year before the revolution


def test_vi_months_in_words():
    assert one("Ngày 7 tháng Giêng năm 2020, ông đến.", "vi")[0] == "2020-01-07"
    assert one("Ông đến hôm thứ ba ngày 7 tháng giêng năm 2020.", "vi")[0] == "2020-01-07"
    assert one("Ngày 5 tháng Ba năm 2025, ông đến.", "vi")[0] == "2025-03-05"
    assert one("Tháng Mười Hai tới ông sẽ đến.", "vi")[0] == "2025-12"
    assert one("Vào tháng Năm năm ngoái, ông đến.", "vi")[0] == "2024-05"
    assert not find_dates("Ông làm việc ngày tháng năm nào cũng vậy.", "vi", PUB)
    assert not find_dates("Rằm tháng Giêng là lễ lớn.", "vi", PUB)  # a lunar month


def test_vi_day_of_relative_month_and_periods():
    assert one("Ông đến vào ngày 5 tháng này.", "vi")[0] == "2025-11-05"
    assert one("Ông đến vào ngày mùng 5 tháng trước.", "vi")[0] == "2025-10-05"
    assert one("Ông đến tuần vừa rồi.", "vi") == ("2025-11-03", "2025-11-09")
    assert one("Ông đến tháng vừa qua.", "vi")[0] == "2025-10"


def test_zh_months_range_in_a_relative_year():
    assert one("今年1至6月，出口增长。", "zh") == ("2025-01", "2025-06")
    assert one("去年1-10月，出口增长。", "zh") == ("2024-01", "2024-10")
    assert one("2025年1至6月，出口增长。", "zh") == ("2025-01", "2025-06")


def test_vi_month_of_a_relative_year():
    assert one("Giữa tháng 10 năm ngoái, ông đến.", "vi")[0] == "2024-10"
    assert one("Tháng 3 năm sau ông sẽ đến.", "vi")[0] == "2026-03"
    assert one("Tháng 2 năm nay ông đến.", "vi")[0] == "2025-02"


def test_ar_more_forms():
    assert one("التقى الرئيس في 2025/11/12 بوزير الخارجية.", "ar")[0] == "2025-11-12"
    assert one("التقى الرئيس يوم 11 الجاري بوزير الخارجية.", "ar")[0] == "2025-11-11"
    assert not find_dates("خلال 11 الماضي.", "ar", PUB)
    assert one("سيلتقي الرئيس صباح الغد بوزير الخارجية.", "ar")[0] == "2025-11-13"
    assert one("التقى الرئيس العام المنقضي بوزير الخارجية.", "ar")[0] == "2024"


def test_fa_more_forms():
    assert one("رئیس جمهور ژانویه آینده با وزیر دیدار خواهد کرد.", "fa")[0] == "2026-01"
    assert one("رئیس جمهور هفته آتی با وزیر دیدار خواهد کرد.", "fa") == ("2025-11-15", "2025-11-21")
    assert one("رئیس جمهور ۲۰ ماه جاری با وزیر دیدار کرد.", "fa")[0] == "2025-11-11"
    assert one("رئیس جمهور بیستم ماه گذشته با وزیر دیدار کرد.", "fa")[0] == "2025-10-12"
    assert not find_dates("در ۲۰ ماه گذشته تورم بالا بود.", "fa", PUB)  # the past 20 months


def test_fa_short_year_parts_of_month_and_dashes():
    assert one("رئیس جمهور ۲۰ آبان ۰۴ با وزیر دیدار کرد.", "fa")[0] == "2025-11-11"
    assert one("قیام ۱۵ خرداد ۴۲ رخ داد.", "fa")[0] == "1963-06-05"
    assert one("رئیس جمهور در تاریخ ۱۴۰۴-۸-۲۰ با وزیر دیدار کرد.", "fa")[0] == "2025-11-11"
    assert one("رئیس جمهور در دهه اول آبان با وزیر دیدار کرد.", "fa") == ("2025-10-23", "2025-11-21")
    assert one("رئیس جمهور در نیمه دوم آبان با وزیر دیدار کرد.", "fa") == ("2025-10-23", "2025-11-21")
    assert one("رئیس جمهور روز اول آبان با وزیر دیدار کرد.", "fa")[0] == "2025-10-23"


def test_ar_marks_on_weekdays_and_hijri_month_variants():
    assert one("أعلنت الوزارة الثلاثاءَ الماضيَ أن الرئيس التقى.", "ar")[0] == "2025-11-11"
    assert one("في 20 ربيع ثاني 1447هـ التقى الرئيس.", "ar")[0] == "2025-10-12"


def test_vi_two_days_joined_by_va():
    assert one("Ông đến trong hai ngày 11 và 12/11.", "vi") == ("2025-11-11", "2025-11-12")
    assert not find_dates("Có 1 và 2/3 số phiếu.", "vi", PUB)


@pytest.mark.parametrize("text", ["در آذرماه گذشته", "۱۴ آذر امسال", "ماه گذشته", "۲۰ ماه جاری", "آبان ماه سال جاری",
                                  "اواخر آبان", "بیستم ماه گذشته"])
def test_fa_no_exception_at_calendar_edges(text):
    for pub in ("9999-12-31", "0001-01-01", "9378-03-21"):
        find_dates(text, "fa", pub)  # no exception, whatever is found


def test_days_ago():
    assert one("وقبل يومين أعلن رئيس الوزراء تعديلات.", "ar")[0] == "2025-11-10"
    assert one("ومنذ ثلاثة أيام أعلن رئيس الوزراء تعديلات.", "ar")[0] == "2025-11-09"
    assert one("دو روز پیش رئیس جمهور اعلام کرد.", "fa")[0] == "2025-11-10"
    assert not find_dates("سه روز قبل از انتخابات اعلام شد.", "fa", PUB)  # three days before the election
    assert one("Hai ngày trước, ông đã đến.", "vi")[0] == "2025-11-10"
    assert not find_dates("3 ngày trước khi bầu cử, ông đến.", "vi", PUB)


def test_ar_this_month_day_ranges_and_glued_li():
    assert one("وسيكون يوم العاشر من هذا الشهر عطلة رسمية.", "ar")[0] == "2025-11-10"
    assert one("ستكون 17 - 18 من الشهر الجاري عطلتين.", "ar") == ("2025-11-17", "2025-11-18")
    assert one("أعلنت المحافظات تعطيل الدوام ليوم غد الخميس.", "ar")[0] == "2025-11-13"


def test_fa_day_month_word_before_month_name():
    assert find_dates("امروز، سیزدهم ماه آبان در ایران مصادف است.", "fa", PUB)[-1].value == "2025-11-04"
