"""Arabic: the given name Ali (علي) and the preposition 'on' (على) fold alike. Where a text writes the
preposition with its alif maqsura, the dotted ya marks the name, so a role's person named Ali is found
(وزير الخارجية الإيراني علي خاجي); before a noun the preposition takes in a set phrase (علي امتداد) the
writer spelt the preposition with a ya, and no name starts. Sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import person_mentions


def people(stage, text: str) -> dict[str, str | None]:
    return {m.text: m.iso3 for m in person_mentions(stage, text, "ar")}


@pytest.mark.parametrize("text, name, country", [
    ("وقال مساعد وزير الخارجية الإيراني علي خاجي إن طهران تصر على الحوار.", "علي خاجي", "IRN"),
    ("وأكد وزير النفط الكويتي علي العمير أن بلاده حريصة على استقرار السوق.", "علي العمير", "KWT"),
    ("وشدد السفير العراقي لدى عمان علي بن ناصر الدليمي على متانة العلاقات.", "علي بن ناصر الدليمي", "IRQ"),
])
def test_ali_after_a_role_in_a_text_that_writes_ala(stage, text, name, country):
    assert people(stage, text).get(name) == country


def test_ali_with_no_title_starts_a_name(stage):
    assert "علي الشمري" in people(stage, "وحضر الحفل علي الشمري ووفد من الوزارة، وأثنى الحضور على التنظيم.")


@pytest.mark.parametrize("text", [
    "وتقام الفعاليات علي امتداد الساحل، وتستمر الاحتفالات على مدى أسبوع.",
    "وأقيم المهرجان علي ضفاف النهر بعد أن وافقت البلدية على الخطة.",
])
def test_the_preposition_spelt_with_a_ya_before_a_set_phrase_noun_is_no_name(stage, text):
    assert not any(name.startswith("علي") for name in people(stage, text))


def test_a_text_that_never_writes_ala_keeps_ali_ambiguous(stage):
    # no على anywhere: the writer may spell the preposition علي, so it starts no name of itself
    assert not any(name.startswith("علي") for name in people(stage, "وحصل الفريق علي موافقة الاتحاد."))
