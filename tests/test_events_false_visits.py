"""A visit made by civilians (tourists, students, scholars, pilgrims, athletes, business people: event_lexicon.json
'civil_traveller'; events.CIVIL_TRAVELLER) is no interstate event (bench/data/events/GUIDE.md: only states and their
officials act), while an official's visit in the same words stays one. Sentences composed for the test (no corpus
sentence)."""
from __future__ import annotations

import dataclasses

import pytest
from test_events import make_doc

from bilat import plover
from bilat.stages import events


def coded(stage, tagger, text, lang):
    doc = make_doc(text, lang, published="2024-03-01")
    doc = dataclasses.replace(doc, mentions=tuple(tagger.mentions(text, lang)))
    doc = stage(doc)
    return [(e.event, e.mode, e.actor.code, e.recipient.code) for e in events.exported(doc.events)
            if e.actor and e.recipient]


def visits(stage, tagger, text, lang):
    return [c for c in coded(stage, tagger, text, lang) if c[:2] == ("CONSULT", "visit")]


@pytest.mark.parametrize("text, lang", [
    ("زار آلاف السياح المغاربة إسرائيل العام الماضي.", "ar"),
    ("زار 5000 مواطن من مصر الأردن العام الماضي.", "ar"),
    ("Thousands of Chinese tourists visited Thailand last month.", "en"),
    ("Российские студенты посетили Китай в рамках программы обмена.", "ru"),
    ("Các sinh viên Việt Nam đã thăm Nhật Bản trong tuần qua.", "vi"),
    ("一批中国留学生上周访问了日本。", "zh"),
    ("马英九在台北接见了日本著名学者大前研一。", "zh"),
])
def test_a_civilians_visit_is_no_event(lexical, tagger, text, lang):
    assert visits(lexical, tagger, text, lang) == []


@pytest.mark.parametrize("text, lang, want", [
    ("زار وزير الخارجية المصري الأردن أمس.", "ar", ("CONSULT", "visit", "EGY", "JOR")),
    ("The Chinese foreign minister visited Thailand last month.", "en", ("CONSULT", "visit", "CHN", "THA")),
    ("Министр иностранных дел России посетил Китай.", "ru", ("CONSULT", "visit", "RUS", "CHN")),
    ("中国外交部长上周访问了日本。", "zh", ("CONSULT", "visit", "CHN", "JPN")),
])
def test_an_officials_visit_stays(lexical, tagger, text, lang, want):
    assert want in visits(lexical, tagger, text, lang)


def test_a_minister_travelling_with_business_people_still_visits(lexical, tagger):
    # a person named between the civilian noun and the visit verb is the traveller
    text = "Accompanied by investors, the Chinese foreign minister visited Thailand on Monday."
    assert ("CONSULT", "visit", "CHN", "THA") in visits(lexical, tagger, text, "en")


def test_a_minister_who_visits_students_abroad_still_visits(lexical, tagger):
    # subject first: the civilian noun after the visiting verb is whom the minister visits
    text = "The Chinese foreign minister visited students in Thailand on Monday."
    assert ("CONSULT", "visit", "CHN", "THA") in visits(lexical, tagger, text, "en")


def test_every_language_of_the_lexicon_has_travellers():
    assert {"ar", "fa", "en", "ru", "vi", "zh", "th"} <= set(plover.CIVIL_TRAVELLER)
