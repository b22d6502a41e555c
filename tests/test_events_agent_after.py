"""The agent named after a passive or a noun trigger ("a claim rejected by Germany", "condemnation from the United
States", "backed militarily by Iran") acts on the party named before the trigger (events.AGENT_AFTER).
Sentences composed for the test."""
from __future__ import annotations

import pytest
import test_events


def two_party(stage, text, mentions):
    return test_events.two_party(stage, text, "en", mentions)


SYR_DEU = [("Syria", "SYR", "country"), ("Germany", "DEU", "country")]


@pytest.mark.parametrize("text, mentions, want", [
    ("Syria made a claim that was rejected by Germany.", SYR_DEU, ("REJECT", "DEU", "SYR")),
    ("Syria was backed militarily by Germany.", SYR_DEU, ("AID", "DEU", "SYR")),  # military backing is AID/military
    ("Syria tested a missile, provoking condemnation from its neighbours and Germany.", SYR_DEU,
     ("ACCUSE", "DEU", "SYR")),
])
def test_the_agent_after_the_trigger_acts(lexical, text, mentions, want):
    assert two_party(lexical, text, mentions) == [want]


@pytest.mark.parametrize("text, mentions, want", [
    ("Germany rejected the claim by Syria.", SYR_DEU[::-1], ("REJECT", "DEU", "SYR")),  # "by" not after the verb
    ("Germany announced a withdrawal from Syria.", SYR_DEU[::-1], ("RETREAT", "DEU", "SYR")),  # where forces leave
    ("Germany criticised Syria.", SYR_DEU[::-1], ("ACCUSE", "DEU", "SYR")),
])
def test_no_agent_no_swap(lexical, text, mentions, want):
    assert two_party(lexical, text, mentions) == [want]


def test_a_trigger_ending_in_its_marker_takes_the_agent_after_it(lexical):
    # the trigger holds its marker ("pressure from"): the party right after it is the agent
    text = "Iran bowed to pressure from Russia and froze the project."
    assert two_party(lexical, text, [("Iran", "IRN", "country"), ("Russia", "RUS", "country")]) == \
        [("REQUEST", "RUS", "IRN")]
