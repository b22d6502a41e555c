"""Concern FOR people, their safety or a humanitarian plight is sympathy, not an accusation (review of ca96d19,
issue 10 precision). ca96d19 made "expressed concern" (zh 表示担忧/深表关切, ru обеспокоенность, ar أبدى قلقه, fa
نگرانی جدی, th แสดงความกังวลต่อ) an ACCUSE of the state after it; data/event_lexicon.json words.EXCLUDE now holds
the sympathy wordings in each language: concern for, concern about/over the safety, fate, welfare or the
humanitarian situation, concern and condolences, concern at casualties. Each beside the accusation that stays.
Sentences composed for the test."""
from __future__ import annotations

import pytest
import test_events

JP_IL = [("Japan", "JPN", "country"), ("Israel", "ISR", "country")]


@pytest.mark.parametrize("text, lang, mentions", [
    ("Japan expressed concern for the safety of its citizens in Israel.", "en", JP_IL),
    ("Japan expressed deep concern for the hostages held in Israel.", "en", JP_IL),
    ("Japan voiced concern about the safety of aid workers in Israel.", "en", JP_IL),
    ("Japan expressed grave concern over the humanitarian situation in Israel.", "en", JP_IL),
    ("中方对日本地震造成的人员伤亡深表关切并致以慰问。", "zh", [("中方", "CHN", "country"), ("日本", "JPN", "country")]),
    ("中国对在以色列的中国公民安全表示担忧。", "zh", [("中国", "CHN", "country"), ("以色列", "ISR", "country")]),
    ("Россия выразила обеспокоенность судьбой своих граждан в Израиле.", "ru",
     [("Россия", "RUS", "country"), ("Израиле", "ISR", "country")]),
    ("أبدت مصر قلقها على سلامة مواطنيها في ليبيا.", "ar", [("مصر", "EGY", "country"), ("ليبيا", "LBY", "country")]),
    ("ایران نگرانی جدی درباره سلامت اتباع خود در عراق دارد.", "fa", [("ایران", "IRN", "country"), ("عراق", "IRQ", "country")]),
    ("ญี่ปุ่นแสดงความกังวลต่อความปลอดภัยของคนญี่ปุ่นในอิสราเอล", "th",
     [("ญี่ปุ่น", "JPN", "country"), ("อิสราเอล", "ISR", "country")]),
])
def test_concern_for_people_or_their_safety_is_no_accusation(lexical, text, lang, mentions):
    assert not any(t[0] == "ACCUSE" for t in test_events.two_party(lexical, text, lang, mentions))


@pytest.mark.parametrize("text, lang, mentions, pair", [
    ("Japan expressed concern over Israel's decision to expand the settlements.", "en", JP_IL, ("JPN", "ISR")),
    ("美国对中国在南海的行动表示担忧。", "zh", [("美国", "USA", "country"), ("中国", "CHN", "country")], ("USA", "CHN")),
    ("أبدت مصر قلقها من التحركات التركية.", "ar", [("مصر", "EGY", "country"), ("التركية", "TUR", "country")],
     ("EGY", "TUR")),
    ("ญี่ปุ่นแสดงความกังวลต่อการทดลองขีปนาวุธของเกาหลีเหนือ", "th",
     [("ญี่ปุ่น", "JPN", "country"), ("เกาหลีเหนือ", "PRK", "country")], ("JPN", "PRK")),
])
def test_concern_at_a_states_act_stays_an_accusation(lexical, text, lang, mentions, pair):
    assert ("ACCUSE", *pair) in test_events.two_party(lexical, text, lang, mentions)
