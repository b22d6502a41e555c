"""Chinese: a dotted transliteration beside an armed group's head noun is the group's name, no person
(roles.json zh_group_heads; names._zh_group_name, ZH_GROUP_NAMES): right before one (阿布·萨耶夫|组织|,
阿迈勒·|运动|) or right after one (反对派|武装|哈亚特·塔哈里尔·沙姆); 组织了 (organised) is a verb."""

from __future__ import annotations

import pytest

from bilat.stages import names
from bilat.stages.names import Registry


def persons(tagger, text):
    mentions, _ = Registry(tagger).process(text, "zh")
    return [m.text for m in mentions if m.kind == "person"]


@pytest.mark.parametrize("text", [
    "菲律宾军方说，阿布·萨耶夫组织武装分子绑架了两名游客。",
    "叙利亚反对派武装哈亚特·塔哈里尔·沙姆说，他们控制了阿勒颇。",
    "黎巴嫩媒体说，阿迈勒·运动的成员也参加了会议。",
    "印度说，贾伊什·穆罕默德武装对袭击负责。",
])
def test_zh_group_name_is_no_person(tagger, text):
    assert persons(tagger, text) == []


def test_zh_dotted_name_before_a_verb_is_a_person(tagger):
    assert any(p.startswith("卡洛斯·门多萨") for p in persons(tagger, "秘鲁议员卡洛斯·门多萨组织了一次会议。"))


def test_zh_group_flag_off(tagger, monkeypatch):
    monkeypatch.setattr(names, "ZH_GROUP_NAMES", False)
    assert persons(tagger, "叙利亚反对派武装哈亚特·塔哈里尔·沙姆说，他们控制了阿勒颇。")
