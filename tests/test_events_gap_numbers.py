"""A ' * ' in a trigger stem spans a number written with group or decimal marks as one word (events.GAP):
'triển khai * binh sĩ' finds 'triển khai hơn 100.000 binh sĩ', never across a sentence's own punctuation.
Sentences composed for the test."""
from __future__ import annotations

import re

import pytest

from bilat.stages import events


@pytest.mark.parametrize("text", [
    "Nga đã triển khai hơn 100.000 binh sĩ tới biên giới Ukraine.",
    "Nga triển khai khoảng 12.500 binh sĩ.",
    "Nga triển khai 1,5 vạn binh sĩ.",
])
def test_a_grouped_number_is_one_word_of_the_gap(text):
    got = [t for t in events.find_triggers(text, 0, len(text), "vi") if t.event == "MOBILIZE"]
    assert got and "binh sĩ" in text[got[0].start:got[0].end]


def test_the_gap_still_stops_at_punctuation():
    text = "Nga triển khai tàu, binh sĩ thì không."
    got = [text[t.start:t.end] for t in events.find_triggers(text, 0, len(text), "vi") if t.event == "MOBILIZE"]
    assert not any("binh sĩ" in g for g in got)


@pytest.mark.parametrize("gap, ok", [
    (" 100.000 ", True), (" 100,000 ", True), (" 100٫000 ", True), (" 2.5 ", True),
    (" 100, ", False), (" a. b ", False), (" 100 . 000 ", False),
])
def test_gap_words(gap, ok):
    assert bool(re.fullmatch(events.GAP, gap)) is ok
