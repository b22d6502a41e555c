"""Arabic and Persian wording from the batch 29 first pass (issue 10: SaudiNewsNet outlet/days and Hamshahri
Online, unseen before): a trigger stem inside a person's name is part of the name ('شكر', thanks, in the Egyptian
minister's name 'شكري'); 'خلال استقباله X' (during his reception of X) makes X the visitor, where 'كان في
استقباله' (was there to receive him) is no host's act; a person of no known country right after a bare 'the
kingdom' ('مندوب المملكة في الأمم المتحدة X') is the kingdom's official; a Persian inspection visit ('بازدید از
منطقه') is no state visit; 'X را ریاکارانه خواند' (called it hypocritical) is an accusation ('شرم‌آور', shameful,
is left out: on dev it found a senator's word on a judge's ruling). Sentences composed for the test."""
from __future__ import annotations

import pytest
from test_events import make_doc, trigger_types, two_party, visits

from bilat.stages import events


def test_a_trigger_inside_a_persons_name_is_no_act(lexical):
    text = "وصرح وزير الخارجية الأردني ناصر شكري للصحفيين في العراق أمس."
    mentions = [("الأردني", "JOR", "country"), ("ناصر شكري", "JOR", "person"), ("العراق", "IRQ", "country")]
    assert two_party(lexical, text, "ar", mentions) == []


def test_the_same_word_outside_a_name_is_still_thanks(lexical):
    text = "وقدم الأردن الشكر إلى العراق على مساعدته."
    found = two_party(lexical, text, "ar", [("الأردن", "JOR", "country"), ("العراق", "IRQ", "country")])
    assert ("SUPPORT", "JOR", "IRQ") in found


def test_outside_names_keeps_only_triggers_outside_person_mentions():
    # (a name closed by the relative adjective's ending, "شكري", gives no trigger at all: events.NISBA)
    text = "شكر الأردن ناصر شكر الله"
    trigs = events.find_triggers(text, 0, len(text), "ar")
    assert len(trigs) == 2
    name = make_doc(text, "ar", [("ناصر شكر الله", None, "person")]).mentions
    kept = events._outside_names(trigs, name)
    assert [text[t.start:t.end] for t in kept] == ["شكر"] and kept[0].start == 0


def test_during_his_reception_of_x_x_is_the_visitor(lexical):
    text = "وقال وزير الخارجية الإماراتي خلال استقباله وزير الخارجية الأردني إن العلاقات متينة."
    found = visits(lexical, text, "ar", [("الإماراتي", "ARE", "country"), ("الأردني", "JOR", "country")])
    assert found == [("JOR", "ARE")]


@pytest.mark.parametrize("text", [
    "وكان في استقباله لدى وصوله وزير الدولة.",
    "وكان في استقبالها عدد من المسؤولين.",
])
def test_being_there_to_receive_him_is_no_hosts_trigger(text):
    # (evfix50: "في استقباله" is a visit told guest first, events.RECEIVED_BY; never the host trigger "استقباله")
    assert "host" not in [t.role for t in events.find_triggers(text, 0, len(text), "ar") if t.event == "CONSULT"]


@pytest.mark.parametrize("text", [
    "فرمانده نیروی دریایی در بازدید از منطقه عملیاتی گفت آماده‌ایم.",
    "وزیر دفاع در بازدید از پایگاه هوایی سخن گفت.",
])
def test_an_inspection_visit_is_no_state_visit(text):
    assert "CONSULT" not in trigger_types(text, "fa")


def test_a_threat_said_on_an_inspection_visit_is_the_threat(lexical):
    text = "فرمانده ارتش ایران در بازدید از منطقه مرزی به ترکیه گفت هر اقدامی با پاسخ قاطع ما مواجه خواهد شد."
    found = two_party(lexical, text, "fa", [("ایران", "IRN", "country"), ("ترکیه", "TUR", "country")])
    assert ("THREATEN", "IRN", "TUR") in found


@pytest.mark.parametrize("text", [
    "سخنگوی دولت ایران موضع کانادا را ریاکارانه خواند.",
    "وزیر خارجه ایران این اظهارات کانادا را شرم‌آور و ریاکارانه خواند.",
])
def test_called_hypocritical_is_an_accusation(lexical, text):
    assert ("ACCUSE", "IRN", "CAN") in two_party(lexical, text, "fa", [("ایران", "IRN", "country"),
                                                                       ("کانادا", "CAN", "country")])


def test_the_kingdoms_envoy_to_the_un_acts_for_the_kingdom(lexical):
    text = "قال مندوب المملكة في الأمم المتحدة خالد العتيبي إن المملكة تتحمل تكاليف إغاثة اليمنيين."
    mentions = [("الأمم المتحدة", None, "org"), ("خالد العتيبي", None, "person"), ("اليمنيين", "YEM", "country")]
    assert two_party(lexical, text, "ar", mentions) == [("AID", "SAU", "YEM")]


def test_an_envoy_of_the_un_is_its_official_the_kingdoms_envoy_is_not():
    text = "قال المبعوث الخاص لمنظمة الأمم المتحدة خالد العتيبي إن الهدنة صامدة."
    doc = make_doc(text, "ar", [("الأمم المتحدة", None, "org"), ("خالد العتيبي", None, "person")])
    assert events._org_official(text, doc.mentions[1], doc.mentions, "ar")
    text = "قال مندوب المملكة في الأمم المتحدة خالد العتيبي إن الهدنة صامدة."
    doc = make_doc(text, "ar", [("الأمم المتحدة", None, "org"), ("خالد العتيبي", None, "person")])
    assert not events._org_official(text, doc.mentions[1], doc.mentions, "ar")


@pytest.mark.parametrize("text, lang, mentions", [
    ("أجرت ماريا سيلفا، منسقة السياسة الخارجية في الاتحاد الأوروبي، محادثات مع الأردن.", "ar",
     [("ماريا سيلفا", "PRT", "person"), ("الاتحاد الأوروبي", None, "org"), ("الأردن", "JOR", "country")]),
    ("Maria Silva, the EU foreign policy chief, held talks with Jordan.", "en",
     [("Maria Silva", "PRT", "person"), ("EU", None, "org"), ("Jordan", "JOR", "country")]),
])
def test_an_officials_role_in_apposition_makes_her_the_organisations(lexical, text, lang, mentions):
    assert two_party(lexical, text, lang, mentions) == []
    doc = make_doc(text, lang, mentions)
    assert events._org_official(text, doc.mentions[0], doc.mentions, lang)


def test_a_comma_clause_naming_an_organisation_without_a_role_is_no_apposition():
    text = "Maria Silva, who criticised the EU on Monday, held talks with Jordan."
    doc = make_doc(text, "en", [("Maria Silva", "PRT", "person"), ("EU", None, "org"), ("Jordan", "JOR", "country")])
    assert not events._org_official(text, doc.mentions[0], doc.mentions, "en")


def fa_countries(*names: str) -> list[tuple[str, str, str]]:
    codes = {"ایران": "IRN", "آمریکا": "USA", "ترکیه": "TUR", "عراق": "IRQ"}
    return [(n, codes[n], "country") for n in names]


def test_an_addressee_marked_before_the_verb_is_warned_when_the_subject_is_unnamed(lexical):
    text = "ستاد کل نیروهای مسلح در بیانیه‌ای به ترکیه هشدار داد که به خاک ایران تجاوز نکند."
    assert two_party(lexical, text, "fa", fa_countries("ترکیه", "ایران")) == [("THREATEN", "IRN", "TUR")]


def test_a_named_subject_before_the_marked_addressee_keeps_the_order(lexical):
    text = "ایران به ترکیه هشدار داد که از ورود به خاک عراق خودداری کند."
    assert ("THREATEN", "IRN", "TUR") in two_party(lexical, text, "fa", fa_countries("ایران", "ترکیه", "عراق"))
