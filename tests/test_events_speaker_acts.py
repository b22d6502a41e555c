"""A spoken act told after a reporting word is its speaker's: "after X's remarks, Y's minister said Y condemned
them" is Y's act on X, though X is named first (events._speaker_acts). Sentences composed for the test."""
from __future__ import annotations

import pytest
from test_events import two_party

RUS_JPN = [("Russia", "RUS", "country"), ("Japan", "JPN", "country")]


def _of_type(stage, lang, text, mentions, event):
    return [e for e in two_party(stage, text, lang, mentions) if e[0] == event]


@pytest.mark.parametrize("lang, text, mentions, want", [
    ("en", "After the remarks of Russia's president on the islands, Japan's foreign minister said Tokyo condemned them.",
     RUS_JPN + [("Tokyo", "JPN", "country")], ("ACCUSE", "JPN", "RUS")),
    ("en", "Following the remarks of Russia's president, Japan's prime minister said he strongly condemned them.",
     RUS_JPN, ("ACCUSE", "JPN", "RUS")),
    ("ru", "После слов президента России об островах министр Японии заявил, что осуждает эти слова.",
     [("России", "RUS", "country"), ("Японии", "JPN", "country")], ("ACCUSE", "JPN", "RUS")),
])
def test_the_speaker_of_a_spoken_act_acts(lexical, lang, text, mentions, want):
    assert _of_type(lexical, lang, text, mentions, want[0]) == [want]


def test_a_party_of_another_country_after_the_reporting_word_acts(lexical):
    # China is the subject of "condemned": Japan, who speaks, does not condemn
    text = "After the remarks of Russia's president, Japan said China condemned them."
    got = _of_type(lexical, "en", text, RUS_JPN + [("China", "CHN", "country")], "ACCUSE")
    assert ("ACCUSE", "JPN", "RUS") not in got


def test_the_speaker_named_first_keeps_acting(lexical):
    text = "Japan's minister said he condemned the remarks of Russia's president."
    assert _of_type(lexical, "en", text, RUS_JPN[::-1], "ACCUSE") == [("ACCUSE", "JPN", "RUS")]
