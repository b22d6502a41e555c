"""Arabic broken-plural demonyms without the article (scripts/gazetteer_src/countries_extra.json
ar_broken_plurals): مغاربة 'Moroccans' is Morocco as أتراك is Turkey, not only المغاربة (issue 10, country
recall). Sentences composed for the test."""
from __future__ import annotations

import pytest

from bilat.records import Document
from bilat.stages.entities import make_stage


@pytest.fixture(scope="module")
def stage():
    return make_stage(learn=False)


def states(stage, text: str) -> list[str]:
    doc = stage(Document(id="t", source="t", original=text, text=text, lang="ar"))
    return sorted({m.iso3 for m in doc.mentions if m.iso3 and (m.kind == "country" or m.form == "capital")})


@pytest.mark.parametrize("text,want", [
    ("وكان بين المصابين مغاربة وأتراك.", ["MAR", "TUR"]),
    ("عاد آلاف المقاتلين ومن بينهم مغاربة.", ["MAR"]),
    ("واحتفل المغاربة بالعيد.", ["MAR"]),
])
def test_bare_broken_plural(stage, text, want):
    assert states(stage, text) == want
