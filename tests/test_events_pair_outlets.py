"""A one-sided act whose recipient is named only in a "between A and B" pair (events.BETWEEN_SETTING,
_between_setting; the "between" words of data/event_lexicon.json, now for ar, en, ru, vi too) tells where or
what about, not an act on either country; a joint act's own pair ("talks between A and B") is kept, and so is a
recipient named outside the pair too. Sentences composed for the test."""
from __future__ import annotations

import dataclasses

import pytest
from test_events import make_doc, two_party

from bilat.stages import events

EN = [("France", "FRA", "country"), ("Morocco", "MAR", "country"), ("Algeria", "DZA", "country"),
      ("China", "CHN", "country"), ("India", "IND", "country"), ("Morocco", "MAR", "country", 1)]
AR = [("فرنسا", "FRA", "country"), ("المغرب", "MAR", "country"), ("الجزائر", "DZA", "country"),
      ("المغرب", "MAR", "country", 1)]


def _run(stage, text: str, lang: str, ms) -> list[tuple[str, str, str]]:
    return two_party(stage, text, lang, [m for m in ms if text.count(m[0]) > (m[3] if len(m) > 3 else 0)])


@pytest.mark.parametrize(("text", "lang", "ms"), [
    ("France sent aid to the refugees stranded on the border between Morocco and Algeria.", "en", EN),
    ("أرسلت فرنسا مساعدات إلى اللاجئين العالقين على الحدود بين المغرب والجزائر.", "ar", AR),
])
def test_a_one_sided_act_is_on_no_country_of_a_between_pair(lexical, text, lang, ms):
    got = _run(lexical, text, lang, ms)
    assert not [e for e in got if e[1] == "FRA"], got


def test_without_the_rule_the_aid_went_to_the_first_of_the_pair(lexical, monkeypatch):
    monkeypatch.setattr(events, "BETWEEN_SETTING", False)
    got = _run(lexical, "France sent aid to the refugees stranded on the border between Morocco and Algeria.", "en", EN)
    assert ("AID", "FRA", "MAR") in got


def test_a_recipient_named_outside_the_pair_keeps_the_act(lexical):
    text = "France sent aid to Morocco after the floods on the border between Morocco and Algeria."
    assert ("AID", "FRA", "MAR") in _run(lexical, text, "en", EN)


def test_talks_between_two_stay_their_meeting(lexical):
    got = _run(lexical, "Talks between China and India were held on Monday.", "en", EN)
    assert any(e[0] == "CONSULT" and {e[1], e[2]} == {"CHN", "IND"} for e in got), got


# --- a relation named by a pair of adjectives (events.RELATION_PAIR, plover.RELATION_HEAD) -----------------------

AR_DEM = [("المصري", "EGY", "country"), ("الإثيوبي", "ETH", "country")]
EN_DEM = [("Egyptian", "EGY", "country"), ("Ethiopian", "ETH", "country")]


def _run_forms(stage, text: str, lang: str, ms) -> list[tuple[str, str, str]]:
    """Like two_party, with the mentions of ``ms`` given the form "demonym" (the tagger's form for them)."""
    doc = make_doc(text, lang, ms, published="2024-03-01")
    dem = {m[0] for m in ms if len(m) > 4 and m[4] == "demonym"}
    doc = dataclasses.replace(doc, mentions=tuple(dataclasses.replace(m, form="demonym") if m.text in dem else m
                                                 for m in doc.mentions))
    return [(e.event, e.actor.code, e.recipient.code) for e in events.exported(stage(doc).events)
            if e.actor and e.recipient]


def _dem(ms):
    return [(*m[:3], 0, "demonym") for m in ms]


@pytest.mark.parametrize(("text", "lang", "ms"), [
    ("ورفضت الوزيرة الحل العسكري للخلاف المصري الإثيوبي.", "ar", _dem(AR_DEM)),
    ("ورفضت الوزيرة الحل العسكري للخلاف المصري-الإثيوبي.", "ar", _dem(AR_DEM)),
    ("The minister rejected any military solution to the Egyptian-Ethiopian dispute.", "en", _dem(EN_DEM)),
])
def test_a_relation_named_by_two_adjectives_has_no_parties(lexical, monkeypatch, text, lang, ms):
    assert _run_forms(lexical, text, lang, ms) == []
    monkeypatch.setattr(events, "RELATION_PAIR", False)  # without the rule the two adjectives were the pair
    got = _run_forms(lexical, text, lang, ms)
    assert got and {got[0][1], got[0][2]} == {"EGY", "ETH"}, got


def test_the_two_countries_named_as_states_still_act(lexical):
    text = "Egypt rejected the proposal of Ethiopia to end the Egyptian-Ethiopian dispute."
    ms = [("Egypt", "EGY", "country"), ("Ethiopia", "ETH", "country"), *_dem([("Egyptian", "EGY", "country"),
                                                                            ("Ethiopian", "ETH", "country")])]
    assert ("REJECT", "EGY", "ETH") in _run_forms(lexical, text, "en", ms)
