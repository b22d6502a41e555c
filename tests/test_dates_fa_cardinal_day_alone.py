"""fa: a Solar day as a cardinal word said alone ("یازده اردیبهشت", "پانزده آبان") is that day of publication's Solar
year, as "۱۵ آبان" alone is; in running text, or before a month name that is also a common word (تیر, مهر, دی), a
cardinal needs a weekday before it or a year after it, as before."""
from bilat.stages.dates import find_dates

PUB = "2023-12-11"


def _read(text: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in find_dates(text, "fa", PUB)]


def test_cardinal_day_alone():
    assert _read("یازده اردیبهشت") == [("یازده اردیبهشت", "2023-05-01")]
    assert _read("پانزده آبان") == [("پانزده آبان", "2023-11-06")]
    assert _read("بیست و دو بهمن") == [("بیست و دو بهمن", "2024-02-11")]


def test_cardinal_before_a_common_word_month_stays_no_date():
    assert _read("سه تیر") == []
    assert _read("ده مهر") == []


def test_cardinal_in_running_text_stays_no_date():
    assert _read("او دو خرداد را ستود") == []
