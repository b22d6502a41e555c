"""ar: "صباح اليوم" / "مساء اليوم" (this morning, this evening) before the verb's subject or object ("استقبل الرئيس صباح
اليوم السفير", "يقام مساء اليوم الحفل") is publication's day; "صباح اليوم التالي" (the next morning) and bare "اليوم
الوطني" (the national day) are still no date."""
from bilat.stages.dates import find_dates

PUB = "2024-03-12"


def _read(text: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in find_dates(text, "ar", PUB)]


def test_this_morning_and_evening_before_a_definite_noun():
    assert _read("استقبل الرئيس صباح اليوم السفير الصيني.") == [("صباح اليوم", "2024-03-12")]
    assert _read("يقام مساء اليوم الحفل الختامي للمهرجان.") == [("مساء اليوم", "2024-03-12")]
    assert _read("تغادر ظهر اليوم البعثة إلى موسكو.") == [("ظهر اليوم", "2024-03-12")]


def test_the_next_morning_and_named_days_are_no_date():
    assert _read("وصل الوفد إلى موسكو صباح اليوم التالي.") == []
    assert _read("وصل الوفد صباح اليوم الأول من المؤتمر.") == []
    assert _read("احتفلت المملكة اليوم الوطني بحضور الوزراء.") == []
