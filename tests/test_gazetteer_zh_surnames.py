"""Chinese press names a known person by the surname alone (阿萨德表示 ...): the gazetteer gives a person the last
part of their Chinese name after ``·`` where a Latin language already lists the bare surname (Assad beside
Bashar al-Assad; scripts/build_gazetteer.py build_zh_surnames). Sentences composed for the test."""
from __future__ import annotations

import pytest

from bilat import gazetteer as gz
from bilat.records import Document
from bilat.stages import entities


@pytest.fixture(scope="module")
def stage():
    return entities.make_stage(learn=False)


def persons(stage, text):
    doc = stage(Document(id="t", source="t", original="", lang="zh", text=text))
    return [(m.text, m.entity) for m in doc.mentions if m.kind == "person"]


@pytest.mark.parametrize("text,surname,qid", [
    ("阿萨德表示，叙利亚愿意与邻国恢复对话。", "阿萨德", "Q44329"),
    ("据报道，阿萨德周二在大马士革会见了来访的伊朗外长。", "阿萨德", "Q44329"),
])
def test_bare_surname_links_to_the_gazetteer_person(stage, text, surname, qid):
    assert (surname, qid) in persons(stage, text)


def test_surname_added_only_where_a_latin_language_has_it():
    g = gz.load()
    assert "阿萨德" in g.get("Q44329").names["zh"]
    # a given name shared by several persons is no surname (西雅尔多·彼得: Hungarian order)
    assert not any("彼得" in e.names.get("zh", ()) for e in g.entities.values() if e.kind == "person")
    # two characters that run on into a place name (贝鲁|特) are left out
    assert not any("贝鲁" in e.names.get("zh", ()) for e in g.entities.values() if e.kind == "person")
