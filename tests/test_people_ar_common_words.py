"""Arabic phrases that open like a name (issue 10, helper people): a given name that is also a noun after a
preposition (في عمر 'at an age', في صباح), and words that end no name (بواقع 'at the rate of', المملكة, weekdays).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import person_mentions


def people(stage, text: str) -> list[str]:
    return [m.text for m in person_mentions(stage, text, "ar")]


@pytest.mark.parametrize("text", [
    "ارتفع سهم سلام بواقع 2 في المائة في تعاملات أمس.",
    "يتزوج كثير من الشباب في عمر يتراوح بين 25 و30 عاما.",
    "بلغت حصة الفرد من الدعم الحكومي نحو ألف دولار.",
    "أعلنت الشرطة الحصيلة الجديدة صباح الثلاثاء.",
])
def test_no_person(stage, text):
    assert people(stage, text) == []


def test_a_name_after_a_preposition_that_is_no_noun_of_the_list(stage):
    assert "عمر الصفار" in people(stage, "التقى الوزير مع عمر الصفار في الرياض.")


@pytest.mark.parametrize("text", [
    "وعاد اللاعب إلى ناديه السابق بعد موسم واحد.",  # his former club, not Nadia
    "وقع المهاجم عقدا مع ناديه الجديد.",
])
def test_a_noun_with_the_pronoun_is_no_given_name_in_ta_marbuta(stage, text):
    assert people(stage, text) == []


def test_the_given_name_written_with_ta_marbuta_stays_a_name(stage):
    assert "نادية لطفي" in people(stage, "قالت نادية لطفي إن الفيلم سيعرض قريبا.")
