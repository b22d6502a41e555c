"""Arabic: a name set off by a comma before a deputy's, assistant's or adviser's word and the role word after it
(X، نائب رئيس الوزراء الإيطالي; roles.json role_qualifiers) is the person of that role phrase, with its country
(issue 10, people, dev batch 39). Only a name the Arabic reader takes whole. Sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import person_countries


def people(stage, text: str) -> dict[str, str | None]:
    return person_countries(stage, text, "ar")


@pytest.mark.parametrize("text, name, iso3", [
    ("وأكد ماركو بيانكي، نائب رئيس الوزراء الإيطالي، أن روما لن تتراجع.", "ماركو بيانكي", "ITA"),
    ("وحضر هيرفي غوردان، مستشار الرئيس الفرنسي، الاجتماع.", "هيرفي غوردان", "FRA"),
])
def test_name_before_a_qualified_role(stage, text, name, iso3):
    assert people(stage, text).get(name) == iso3


def test_a_verb_and_its_object_before_a_qualified_role_are_no_name(stage):
    assert people(stage, "وحضر الاجتماع، نائب رئيس الوزراء الإيطالي.") == {}
