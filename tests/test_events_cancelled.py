"""Acts that did not take place: one called off right after its word, in its clause ("the signing ceremony was
cancelled", "簽署儀式取消後", "سفر ... لغو شد"; events.CANCELLED_AFTER, event_lexicon.json cancelled_after), and one
its actor was unable to or failed to do ("无法如期访问", "failed to reach", "فشل في"; words.NEGATION). Each case has a
twin where the act stands. Sentences composed for the test (issue 10, evprec)."""
from __future__ import annotations

import pytest
from test_events import make_doc

from bilat.records import Sentence
from bilat.stages import events

C = "country"


def _exported(stage, text, lang, mentions):
    doc = stage(make_doc(text, lang, mentions, published="2024-03-01"))
    return [(e.event, e.actor.code, e.recipient.code) for e in events.exported(doc.events) if e.actor and e.recipient]


@pytest.mark.parametrize("lang,text,mentions,event", [
    ("zh", "美朝签署仪式取消后，双方代表离开酒店。", [("美", "USA", C), ("朝", "PRK", C)], "SUPPORT"),
    ("zh", "日本外相访问韩国的行程已被推迟。", [("日本", "JPN", C), ("韩国", "KOR", C)], "CONSULT"),
    ("en", "The signing ceremony between Japan and China was cancelled on Friday.",
     [("Japan", "JPN", C), ("China", "CHN", C)], "SUPPORT"),
    ("vi", "Chuyến thăm Nhật Bản của Tổng thống Hàn Quốc bị hoãn.", [("Nhật Bản", "JPN", C), ("Hàn Quốc", "KOR", C)],
     "CONSULT"),
])
def test_an_act_called_off_after_its_word_is_no_event(lexical, lang, text, mentions, event):
    assert not [e for e in _exported(lexical, text, lang, mentions) if e[0] == event]


@pytest.mark.parametrize("lang,text,mentions,event", [
    ("zh", "美朝签署了协议，双方代表随后离开酒店。", [("美", "USA", C), ("朝", "PRK", C)], "SUPPORT"),
    ("en", "The signing ceremony between Japan and China took place on Friday.",
     [("Japan", "JPN", C), ("China", "CHN", C)], "SUPPORT"),
])
def test_an_act_not_called_off_stays(lexical, lang, text, mentions, event):
    assert [e for e in _exported(lexical, text, lang, mentions) if e[0] == event]


def test_a_chinese_cancel_verb_with_its_own_object_cancels_something_else():
    text = "双方签署协议取消关税。"
    s = Sentence(start=0, end=len(text))
    trig = next(t for t in events.find_triggers(text, 0, len(text), "zh") if t.event == "SUPPORT")
    assert not events._cancelled_after(text, s, "zh", trig)
    text = "双方签署的协议被取消。"
    trig = next(t for t in events.find_triggers(text, 0, len(text), "zh") if t.event == "SUPPORT")
    assert events._cancelled_after(text, Sentence(start=0, end=len(text)), "zh", trig)


@pytest.mark.parametrize("lang,text,mentions", [
    ("zh", "台湾外交部对美国大使无法如期访问台湾感到惋惜。", [("台湾", "TWN", C), ("美国", "USA", C), ("台湾", "TWN", C, 1)]),
    ("en", "Israel and Lebanon failed to reach an agreement on the border.", [("Israel", "ISR", C), ("Lebanon", "LBN", C)]),
])
def test_an_act_its_actor_was_unable_to_do_is_negated(lexical, lang, text, mentions):
    doc = lexical(make_doc(text, lang, mentions, published="2024-03-01"))
    assert not [e for e in events.exported(doc.events) if e.actor and e.recipient and e.event != "REJECT"]
    assert all(e.aux == "negated" for e in doc.events if e.event in ("CONSULT", "AGREE", "SUPPORT"))


def test_the_nested_lexicon_sections_are_read_per_language():
    # (robust58: _cancel_words and _unilateral_words share _lexicon_lang_part / _lexicon_part)
    words, before, after = events._cancel_words("zh-TW")
    assert words == events._cancel_words("zh")[0] and "取消" in words
    assert "被" in before and "了" in after
    own, bilateral = events._unilateral_words("ru")
    assert "указ" in own and bilateral
    assert events._unilateral_words("xx") == ((), ()) and events._cancel_words("xx")[0] == ()
