"""A line that names no country and goes on with the previous sentence's act, its subject left out (a Thai line
opening with "และ"/"พร้อมทั้ง"/"โดย", or with its trigger word), takes the pair of that sentence's event
(events.CONTINUES, data/event_lexicon.json "continuation"); not when a sentence between names a country, nor a
meeting that points back to one told before ("ดังกล่าว", "continuation_restated"). Sentences composed for the test."""
from __future__ import annotations

import pytest
import test_events

from bilat.records import Sentence
from bilat.stages import events

TH = [("ไทย", "THA", "country"), ("ญี่ปุ่น", "JPN", "country")]
OPENING = "นายกรัฐมนตรีไทยให้การต้อนรับเอกอัครราชทูตญี่ปุ่นที่ทำเนียบรัฐบาล\n\n"
AGREED = "และเห็นพ้องกระชับความร่วมมือด้านการค้าและการลงทุนระหว่างกัน"


def agreements(stage, text, mentions):
    return [t for t in test_events.two_party(stage, text, "th", mentions) if t[0] == "AGREE"]


def test_a_continuing_line_takes_the_pair_of_the_event_before(lexical):
    got = agreements(lexical, OPENING + AGREED, TH)
    assert got and {got[0][1], got[0][2]} == {"THA", "JPN"}


def test_no_continuation_across_a_line_naming_another_country(lexical):
    between = "ขณะที่จีนประกาศลดภาษีสินค้าเกษตรในสัปดาห์เดียวกัน\n\n"
    ms = TH + [("จีน", "CHN", "country")]
    assert not any({a, r} == {"THA", "JPN"} for _, a, r in agreements(lexical, OPENING + between + AGREED, ms))


def test_no_continuation_without_a_continuation_word(lexical):
    line = "ผู้แทนภาคเอกชนเห็นพ้องกระชับความร่วมมือด้านการค้าและการลงทุนระหว่างกัน"
    assert agreements(lexical, OPENING + line, TH) == []


def _trigger(text, word, event):
    at = text.index(word)
    return events.Trigger(at, at + len(word), event, None, "subj", 1.0)


@pytest.mark.parametrize("text, word, event, want", [
    ("พร้อมทั้งหารือแนวทางความร่วมมือด้านพลังงาน", "หารือ", "CONSULT", True),
    ("เข้าเยี่ยมคารวะเนื่องในโอกาสเข้ารับตำแหน่งใหม่", "เข้าเยี่ยมคารวะ", "CONSULT", True),  # the trigger opens the line
    ("โดยในการประชุมดังกล่าว มีการหารือแนวทางความร่วมมือ", "หารือ", "CONSULT", False),  # the said meeting: told before
    ("ผู้แทนภาคเอกชนหารือแนวทางความร่วมมือด้านพลังงาน", "หารือ", "CONSULT", False),  # a subject of its own
])
def test_continues(text, word, event, want):
    s = Sentence(start=0, end=len(text))
    assert events._continues(text, s, "th", _trigger(text, word, event)) is want
