"""Arabic-script given names of data/given_names.json (scripts/build_given_names.py: Faker's Arabic and Persian
first-name lists and Wikidata spellings of Western given names, common words dropped) are given names to the
name rules: a name that starts with one is read whole; a word of the language is never in the list."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from conftest import person_countries

from bilat.normalize import match_text
from bilat.stages import people
from bilat.stages.entities import make_stage

LISTED = json.loads(resources.files("bilat").joinpath("data", "given_names.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def stage():
    return make_stage()


@pytest.mark.parametrize("name", ["مهدي", "ياسين", "مانويل", "سفيان", "باتريك"])
def test_listed_given_names(name):
    assert people._is_given(name, "ar")


@pytest.mark.parametrize("word", ["شهد", "كاملة", "قادة", "دون", "إلينا", "تحسين", "لولا", "أليس", "شعبان", "بيني"])
def test_common_words_are_not_listed(word):
    keys = {match_text(n) for k in ("ar", "ar_western") for n in LISTED[k]}
    assert match_text(word) not in keys


def test_listed_words_are_single_words_in_arabic_letters():
    for key in ("ar", "ar_western"):
        assert LISTED[key] and all(len(n) >= 3 and " " not in n and not any("a" <= c.lower() <= "z" for c in n)
                                   for n in LISTED[key])


def test_name_with_a_listed_given_name_before_a_role(stage):
    text = "وقال ياسين الورداني المتحدث باسم وزارة الخارجية المغربية إن الزيارة ناجحة."
    assert "ياسين الورداني" in person_countries(stage, text, "ar")


def test_western_given_name_with_an_unknown_surname(stage):
    text = "وأكد مانويل غارسيلو سفير إسبانيا لدى الرباط أن التعاون مستمر."
    assert "مانويل غارسيلو" in person_countries(stage, text, "ar")
