"""events._finish: an act told in a line that restates a longer paragraph (a headline the body opens with) is a
telling of the same act (type and pair) told in that paragraph, whatever the mode or direction each was coded with."""

from __future__ import annotations

import pytest
from test_events import cand, finish, lines_doc

from bilat.stages import events

HEAD = "Ambassador of Turkey calls on the Deputy Prime Minister of Thailand"
LEAD = ("Today the Deputy Prime Minister of Thailand received the Ambassador of Turkey, who called on him at "
        "Government House; the two sides discussed trade.")
OTHER = "Thailand and Turkey will mark 60 years of relations next year."


def test_headline_coded_otherwise_is_a_telling_of_the_lead():
    doc = lines_doc([HEAD, LEAD, OTHER], "en")
    got = finish(doc, [cand("CONSULT", "visit", "TUR", "THA"), cand("CONSULT", "meet", "THA", "TUR"), None])
    (e,) = got  # one call, not two: coded as first told (the headline), the lead as its other telling
    assert (e.event, e.mode, e.actor.code, e.recipient.code) == ("CONSULT", "visit", "TUR", "THA")
    assert (e.start, e.end) == (0, len(HEAD))
    assert e.tellings == ((doc.sentences[1].start, doc.sentences[1].end),)


def test_without_the_rule_the_headline_is_a_second_event(monkeypatch):
    monkeypatch.setattr(events, "MERGE_RESTATED", False)
    doc = lines_doc([HEAD, LEAD, OTHER], "en")
    got = finish(doc, [cand("CONSULT", "visit", "TUR", "THA"), cand("CONSULT", "meet", "THA", "TUR"), None])
    assert len(got) == 2


@pytest.mark.parametrize("lead", [
    cand("SUPPORT", "praise", "THA", "TUR"),  # another type in the lead: the headline's act is its own
    cand("CONSULT", "meet", "THA", "TUR", confidence=0.3),  # the lead's act too weak to export
    None,
])
def test_headline_act_not_told_in_the_lead_stays(lead):
    doc = lines_doc([HEAD, LEAD, OTHER], "en")
    got = finish(doc, [cand("CONSULT", "visit", "TUR", "THA"), lead, None])
    first = got[0]
    assert (first.event, first.mode, first.start) == ("CONSULT", "visit", 0) and first.tellings == ()
    assert len(got) == (1 if lead is None else 2)


def test_a_short_line_that_restates_nothing_keeps_its_act():
    # the same type and pair told in a line that is no restatement of the other (few words in common)
    doc = lines_doc([OTHER, LEAD], "en")
    got = finish(doc, [cand("CONSULT", "visit", "TUR", "THA"), cand("CONSULT", "meet", "THA", "TUR")])
    assert len(got) == 2
    assert got[0].actor.code == "TUR" and got[0].tellings == ()


def test_headline_act_told_in_a_later_paragraph_is_merged_too():
    # the lead tells the call without a coded act; the talks in the next paragraph are the same call
    talks = "Both sides discussed relations between Thailand and Turkey, 60 years old next year."
    doc = lines_doc([HEAD, LEAD, talks], "en")
    got = finish(doc, [cand("CONSULT", "visit", "TUR", "THA"), None, cand("CONSULT", "meet", "THA", "TUR")])
    (e,) = got
    assert e.start == 0 and e.tellings == ((doc.sentences[2].start, doc.sentences[2].end),)
