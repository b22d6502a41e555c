"""Passive direction with both parties after the trigger: "sanctions imposed on Iran by the United States" is the
agent's act on the one marked as acted on (events._object_then_agent, data/direction.json "object_then_agent").
Sentences composed for the test."""
from __future__ import annotations

import pytest
from test_events import two_party

IRN_USA = [("Iran", "IRN", "country"), ("United States", "USA", "country")]


@pytest.mark.parametrize("text, mentions, want", [
    ("Sanctions imposed on Iran by the United States have hurt its farmers.", IRN_USA, ("SANCTION", "USA", "IRN")),
    ("The embargo placed on Iran by the United States remains in force.", IRN_USA, ("SANCTION", "USA", "IRN")),
    ("Air strikes on Iran by the United States destroyed two radar sites.", IRN_USA, ("ASSAULT", "USA", "IRN")),
    ("Attacks against Iran by the United States continued overnight.", IRN_USA, ("ASSAULT", "USA", "IRN")),
])
def test_the_agent_after_the_object_acts(lexical, text, mentions, want):
    assert two_party(lexical, text, "en", mentions) == [want]


@pytest.mark.parametrize("text, mentions, want", [
    # "by" marks a time, not an agent: the subject acts
    ("The United States imposed sanctions on Iran by the end of May.", IRN_USA[::-1], ("SANCTION", "USA", "IRN")),
    # the second country is not the agent of the act ("with")
    ("The United States condemned attacks on Iran together with Britain.",
     [("United States", "USA", "country"), ("Iran", "IRN", "country"), ("Britain", "GBR", "country")],
     ("ACCUSE", "USA", "IRN")),
])
def test_no_agent_after_the_object_no_swap(lexical, text, mentions, want):
    assert two_party(lexical, text, "en", mentions)[0] == want


def test_russian_object_then_agent(lexical):
    text = "Новые санкции против Ирана со стороны США вступили в силу в понедельник."
    mentions = [("Ирана", "IRN", "country"), ("США", "USA", "country")]
    assert two_party(lexical, text, "ru", mentions) == [("SANCTION", "USA", "IRN")]
