"""Arabic: the preposition ل joined to the family name of a person the document names in full (مقالات |لبرينستاد)
is a mention of that person, for a family name of five letters or more with no article that is no given name
(لصالح 'in favour of' stays a preposition and a noun); and the circumstantial participles after a speech verb
(وأضاف قائلا:, مضيفا, موضحا: roles.json bare_names.ar.not_names) are no speaker's name (issue 10, people, dev batch
39). Sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import person_mentions


def people(stage, text: str) -> list[str]:
    return [m.text.replace("\u00a0", " ") for m in person_mentions(stage, text, "ar")]


def test_lam_on_a_family_name_of_the_document(stage):
    text = ("وقال وزير الخارجية النرويجي ديفيد برينستاد إن المحادثات مثمرة. "
            "وقدم الوفد الشكر لبرينستاد على جهوده، ونشرت الصحيفة مقالا لبرينستاد أمس.")
    assert people(stage, text).count("برينستاد") == 2


def test_lam_on_a_given_name_stays_a_preposition(stage):
    text = "وقال وزير الخارجية اليمني أحمد صالح إن المحادثات مثمرة. وصوت المجلس لصالح القرار."
    assert "صالح" not in people(stage, text)[1:]


@pytest.mark.parametrize("word", ["قائلا", "مضيفا", "موضحا", "مشيرا"])
def test_participle_after_a_speech_verb_is_no_speaker(stage, word):
    assert people(stage, f"وأضاف {word}: «الاتفاق سيوقع قريبا».") == []
