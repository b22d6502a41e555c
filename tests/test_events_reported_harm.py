"""A physical act (ASSAULT, COERCE) that its own victim reports ("Chile said the Peruvian navy opened fire at a
Chilean boat") is also the victim's accusation of the doer: ACCUSE victim > doer beside the act
(events.REPORTED_HARM). The speaker must be the state (a country's name, abbreviation or capital, not a demonym
of a civilian) and the doer named after the reporting word. Sentences composed for the test."""
from __future__ import annotations

import dataclasses

import pytest
from test_events import make_doc, two_party

from bilat.stages import events

CHL, PER = ("Chile", "CHL", "country"), ("Peruvian", "PER", "country")


@pytest.mark.parametrize("lang, text, mentions", [
    ("en", "Chile said on Monday that the Peruvian navy opened fire at a Chilean fishing boat.",
     [CHL, PER, ("Chilean", "CHL", "country")]),
    ("en", "Chile said Peru had detained two Chilean fishermen near the border.",
     [CHL, ("Peru", "PER", "country"), ("Chilean", "CHL", "country")]),
    ("ru", "Чили заявила, что перуанский флот обстрелял чилийское судно.",
     [("Чили", "CHL", "country"), ("перуанский", "PER", "country"), ("чилийское", "CHL", "country")]),
])
def test_a_victims_report_of_force_is_its_accusation_too(lexical, lang, text, mentions):
    got = two_party(lexical, text, lang, mentions)
    assert ("ACCUSE", "CHL", "PER") in got
    assert any(e in ("ASSAULT", "COERCE") and (a, r) == ("PER", "CHL") for e, a, r in got)


@pytest.mark.parametrize("text, mentions", [
    ("The Peruvian navy opened fire at a Chilean fishing boat.", [PER, ("Chilean", "CHL", "country")]),
    # the one who speaks is the doer, not the victim
    ("Peru said its navy fired on a Chilean boat that entered its waters.",
     [("Peru", "PER", "country"), ("Chilean", "CHL", "country")]),
])
def test_no_accusation_without_the_victims_report(lexical, text, mentions):
    assert not any(e == "ACCUSE" for e, _, _ in two_party(lexical, text, "en", mentions))


def test_a_civilian_of_the_victims_country_accuses_no_one(lexical):
    doc_mentions = [("Chilean", "CHL", "country"), ("Peruvian", "PER", "country"), ("Chilean", "CHL", "country", 1)]
    text = "A Chilean fisherman said the Peruvian navy opened fire at a Chilean fishing boat."
    doc = make_doc(text, "en", doc_mentions)
    doc = dataclasses.replace(doc, mentions=tuple(dataclasses.replace(m, form="demonym") for m in doc.mentions))
    got = [(e.event, e.actor.code, e.recipient.code) for e in events.exported(lexical(doc).events)
           if e.actor and e.recipient]
    assert not any(e == "ACCUSE" for e, _, _ in got)
