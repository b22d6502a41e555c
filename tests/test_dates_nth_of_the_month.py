"""en and ru the Nth weekday "of the month" with no direction word is of publication's month ("the third Friday of the
month"), as "of this month" is, not a bare weekday."""
from bilat.stages.dates import find_dates

PUB = "2024-03-12"


def _read(text: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in find_dates(text, "en", PUB)]


def test_en_nth_weekday_of_the_month():
    assert _read("the 3rd Friday of the month") == [("the 3rd Friday of the month", "2024-03-15")]
    assert _read("the last Friday of the month") == [("the last Friday of the month", "2024-03-29")]


def test_en_nth_weekday_of_each_month_stays_recurring():
    assert _read("the first Tuesday of each month") == []


def test_ru_nth_weekday_of_the_month():
    got = [(d.text, d.value) for d in find_dates("Собрание пройдёт в последнюю пятницу месяца.", "ru", PUB)]
    assert got == [("в последнюю пятницу месяца", "2024-03-29")]
    assert [d.value for d in find_dates("в последнюю пятницу каждого месяца", "ru", PUB)] == []
