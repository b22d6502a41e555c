"""Persian family names written as ZWNJ compounds (تخت‌روانچی, دری‌نجف‌آبادی) and family names made of a given
name and -ی after a given name that is also a word (امیر سعیدی) (issue 10, people): sentences written for
these tests."""

from __future__ import annotations

import pytest
from conftest import person_mentions

from bilat.stages import people as people_mod


def people(stage, text: str) -> list[str]:
    return [m.text.replace("\u00a0", " ") for m in person_mentions(stage, text, "fa")]


@pytest.mark.parametrize("text, name", [
    ("این نشست با حضور آقای تخت‌روانچی برگزار شد.", "تخت‌روانچی"),
    ("این نشست با حضور آقای موسوی‌لاری برگزار شد.", "موسوی‌لاری"),
    ("در این جلسه مهندس هاشمی‌طبا سخنرانی کرد.", "هاشمی‌طبا"),
    ("گزارش تمام شد. حسینی‌طباطبایی در پایان افزود: این طرح ادامه دارد.", "حسینی‌طباطبایی"),
])
def test_a_zwnj_compound_family_name_is_read_whole(stage, text, name):
    assert name in people(stage, text)


def test_a_compound_title_is_no_name_of_its_own(stage):
    found = people(stage, "گزارش تمام شد.\n\nحجت‌الاسلام علی حسینی مدیر حوزه با اشاره به این موضوع، گفت: کار ادامه دارد.")
    assert "حجت‌الاسلام" not in found
    assert "علی حسینی" in found


@pytest.mark.parametrize("text", [
    "آقای ظریف نمی‌گوید که مذاکره تمام شده است.",
    "کشور‌های اروپایی در پایان افزودند: تحریم ادامه دارد.",
])
def test_a_verb_prefix_or_plural_ending_joins_no_name(stage, text):
    assert not any("\u200c" in n for n in people(stage, text))


@pytest.mark.parametrize("text, name", [
    ("این نشست با حضور امیر سعیدی برگزار شد.", "امیر سعیدی"),
    ("در این جلسه صادق رضایی نیز حضور داشت.", "صادق رضایی"),
    ("کریم جعفری پاسخگوی پرسش‌های خبرنگاران بود.", "کریم جعفری"),
])
def test_a_word_given_name_before_a_patronymic_family_name(stage, text, name):
    assert name in people(stage, text)


@pytest.mark.parametrize("text", [
    "پیمان همکاری دو کشور امضا شد.",
    "امید آزادی زندانیان وجود دارد.",
    "جان عزیزی را در این حادثه از دست داد.",
])
def test_a_word_given_name_before_a_noun_in_i_is_no_name(stage, text):
    assert people(stage, text) == []


def test_patronymic_needs_a_listed_given_name_that_is_no_word():
    assert people_mod._fa_patronymic("سعیدی")
    assert people_mod._fa_patronymic("رضایی")
    assert not people_mod._fa_patronymic("همکاری")  # کار is no given name
    assert not people_mod._fa_patronymic("عزیزی")  # عزیز is a given name that is a word too
