"""A visit line cut from its subject and naming no one ("เข้าเยี่ยมคารวะเนื่องในโอกาส...", "والزيارة مقررة ...") is a
visit of the pair the lines before established: the visitor carried from that pair (else from the nearest sentence
naming exactly two countries, the one not at home) visits the other of the pair, when the visit word opens the line
(events.NAMED_VISITOR, events._opens_with). A host title right after the verb is found wherever the title words are
matched in the line (the nearest one counts). Sentences composed for the test."""
from __future__ import annotations

import pytest
import test_events

from bilat.records import Sentence
from bilat.stages import events

CHILE = "เอกอัครราชทูตชิลีประจำประเทศไทย\n\n"
TH = [("ชิลี", "CHL", "country"), ("ประเทศไทย", "THA", "country")]


def test_a_courtesy_call_line_naming_no_one_is_to_the_other_of_the_pair(lexical):
    text = CHILE + "เข้าเยี่ยมคารวะเนื่องในโอกาสที่รัฐมนตรีว่าการกระทรวงพาณิชย์เข้ารับตำแหน่งใหม่"
    assert test_events.visits(lexical, text, "th", TH) == [("CHL", "THA")]


def test_a_host_title_right_after_the_verb_hosts_whatever_title_word_is_found_first(lexical):
    # "รัฐมนตรีประจำสำนักนายกรัฐมนตรี" holds two title words; the nearer one starts right after the verb
    text = CHILE + "เข้าเยี่ยมคารวะรัฐมนตรีประจำสำนักนายกรัฐมนตรี ในโอกาสที่เข้ารับหน้าที่"
    assert test_events.visits(lexical, text, "th", TH) == [("CHL", "THA")]


def test_a_visit_named_inside_a_line_is_no_visit_of_the_pair(lexical):
    text = CHILE + "ซึ่งนายกรัฐมนตรีได้ติดตามผลการเยือนอย่างใกล้ชิด"
    assert test_events.visits(lexical, text, "th", TH) == []


def test_an_arabic_line_opening_with_the_visit_is_the_visit_carried():
    stage = events.make_stage(embeddings=False)
    text = "أعلن وزير الخارجية الفرنسي أنه سيزور إيران الأسبوع المقبل.\nوالزيارة مقررة في التاسع والعشرين من الشهر."
    ms = [("الفرنسي", "FRA", "country"), ("إيران", "IRN", "country")]
    got = test_events.visits(stage, text, "ar", ms)
    assert got.count(("FRA", "IRN")) == 2


@pytest.mark.parametrize("line, word, want", [
    ("เข้าเยี่ยมคารวะรัฐมนตรี", "เข้าเยี่ยม", True),
    ("«เข้าเยี่ยมคารวะรัฐมนตรี", "เข้าเยี่ยม", True),  # an opening quote before it
    ("والزيارة مقررة في يوليو", "زيارة", True),  # و + ال written onto the word
    ("ซึ่งนายกรัฐมนตรีได้ติดตามผลการเยือน", "เยือน", False),
    ("تفاصيل هذه الزيارة", "زيارة", False),
])
def test_opens_with(line, word, want):
    at = line.index(word)
    trig = events.Trigger(at, at + len(word), "CONSULT", "visit", "subj", 1.0)
    assert events._opens_with(line, Sentence(start=0, end=len(line)), trig) is want


def test_with_no_pair_carried_the_nearest_named_pair_gives_the_visitor_not_at_home():
    # the line before named Thailand first: the visitor is the other one, the host the home country
    text = "ประเทศไทยและชิลี\n\nเข้าเยี่ยมคารวะเนื่องในโอกาสที่รัฐมนตรีเข้ารับตำแหน่งใหม่"
    doc = test_events.make_doc(text, "th", [("ประเทศไทย", "THA", "country"), ("ชิลี", "CHL", "country")])
    s = doc.sentences[1]
    trig = events.find_triggers(doc.text, s.start, s.end, "th")[0]
    thai, chile = (events.Party(m.iso3, m, m.start, True) for m in doc.mentions)
    ctx = events.Ctx(index=1, named=(thai, chile), named_at=0)
    stage = events.make_stage(embeddings=False)
    got = stage._visits(doc, s, (), [], trig, None, ctx, "th", 0.6, None, (), "THA")
    assert [(c.actor.code, c.recipient.code) for c in got] == [("CHL", "THA")]
    events.NAMED_VISITOR = False
    try:
        assert stage._visits(doc, s, (), [], trig, None, ctx, "th", 0.6, None, (), "THA") == []
    finally:
        events.NAMED_VISITOR = True
