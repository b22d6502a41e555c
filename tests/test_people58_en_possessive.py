"""A Latin name read with its English possessive ending (issue 10 part 3, helper people58, 7 December 2026): "Mr
Blair's leadership", "John McCain's remarks" name Blair and John McCain, so that the short name meets the person the
document names in full. Sentences composed for these tests."""

from __future__ import annotations

import pytest
from conftest import person_countries as persons

from bilat.stages import names
from bilat.stages.entities import make_stage


@pytest.fixture(scope="module")
def stage():
    return make_stage()


@pytest.mark.parametrize(("text", "name"), [
    ("He met Mr Straw's deputy on Monday.", "Straw"),
    ("Senator John McCain's remarks angered Moscow.", "John McCain"),
    ("Yesterday John Smithson's remarks angered Moscow.", "John Smithson"),
    ("Senator Tom Harkins' remarks angered Moscow.", "Tom Harkins"),
])
def test_possessive_ending_is_no_part_of_the_name(stage, text, name):
    assert name in persons(stage, text, "en")


def test_apostrophe_inside_a_name_stays(stage):
    assert "Dermot O'Brien" in persons(stage, "Foreign Minister Dermot O'Brien said.", "en")


def test_surname_with_possessive_meets_the_full_name(stage):
    text = "Prime Minister Tony Blair spoke. He admired Mr Blair's courageous leadership of the country."
    got = [m for m in names_mentions(stage, text) if m.text == "Blair"]
    assert got and all(m.iso3 == "GBR" for m in got)


def test_possessive_was_read_into_the_name(stage, monkeypatch):
    monkeypatch.setattr(names, "LATIN_POSSESSIVE_OFF", False)
    assert "Straw's" in persons(stage, "He met Mr Straw's deputy on Monday.", "en")


def names_mentions(stage, text):
    from conftest import person_mentions

    return person_mentions(stage, text, "en")
