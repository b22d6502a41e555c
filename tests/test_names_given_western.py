"""More Western given names in Arabic script (scripts/build_given_names.py: Faker's Turkish, Slavic, Nordic and
other Latin-script first-name lists, and its Russian and Hebrew lists read through NETransliteration's English
pairs), and a listed Western given name alone after a speech verb names the speaker, where an Arabic given name
alone does not."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from conftest import person_countries

from bilat.normalize import match_text
from bilat.stages import people
from bilat.stages.entities import make_stage

LISTED = json.loads(resources.files("bilat").joinpath("data", "given_names.json").read_text(encoding="utf-8"))
KEYS = {match_text(n) for k in ("ar", "ar_western") for n in LISTED[k]}


@pytest.fixture(scope="module")
def stage():
    return make_stage()


@pytest.mark.parametrize("name", ["بوراك", "نيكيتا", "فاسيلي", "شلومو", "راسموس"])
def test_names_of_the_further_lists(name):  # Turkish, Russian, Hebrew, Danish
    assert people._is_given(name, "ar")


@pytest.mark.parametrize("word", ["إيدي", "أيدي", "السادات", "سيلفا", "وايت"])
def test_words_and_surnames_are_not_listed(word):  # 'hands of' under another hamza; a name with the article;
    assert match_text(word) not in KEYS           # surnames some list gives as first names


def test_western_given_alone_is_western_not_arabic():
    assert people.western_given("بريجيت", "ar")
    assert not people.western_given("محمد", "ar")
    assert not people.western_given("بريجيت", "fa")


def test_western_given_name_alone_after_speech_verb(stage):
    text = "وأضافت بريجيت ان المعرض سيفتح أبوابه للزوار الشهر المقبل."
    assert "بريجيت" in person_countries(stage, text, "ar")


def test_arabic_given_name_alone_after_speech_verb_is_no_name(stage):
    text = "وقال محمد إن المعرض سيفتح أبوابه للزوار الشهر المقبل."
    assert "محمد" not in person_countries(stage, text, "ar")
