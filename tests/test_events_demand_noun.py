"""The noun 'demand' addressed to a state ('direct the demand to X', 'a demand that X ...') is a REQUEST, one per
country listed; a market's demand ('to meet the demands of its economy') is none (data/event_lexicon.json en
REQUEST 'demand to', 'demand that'; EXCLUDE 'meet the demands'). Sentences composed for the test."""
from __future__ import annotations

from test_events import two_party


def test_a_demand_directed_to_listed_states_is_a_request_to_each(lexical):
    text = "Israel's foreign ministry will direct the demand to Russia, China and France this week."
    mentions = [("Israel", "ISR", "country"), ("Russia", "RUS", "country"), ("China", "CHN", "country"),
                ("France", "FRA", "country")]
    got = {e for e in two_party(lexical, text, "en", mentions) if e[0] == "REQUEST"}
    assert got == {("REQUEST", "ISR", "RUS"), ("REQUEST", "ISR", "CHN"), ("REQUEST", "ISR", "FRA")}


def test_a_demand_that_a_state_acts_is_a_request(lexical):
    text = "Israel sent Russia a demand that it stop arming the militia."
    mentions = [("Israel", "ISR", "country"), ("Russia", "RUS", "country")]
    assert two_party(lexical, text, "en", mentions) == [("REQUEST", "ISR", "RUS")]


def test_the_demands_of_an_economy_are_no_request(lexical):
    text = "India, eager to meet the demands of a growing economy, bought oil from Iran."
    mentions = [("India", "IND", "country"), ("Iran", "IRN", "country")]
    assert all(e[0] != "REQUEST" for e in two_party(lexical, text, "en", mentions))
