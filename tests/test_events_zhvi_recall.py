"""Chinese and Vietnamese wording of acts the lexicon lacked (issue 10, evrecall2, dev misses of zh/vi): zh 抨击/斥责/
痛斥/怒斥/痛批 (lashed out at: ACCUSE), arms sold to Taiwan (售台, 对台出售, 向台湾出售: AID military), 视像会议 (a video
conference, Hong Kong usage: CONSULT), 吊唁/哀悼/致哀 (condolences: SUPPORT), 羁押 (held: COERCE), 开火 (opened fire:
ASSAULT); vi đả kích/công kích/phê phán (ACCUSE), vaccines or medical supplies sent (gửi * vắc xin, gửi vật tư: AID),
họp trực tuyến với (met online with: CONSULT), binh sĩ rút / quân đội rút (troops withdrew: RETREAT), khuyến nghị
(advised: REQUEST); and 中共 (the Chinese Communist Party, the Chinese state in Hong Kong and Taiwan news) names China.
Sentences composed for the test."""
from __future__ import annotations

import pytest
import test_events

from bilat.records import Document
from bilat.stages import entities

ZH = [("美国", "USA", "country"), ("中国", "CHN", "country")]
ZH_TW = [("美国", "USA", "country"), ("台湾", "TWN", "country")]
VI = [("Mỹ", "USA", "country"), ("Trung Quốc", "CHN", "country")]


@pytest.mark.parametrize("verb", ["抨击", "斥责", "痛斥", "怒斥", "痛批"])
def test_chinese_lashing_out_is_an_accusation(lexical, verb):
    assert ("ACCUSE", "CHN", "USA") in test_events.two_party(lexical, f"中国外交部发言人{verb}美国的做法。", "zh", ZH[::-1])


def test_chinese_traditional_characters_read_the_same(lexical):
    trad = [("中國", "CHN", "country"), ("美國", "USA", "country")]
    assert ("ACCUSE", "CHN", "USA") in test_events.two_party(lexical, "中國外交部發言人抨擊美國的做法。", "zh", trad)


@pytest.mark.parametrize("text", ["美国政府批准向台湾出售导弹零件。", "美国政府宣布对台湾出售武器。", "美国国务院批准售台湾武器。"])
def test_arms_sold_to_taiwan_are_military_aid(lexical, text):
    assert ("AID", "USA", "TWN") in test_events.two_party(lexical, text, "zh", ZH_TW)


def test_taiwan_abbreviated_in_the_sale(lexical):
    short = [("美国", "USA", "country"), ("台", "TWN", "country")]
    assert ("AID", "USA", "TWN") in test_events.two_party(lexical, "美国政府宣布对台出售武器。", "zh", short)


def test_a_video_conference_is_a_meeting(lexical):
    got = test_events.two_party(lexical, "美国总统与中国国家主席举行视像会议。", "zh", ZH)
    assert [(e, {a, b}) for e, a, b in got] == [("CONSULT", {"USA", "CHN"})]


@pytest.mark.parametrize("verb", ["吊唁", "哀悼"])
def test_chinese_condolences_are_support(lexical, verb):
    text = f"中国国家主席向美国{verb}遇难者。"
    assert ("SUPPORT", "CHN", "USA") in test_events.two_party(lexical, text, "zh", ZH[::-1])


def test_chinese_held_and_opened_fire(lexical):
    assert ("COERCE", "CHN", "USA") in test_events.two_party(lexical, "中国羁押两名美国公民。", "zh", ZH[::-1])
    assert ("ASSAULT", "USA", "CHN") in test_events.two_party(lexical, "美国军舰向中国渔船开火。", "zh", ZH)


def test_chinese_negation_still_negates_the_new_words(lexical):
    assert test_events.two_party(lexical, "中国没有抨击美国。", "zh", ZH[::-1]) == []


@pytest.mark.parametrize("verb", ["đả kích", "công kích", "phê phán"])
def test_vietnamese_attacks_in_words_are_accusations(lexical, verb):
    assert ("ACCUSE", "CHN", "USA") in test_events.two_party(lexical, f"Trung Quốc {verb} Mỹ.", "vi", VI)


@pytest.mark.parametrize("text", [
    "Mỹ sẽ gửi 4 triệu liều vắc xin tới Trung Quốc.",
    "Mỹ đã gửi vật tư y tế đến Trung Quốc.",
])
def test_vietnamese_vaccines_and_supplies_sent_are_aid(lexical, text):
    assert ("AID", "USA", "CHN") in test_events.two_party(lexical, text, "vi", VI)


def test_vietnamese_online_meeting(lexical):
    got = test_events.two_party(lexical, "Tổng thống Mỹ đã họp trực tuyến với Chủ tịch Trung Quốc.", "vi", VI)
    assert [(e, {a, b}) for e, a, b in got] == [("CONSULT", {"USA", "CHN"})]


def test_vietnamese_an_online_meeting_noun_alone_is_no_act(lexical):
    text = "Phát biểu tại một cuộc họp trực tuyến, ông nói Mỹ và Trung Quốc cần ổn định quan hệ."
    assert [e for e in test_events.two_party(lexical, text, "vi", VI) if e[0] == "CONSULT"] == []


def test_vietnamese_troops_withdrew_and_advised(lexical):
    ru = [("Nga", "RUS", "country"), ("Ukraine", "UKR", "country")]
    for text in ("Binh sĩ Nga rút khỏi khu vực sát biên giới Ukraine.",
                 "Nga ra lệnh cho hầu hết binh sĩ rút khỏi khu vực sát biên giới Ukraine."):
        assert ("RETREAT", "RUS", "UKR") in test_events.two_party(lexical, text, "vi", ru)
    ru_us = [("Nga", "RUS", "country"), ("Mỹ", "USA", "country")]
    assert ("REQUEST", "RUS", "USA") in test_events.two_party(lexical, "Nga khuyến nghị Mỹ rút đại sứ.", "vi", ru_us)


@pytest.fixture(scope="module")
def ents():
    return entities.make_stage(learn=False)


def _codes(stage, text):
    doc = stage(Document(id="t", source="t", original="", lang="zh", text=text))
    return [(m.text, m.iso3) for m in doc.mentions]


def test_the_chinese_communist_party_names_china(ents):
    assert ("中共", "CHN") in _codes(ents, "美国宣布对中共官员实施签证限制。")


def test_zhong_gong_inside_other_words_names_nothing(ents):
    assert _codes(ents, "双方在会谈中共同强调加强合作。") == []
