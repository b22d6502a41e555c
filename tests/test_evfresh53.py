"""Wire-style English (issue 10, evfresh53): countries of one list ("a travel warning for Peru, Chile, Nicaragua and
Belize") are what an act is about, not actor and recipient of each other (events.LISTED_PAIR); a list that a
conjunction closed ends there ("backed by Iran and Russia, Syria's president"). Sentences composed for the test."""
from __future__ import annotations

import pytest
import test_events


def two_party(stage, text, mentions):
    return test_events.two_party(stage, text, "en", mentions)


def cou(*names_codes):
    return [(n, c, "country") for n, c in names_codes]


LIST4 = cou(("Peru", "PER"), ("Chile", "CHL"), ("Nicaragua", "NIC"), ("Belize", "BLZ"))


@pytest.mark.parametrize("text", [
    "The health agency warned against travel to Peru, Chile, Nicaragua and Belize.",
    "The health agency warned against travel to Peru, Chile, Nicaragua, and Belize.",
    "Officials threatened Peru, Chile, Nicaragua and Belize with a ban.",
])
def test_no_act_between_members_of_one_list(lexical, text):
    assert not [e for e in two_party(lexical, text, LIST4) if {e[1], e[2]} <= {"PER", "CHL", "NIC", "BLZ"}]


def test_an_actor_outside_the_list_still_acts_on_its_members(lexical):
    text = "Japan threatened Peru, Chile and Nicaragua with sanctions."
    got = two_party(lexical, text, cou(("Japan", "JPN"), ("Peru", "PER"), ("Chile", "CHL"), ("Nicaragua", "NIC")))
    assert ("THREATEN", "JPN", "PER") in got


def test_two_listed_agents_act_on_the_party_after_the_closed_list(lexical):
    # "Iran and Russia, Syria": the conjunction closed the list, Syria is no third member
    text = "Backed militarily by Iran and Russia, Syria has refused to compromise."
    got = two_party(lexical, text, cou(("Iran", "IRN"), ("Russia", "RUS"), ("Syria", "SYR")))
    assert ("AID", "IRN", "SYR") in got or ("AID", "RUS", "SYR") in got


def test_a_meeting_of_listed_countries_is_kept(lexical):
    text = "The foreign ministers of China, Japan and South Korea met in Seoul on Monday."
    got = two_party(lexical, text, cou(("China", "CHN"), ("Japan", "JPN"), ("South Korea", "KOR")))
    assert any(e[0] == "CONSULT" for e in got)


@pytest.mark.parametrize("text, mentions", [
    ("Acting for Somalia-based handlers, the man filmed U.S. military sites as targets for an attack.",
     cou(("Somalia", "SOM"), ("U.S.", "USA"))),
    ("A Qatar-based channel accused Egypt of jailing its reporters.", cou(("Qatar", "QAT"), ("Egypt", "EGY"))),
])
def test_a_country_before_based_is_where_a_group_sits(lexical, text, mentions):
    # "-based" (event_lexicon.json origin): the country is where the handlers or the channel sit, no state acts
    home = mentions[0][1]
    assert not [e for e in two_party(lexical, text, mentions) if home in e[1:]]
