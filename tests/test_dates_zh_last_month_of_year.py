"""zh a year's last month named by its place ("2005年最后一个月", "2005年末月", "2005年的最後一個月"): month 12 of that year,
as "2005年首月" is month 1 and "2012年第3个月" month 3."""
from bilat.stages.dates import find_dates

PUB = "2021-06-14"


def _read(text: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in find_dates(text, "zh", PUB)]


def test_last_month_of_a_year():
    assert _read("2005年最后一个月") == [("2005年最后一个月", "2005-12")]
    assert _read("2005年末月") == [("2005年末月", "2005-12")]
    assert _read("98年的最后一个月") == [("98年的最后一个月", "1998-12")]
    assert _read("2005年的最後一個月") == [("2005年的最後一個月", "2005-12")]


def test_first_and_nth_month_unchanged():
    assert _read("2005年首月") == [("2005年首月", "2005-01")]
    assert _read("2012年第3个月") == [("2012年第3个月", "2012-03")]
