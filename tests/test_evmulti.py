"""Several events of one sentence (issue 10, evmulti). Sentences composed for the test.

- A list of countries as the recipient before the verb (events.LIST_BEFORE_VERB: zh "对A、B和C实施制裁", fa "A، B و C
  را اخراج کرد"), after a verb-first actor (events.LIST_VERB_FIRST: ar "أدانت روسيا ألمانيا وفرنسا وبولندا"), or
  parted by spaces only and closed by และ (events.LIST_SPACED, th): every country of it is a recipient.
- "A and B accused each other" (events.EACH_OTHER): the act goes both ways.
- The act an anniversary counts from ("the 65th anniversary of Japan's visit to China", "الذكرى الخامسة لزيارة",
  "سالگرد سفر", "годовщину визита", "ครบรอบ 10 ปีการเยือน") is no act of its own (events.ANNIVERSARY).
"""
from __future__ import annotations

import pytest
import test_events

from bilat.stages import events


def _c(*pairs):
    return [(name, code, "country") for name, code in pairs]


def _pairs(lexical, text, lang, mentions, event):
    return sorted((a, r) for e, a, r in test_events.two_party(lexical, text, lang, mentions) if e == event)


LISTS = [
    ("日本对美国、韩国和英国实施制裁。", "zh",
     _c(("日本", "JPN"), ("美国", "USA"), ("韩国", "KOR"), ("英国", "GBR")), "SANCTION",
     [("JPN", "GBR"), ("JPN", "KOR"), ("JPN", "USA")]),
    ("ترکیه دیپلمات‌های آلمان، هلند و دانمارک را اخراج کرد.", "fa",
     _c(("ترکیه", "TUR"), ("آلمان", "DEU"), ("هلند", "NLD"), ("دانمارک", "DNK")), "SANCTION",
     [("TUR", "DEU"), ("TUR", "DNK"), ("TUR", "NLD")]),
    ("أدانت تركيا هولندا والدنمارك والنمسا.", "ar",
     _c(("تركيا", "TUR"), ("هولندا", "NLD"), ("الدنمارك", "DNK"), ("النمسا", "AUT")), "ACCUSE",
     [("TUR", "AUT"), ("TUR", "DNK"), ("TUR", "NLD")]),
    ("ญี่ปุ่นคว่ำบาตรเกาหลีเหนือ อิหร่าน และซีเรีย", "th",
     _c(("ญี่ปุ่น", "JPN"), ("เกาหลีเหนือ", "PRK"), ("อิหร่าน", "IRN"), ("ซีเรีย", "SYR")), "SANCTION",
     [("JPN", "IRN"), ("JPN", "PRK"), ("JPN", "SYR")]),
]


@pytest.mark.parametrize("text, lang, ms, event, want", LISTS)
def test_every_country_of_a_recipients_list_is_a_recipient(lexical, text, lang, ms, event, want):
    assert _pairs(lexical, text, lang, ms, event) == want


@pytest.mark.parametrize("flag", ["LIST_BEFORE_VERB", "LIST_VERB_FIRST", "LIST_SPACED"])
def test_the_list_rules_are_what_adds_them(lexical, monkeypatch, flag):
    case = {"LIST_BEFORE_VERB": LISTS[0], "LIST_VERB_FIRST": LISTS[2], "LIST_SPACED": LISTS[3]}[flag]
    text, lang, ms, event, want = case
    monkeypatch.setattr(events, flag, frozenset())
    assert len(_pairs(lexical, text, lang, ms, event)) < len(want)


def test_a_word_between_two_countries_before_the_verb_is_no_list(lexical):
    # the counterpart's country and the object, a word between them ("همتای آمریکایی خود، ایران را"): no list
    ms = _c(("ترکیه", "TUR"), ("آمریکایی", "USA"), ("ایران", "IRN"))
    text = "وزیر خارجه ترکیه پس از دیدار با همتای آمریکایی خود، ایران را تهدید کرد."
    got = test_events.two_party(lexical, text, "fa", ms)
    assert ("THREATEN", "TUR", "IRN") in got and ("THREATEN", "TUR", "USA") not in got


def test_a_thai_space_with_no_closing_conjunction_is_no_list(lexical):
    ms = _c(("ญี่ปุ่น", "JPN"), ("เกาหลีเหนือ", "PRK"), ("จีน", "CHN"))
    got = test_events.two_party(lexical, "ญี่ปุ่นคว่ำบาตรเกาหลีเหนือ จีนประณามการกระทำนี้", "th", ms)
    assert ("SANCTION", "JPN", "CHN") not in got


EACH_OTHER = [
    ("Armenia and Azerbaijan accused each other of breaking the truce.", "en",
     _c(("Armenia", "ARM"), ("Azerbaijan", "AZE"))),
    ("Armenia và Azerbaijan cáo buộc lẫn nhau vi phạm lệnh ngừng bắn.", "vi",
     _c(("Armenia", "ARM"), ("Azerbaijan", "AZE"))),
    ("亚美尼亚和阿塞拜疆互相指责对方违反停火。", "zh", _c(("亚美尼亚", "ARM"), ("阿塞拜疆", "AZE"))),
    ("Армения и Азербайджан обвинили друг друга в нарушении перемирия.", "ru",
     _c(("Армения", "ARM"), ("Азербайджан", "AZE"))),
]


@pytest.mark.parametrize("text, lang, ms", EACH_OTHER)
def test_accusing_each_other_goes_both_ways(lexical, monkeypatch, text, lang, ms):
    assert _pairs(lexical, text, lang, ms, "ACCUSE") == [("ARM", "AZE"), ("AZE", "ARM")]
    monkeypatch.setattr(events, "EACH_OTHER", False)
    assert len(_pairs(lexical, text, lang, ms, "ACCUSE")) == 1


def test_each_other_elsewhere_in_the_sentence_turns_no_act_around(lexical):
    ms = _c(("Armenia", "ARM"), ("Azerbaijan", "AZE"))
    text = "Armenia accused Azerbaijan of shelling after years of ignoring each other."
    assert _pairs(lexical, text, "en", ms, "ACCUSE") == [("ARM", "AZE")]


ANNIVERSARIES = [
    ("Both sides marked the 65th anniversary of the Japanese emperor's visit to China on Monday.", "en",
     _c(("Japanese", "JPN"), ("China", "CHN"))),
    ("Officials marked ten years since the Japanese emperor's visit to China.", "en",
     _c(("Japanese", "JPN"), ("China", "CHN"))),
    ("تحل اليوم الذكرى العاشرة لزيارة الرئيس الصيني إلى مصر.", "ar", _c(("الصيني", "CHN"), ("مصر", "EGY"))),
    ("در سالگرد سفر رئیس‌جمهور چین به ایران مراسمی برگزار شد.", "fa", _c(("چین", "CHN"), ("ایران", "IRN"))),
    ("Россия отметила годовщину визита президента Китая в Россию.", "ru",
     _c(("Россия", "RUS"), ("Китая", "CHN"), ("Россию", "RUS"))),
    ("วันนี้ครบรอบ 10 ปีการเยือนไทยของประธานาธิบดีจีน", "th", _c(("ไทย", "THA"), ("จีน", "CHN"))),
]


@pytest.mark.parametrize("text, lang, ms", ANNIVERSARIES)
def test_the_visit_an_anniversary_counts_from_is_no_visit(lexical, monkeypatch, text, lang, ms):
    assert _pairs(lexical, text, lang, ms, "CONSULT") == []
    monkeypatch.setattr(events, "ANNIVERSARY", False)
    assert _pairs(lexical, text, lang, ms, "CONSULT") != []


def test_an_anniversary_clause_ends_at_its_comma(lexical):
    ms = _c(("Iranian", "IRN"), ("Syria", "SYR"))
    text = "On the anniversary of the revolution, the Iranian president visited Syria."
    assert _pairs(lexical, text, "en", ms, "CONSULT") == [("IRN", "SYR")]


def test_a_visit_with_no_anniversary_stays(lexical):
    ms = _c(("Japanese", "JPN"), ("China", "CHN"))
    assert _pairs(lexical, "The Japanese emperor arrived in China on Monday for a state visit.", "en", ms,
                  "CONSULT") == [("JPN", "CHN")]


@pytest.mark.parametrize("text, lang, name", [
    ("Iran's Revolutionary Guards seized a tanker in the Strait of Hormuz.", "en", "Revolutionary Guards"),
    ("The Revolutionary Guard fired missiles at a base in Iraq.", "en", "Revolutionary Guard"),
    ("سپاه اعلام کرد پهپادهای آمریکا را هدف قرار داده است.", "fa", "سپاه"),
    ("أعلن حرس الثورة إسقاط طائرة مسيرة.", "ar", "حرس الثورة"),
    ("革命卫队周二宣布扣押一艘油轮。", "zh", "革命卫队"),
])
def test_the_revolutionary_guards_named_bare_are_iranian(tagger, text, lang, name):
    got = [(m.text, m.iso3, m.kind) for m in tagger.mentions(text, lang)]
    assert (name, "IRN", "org") in got


def test_the_guards_named_bare_act_for_iran():
    from bilat.pipeline import Pipeline, document_from_raw
    from bilat.records import RawArticle

    pipe = Pipeline(options={"events": {"embeddings": False}})
    doc = pipe(document_from_raw(RawArticle(text="سپاه به پایگاه‌های اسرائیل حمله موشکی کرد.", lang="fa",
                                            published="2024-03-01", source="test")))
    assert ("ASSAULT", "IRN", "ISR") in [(e.event, e.actor and e.actor.code, e.recipient and e.recipient.code)
                                         for e in doc.events]


def test_persian_joint_act_keeps_its_list_with_words_between(lexical):
    ms = _c(("آمریکا", "USA"), ("عمان", "OMN"), ("فرانسوی", "FRA"))
    text = "وزیر خارجه آمریکا در تماس با سلطان عمان و همتای فرانسوی خود گفت‌وگو کرد."
    assert _pairs(lexical, text, "fa", ms, "CONSULT") == [("USA", "FRA"), ("USA", "OMN")]
