"""ru: a day of the month named by "числа" and a month counted from publication's ("5 числа следующего месяца",
"15-го числа прошлого месяца"), and a month after a part-of-month phrase ("в первых числах апреля", "во второй
половине мая", "к концу апреля": the month, as "в начале апреля" is)."""
from bilat.stages.dates import find_dates

PUB = "2024-03-12"


def _read(text: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in find_dates(text, "ru", PUB)]


def test_day_of_next_and_last_month():
    assert _read("Выплаты начнутся 5 числа следующего месяца.") == [("5 числа следующего месяца", "2024-04-05")]
    assert _read("Договор подписали 15-го числа прошлого месяца.") == [("15-го числа прошлого месяца", "2024-02-15")]
    assert _read("пятнадцатого числа текущего месяца") == [("пятнадцатого числа текущего месяца", "2024-03-15")]


def test_day_of_every_month_stays_no_date():
    assert _read("Зарплату платят 15 числа каждого месяца.") == []


def test_month_after_part_of_month_phrases():
    assert _read("Переговоры пройдут в первых числах апреля.") == [("апреля", "2024-04")]
    assert _read("Ремонт закончат во второй половине мая.") == [("мая", "2024-05")]
    assert _read("Отчёт подготовят к концу апреля.") == [("апреля", "2024-04")]
