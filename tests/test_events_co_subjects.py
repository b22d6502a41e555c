"""Countries listed together before a one-sided act, with no other country named, act together on no one named
("Germany and France called for the embargo to be lifted"): no event of the first on the second
(events.CO_SUBJECTS). Sentences composed for the test."""
from __future__ import annotations

import pytest
from test_events import two_party

EN = [("Germany", "DEU", "country"), ("France", "FRA", "country")]
FA = [("آلمان", "DEU", "country"), ("فرانسه", "FRA", "country")]


@pytest.mark.parametrize("text", [
    "Germany and France have called for the embargo to be lifted.",
    "Germany and France condemned the decision.",
    "Germany and France rejected the plan.",
])
def test_english_co_subjects_act_on_no_one(lexical, text):
    assert two_party(lexical, text, "en", EN) == []


def test_persian_co_subjects_act_on_no_one(lexical):
    text = "آلمان و فرانسه خواستار لغو تحریم‌ها شدند."
    assert two_party(lexical, text, "fa", FA) == []
    text = "آلمان و فرانسه این طرح را محکوم کردند."
    assert two_party(lexical, text, "fa", FA) == []


def test_a_third_country_named_is_acted_on(lexical):
    got = two_party(lexical, "Germany and France urged Russia to withdraw.", "en",
                    EN + [("Russia", "RUS", "country")])
    assert sorted(got) == [("REQUEST", "DEU", "RUS"), ("REQUEST", "FRA", "RUS")]


def test_one_subject_acts_on_the_other(lexical):
    got = two_party(lexical, "Germany urged France to lift the embargo.", "en", EN)
    assert got == [("REQUEST", "DEU", "FRA")]


def test_a_mutual_act_stays_between_the_two(lexical):
    # (each way: events.EACH_OTHER, issue 10 evmulti; the labels give "accused each other" both directions)
    got = two_party(lexical, "Germany and France accused each other of delaying the talks.", "en", EN)
    assert sorted(got) == [("ACCUSE", "DEU", "FRA"), ("ACCUSE", "FRA", "DEU")]
    got = two_party(lexical, "آلمان و فرانسه یکدیگر را متهم کردند.", "fa", FA)
    assert sorted(g[0] for g in got) == ["ACCUSE", "ACCUSE"] and {(g[1], g[2]) for g in got} == {("DEU", "FRA"), ("FRA", "DEU")}


def test_joint_acts_keep_the_pair(lexical):
    got = two_party(lexical, "Germany and France signed an agreement on energy.", "en", EN)
    assert [g[0] for g in got] == ["SUPPORT"]


def test_the_list_after_the_verb_is_not_co_subjects(lexical):
    # "A condemned B and C": the list is after the trigger, the first is the actor (unchanged)
    got = two_party(lexical, "Germany condemned France and Russia.", "en", EN + [("Russia", "RUS", "country")])
    assert ("ACCUSE", "DEU", "FRA") in got
