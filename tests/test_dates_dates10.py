"""Round dates10 (issue 11): general date rules found on the dates10 dev rows, each tested on a sentence composed here."""

from bilat.stages.dates import find_dates


def _got(text, lang, pub=None):
    return [(d.text, d.value, d.end_value) for d in find_dates(text, lang, pub)]


def test_fa_day_after_tomorrow_written_solid():
    # "پسفردا": the day after tomorrow, written without its joiner
    assert _got("پسفردا جلسه شورا برگزار می‌شود.", "fa", "2021-03-01") == [("پسفردا", "2021-03-03", None)]


def test_fa_solar_days_joined_by_until():
    # "لغايت" / "الی" (until) between two full Solar dates: one range
    assert _got("مهلت ثبت نام از 1401/02/10 لغايت 1401/02/20 است", "fa") == [
        ("1401/02/10 لغايت 1401/02/20", "2022-04-30", "2022-05-10")]
    assert _got("نمایشگاه از 1400/08/01 الی 1400/08/05 دایر است", "fa")[0][1:] == ("2021-10-23", "2021-10-27")


def test_fa_two_digit_solar_year_after_a_glued_date_word():
    # "مورخ5/4/88": the date word touches the number
    assert _got("صورتجلسه مورخ5/4/88 به تصویب رسید", "fa") == [("5/4/88", "2009-06-26", None)]
    assert _got("نامه مورخه12/7/95 ارسال شد", "fa") == [("12/7/95", "2016-10-03", None)]


def test_fa_two_digit_solar_year_first_with_no_date_word():
    # "98/3/14": a first number of 50-99 is no day or month, so a Solar year of the 1350s-1390s
    assert _got("جلسه درس 98/3/14 برگزار شد", "fa") == [("98/3/14", "2019-06-04", None)]
    # not a reference number, not an amount
    assert _got("نامه شماره 98/3/14 دریافت شد", "fa") == []
    assert _got("سهم 75/10/3 درصد است", "fa") == []


def test_year_span_with_a_short_second_year():
    # "ปี 2566-69", "ปีงบประมาณ 2567/68", "năm học 2024-25": the second year by its last two digits
    assert _got("แผนพัฒนาในปี 2566-69 ได้รับอนุมัติ", "th") == [("2566-69", "2023", "2026")]
    assert _got("งบประมาณ ปีงบประมาณ 2567/68 จำนวนมาก", "th") == [("2567/68", "2024", "2025")]
    assert _got("Trường khai giảng năm học 2024-25 vào tuần sau.", "vi") == [("2024-25", "2024", "2025")]
    assert _got("Học sinh bước vào năm học mới 2023-2024 với nhiều kỳ vọng.", "vi") == [("2023-2024", "2023", "2024")]
    # a later two-digit number that is no later year leaves the first year alone
    assert _got("ในปี 2565-12 คน", "th") == [("2565", "2022", None)]


def test_english_date_in_another_script():
    # an English month name with its day and four-digit year is a date in a Thai or Vietnamese text too
    assert _got("ผลการแข่งขัน November 25, 2023 ทีมเหย้าชนะ", "th") == [("November 25, 2023", "2023-11-25", None)]
    assert _got("Buổi hòa nhạc diễn ra ngày 7 Sep 2022 tại Hà Nội.", "vi")[-1] == ("7 Sep 2022", "2022-09-07", None)
    # a name that is no month is nothing
    assert all(v[1] != "2023-05-12" for v in _got("ทีม Mayday 12, 2023 คะแนน", "th"))


def test_zh_lunar_day_without_marker():
    # "八月十五" needs 农历; "九月初九", "十月廿三" are lunar by their day words (a Gregorian day takes 日)
    assert _got("重阳节是九月初九,大家登高", "zh", "2024-10-01") == [("九月初九", "2024-10-11", None)]
    assert ("十月廿三", "2024-11-23", None) in _got("十月廿三是他的生日", "zh", "2024-11-20")
    # "三月初" alone is early March; a count after it is no day
    assert all(v[0] != "三月初二" for v in _got("三月初二十多家企业开工", "zh", "2025-03-01"))
