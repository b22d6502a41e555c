"""Arabic: a Maghrebi family name that joins بن to the next word (بنموسى, بنكيران) ends an Arabic name chain (عبد
الإله |بنحمدون|), though its ب reads like the preposition; not a preposition on a noun with a pronoun or the feminine
ending (بنظيره 'with his counterpart', بنسبة) (issue 10, people, dev batch 39). Sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import person_mentions


def people(stage, text: str) -> list[str]:
    return [m.text.replace("\u00a0", " ") for m in person_mentions(stage, text, "ar")]


def test_joined_ibn_ends_the_name(stage):
    assert "عبد الرحيم بنحمدون" in people(stage, "وقال وزير الفلاحة المغربي عبد الرحيم بنحمدون إن الموسم جيد.")


@pytest.mark.parametrize("word", ["بنظيره", "بنسبة"])
def test_preposition_on_a_noun_stays_out(stage, word):
    assert all(word not in p for p in people(stage, f"والتقى وزير الخارجية المغربي عبد الإله الخطيب {word} أمس."))
