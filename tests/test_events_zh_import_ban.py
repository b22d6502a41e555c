"""Chinese import bans: the country the goods come from ('禁止从中国进口', '自韩国进口', '中国牛奶进口禁令') is the
ban's recipient, the banning state the actor (events._import_source, data/direction.json "import_source").
Sentences composed for the test."""
from __future__ import annotations

import pytest
from test_events import make_doc, pairs

from bilat.stages import events

C = {"中国": "CHN", "美国": "USA", "日本": "JPN", "韩国": "KOR", "印度": "IND"}


def _pairs(lexical, text, extra=()):
    ms = [(k, v, "country") for k, v in C.items() if k in text] + list(extra)
    return pairs(lexical(make_doc(text, "zh", ms)))


@pytest.fixture
def no_source():
    events.IMPORT_SOURCE = False
    yield
    events.IMPORT_SOURCE = True


@pytest.mark.parametrize("text, actor, recipient", [
    ("美国宣布禁止从中国进口钢铁，禁令下月生效。", "USA", "CHN"),
    ("日本表示，自韩国进口海产品的禁令将延长。", "JPN", "KOR"),
    ("印度政府表示，中国牛奶及奶制品进口禁令将被继续延长。", "IND", "CHN"),
])
def test_the_source_of_banned_imports_is_the_recipient(lexical, text, actor, recipient):
    assert ("SANCTION", actor, recipient) in _pairs(lexical, text)


def test_without_the_rule_the_first_is_reversed(lexical, no_source, monkeypatch):
    # (the speaker swapped in as the one acted on for every physical act, as before events.SPEAKER_SWAP_TYPES)
    monkeypatch.setattr(events, "SPEAKER_SWAP_TYPES", None)
    assert ("SANCTION", "CHN", "USA") in _pairs(lexical, "美国宣布禁止从中国进口钢铁，禁令下月生效。")


def test_a_reporter_of_the_source_country_is_no_actor(lexical):
    text = "记者王明报道，印度政府表示，中国牛奶进口禁令将延长。"
    got = _pairs(lexical, text, [("王明", "CHN", "person")])
    assert ("SANCTION", "IND", "CHN") in got


@pytest.mark.parametrize("text, actor, recipient", [
    ("美国对中国实施出口管制。", "USA", "CHN"),
    ("美国宣布对中国实施新的出口管制措施。", "USA", "CHN"),
    ("美国禁止进口中国商品。", "USA", "CHN"),
    ("中国对日本实施禁令，禁止从日本进口水产品。", "CHN", "JPN"),
])
def test_other_bans_keep_their_direction(lexical, text, actor, recipient):
    assert ("SANCTION", actor, recipient) in _pairs(lexical, text)
