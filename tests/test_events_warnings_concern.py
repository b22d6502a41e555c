"""Warnings of consequences are THREATEN and expressed concern is ACCUSE, in every language where the
wording exists (issue 10, evrec: conflictual types on unseen outlets). data/event_lexicon.json: "serious
consequences", "pay a heavy price", "all necessary measures"; zh 承担一切后果, 付出代价, 一切必要措施; vi "hậu quả
nghiêm trọng", "trả giá đắt"; ru "серьёзные последствия", "дорого заплатит"; ar "عواقب وخيمة"; fa "پاسخی قوی",
"مواجهه با عواقب" (THREATEN 0.8); en "expressed concern", zh 表示担忧, ru "обеспокоенность", ar "أبدت قلقها", fa
"نگرانی جدی", th "แสดงความกังวล" (ACCUSE 0.8). Each beside a near miss that must stay quiet: the same noun with no
state addressed, or in a neutral use. Sentences composed for the test."""
from __future__ import annotations

import pytest
import test_events

from bilat.stages import events

RU_UA = [("Москва", "RUS", "country"), ("Киев", "UKR", "country")]
RU_PL = [("России", "RUS", "country"), ("Польши", "POL", "country")]


@pytest.mark.parametrize("text, lang, mentions, pair", [
    ("Iran told Israel it would pay a heavy price for any strike.", "en",
     [("Iran", "IRN", "country"), ("Israel", "ISR", "country")], ("IRN", "ISR")),
    ("Beijing said Manila would face serious consequences over the shoal.", "en",
     [("Beijing", "CHN", "country"), ("Manila", "PHL", "country")], ("CHN", "PHL")),
    ("中国外交部发言人说，日方必须承担一切后果。", "zh", [("中国", "CHN", "country"), ("日方", "JPN", "country")],
     ("CHN", "JPN")),
    ("朝鲜表示美国将为此付出代价。", "zh", [("朝鲜", "PRK", "country"), ("美国", "USA", "country")], ("PRK", "USA")),
    ("Trung Quốc nói Philippines sẽ phải trả giá đắt.", "vi",
     [("Trung Quốc", "CHN", "country"), ("Philippines", "PHL", "country")], ("CHN", "PHL")),
    ("Москва заявила, что Киев дорого заплатит за эту провокацию.", "ru", RU_UA, ("RUS", "UKR")),
    ("قالت إيران إن إسرائيل ستواجه عواقب وخيمة.", "ar", [("إيران", "IRN", "country"), ("إسرائيل", "ISR", "country")],
     ("IRN", "ISR")),
    ("ایران گفت هر اقدام آمریکا با پاسخی قوی روبرو می‌شود.", "fa",
     [("ایران", "IRN", "country"), ("آمریکا", "USA", "country")], ("IRN", "USA")),
])
def test_a_warning_of_consequences_is_a_threat(lexical, text, lang, mentions, pair):
    assert ("THREATEN", *pair) in test_events.two_party(lexical, text, lang, mentions)


@pytest.mark.parametrize("text, lang, mentions, pair", [
    ("Japan expressed concern that China had sent warships to the islands.", "en",
     [("Japan", "JPN", "country"), ("China", "CHN", "country")], ("JPN", "CHN")),
    ("美国对中国在南海的行动表示担忧。", "zh", [("美国", "USA", "country"), ("中国", "CHN", "country")], ("USA", "CHN")),
    ("Министр иностранных дел России выразил обеспокоенность действиями Польши.", "ru", RU_PL, ("RUS", "POL")),
    ("أبدت مصر قلقها من التحركات التركية.", "ar", [("مصر", "EGY", "country"), ("التركية", "TUR", "country")],
     ("EGY", "TUR")),
    ("بریتانیا از آزمایش موشکی ایران ابراز کرد که این اقدام باعث نگرانی جدی است.", "fa",
     [("بریتانیا", "GBR", "country"), ("ایران", "IRN", "country")], ("GBR", "IRN")),
    ("ญี่ปุ่นแสดงความกังวลต่อการทดลองขีปนาวุธของเกาหลีเหนือ", "th",
     [("ญี่ปุ่น", "JPN", "country"), ("เกาหลีเหนือ", "PRK", "country")], ("JPN", "PRK")),
])
def test_expressed_concern_at_a_state_is_an_accusation(lexical, text, lang, mentions, pair):
    assert ("ACCUSE", *pair) in test_events.two_party(lexical, text, lang, mentions)


@pytest.mark.parametrize("text, lang", [
    ("The consequences of the drought were felt in Kenya and Ethiopia.", "en"),
    ("这场干旱的后果在肯尼亚很严重。", "zh"),
    ("Hậu quả của hạn hán rất nặng nề ở Kenya.", "vi"),
    ("Последствия засухи ощущаются в Кении.", "ru"),
])
def test_consequences_told_plainly_are_no_threat(text, lang):
    found = {t.event for t in events.find_triggers(text, 0, len(text), lang)}
    assert "THREATEN" not in found


def test_the_country_after_concern_over_is_its_target_not_a_topic(lexical):
    """"over"/"about" are topic words ("talks about Syria"), but inside the act's own trigger word ("concern
    over") the country after them is the target (events.TRIGGER_TOPIC)."""
    ms = [("Japan", "JPN", "country"), ("China", "CHN", "country")]
    assert ("ACCUSE", "JPN", "CHN") in test_events.two_party(lexical, "Japan voiced concern over China's naval drills.", "en", ms)
    assert ("ACCUSE", "JPN", "CHN") in test_events.two_party(lexical, "Japan raised concerns about China's naval drills.", "en", ms)
    # a topic word outside the trigger still marks a topic: the talks are Japan's with Korea, about China
    ms = [("Japan", "JPN", "country"), ("South Korea", "KOR", "country"), ("China", "CHN", "country")]
    got = test_events.two_party(lexical, "Japan held talks with South Korea about China.", "en", ms)
    assert ("CONSULT", "JPN", "KOR") in got and not any("CHN" in t for t in got)


@pytest.mark.parametrize("text, lang", [
    ("Japan and China held talks on climate change.", "en"),
    ("中国和日本就气候变化举行会谈。", "zh"),
])
def test_the_concern_words_do_not_fire_without_the_wording(text, lang):
    found = {t.event for t in events.find_triggers(text, 0, len(text), lang)}
    assert "ACCUSE" not in found
