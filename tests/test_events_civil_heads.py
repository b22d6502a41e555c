"""Arabic: a demonym that is the attribute of a civil head (citizens, unions, journalists, artists:
event_lexicon.json nonstate_head 'before_demonym'; events.CIVIL_HEAD) names people, no state, and a person named
right after it acts for no state (events.CIVIL_PERSON); a trigger stem closed by the relative adjective's ending
('الاجتماعي', social) is no act (events.NISBA). Sentences composed for the test (no corpus sentence)."""
from __future__ import annotations

import dataclasses

import pytest
from test_events import make_doc

from bilat.records import Mention
from bilat.stages import events


def codes(tagger, text):
    return [p.code for p in events.parties(text, tagger.mentions(text, "ar"), None, "ar")]


@pytest.mark.parametrize("text, want", [
    ("دعت النقابتان المغربية والتونسية الحكومة الجزائرية إلى الحوار.", ["DZA"]),
    ("دعت الحكومتان المغربية والتونسية الحكومة الجزائرية إلى الحوار.", ["MAR", "TUN", "DZA"]),
    ("انتقد الصحفيون الإيرانيون الحكومة الأمريكية بشدة.", ["USA"]),
    ("انتقد الوزراء الإيرانيون الحكومة الأمريكية بشدة.", ["IRN", "USA"]),
    ("طالب المواطنون المغاربة الحكومة الإسبانية بفتح الحدود.", ["ESP"]),
])
def test_a_demonym_of_a_civil_head_is_no_party(tagger, text, want):
    assert codes(tagger, text) == want


def test_a_country_name_after_a_civil_word_stays_a_party(tagger):
    # only a demonym is an attribute: a country's name after such a word is read as usual
    assert codes(tagger, "التقى الطلبة في مصر بوزير الخارجية الإسرائيلي.") == ["EGY", "ISR"]


def _with_person(text: str, person: str, iso3: str) -> list[Mention]:
    at = text.index(person)
    ms = [Mention(start=at, end=at + len(person), text=person, entity=f"bilat:person:{person}", kind="person",
                  lang="ar", iso3=iso3)]
    return ms


def test_a_person_after_a_civil_demonym_acts_for_no_state(tagger):
    text = "طالب الصحافي السعودي سامي الأحمد السلطات التركية بالتحقيق."
    ms = sorted(tagger.mentions(text, "ar") + _with_person(text, "سامي الأحمد", "SAU"), key=lambda m: m.start)
    assert [p.code for p in events.parties(text, ms, None, "ar")] == ["TUR"]
    text = "طالب السفير السعودي سامي الأحمد السلطات التركية بالتحقيق."
    ms = sorted(tagger.mentions(text, "ar") + _with_person(text, "سامي الأحمد", "SAU"), key=lambda m: m.start)
    assert [p.code for p in events.parties(text, ms, None, "ar")] == ["SAU", "SAU", "TUR"]


def coded(stage, tagger, text):
    doc = make_doc(text, "ar", published="2024-03-01")
    doc = dataclasses.replace(doc, mentions=tuple(tagger.mentions(text, "ar")))
    doc = stage(doc)
    return [(e.event, e.actor.code, e.recipient.code) for e in events.exported(doc.events) if e.actor and e.recipient]


def test_journalists_criticising_a_state_are_no_state_act(lexical, tagger):
    assert coded(lexical, tagger, "انتقد الصحفيون الإيرانيون الحكومة الأمريكية بشدة.") == []
    assert ("ACCUSE", "IRN", "USA") in coded(lexical, tagger, "انتقد الوزراء الإيرانيون الحكومة الأمريكية بشدة.")


@pytest.mark.parametrize("text", [
    "نشر الوزير على مواقع التواصل الاجتماعي صورا.",
    "درس في كلية العلوم الاجتماعية بالجامعة.",
    "نقلت الطائرة أسلحة هجومية إلى الحدود.",
])
def test_a_relative_adjective_is_no_trigger(text):
    assert not [t for t in events.find_triggers(text, 0, len(text), "ar") if t.event in ("CONSULT", "ASSAULT")]


def test_a_protest_adjective_still_tells_a_protest():
    text = "نظم آلاف المواطنين وقفة احتجاجية أمام السفارة."
    assert [t for t in events.find_triggers(text, 0, len(text), "ar") if t.event == "PROTEST"]


@pytest.mark.parametrize("text", [
    "عقد الوزير اجتماعا مع نظيره.",
    "أجرى الرئيس اتصالا هاتفيا مع نظيره.",
])
def test_the_noun_and_a_stem_ending_in_yeh_stay_triggers(text):
    assert [t for t in events.find_triggers(text, 0, len(text), "ar") if t.event == "CONSULT"]


@pytest.mark.parametrize("text, want", [
    ("رفض المغرب المشاركة في مؤتمر البحرين الاقتصادي.", ["MAR"]),
    ("قاطعت السلطة الفلسطينية ورشة المنامة.", ["PSE"]),
    ("رفض المغرب المشاركة في مؤتمر عقدته البحرين.", ["MAR", "BHR"]),
    ("عقد اجتماع مصري إسرائيلي في القاهرة.", ["EGY", "ISR"]),
])
def test_a_country_naming_a_gathering_is_no_party(tagger, text, want):
    assert codes(tagger, text) == want

