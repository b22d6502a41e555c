"""ru: a half or a quarter of a year written or named ("во втором полугодии 2023 года", "в первой половине прошлого
года", "в третьем квартале этого года") is the range of its months; "во второй половине дня" (the afternoon) is none."""
from bilat.stages.dates import find_dates

PUB = "2024-03-12"


def _read(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(d.text, d.value, d.end_value) for d in find_dates(text, "ru", PUB)]


def test_ru_half_of_a_written_year():
    assert _read("Во втором полугодии 2023 года товарооборот вырос.") == [
        ("втором полугодии 2023 года", "2023-07", "2023-12")]
    assert _read("В первом полугодии 2022 г. экспорт сократился.") == [("первом полугодии 2022 г.", "2022-01", "2022-06")]


def test_ru_half_or_quarter_of_a_named_year():
    assert _read("В первой половине прошлого года товарооборот вырос.") == [
        ("первой половине прошлого года", "2023-01", "2023-06")]
    assert _read("В третьем квартале этого года ожидается рост.") == [("третьем квартале этого года", "2024-07", "2024-09")]


def test_ru_half_of_the_day_is_no_date():
    assert _read("Во второй половине дня министры провели переговоры.") == []
