"""English names with the role set off by a comma after them (issue 10, stop 51): "Brian McKeon, a senior
Pentagon official, said" (roles.json en_apposition_heads): the name is a person, its later bare surname too,
and a country named in the apposition before its head is the person's ("Dalmir Oskavet, a former Israeli
ambassador": Israel). Invented names."""

from __future__ import annotations

import pytest

from bilat.stages.names import Registry


def persons(tagger, text, lang="en"):
    mentions, _ = Registry(tagger).process(text, lang)
    return [(m.text, m.iso3) for m in mentions if m.kind == "person"]


@pytest.mark.parametrize("text, name, iso3", [
    ("At a hearing this week, Brennick Talwood, a senior Pentagon official, said the test had failed.",
     "Brennick Talwood", "USA"),
    ("Dalmir Oskavet, a former Israeli ambassador to the United States, said the deal was close.",
     "Dalmir Oskavet", "ISR"),
    ("\"Nothing has changed,\" said Orrin Vellacott, a spokesman for the council.", "Orrin Vellacott", None),
    ("Jessamy Quarrell, head of the Asia program at a research centre, said the launch failed.",
     "Jessamy Quarrell", None),
])
def test_en_name_before_apposition(tagger, text, name, iso3):
    assert (name, iso3) in persons(tagger, text)


def test_en_bare_surname_after_apposition_name(tagger):
    text = ("Jessamy Quarrell, head of the Asia program at a research centre, said the launch failed. "
            "\"They will try again,\" Quarrell said.")
    assert [n for n, _ in persons(tagger, text)] == ["Jessamy Quarrell", "Quarrell"]


@pytest.mark.parametrize("text", [
    "New York, the largest city in the country, said nothing.",
    "Blue Lagoon, a popular spot for tourists, was closed on Monday.",
    "Grand Harbour, the main port, reopened after the storm.",
])
def test_en_apposition_without_a_person_head(tagger, text):
    assert persons(tagger, text) == []
