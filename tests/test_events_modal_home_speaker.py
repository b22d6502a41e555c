"""events.MODAL_HOME_SPEAKER and MODAL_COLON: a demand with a modal of obligation told by an unnamed home official
opening the sentence ("نماینده مجلس گفت: دولت پاکستان باید ...", an Iranian MP said: Pakistan's government must ...)
is that official's country's REQUEST of the country asked; a colon after the reporting word opens the demand's clause
as a comma does. "باید بداند" (must know) is a warning, no demand (data/direction.json modal_request modal_not).
Sentences composed for the test."""

from __future__ import annotations

from test_events import make_doc, pairs

from bilat.stages import events

REST = "\nایران و عراق روابط خوبی دارند."
MS = [("پاکستان", "PAK", "country"), ("ایران", "IRN", "country"), ("عراق", "IRQ", "country")]
DEMAND = "نماینده مجلس گفت: دولت پاکستان باید عاملان این حمله را تحویل دهد."


def _pairs(stage, line):
    return pairs(stage(make_doc(line + REST, "fa", MS)))


def test_an_unnamed_home_official_demands(lexical):
    assert ("REQUEST", "IRN", "PAK") in _pairs(lexical, DEMAND)


def test_without_the_home_speaker_no_demand(lexical, monkeypatch):
    monkeypatch.setattr(events, "MODAL_HOME_SPEAKER", False)
    assert ("REQUEST", "IRN", "PAK") not in _pairs(lexical, DEMAND)


def test_without_the_colon_opening_no_demand(lexical, monkeypatch):
    monkeypatch.setattr(events, "MODAL_COLON", False)
    assert ("REQUEST", "IRN", "PAK") not in _pairs(lexical, DEMAND)


def test_a_quotation_mark_after_the_colon_opens_the_clause_too(lexical):
    assert ("REQUEST", "IRN", "PAK") in _pairs(lexical, "نماینده مجلس گفت: «دولت پاکستان باید عاملان این حمله را تحویل دهد».")


def test_must_know_is_no_demand(lexical):
    # "Pakistan's government must know that the region's people are awake": a warning; "must grasp" (not listed) is
    # still read as a demand, so the words of modal_not, not the clause, make the difference
    line = "نماینده مجلس گفت: دولت پاکستان باید {} که مردم منطقه بیدار هستند."
    assert ("REQUEST", "IRN", "PAK") not in _pairs(lexical, line.format("بداند"))
    assert ("REQUEST", "IRN", "PAK") in _pairs(lexical, line.format("بفهمد"))


def test_the_country_asked_is_not_its_own_speaker(lexical):
    # Pakistan's MP (the role owned by the country right after it) asks nothing of Pakistan
    line = "نماینده مجلس پاکستان گفت: دولت پاکستان باید عاملان این حمله را تحویل دهد."
    ms = [("پاکستان", "PAK", "country"), ("پاکستان", "PAK", "country", 1), ("ایران", "IRN", "country"),
          ("عراق", "IRQ", "country")]
    assert not [p for p in pairs(lexical(make_doc(line + REST, "fa", ms))) if p[0] == "REQUEST"]
