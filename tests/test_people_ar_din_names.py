"""Arabic given names of the X الدين shape whose first word starts with a letter the reader takes for a clitic or a
verb prefix (تاج الدين, بهاء الدين, فخر الدين): a name (issue 10, people, dev batch 39). Sentences written for these
tests."""

from __future__ import annotations

import pytest
from conftest import person_countries


def people(stage, text: str) -> dict[str, str | None]:
    return person_countries(stage, text, "ar")


@pytest.mark.parametrize("text, name, iso3", [
    ("وقال وزير الخارجية المصري بهاء الدين فؤاد إن المشاركة مهمة.", "بهاء الدين فؤاد", "EGY"),
    ("وقال السفير المغربي فخر الدين العلوي إن العلاقات متينة.", "فخر الدين العلوي", "MAR"),
])
def test_din_name_after_a_role(stage, text, name, iso3):
    assert people(stage, text).get(name) == iso3


def test_din_name_as_speaker_and_its_surname_after(stage):
    found = people(stage, "قال تاج الدين الزموري، أستاذ القانون، إن المشاركة مهمة. وأكد الزموري أن الموقف ثابت.")
    assert "تاج الدين الزموري" in found and "الزموري" in found


def test_conjunction_before_a_din_name_is_no_part_of_it(stage):
    assert not any(n.startswith("وصلاح") for n in people(stage, "وقال وزير الخارجية المصري وصلاح الدين إن المشاركة مهمة."))
