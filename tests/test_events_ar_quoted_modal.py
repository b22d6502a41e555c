"""An Arabic modal demand inside a quotation that goes on from an earlier sentence, with no reporting word of its own
(events.MODAL_QUOTED_SPEAKER, events._continued_quote_speaker): the quotation's speaker asks. Sentences composed for
the test."""
from __future__ import annotations

import test_events

OPENING = "وقال وزير الخارجية البريطاني فيليب هاموند: «نريد حلا سلميا. "
MS = [("البريطاني", "GBR", "country"), ("فيليب هاموند", "GBR", "person"), ("سوريا", "SYR", "country")]


def two_party(stage, text, mentions):
    return test_events.two_party(stage, text, "ar", mentions, published="2019-05-14")


def test_modal_in_a_continued_quotation_is_the_speakers_demand(lexical):
    text = OPENING + "وينبغي لسوريا أن تسحب قواتها من الحدود»."
    assert ("REQUEST", "GBR", "SYR") in two_party(lexical, text, MS)


def test_modal_outside_any_quotation_asks_nothing(lexical):
    text = "وقال وزير الخارجية البريطاني فيليب هاموند إن الحل سلمي. وينبغي لسوريا أن تسحب قواتها من الحدود."
    assert ("REQUEST", "GBR", "SYR") not in two_party(lexical, text, MS)
