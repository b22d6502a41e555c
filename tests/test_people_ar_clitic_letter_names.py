"""Arabic: a listed given name that starts with a letter read as a clitic or verb prefix (ك, ت, ف: كوامي, تساحي,
فرنسوا) starts a name after a role word (issue 10, people, dev batch 39; roles.json given_names). Sentences written
for these tests."""

from __future__ import annotations

import pytest
from conftest import person_countries


def people(stage, text: str) -> dict[str, str | None]:
    return person_countries(stage, text, "ar")


@pytest.mark.parametrize("text, name, iso3", [
    ("وانتقد السفير الفرنسي فرنسوا ماريتان القرار أمس.", "فرنسوا ماريتان", "FRA"),
    ("واستقبل وزير الخارجية الغاني كوامي أدجي نظيره.", "كوامي أدجي", "GHA"),
    ("وقال وزير الزراعة الإسرائيلي تساحي بارون إن المحصول تراجع.", "تساحي بارون", "ISR"),
])
def test_listed_given_name_with_a_clitic_letter(stage, text, name, iso3):
    assert people(stage, text).get(name) == iso3


def test_a_clitic_and_a_noun_stay_no_name(stage):
    assert "فالحكومة مستمرة" not in people(stage, "وقال السفير الفرنسي فالحكومة مستمرة في عملها.")
