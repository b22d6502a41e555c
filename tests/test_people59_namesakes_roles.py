"""people59: a Chinese transliterated common surname (布朗) is the gazetteer person only with that person's country
beside one of its mentions; a Russian role's organisation named in a form no mention covers ("Председатель
Еврокомиссии") is no part of the name after it; an English common surname after an honorific links to the
one gazetteer person of that surname only where the document names the person's country. Sentences written
for the test."""
from __future__ import annotations

import pytest

from bilat.records import Document
from bilat.stages import entities


@pytest.fixture(scope="module")
def stage():
    return entities.make_stage()


def persons(stage, text, lang):
    doc = stage(Document(id="t", source="t", original="", lang=lang, text=text))
    return [m for m in doc.mentions if m.kind == "person"]


def test_zh_common_surname_without_its_country_is_a_namesake(stage):
    ms = persons(stage, "美国陆军参谋长布朗上将周三在华盛顿会见了日本防卫大臣。布朗说，两国将加强合作。", "zh")
    brown = [m for m in ms if m.text == "布朗"]
    assert len(brown) == 2
    assert all(m.entity != "bilat:person:gordon-brown-gbr" for m in brown)
    assert all(m.iso3 != "GBR" for m in brown)
    assert brown[0].entity == brown[1].entity  # one person of this document


def test_zh_common_surname_beside_its_country_keeps_the_link(stage):
    ms = persons(stage, "英国首相布朗周二在伦敦表示，英国将继续支持阿富汗重建。", "zh")
    assert any(m.text == "布朗" and m.entity == "bilat:person:gordon-brown-gbr" for m in ms)


def test_zh_rare_transliterated_surname_still_links(stage):
    ms = persons(stage, "据报道，阿萨德周二在大马士革会见了来访的伊朗外长。", "zh")
    assert any(m.text == "阿萨德" and m.entity == "Q44329" for m in ms)


@pytest.mark.parametrize("text,name", [
    ("Председатель Еврокомиссии Фриц Мюллер прибыл в Киев во вторник.", "Фриц Мюллер"),
    ("Глава Европейской комиссии Анна Шмидт встретилась с министрами.", "Анна Шмидт"),
])
def test_ru_organisation_after_role_is_no_part_of_the_name(stage, text, name):
    names = [m.text for m in persons(stage, text, "ru")]
    assert name in names
    assert not any("комисси" in n.lower() for n in names)


def test_ru_one_surname_after_role_and_organisation(stage):
    names = [m.text for m in persons(stage, "Глава Еврокомиссии Мюллер прибыл в Москву.", "ru")]
    assert names == ["Мюллер"]


@pytest.mark.parametrize("surname,known", [("Cameron", "bilat:person:david-cameron-gbr"), ("Johnson", "Q180589")])
def test_en_common_surname_after_honorific_needs_the_country(stage, surname, known):
    far = persons(stage, f"Officials in Ottawa said Mr {surname}'s proposal on fisheries would be studied next week.", "en")
    assert [m.text for m in far] == [surname]
    assert far[0].entity != known and far[0].iso3 is None


def test_en_common_surname_after_honorific_with_its_country(stage):
    ms = persons(stage, "Britain said on Tuesday that Mr Cameron's proposal on fisheries would be studied next week.", "en")
    assert [(m.text, m.entity) for m in ms] == [("Cameron", "bilat:person:david-cameron-gbr")]
