"""English 'strike' is a PROTEST only as a labour strike ('went on strike', 'a general strike', 'hunger strike');
a military 'strike by X against Y' is no demonstration (data/event_lexicon.json en PROTEST group). Sentences
composed for the test."""
from __future__ import annotations

import pytest
from test_events import two_party

FRA_GBR = [("French", "FRA", "country"), ("British", "GBR", "country")]


@pytest.mark.parametrize("text", [
    "French dockers went on strike against the British shipping line.",
    "French workers staged a general strike against the British owners of the plant.",
])
def test_a_labour_strike_is_a_protest(lexical, text):
    assert two_party(lexical, text, "en", FRA_GBR) == [("PROTEST", "FRA", "GBR")]


@pytest.mark.parametrize("text", [
    "A large-scale French strike against British positions is unlikely, officials said.",
    "The French navy prepared a strike against a British convoy last year.",
])
def test_a_military_strike_is_no_protest(lexical, text):
    assert all(e[0] != "PROTEST" for e in two_party(lexical, text, "en", FRA_GBR))
