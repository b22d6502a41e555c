"""bilat.words: one rule for where a word starts in text with Arabic proclitics, used by the time-zone,
locative, capital-in-name, eponym and venue checks (entities, events)."""

from __future__ import annotations

from bilat.stages import entities, events
from bilat.words import CONJUNCTION_LETTERS, PROCLITIC_LETTERS, opens_word, with_proclitic


def test_opens_word_at_a_space_a_text_start_or_after_one_proclitic_letter() -> None:
    text = "قال الصحفي وفي القاهرة"
    assert opens_word(text, 0)
    assert opens_word(text, text.index("الصحفي"))
    assert not opens_word(text, text.index("في"))  # the end of الصحفي
    at = text.index("وفي") + 1
    assert not opens_word(text, at)  # و only counts as a proclitic when given
    assert opens_word(text, at, CONJUNCTION_LETTERS)
    assert not opens_word("ووفي", 2, CONJUNCTION_LETTERS)  # two letters before: not one proclitic
    assert opens_word("born in 1990", 5) and not opens_word("Britain", 5)


def test_with_proclitic_takes_one_letter_off_a_long_enough_word() -> None:
    nouns = {"جامعة", "مدينة"}
    assert with_proclitic("جامعة", nouns, PROCLITIC_LETTERS)
    assert with_proclitic("لجامعة", nouns, PROCLITIC_LETTERS)
    assert not with_proclitic("لجامعة", nouns, CONJUNCTION_LETTERS)
    assert not with_proclitic("كجامعة", nouns, PROCLITIC_LETTERS)  # ك is not among the letters
    assert not with_proclitic("ولي", {"لي"}, PROCLITIC_LETTERS, min_len=3)  # ولي is no و + لي
    assert not with_proclitic("", nouns, PROCLITIC_LETTERS)


def test_the_stages_use_the_one_rule() -> None:
    """The four checks the rule was written out in before (each its own copy) still read proclitics."""
    tz = "الساعة الثامنة وبتوقيت القاهرة"
    assert entities.time_zone(tz, tz.index("القاهرة"), len(tz), "ar")
    loc = "قال وفي سوريا"
    assert events._locative_before(loc, loc.index("في"), loc.index("سوريا"), "ar")
    notloc = "قال الصحفي سوريا"
    assert not events._locative_before(notloc, notloc.index("الصحفي"), notloc.index("سوريا"), "ar")
