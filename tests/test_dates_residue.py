"""Date expressions of the general inventory left unread after the per-language rounds (issue 11, dates-residue): en
story-relative day phrases alone, counted weekdays, and the other forms added in this round. Expressions and sentences
composed here; publication Thursday 2025-03-13."""

import pytest

from bilat.stages.dates import find_dates

PUB = "2025-03-13"


def _got(text, lang, pub=PUB):
    return [(d.text, d.value, d.end_value) for d in find_dates(text, lang, pub)]


@pytest.mark.parametrize("text,value", [
    ("the next day", "2025-03-14"), ("The day after", "2025-03-14"), ("the following day", "2025-03-14"),
    ("the previous day", "2025-03-12"), ("the day before", "2025-03-12"),
    ("the day after tomorrow", "2025-03-15"),  # the longer phrase still wins
])
def test_en_story_relative_day_phrases_alone(text, value):
    assert _got(text, "en") == [(text, value, None)]


@pytest.mark.parametrize("text", ["The minister left the next day.", "He arrived the day before the vote.",
                                  "Talks resumed the following day."])
def test_en_story_relative_day_phrases_in_a_sentence_name_the_storys_day(text):
    assert _got(text, "en") == []


@pytest.mark.parametrize("text,phrase,value", [
    ("two Sundays from now", "two Sundays from now", "2025-03-23"),  # the second Sunday after publication
    ("2 Mondays from today", "2 Mondays from today", "2025-03-24"),
    ("three Fridays ago", "three Fridays ago", "2025-02-21"),  # the third Friday before publication
    ("The vote is two Sundays from now.", "two Sundays from now", "2025-03-23"),
    ("He left three Fridays ago.", "three Fridays ago", "2025-02-21"),
    ("a fortnight ago", "a fortnight ago", "2025-02-27"), ("They meet in a fortnight.", "in a fortnight", "2025-03-27"),
])
def test_en_counted_weekdays_and_fortnights(text, phrase, value):
    assert _got(text, "en") == [(phrase, value, None)]


def test_en_plural_weekdays_with_no_count_are_no_date():
    assert _got("Sundays from now on are free.", "en") == []
