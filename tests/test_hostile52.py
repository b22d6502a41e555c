"""Hostile input found by probe52 (a new user's feeds and folders). Every input is composed here."""

from __future__ import annotations

import pytest

from bilat.ingest import parse_jsonl_line

TEXT = "Vietnam and Belarus signed a trade agreement in Hanoi on Monday."


def lang_of(value: object) -> tuple[str | None, list[str]]:
    import json
    warnings: list[str] = []
    raw = parse_jsonl_line(json.dumps({"id": "x", "text": TEXT, "lang": value}), "f.jsonl#1", warnings.append)
    return raw.lang, warnings


@pytest.mark.parametrize("value", ["zz", "xx", "qq-ZZ", "EB"])
def test_two_letters_that_are_no_iso_639_1_code_are_ignored_with_a_warning(value):
    """A feed's lang "zz" (or a typo "eb") was taken as the language: nothing ran for it and the article lost
    its events without a word; it is now ignored with a warning, and the language detected."""
    lang, warnings = lang_of(value)
    assert lang is None
    assert len(warnings) == 1 and "ignored (not a language code" in warnings[0]


@pytest.mark.parametrize(("value", "code"), [("en", "en"), ("zh-CN", "zh"), ("ara", "ar"), ("ita", "it"),
                                             ("por", "pt"), ("heb", "he"), ("iw", "he"), ("in", "id"),
                                             ("hin", "hi"), ("dut", "nl"), ("sw", "sw"), ("pt_BR", "pt"), ("tl", "tl"), ("sh", "sh")])
def test_iso_639_codes_and_their_aliases_give_the_iso_639_1_code_without_a_warning(value, code):
    """ISO 639-2/3 codes beyond bilat's short list ("ita", "por") were ignored with a warning saying they are
    no language code; the old codes "iw" and "in" were taken as languages of their own."""
    assert lang_of(value) == (code, [])
