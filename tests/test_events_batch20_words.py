"""Chinese in traditional characters (Hong Kong, Taiwan outlets) meets the simplified lexicons
(data/zh_t2s.json, scripts/build_zh_t2s.py), and the Chinese and Vietnamese trigger words added after the batch 20 misses (issue 10)."""

from __future__ import annotations

import json
from importlib import resources

from test_events import trigger_types

from bilat.stages import events


def test_traditional_text_is_read_in_simplified_characters_one_for_one():
    text = "中日外長會談，譴責對方"
    simple = events.zh_simplified(text)
    assert simple == "中日外长会谈，谴责对方"
    assert len(simple) == len(text)


def test_simplified_text_is_unchanged_by_the_table():
    text = "中国外交部发言人表示，乾隆时期的后来者"
    assert events.zh_simplified(text) == text
    table = json.loads(resources.files("bilat").joinpath("data", "zh_t2s.json").read_text(encoding="utf-8"))["map"]
    assert not set(table) & set(table.values())


def test_traditional_and_simplified_sentences_give_the_same_triggers():
    pairs = [
        ("中國外長王毅與日本外相茂木敏充進行電話會談", "中国外长王毅与日本外相茂木敏充进行电话会谈"),
        ("美國國務院譴責北韓試射導彈", "美国国务院谴责北韩试射导弹"),
        ("加拿大政府傳召中國駐加拿大大使", "加拿大政府传召中国驻加拿大大使"),
    ]
    for trad, simp in pairs:
        found_t = [(t.start, t.end, t.event) for t in events.find_triggers(trad, 0, len(trad), "zh")]
        found_s = [(t.start, t.end, t.event) for t in events.find_triggers(simp, 0, len(simp), "zh")]
        assert found_t == found_s and found_t


def test_summoning_an_ambassador_and_lodging_representations_are_accusations():
    assert "ACCUSE" in set(trigger_types("加拿大政府周五傳召中國駐加拿大大使", "zh"))
    assert "ACCUSE" in set(trigger_types("外交部长助理华春莹当晚紧急约见日本驻华大使垂秀夫，提出严正交涉", "zh"))


def test_detention_tariffs_warnings_and_solidarity_words():
    assert "COERCE" in set(trigger_types("中國拘禁兩名加拿大人", "zh"))
    assert "SANCTION" in set(trigger_types("中国对美国大豆加征25%的关税", "zh"))
    assert "THREATEN" in set(trigger_types("否则必将玩火自焚", "zh"))
    assert "SUPPORT" in set(trigger_types("美国、英国发表声明，声援加拿大", "zh"))
    assert "ACCUSE" in set(trigger_types("华春莹批评安倍晋三粗暴干涉中国内政", "zh"))
    assert "ACCUSE" not in set(trigger_types("两国互不干涉内政", "zh"))


def test_vietnamese_imposing_a_tariff_level_is_a_sanction():
    text = "Washington đang xúc tiến áp đặt mức thuế 10% lên gói hàng hoá nhập khẩu từ Trung Quốc."
    assert "SANCTION" in {t.event for t in events.find_triggers(text, 0, len(text), "vi")}
