"""English role words before a name (issue 10): members of a legislature and envoys are roles
(roles.json en: Congressman, Lawmaker, MP, Envoy ...), a role word in lower case finds the name right
after it ("Chinese envoy Zhang Jun") or set off by commas ("the US envoy, Linda Thomas-Greenfield,"),
and a possessive country before the role gives the person's country ("Iran's envoy")."""

from __future__ import annotations

import pytest

from bilat.stages.names import Registry


def persons(tagger, text, lang="en"):
    mentions, _ = Registry(tagger).process(text, lang)
    return [(m.text, m.iso3) for m in mentions if m.kind == "person"]


@pytest.mark.parametrize("text, name, iso3", [
    ("Congressman Arlo Penberthy said the report was alarming.", "Arlo Penberthy", None),
    ("Democratic Congresswoman Mirela Oakhurst visited the island on Sunday.", "Mirela Oakhurst", "USA"),
    ("Representative Dunmore Fairweather said the bill would fail.", "Dunmore Fairweather", None),
    ("Chinese envoy Zhao Minghui told the council that Beijing opposed the move.", "Zhao Minghui", "CHN"),
    ("Russian envoy Vadim Kolotushkin told the council that Moscow opposed the move.", "Vadim Kolotushkin", "RUS"),
    ("South Korean lawmaker Park Sung-wook said the ministry had not been told.", "Park Sung-wook", "KOR"),
    ("The delegation was led by lawmaker Hiroto Kanemura on Monday.", "Hiroto Kanemura", None),
    ("The US envoy, Dorrance Whitlock, told the council that Washington backed the plan.", "Dorrance Whitlock", "USA"),
    ("The governor of the province, Anselm Rittergard, said the road would reopen.", "Anselm Rittergard", None),
    ("Iran's envoy to the UN, Bahram Sadeqzadeh, said Tehran would respond.", "Bahram Sadeqzadeh", "IRN"),
])
def test_en_role_word_finds_the_name(tagger, text, name, iso3):
    assert (name, iso3) in persons(tagger, text)


@pytest.mark.parametrize("text", [
    "Conservative MP defects to Labour A Conservative MP and former minister has defected.",
    "The senator from Ohio, who chairs the panel, said the vote would wait.",
    "The envoy said on Tuesday that talks would resume.",
])
def test_en_role_word_without_a_name(tagger, text):
    assert persons(tagger, text) == []
