"""A physical act told in a clause a reporting word opens, when that clause names two countries, is between them:
the speaker is neither its actor nor its recipient (events.REPORTED_CLAUSE, _reported_clause_parties). "A said B
attacked C" is B>C, not B>A or A>B. A clause naming one country keeps the speaker as a possible party ("Russia said
it intercepted a U.S. plane"). A third state so reporting the act accuses its doer (events.REPORTED_THIRD). The speaker
named before the reporting word is taken as the victim only of harm (events.SPEAKER_SWAP_TYPES): of a sanction it
announces it is the doer.
Sentences composed for the test."""
from __future__ import annotations

import pytest
from test_events import two_party

from bilat.stages import events

PARTIES = {
    "en": [("Chinese", "CHN", "country"), ("China", "CHN", "country"), ("Turkey", "TUR", "country"),
           ("Russia", "RUS", "country"), ("Ukraine", "UKR", "country"), ("Israel", "ISR", "country"),
           ("Syria", "SYR", "country"), ("Indonesian", "IDN", "country")],
    "ru": [("Китая", "CHN", "country"), ("Китай", "CHN", "country"), ("Россия", "RUS", "country"),
           ("Украину", "UKR", "country")],
    "ar": [("الصينية", "CHN", "country"), ("روسيا", "RUS", "country"), ("أوكرانيا", "UKR", "country")],
}


def _run(lexical, lang, text):
    return two_party(lexical, text, lang, [m for m in PARTIES[lang] if m[0] in text])


@pytest.mark.parametrize("lang, text, pair", [
    ("en", "A spokesman for the Chinese foreign ministry said Russia attacked Ukraine.", ("RUS", "UKR")),
    ("en", "Turkey said Israel attacked Syria.", ("ISR", "SYR")),
    ("ru", "Представитель МИД Китая заявил, что Россия атаковала Украину.", ("RUS", "UKR")),
    ("ar", "قال المتحدث باسم الخارجية الصينية إن روسيا هاجمت أوكرانيا.", ("RUS", "UKR")),
])
def test_the_speaker_is_no_party_of_the_reported_act(lexical, lang, text, pair):
    got = [g for g in _run(lexical, lang, text) if g[0] == "ASSAULT"]
    assert got == [("ASSAULT", *pair)]


def test_the_flag_off_takes_the_speaker_in(lexical, monkeypatch):
    monkeypatch.setattr(events, "REPORTED_CLAUSE", False)
    got = [g for g in _run(lexical, "en", "Turkey said Israel attacked Syria.") if g[0] == "ASSAULT"]
    assert got and got[0][1:] != ("ISR", "SYR")


def test_a_clause_of_one_country_keeps_the_speaker(lexical):
    got = _run(lexical, "en", "China said the Indonesian navy attacked its fishing boat.")
    assert ("ASSAULT", "IDN", "CHN") in got


def test_the_victim_named_in_the_clause_stays(lexical):
    got = _run(lexical, "en", "China said the Indonesian navy attacked a Chinese fishing boat.")
    assert ("ASSAULT", "IDN", "CHN") in got


def test_a_clause_naming_no_doer_before_the_act_keeps_the_speaker(lexical):
    text = "Russia said strikes should hit convoys crossing into Syria from Turkey."
    got = _run(lexical, "en", text)
    assert ("ASSAULT", "SYR", "TUR") not in got and ("ASSAULT", "TUR", "SYR") not in got


def test_a_clause_pointing_back_to_the_speaker_keeps_it(lexical):
    got = _run(lexical, "en", "Turkey said Israel had attacked its embassy in Syria.")
    assert ("ASSAULT", "ISR", "TUR") in got and ("ASSAULT", "ISR", "SYR") not in got


@pytest.mark.parametrize("lang, text, speaker, doer", [
    ("en", "Turkey said Israel attacked Syria.", "TUR", "ISR"),
    ("ru", "Китай заявил, что Россия атаковала Украину.", "CHN", "RUS"),
])
def test_a_third_state_reporting_the_act_accuses_its_doer(lexical, lang, text, speaker, doer):
    got = _run(lexical, lang, text)
    assert ("ACCUSE", speaker, doer) in got


def test_no_third_state_accusation_with_the_flag_off(lexical, monkeypatch):
    monkeypatch.setattr(events, "REPORTED_THIRD", False)
    assert ("ACCUSE", "TUR", "ISR") not in _run(lexical, "en", "Turkey said Israel attacked Syria.")


SANCTION_PARTIES = [("India", "IND", "country"), ("Chinese", "CHN", "country"), ("Washington", "USA", "country"),
                    ("Russia", "RUS", "country"), ("Ukrainian", "UKR", "country")]


@pytest.mark.parametrize("text, pair", [
    ("India said Chinese milk imports are banned from Monday.", ("IND", "CHN")),
    ("Washington said Chinese officials would be sanctioned.", ("USA", "CHN")),
    ("Russia said Ukrainian diplomats were expelled.", ("RUS", "UKR")),
])
def test_a_sanction_announced_is_the_speakers(lexical, text, pair):
    got = two_party(lexical, text, "en", [m for m in SANCTION_PARTIES if m[0] in text])
    assert ("SANCTION", *pair) in got


def test_the_swap_of_every_physical_act_reverses_it(lexical, monkeypatch):
    monkeypatch.setattr(events, "SPEAKER_SWAP_TYPES", None)
    text = "India said Chinese milk imports are banned from Monday."
    got = two_party(lexical, text, "en", [m for m in SANCTION_PARTIES if m[0] in text])
    assert ("SANCTION", "CHN", "IND") in got


def test_a_harm_reported_by_its_victim_is_still_swapped(lexical):
    text = "China said Indonesian ships attacked the boat."
    got = two_party(lexical, text, "en", [("China", "CHN", "country"), ("Indonesian", "IDN", "country")])
    assert ("ASSAULT", "IDN", "CHN") in got
