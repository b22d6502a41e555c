"""Years of the Thai and Persian calendars are no figures in the story linker's ``numbers`` (docs/stories.md, round
twenty-six): two Thai reports of unrelated events of one year both write the Buddhist-era year, and sharing it is
no evidence that they report one event."""

from bilat.corpus.stories import numbers


def test_thai_buddhist_year_is_left_out_in_thai_text():
    text = "เมื่อวันที่ 3 มีนาคม 2568 มีผู้บาดเจ็บ 137 คน"
    assert numbers(text, "th") == frozenset({"137"})
    # the same digits in another language's text are a count, as before
    assert "2568" in numbers("The agency counted 2568 displaced families.", "en")


def test_persian_solar_year_is_left_out_in_persian_text():
    text = "در اسفند ۱۴۰۳ دست‌کم ۴۲ نفر بازداشت شدند"
    assert numbers(text, "fa") == frozenset({"42"})
    assert numbers(text) == frozenset({"1403", "42"})  # without a language, only Gregorian years are dropped


def test_gregorian_years_still_left_out_and_counts_kept():
    # a number written with a thousands separator is a count, whatever its value
    assert numbers("In 2024 some 2,568 people and 1403 cars", "th") == frozenset({"2568", "1403"})
    assert numbers("2,025 soldiers in 2025", "en") == frozenset({"2025"})
    assert numbers("Năm 2025 có 311 phiếu", "vi") == frozenset({"311"})
