"""Reported speech whose speaker is not in the sentence of the act, and denials of a reported act
(events.MODAL_IMPLIED_SPEAKER, events.MODAL_MASDAR, events.DENY_ASIDES, events.FA_REPORTED_OBJECT). Sentences composed
for the test."""
from __future__ import annotations

import pytest
import test_events

from bilat.records import Sentence
from bilat.stages import events


def two_party(stage, text, lang, mentions):
    return test_events.two_party(stage, text, lang, mentions, published="2019-05-14")


# --- Arabic: a carried speaker asks with a modal, the demand a verbal noun -----------------------------------------

AR_OPENING = "قال الرئيس التركي رجب طيب أردوغان إن التحقيق مستمر. "
AR_MS = [("التركي", "TUR", "country"), ("رجب طيب أردوغان", "TUR", "person")]


@pytest.mark.parametrize("second, mentions", [
    ("وأضاف: يتعين على السعودية الكشف عن المتعاونين المحليين.", [("السعودية", "SAU", "country")]),
    ("وأضاف « يجب على المسؤولين السعوديين الإفراج عن المعتقلين ».", [("السعوديين", "SAU", "country")]),
    ("وقال إنه ينبغي على اليونان أن تسلم الضباط الفارين.", [("اليونان", "GRC", "country")]),
])
def test_carried_speaker_makes_a_modal_demand(lexical, second, mentions):
    got = two_party(lexical, AR_OPENING + second, "ar", AR_MS + mentions)
    assert ("REQUEST", "TUR", mentions[0][1]) in got


def test_no_carried_demand_without_a_speaker_before(lexical):
    text = "وصل الوفد أمس. وأضاف: يتعين على السعودية الكشف عن المتعاونين المحليين."
    assert two_party(lexical, text, "ar", [("السعودية", "SAU", "country")]) == []


# --- denials: an aside in the denied clause, a later clause outside it ---------------------------------------------


def _denied(text, lang, word):
    s = Sentence(start=0, end=len(text))
    trig = next(t for t in events.find_triggers(text, 0, len(text), lang) if text[t.start:t.end].startswith(word))
    return events._denied_before(text, s, lang, trig)


@pytest.mark.parametrize("lang, text, word, want", [
    ("ar", "نفت موسكو أن يكون وزير الخارجية، يوم الاثنين الماضي، قد التقى نظيره الأوكراني.", "التقى", True),
    ("ar", "نفت موسكو أن يكون الوزير قد التقى نظيره الأوكراني.", "التقى", True),
    ("ar", "نفت موسكو التقرير، وأكدت أن الوزير التقى نظيره الأوكراني.", "التقى", False),
    ("en", "Russia denied that its forces, backed by heavy aircraft, attacked Ukraine.", "attacked", True),
    ("en", "Russia denied the claims, but its forces later attacked Ukraine.", "attacked", False),
])
def test_denial_reaches_past_an_aside_not_past_a_clause(lang, text, word, want):
    assert _denied(text, lang, word) is want


def test_a_denied_meeting_with_an_aside_is_no_event(lexical):
    text = "نفت روسيا أن يكون وزير خارجيتها، يوم الاثنين الماضي، قد التقى نظيره الأوكراني."
    ms = [("روسيا", "RUS", "country"), ("الأوكراني", "UKR", "country")]
    assert not [t for t in two_party(lexical, text, "ar", ms) if t[0] == "CONSULT"]


def test_a_later_clause_after_a_denial_stands(lexical):
    text = "نفت روسيا أن يكون لافروف قد التقى نظيره الأوكراني، وأكدت أنها ستهاجم أوكرانيا."
    ms = [("روسيا", "RUS", "country"), ("الأوكراني", "UKR", "country"), ("أوكرانيا", "UKR", "country", 0)]
    got = two_party(lexical, text, "ar", ms)
    assert ("ASSAULT", "RUS", "UKR") in got and not [t for t in got if t[0] == "CONSULT"]


# --- Persian: a reported clause's own marked object is acted on, not the speaker -----------------------------------

FA_MS = [("ترکیه", "TUR", "country"), ("اسرائیل", "ISR", "country"), ("سوریه", "SYR", "country")]


@pytest.mark.parametrize("text, want", [
    ("ترکیه گفت اسرائیل به سوریه حمله کرد.", ("ASSAULT", "ISR", "SYR")),
    ("ترکیه گفت اسرائیل سوریه را تحریم کرد.", ("SANCTION", "ISR", "SYR")),
])
def test_fa_reported_marked_object_wins(lexical, text, want):
    got = two_party(lexical, text, "fa", FA_MS)
    # the speaker is no party of the act reported; its own accusation of the doer is (events.REPORTED_THIRD)
    assert want in got and not [t for t in got if "TUR" in t[1:] and t != ("ACCUSE", "TUR", "ISR")]


def test_fa_speaker_still_acted_on_without_a_marked_object(lexical):
    text = "ترکیه گفت اسرائیل به این کشور حمله کرد."
    assert two_party(lexical, text, "fa", FA_MS[:2]) == [("ASSAULT", "ISR", "TUR")]
