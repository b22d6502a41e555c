"""Relative day, week and month counts of any size: zh in digits or Chinese numerals ("一百天后", "一百二十天前",
"100天后"), valued through numerals.chinese_number; a spoken range ("两三天后") stays no count; in every language a count in digits up to three ("100 days ago", "قبل 100 يوم"). Also the key normaliser
(one helper) that lets "سه‌شنبه" and "سه شنبه" name one weekday."""
from bilat.stages.dates import _one_space, find_dates

PUB = "2024-01-01"


def _read(text: str, lang: str = "zh") -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in find_dates(text, lang, PUB)]


def test_zh_hundred_days_later_alone():
    assert _read("一百天后") == [("一百天后", "2024-04-10")]
    assert _read("100天后") == [("100天后", "2024-04-10")]


def test_zh_counts_past_a_month_in_a_sentence():
    assert _read("新法将于一百二十天后生效。") == [("一百二十天后", "2024-04-30")]
    assert _read("三十二天后") == [("三十二天后", "2024-02-02")]


def test_zh_large_counts_ago():
    assert _read("一百零五天前") == [("一百零五天前", "2023-09-18")]
    assert _read("两千天前") == [("两千天前", "2018-07-11")]
    assert _read("三十六个月后") == [("三十六个月后", "2027-01")]


def test_zh_spoken_range_and_ordinal_stay_no_count():
    assert _read("两三天后") == []
    assert _read("三五天前") == []
    assert _read("第一百天后") == []


def test_one_space_key():
    assert _one_space("سه\u200cشنبه") == "سه شنبه"
    assert _one_space("ماه \u200c  آینده") == "ماه آینده"
    assert [v for _, v in _read("روز سه\u200cشنبه", "fa")] == [v for _, v in _read("روز سه شنبه", "fa")] == ["2024-01-02"]


def test_three_digit_day_counts_in_every_language():
    pub = "2024-03-12"
    cases = [("en", "The deadline passed 100 days ago.", "100 days ago", "2023-12-03"),
             ("ru", "Выборы пройдут через 100 дней.", "через 100 дней", "2024-06-20"),
             ("ar", "بدأت الحملة قبل 100 يوم.", "قبل 100 يوم", "2023-12-03"),
             ("fa", "این طرح ۱۰۰ روز پیش آغاز شد.", "۱۰۰ روز پیش", "2023-12-03"),
             ("vi", "Dự án khởi công 100 ngày trước.", "100 ngày trước", "2023-12-03"),
             ("th", "โครงการเริ่มเมื่อ 100 วันก่อน", "100 วันก่อน", "2023-12-03")]
    for lang, text, span, value in cases:
        assert [(d.text, d.value) for d in find_dates(text, lang, pub)] == [(span, value)], (lang, text)
