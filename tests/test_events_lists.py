"""Lists of countries as co-subjects or co-objects of one act (issue 10, evlist). Sentences composed for the test.

- A locative word must open a word (events._locative_before): the "in" that ends "Britain, " or "Bahrain, " made
  the next country of a list a venue, so "Britain, France and Germany condemned Iran" lost France and coded Britain
  on Germany. A real locative ("In France, Germany condemned Iran") still makes its country a venue.
"""
from __future__ import annotations

import pytest
import test_events

EU3 = [("Britain", "GBR", "country"), ("France", "FRA", "country"), ("Germany", "DEU", "country"),
       ("Iran", "IRN", "country")]


def _pairs(lexical, text, lang, mentions, event):
    return sorted((a, r) for e, a, r in test_events.two_party(lexical, text, lang, mentions) if e == event)


@pytest.mark.parametrize("text, event", [
    ("Britain, France and Germany condemned Iran.", "ACCUSE"),
    ("Britain, France and Germany imposed sanctions on Iran.", "SANCTION"),
])
def test_a_list_after_a_word_ending_in_in_keeps_every_country(lexical, text, event):
    assert _pairs(lexical, text, "en", EU3, event) == [("DEU", "IRN"), ("FRA", "IRN"), ("GBR", "IRN")]


def test_a_real_locative_still_makes_a_venue(lexical):
    got = test_events.two_party(lexical, "In France, Germany condemned Iran.", "en",
                                [("France", "FRA", "country"), ("Germany", "DEU", "country"),
                                 ("Iran", "IRN", "country")])
    assert ("ACCUSE", "DEU", "IRN") in got
    assert not any("FRA" in (a, r) for _, a, r in got)


def test_russian_list_of_co_subjects(lexical):
    ms = [("Украина", "UKR", "country"), ("Польша", "POL", "country"), ("Литва", "LTU", "country"),
          ("России", "RUS", "country")]
    text = "Украина, Польша и Литва ввели санкции против России."
    assert _pairs(lexical, text, "ru", ms, "SANCTION") == [("LTU", "RUS"), ("POL", "RUS"), ("UKR", "RUS")]


def test_russian_real_locative_is_a_venue(lexical):
    ms = [("Польше", "POL", "country"), ("Литва", "LTU", "country"), ("России", "RUS", "country")]
    got = test_events.two_party(lexical, "В Польше Литва ввела санкции против России.", "ru", ms)
    assert ("SANCTION", "LTU", "RUS") in got
    assert not any("POL" in (a, r) for _, a, r in got)
