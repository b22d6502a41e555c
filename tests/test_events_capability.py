"""A capability is no act: a trigger after "capable of", "capability to" or "ability to" (plover.UNCERTAIN, en)
tells what a weapon or a state could do, not what it did ("missiles capable of delivering warheads to Chile").
Sentences composed for the test."""
from __future__ import annotations

import pytest
from test_events import two_party

MENTIONS = [("Peru", "PER", "country"), ("Chile", "CHL", "country")]


def test_a_capability_is_no_act(lexical):
    text = "Peru is building missiles capable of delivering nuclear weapons to Chile."
    assert two_party(lexical, text, "en", MENTIONS) == []


@pytest.mark.parametrize("text", [
    "Peru has warships capable of attacking Chile.",
    "Peru has warships with the ability to attack Chile.",
])
def test_a_capability_to_strike_is_no_assault(lexical, text):
    assert not any(e == "ASSAULT" for e, _, _ in two_party(lexical, text, "en", MENTIONS))


def test_the_act_itself_is_kept(lexical):
    got = two_party(lexical, "Peru delivered heavy weapons to Chile.", "en", MENTIONS)
    assert got and got[0][1:] == ("PER", "CHL")
