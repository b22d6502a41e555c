"""Chinese: the name after a role word ends where the next ordinary word starts (耶伦|抵达, 戴琪|表示,
赖德|少将说), or runs on as a transliteration of more than three characters (阿卜杜拉希扬|在); the country
of a role whose domain words stand between it and the role word (美国|财政|部长, 美国|国防部|发言人); the
trade representative, national security adviser and secretary-general role words; an organisation's name
read after a role word is no person (特别代表|国务院|副总理). Sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import person_mentions

from bilat.stages.entities import make_stage


@pytest.fixture()
def stage():
    return make_stage()


def people(stage, text: str) -> dict[str, str | None]:
    return {m.text: m.iso3 for m in person_mentions(stage, text, "zh")}


@pytest.mark.parametrize("text, name, country", [
    ("美国财政部长耶伦抵达北京，开始为期四天的访问。", "耶伦", "USA"),
    ("伊朗外长阿卜杜拉希扬在北京会晤了沙特外交大臣。", "阿卜杜拉希扬", "IRN"),
    ("美国贸易代表戴琪表示，关税将继续维持。", "戴琪", "USA"),
    ("美国国防部发言人赖德少将说，美军将继续巡航。", "赖德", "USA"),
    ("白宫国家安全顾问沙利文表示，美方愿意保持沟通。", "沙利文", None),
    ("英国国家安全顾问鲍威尔表示，英方愿意保持沟通。", "鲍威尔", "GBR"),
])
def test_a_name_after_a_role_ends_at_the_next_word(stage, text, name, country):
    found = people(stage, text)
    assert name in found
    if country is not None:
        assert found[name] == country


def test_a_ministry_between_the_country_and_the_role_word_keeps_the_country(stage):
    assert people(stage, "墨西哥外交部发言人罗德里格斯表示，墨方将召回大使。").get("罗德里格斯") == "MEX"


def test_an_organisation_read_after_a_role_word_is_no_person(stage):
    found = people(stage, "胡锦涛主席特别代表国务院副总理王岐山抵达华盛顿。")
    assert "国务院" not in found
