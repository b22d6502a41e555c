"""Arabic role words in their feminine and indefinite forms (سفيرة, وزيرة, مبعوث, المستشارة), the chargé
d'affaires written with أعمال indefinite (القائم بأعمال السفارة) or feminine (القائمة بالأعمال), and the titles
العاهل, الجنرال, الملكة: a name after one is a person. Sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import person_mentions

from bilat.stages.entities import make_stage


@pytest.fixture()
def stage():
    return make_stage()


def people(stage, text: str) -> dict[str, str | None]:
    return {m.text: m.iso3 for m in person_mentions(stage, text, "ar")}


@pytest.mark.parametrize("text, name, country", [
    ("واستقبل الوزير سفيرة النرويج لدى الأردن هيلدا كارلسن وبحث معها التعاون.", "هيلدا كارلسن", "NOR"),
    ("وقالت وزيرة التجارة الكندية ماري نغ إن أوتاوا تدرس الرد.", "ماري نغ", "CAN"),
    ("وقال القائم بأعمال السفارة الأمريكية ستيفن فاغن إن واشنطن تتابع الوضع.", "ستيفن فاغن", "USA"),
    ("وأكدت القائمة بالأعمال البريطانية سارة ويليامز أن لندن تدعم الحوار.", "سارة ويليامز", "GBR"),
    ("وقالت المستشارة الألمانية أنجيلا ميركل إن برلين ستواصل دعم الاتفاق.", "أنجيلا ميركل", "DEU"),
])
def test_a_name_after_a_feminine_or_indefinite_role_word(stage, text, name, country):
    assert people(stage, text).get(name) == country


def test_the_general_before_a_foreign_name(stage):
    found = people(stage, "وقال الجنرال الأمريكي كينيث ماكنزي إن القوات باقية.")
    assert found.get("كينيث ماكنزي") == "USA"
