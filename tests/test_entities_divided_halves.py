""""The North" / "the South" stand for North / South Korea in a document that names both
(entities.DIVIDED_HALVES, divided_halves): "the North rejected the South's proposal" is an act of North Korea
on South Korea. Not in a story about Sudan and South Sudan, not a lower-case direction, not the first word of
a longer name (the South China Sea). Sentences composed for the test."""
from __future__ import annotations

import pytest

from bilat.pipeline import Pipeline, document_from_raw
from bilat.records import Document, RawArticle
from bilat.stages import entities, events


@pytest.fixture(scope="module")
def stage():
    return entities.make_stage(learn=False)


def sides(stage, text):
    doc = stage(Document(id="t", source="t", original="", lang="en", text=text))
    return [(m.text, m.iso3) for m in doc.mentions if m.text in ("North", "South")]


def test_the_north_and_the_south_are_the_koreas(stage):
    text = "North Korea fired a missile on Monday. Seoul said the North rejected its call, and the North warned the South."
    assert sides(stage, text) == [("North", "PRK"), ("North", "PRK"), ("South", "KOR")]


def test_a_capital_names_a_half(stage):
    text = "North Korea tested a missile. Seoul said the North had ignored the South's warnings."
    assert sides(stage, text) == [("North", "PRK"), ("South", "KOR")]


@pytest.mark.parametrize("text", [
    "North Korea fired a missile. The North said the test was a success.",  # one half only
    "Sudan and South Sudan signed a deal. The North rejected the plan and warned the South.",
    "North Korea and South Korea sent ships to the South China Sea and the North Atlantic.",
    "North Korea and South Korea held drills in the north of the peninsula and in the south.",
])
def test_not_the_koreas(stage, text):
    assert sides(stage, text) == []


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline(options={"events": {"embeddings": False}})


def test_the_north_acts_on_the_south(pipeline):
    text = ("Talks between North Korea and South Korea stalled on Monday. A spokesman said the North rejected "
            "the South's proposal.")
    doc = pipeline.run_many([document_from_raw(RawArticle(source="t", text=text, id="t", published="2024-03-01"))])[0]
    found = [(e.event, e.actor.code, e.recipient.code) for e in events.exported(doc.events) if e.actor and e.recipient]
    assert ("REJECT", "PRK", "KOR") in found
