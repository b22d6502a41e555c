"""Chinese: a foreign leader named before the role word, after a word that leads to a guest (同, 与, 的, 欢迎):
a run of three to five transliteration characters (roles.json zh_transliteration_chars) right before a
head-of-state or government role word is a person (names._zh_name_before_role, ZH_NAME_BEFORE_ROLE), of no
Chinese country by a surname's shape; not at a sentence's start (a region's name), nor a country's name."""

from __future__ import annotations

import pytest

from bilat.stages import names
from bilat.stages.names import Registry


def persons(tagger, text):
    mentions, _ = Registry(tagger).process(text, "zh")
    return [(m.text, m.iso3) for m in mentions if m.kind == "person"]


@pytest.mark.parametrize("text, name", [
    ("国家主席同达米洛斯库总统在北京会晤。", "达米洛斯库"),
    ("总理会见了来访的卡斯基首相。", "卡斯基"),
    ("中方欢迎马尔科斯总统访华。", "马尔科斯"),
])
def test_zh_leader_before_role(tagger, text, name):
    assert name in [p for p, _ in persons(tagger, text)]


def test_zh_transliterated_leader_is_no_chinese(tagger):
    assert ("达米洛斯库", "CHN") not in persons(tagger, "国家主席同达米洛斯库总统在北京会晤。")


@pytest.mark.parametrize("text", [
    "索马里兰总统表示，将寻求国际承认。",
    "该国总理表示，将举行选举。",
    "中方同塞尔维亚总统举行会谈。",
])
def test_zh_no_leader_name(tagger, text):
    assert persons(tagger, text) == []


def test_zh_leader_flag_off(tagger, monkeypatch):
    monkeypatch.setattr(names, "ZH_NAME_BEFORE_ROLE", False)
    assert "达米洛斯库" not in [p for p, _ in persons(tagger, "国家主席同达米洛斯库总统在北京会晤。")]
