"""Chinese people found by a role word the lexicon lacked (people53, issue 10 part 3): officials below a
minister (副司长, 次官, 财长), party leaders (领袖), academics (学者, 教授); a foreigner's name written in
Latin letters right after the role word (议员Jane Smith: names.ZH_LATIN_AFTER_ROLE, entities.LATIN_BESIDE_HAN);
not a particle after the role word (领导人|之子). Sentences written for these tests; the names are invented."""

from __future__ import annotations

import pytest
from conftest import person_countries, person_mentions

from bilat.stages import entities, names


@pytest.mark.parametrize("text, name, iso3", [
    ("财政部副司长王建国昨日表示，税收将增加。", "王建国", "CHN"),
    ("著名学者李明华说，两国关系稳定。", "李明华", "CHN"),
    ("大学教授张志强认为，贸易战不可避免。", "张志强", "CHN"),
    ("美国财长耶伦与中方会面。", "耶伦", "USA"),
])
def test_zh_role_words(stage, text, name, iso3):
    assert person_countries(stage, text, "zh").get(name) == iso3


def test_zh_party_leader(stage):
    assert "麦康奈尔" in person_countries(stage, "参议院共和党领袖麦康奈尔表示，他支持这项法案。", "zh")


def test_zh_latin_name_after_role(stage):
    assert person_countries(stage, "英国工党议员Jane Smith今日在国会质询。", "zh").get("Jane Smith") == "GBR"


def test_zh_latin_name_after_role_off(stage, monkeypatch):
    monkeypatch.setattr(names, "ZH_LATIN_AFTER_ROLE", False)
    assert "Jane Smith" not in person_countries(stage, "英国工党议员Jane Smith今日在国会质询。", "zh")


def test_zh_latin_name_needs_han_edges(stage, monkeypatch):
    monkeypatch.setattr(entities, "LATIN_BESIDE_HAN", False)
    assert "Jane Smith" not in person_countries(stage, "英国工党议员Jane Smith今日在国会质询。", "zh")


@pytest.mark.parametrize("text", [
    "有关朝鲜领导人之子访华的报道没有根据。",
    "两国领导人会晤后发表声明。",
    "专家表示，风险上升。",
    "外交部发言人CNN报道称。",
])
def test_zh_no_person(stage, text):
    assert person_countries(stage, text, "zh") == {}


def test_zh_japanese_family_name_short_form(stage):
    # a Japanese name of four characters is called by its first two later on (岸田文雄 ... 岸田); invented sentence
    text = "日本前首相安倍晋三曾访问台湾。日本国内有安倍这样的想法。"
    found = person_mentions(stage, text, "zh")
    assert [m.text for m in found] == ["安倍晋三", "安倍"] and len({m.entity for m in found}) == 1


def test_zh_japanese_family_name_short_form_off(stage, monkeypatch):
    monkeypatch.setattr(names, "ZH_JAPANESE_SHORT", False)
    text = "日本前首相安倍晋三曾访问台湾。日本国内有安倍这样的想法。"
    assert [m.text for m in person_mentions(stage, text, "zh")] == ["安倍晋三"]


def test_zh_japanese_short_form_rule():
    assert names.short_form("安倍晋三", "zh", "JPN") == "安倍"
    assert names.short_form("孟晚舟", "zh", "CHN") is None  # a Chinese name is no short form
    assert names.short_form("王毅", "zh", "CHN") is None


def test_zh_generic_role_after_its_domain(stage):
    # 部长 alone is generic ('minister(s)'); after its domain (体育|部长) it is an office and the name after it is read
    assert person_countries(stage, "马来西亚青年及体育部长卡尔利说，不许离境。", "zh").get("卡尔利") == "MYS"


def test_zh_generic_role_after_its_domain_off(stage, monkeypatch):
    monkeypatch.setattr(names, "ZH_DOMAIN_ROLE", False)
    assert "卡尔利" not in person_countries(stage, "马来西亚青年及体育部长卡尔利说，不许离境。", "zh")


@pytest.mark.parametrize("text", ["各国部长出席了会议。", "两国外交部长举行会谈。", "他曾任部长多年。"])
def test_zh_generic_role_no_name(stage, text):
    assert person_countries(stage, text, "zh") == {}
