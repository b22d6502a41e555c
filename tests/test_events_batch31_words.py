"""Words that hold a negation word but negate nothing (issue 10, batch 31 misses): zh "未来" (the coming),
"不久" (not long), "不断" (again and again), "不仅" (not only); vi "không quân" (air force), "không phận" (airspace),
"không ngừng" (ceaselessly). In the lexicon's EXCLUDE words, so the negation window before a trigger does not read
them as "not". Sentences composed for the test."""
from __future__ import annotations

import pytest
import test_events

from bilat.stages import events

ZH = [("美国", "USA", "country"), ("中国", "CHN", "country")]
VI = [("Mỹ", "USA", "country"), ("Syria", "SYR", "country")]


@pytest.mark.parametrize("text", [
    "美国国务卿将在未来两周内访问中国。",
    "美国财长不久前访问中国。",
    "美国官员不断访问中国。",
    "美国不仅访问中国，还访问日本。",
])
def test_chinese_words_holding_bu_or_wei_do_not_negate_the_visit(lexical, text):
    assert test_events.visits(lexical, text, "zh", ZH) == [("USA", "CHN")]


def test_traditional_characters_read_the_same(lexical):
    trad = [("美國", "USA", "country"), ("中國", "CHN", "country")]
    assert test_events.visits(lexical, "美國財長不久前訪問中國。", "zh", trad) == [("USA", "CHN")]


def test_chinese_negation_still_negates(lexical):
    assert test_events.visits(lexical, "美国国务卿没有访问中国。", "zh", ZH) == []
    assert test_events.visits(lexical, "美国国务卿未访问中国。", "zh", ZH) == []


@pytest.mark.parametrize("text", [
    "Không quân Mỹ tấn công các căn cứ ở Syria.",
    "Máy bay Mỹ bay vào không phận và tấn công Syria.",
    "Mỹ không ngừng tấn công Syria.",
])
def test_vietnamese_words_holding_khong_do_not_negate_the_strike(lexical, text):
    got = test_events.two_party(lexical, text, "vi", VI)
    assert ("ASSAULT", "USA", "SYR") in got


def test_vietnamese_negation_still_negates(lexical):
    text = "Mỹ không tấn công Syria."
    assert test_events.two_party(lexical, text, "vi", VI) == []
    doc = lexical(test_events.make_doc(text, "vi", VI))
    assert [e.aux for e in doc.events if e.event == "ASSAULT"] == ["negated"]
    assert events.exported(doc.events) == ()


IN = [("中", "CHN", "country"), ("印", "IND", "country")]


@pytest.mark.parametrize("text", [
    "1962年，中印两国爆发了一场短暂的边界战争。",
    "去年六月，中印两军在边境发生冲突，双方都有士兵死亡。",
    "中印军队在一次边界冲突中徒手搏斗。",
])
def test_chinese_border_war_and_clash_are_an_assault_between_the_two(lexical, text):
    assert ("ASSAULT", "CHN", "IND") in {(e, *sorted((a, r))) for e, a, r in test_events.two_party(lexical, text, "zh", IN)}


def test_chinese_clash_to_be_avoided_is_no_assault(lexical):
    text = "中印两国同意通过对话避免发生冲突。"
    assert "ASSAULT" not in {e for e, _, _ in test_events.two_party(lexical, text, "zh", IN)}


VN = [("中国", "CHN", "country"), ("越南", "VNM", "country")]


def test_chinese_consensus_reached_with_le_is_an_agreement(lexical):
    assert ("AGREE", "CHN", "VNM") in test_events.two_party(lexical, "中国和越南达成了共识，将加强合作。", "zh", VN)
