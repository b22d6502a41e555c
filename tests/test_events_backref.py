"""A sentence that names a meeting, visit or call only as one told before ("during this visit, ...", "这次通话是
...", "การหารือครั้งนี้เป็น...") states no new CONSULT (GUIDE.md: an event is labelled in the sentence that states
it); a new act in it is kept, and so is a meeting word of its own or words of what was done in the talks
(events.BACKREF, events._backref_only, data/event_backref.json). Sentences composed for the test."""
from __future__ import annotations

import pytest
from test_events import make_doc

from bilat.records import Sentence
from bilat.stages import events


def only(text: str, lang: str) -> bool:
    s = Sentence(start=0, end=len(text))
    return events._backref_only(text, s, lang, (), events.find_triggers(text, 0, len(text), lang))


@pytest.mark.parametrize("lang, text", [
    ("en", "This visit was described by both governments as a turning point."),
    ("en", "The talks also covered regional security and trade."),
    ("en", "During the meeting, the atmosphere was warm."),
    ("zh", "胡锦涛此次访问对两国关系具有重要意义。"),
    ("zh", "这次通话是双方持续努力的一部分。"),
    ("zh", "本次中俄会谈的主要议题包括能源问题。"),
    ("th", "การหารือครั้งนี้เป็นไปอย่างฉันท์มิตร"),
    ("th", "บรรยากาศการหารือเป็นไปด้วยความราบรื่น"),
    ("ar", "وتحظى هذه الزيارة باهتمام إعلامي كبير."),
    ("ar", "ولم تكشف تفاصيل هذه الزيارة حتى الآن."),
    ("fa", "این سفر اهمیت زیادی برای روابط دارد."),
    ("ru", "Этот визит вызвал большой интерес в прессе."),
    ("ru", "Итоги переговоров будут подведены позже."),
    ("vi", "Chuyến thăm này có ý nghĩa quan trọng."),
    ("vi", "Cuộc điện đàm đó kéo dài một giờ."),
])
def test_act_named_only_as_told_before(lang, text):
    assert only(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "During this visit, Putin met with Xi Jinping."),  # a meeting word of its own
    ("en", "During the visit to Kenya, the president spoke at a summit."),  # a visit told with its destination
    ("zh", "在这次通话中，两国领导人讨论了双边关系。"),  # what was done in the call
    ("ar", "وجرى خلال اللقاء استعراض العلاقات الثنائية بين البلدين."),  # the talks' content: the talks told again
    ("ar", "جاء ذلك خلال الزيارة التي يقوم بها الرئيس إلى كينيا."),  # a relative clause tells the visit
    ("fa", "در این دیدار دو طرف درباره روابط دوجانبه بحث و بررسی کردند."),
    ("ru", "В ходе визита в Москву министр встретился с Лавровым."),
    ("vi", "Trong cuộc điện đàm này, hai bên đã thảo luận về tình hình khu vực."),
    ("th", "ทั้งสองฝ่ายได้หารือเกี่ยวกับความร่วมมือด้านการค้า"),  # no back-reference at all
    ("en", "The foreign minister visited Tokyo on Monday."),
    ("en", "Iran agreed to resume the talks next month."),  # resuming is an act, not a back-reference
])
def test_act_stated_again_or_new(lang, text):
    assert not only(text, lang)


@pytest.fixture
def backref_on(monkeypatch):
    """The gate is off by default (events.BACKREF): the whole-pipeline cases switch it on."""
    monkeypatch.setattr(events, "BACKREF", True)


def told_in(doc, sentence: int) -> list[tuple[str, str, str | None]]:
    """(type, actor, recipient) of the events the document's sentence tells, first or again."""
    s = doc.sentences[sentence]
    return [(e.event, e.actor.code, e.recipient.code if e.recipient else None) for e in doc.events
            if e.actor and any(s.start <= a < s.end for a, _ in ((e.start, e.end), *e.tellings))]


def test_english_visit_then_signing_during_it(lexical, backref_on):
    text = ("Japanese Prime Minister Kishida visited Vietnam on Monday.\n"
            "During this visit, Japan signed a trade agreement with Vietnam.")
    doc = lexical(make_doc(text, "en", [("Japanese", "JPN", "country"), ("Vietnam", "VNM", "country"),
                                        ("Vietnam", "VNM", "country", 1), ("Japan", "JPN", "country")],
                           published="2024-03-01"))
    assert any(t == "CONSULT" for t, _, _ in told_in(doc, 0))
    second = told_in(doc, 1)
    assert any(t == "SUPPORT" for t, _, _ in second)  # the signing is a new act
    assert not any(t == "CONSULT" for t, _, _ in second)  # the visit is only its setting


def test_chinese_call_told_again_as_topic(lexical, backref_on):
    text = "美国总统拜登与中国国家主席习近平通电话。\n美国官员说，这次通话是双方持续努力的一部分。"
    doc = lexical(make_doc(text, "zh", [("美国", "USA", "country"), ("中国", "CHN", "country"),
                                        ("美国", "USA", "country", 1)], published="2024-03-01"))
    assert any(t == "CONSULT" for t, _, _ in told_in(doc, 0))
    assert not any(t == "CONSULT" for t, _, _ in told_in(doc, 1))


def test_arabic_meeting_frame_keeps_the_congratulation(lexical, backref_on):
    text = ("استقبل الرئيس الفرنسي ولي العهد السعودي في باريس.\n"
            "وفي بداية اللقاء، هنأ الرئيس الفرنسي ولي العهد السعودي بمناسبة تعيينه.")
    doc = lexical(make_doc(text, "ar", [("الفرنسي", "FRA", "country"), ("السعودي", "SAU", "country"),
                                        ("الفرنسي", "FRA", "country", 1), ("السعودي", "SAU", "country", 1)],
                           published="2024-03-01"))
    second = told_in(doc, 1)
    assert not any(t == "CONSULT" for t, _, _ in second)
    assert ("SUPPORT", "FRA", "SAU") in second


def test_meeting_told_with_its_parties_is_kept(lexical):
    # no back-reference: the meeting sentence itself
    text = "Russian President Putin met with Chinese President Xi in Moscow on Tuesday."
    doc = lexical(make_doc(text, "en", [("Russian", "RUS", "country"), ("Chinese", "CHN", "country")],
                           published="2024-03-01"))
    assert any(t == "CONSULT" for t, _, _ in told_in(doc, 0))
