"""A sentence's further acts (issue 10, evtype): after a meeting or call, the signing of an agreement is an act of the
meeting's pair too ("met his counterpart and signed an agreement": events.SETTING_AGREEMENT), and every setting act of
another type is read, not only the first (events.SETTING_EVERY); after a spoken act, every joined spoken act of another
type, each joined to the one before it ("criticised X, demanded ... and warned ...": events.CHAIN_EVERY). All three switches
are off (measured out of fold by outlet on dev: no right event gained, CHAIN_EVERY one false); the tests switch them
on. Sentences composed for the test (no corpus sentence)."""
from __future__ import annotations

from test_events import make_doc, pairs

from bilat.stages import events

MET_SIGNED = "Saudi Arabia's foreign minister met his Egyptian counterpart and signed an agreement on trade."
MET_SIGNED_MS = [("Saudi Arabia", "SAU", "country"), ("Egyptian", "EGY", "demonym")]
THREE = "Russia criticised Poland, demanded an explanation and warned of a firm response."
THREE_MS = [("Russia", "RUS", "country"), ("Poland", "POL", "country")]


def test_a_meeting_and_a_signing_are_two_acts_of_the_pair(lexical, monkeypatch):
    monkeypatch.setattr(events, "SETTING_AGREEMENT", True)
    got = pairs(lexical(make_doc(MET_SIGNED, "en", MET_SIGNED_MS)))
    assert ("CONSULT", "SAU", "EGY") in got and ("SUPPORT", "SAU", "EGY") in got, got


def test_without_the_switch_the_signing_is_no_setting_act(lexical, monkeypatch):
    monkeypatch.setattr(events, "SETTING_AGREEMENT", False)
    monkeypatch.setattr(events, "OWN_TRIGGER_ACTS", False)  # (which also gives it: a joined act with its own trigger)
    got = pairs(lexical(make_doc(MET_SIGNED, "en", MET_SIGNED_MS)))
    assert ("CONSULT", "SAU", "EGY") in got and not [e for e in got if e[0] == "SUPPORT"], got


def test_three_joined_spoken_acts_are_three_events(lexical, monkeypatch):
    monkeypatch.setattr(events, "CHAIN_EVERY", True)
    got = pairs(lexical(make_doc(THREE, "en", THREE_MS)))
    assert {("ACCUSE", "RUS", "POL"), ("REQUEST", "RUS", "POL"), ("THREATEN", "RUS", "POL")} <= set(got), got


def test_without_the_switch_only_the_first_joined_act(lexical, monkeypatch):
    monkeypatch.setattr(events, "CHAIN_EVERY", False)
    got = pairs(lexical(make_doc(THREE, "en", THREE_MS)))
    assert ("REQUEST", "RUS", "POL") in got and not [e for e in got if e[0] == "THREATEN"], got


def test_an_act_not_joined_to_the_one_before_is_no_further_event(lexical, monkeypatch):
    monkeypatch.setattr(events, "CHAIN_EVERY", True)
    """"demanded an explanation of its refusal": the refusal is what is spoken of, no comma or "and" opens it."""
    text = "Russia criticised Poland, demanded an explanation of its refusal of the offer."
    got = pairs(lexical(make_doc(text, "en", THREE_MS)))
    assert ("REQUEST", "RUS", "POL") in got and not [e for e in got if e[0] == "REJECT"], got
