"""Issue 10 (events precision): a visit, talks or a meeting cancelled or postponed is no meeting (GUIDE.md: a trip
cancelled for the visitor's own reasons is CONSULT/visit negated; cancelling in protest is SANCTION), and a meeting
held after something else was cancelled stays one. Sentences composed for the test."""

from __future__ import annotations

import pytest
from test_events import two_party

PARTIES = {
    "en": [("Japan", "JPN", "country"), ("China", "CHN", "country")],
    "ar": [("اليابان", "JPN", "country"), ("الصين", "CHN", "country")],
    "ru": [("Японии", "JPN", "country"), ("Китай", "CHN", "country")],
    "zh": [("日本", "JPN", "country"), ("中国", "CHN", "country")],
    "vi": [("Nhật Bản", "JPN", "country"), ("Trung Quốc", "CHN", "country")],
    "th": [("ญี่ปุ่น", "JPN", "country"), ("จีน", "CHN", "country")],
}


def _consult(stage, lang: str, text: str) -> list:
    found = two_party(stage, text, lang, [m for m in PARTIES[lang] if m[0] in text])
    return [e for e in found if e[0] == "CONSULT"]


@pytest.mark.parametrize("lang, text", [
    ("en", "Japan's prime minister cancelled a planned visit to China later this month."),
    ("en", "Japan called off the annual talks with China after the incident."),
    ("ar", "ألغى رئيس وزراء اليابان زيارته المقررة إلى الصين الشهر المقبل."),
    ("ru", "Премьер-министр Японии отменил визит в Китай."),
    ("zh", "日本首相取消了对中国的访问。"),
    ("vi", "Thủ tướng Nhật Bản đã hủy chuyến thăm Trung Quốc."),
    ("th", "นายกรัฐมนตรีญี่ปุ่นยกเลิกการเยือนจีน"),
])
def test_a_cancelled_or_postponed_meeting_is_no_meeting(lexical, lang, text):
    assert _consult(lexical, lang, text) == []


@pytest.mark.parametrize("lang, text", [
    ("en", "Japan's prime minister paid a visit to China later this month."),
    ("ar", "بدأ رئيس وزراء اليابان زيارته المقررة إلى الصين اليوم."),
    ("zh", "日本首相结束了对中国的访问。"),
    ("vi", "Thủ tướng Nhật Bản đã kết thúc chuyến thăm Trung Quốc."),
])
def test_a_meeting_held_stays_a_meeting(lexical, lang, text):
    assert _consult(lexical, lang, text) != []


@pytest.mark.parametrize("text", [
    "日本首相原定周三至周四訪問中國，討論兩國的伙伴關係。",  # was to visit (and did not): traditional script
    "日本首相原定下周访问中国。",
    "日本首相推遲了對中國的訪問。",
])
def test_a_visit_once_scheduled_is_no_visit_zh(lexical, text):
    assert _consult(lexical, "zh", text) == []


@pytest.mark.parametrize("text", [
    "In a sign of warming ties, Japan welcomed a delegation of Chinese students this week.",
    "There were signs that Japan and China were drifting apart.",
])
def test_a_sign_of_something_signs_no_agreement(lexical, text):
    found = two_party(lexical, text, "en", [m for m in PARTIES["en"] if m[0] in text])
    assert [e for e in found if e[0] == "SUPPORT"] == []


def test_signing_stays_an_agreement(lexical):
    text = "Japan signed a trade agreement with China on Monday."
    assert ("SUPPORT", "JPN", "CHN") in two_party(lexical, text, "en", PARTIES["en"])
