"""A bare surname of a person named in full earlier in the document is that person, before a place of the
same spelling (names.surname_mentions): "Kerry's arrival in Norway" after "John Kerry" is not County Kerry,
"Harper said" after "Stephen Harper" is not Harper in Liberia. Without the full name the place stays.
Sentences composed for the test."""
from __future__ import annotations

import pytest

from bilat.records import Document
from bilat.stages import entities


@pytest.fixture(scope="module")
def stage():
    return entities.make_stage(learn=False)


def mentions_of(stage, text, word, lang="en"):
    doc = stage(Document(id="t", source="t", original="", lang=lang, text=text))
    return [(m.kind, m.iso3) for m in doc.mentions if m.text == word]


@pytest.mark.parametrize("text,full,word", [
    ("Secretary of State John Kerry met the Norwegian foreign minister. Kerry's arrival in Norway was late.",
     "John Kerry", "Kerry"),
    ("John Kerry flew to Oslo on Monday, and Kerry met the prime minister there.", "John Kerry", "Kerry"),
    ("Prime Minister Stephen Harper visited Berlin. Harper said the talks were useful.", "Stephen Harper", "Harper"),
])
def test_surname_after_the_full_name_is_the_person(stage, text, full, word):
    person = mentions_of(stage, text, full)
    assert person and person[0][0] == "person"
    assert mentions_of(stage, text, word) == [person[0]]


def test_the_place_stays_without_the_full_name(stage):
    found = mentions_of(stage, "Farmers from Kerry met the Norwegian minister in Oslo.", "Kerry")
    assert found and all(kind == "place" for kind, _ in found)
