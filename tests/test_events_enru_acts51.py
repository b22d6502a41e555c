"""English and Russian act words (data/event_lexicon.json): extradition is judicial cooperation (GUIDE.md:
COOPERATE/judicial), opening fire and annexing territory are ASSAULT, intercepting a ship is COERCE, complaining
about and vilifying a state is ACCUSE; and countries listed together before praise or backing ("Italy and Germany
favour ...") back something together, not each other (events.CO_SUBJECT_PRAISE). Sentences composed for the test."""
from __future__ import annotations

import pytest
from test_events import two_party


@pytest.mark.parametrize("lang, text, mentions, want", [
    ("en", "Peru extradited the banker to Canada on Monday.",
     [("Peru", "PER", "country"), ("Canada", "CAN", "country")], [("COOPERATE", "PER", "CAN")]),
    ("en", "The Chilean coast guard opened fire on an Argentine trawler.",
     [("Chilean", "CHL", "country"), ("Argentine", "ARG", "country")], [("ASSAULT", "CHL", "ARG")]),
    ("en", "Ruritania annexed the northern province of Moldova.",
     [("Ruritania", "RUS", "country"), ("Moldova", "MDA", "country")], [("ASSAULT", "RUS", "MDA")]),
    ("en", "Malaysia intercepted a Vietnamese fishing vessel near the reef.",
     [("Malaysia", "MYS", "country"), ("Vietnamese", "VNM", "country")], [("COERCE", "MYS", "VNM")]),
    ("en", "Bolivia complained about the treatment of its citizens by Chile.",
     [("Bolivia", "BOL", "country"), ("Chile", "CHL", "country")], [("ACCUSE", "BOL", "CHL")]),
    ("ru", "Власти Перу экстрадировали банкира в Канаду.",
     [("Перу", "PER", "country"), ("Канаду", "CAN", "country")], [("COOPERATE", "PER", "CAN")]),
    ("ru", "Чилийские пограничники открыли огонь по аргентинскому судну.",
     [("Чилийские", "CHL", "country"), ("аргентинскому", "ARG", "country")], [("ASSAULT", "CHL", "ARG")]),
])
def test_english_and_russian_act_words(lexical, lang, text, mentions, want):
    assert two_party(lexical, text, lang, mentions) == want


@pytest.mark.parametrize("text", [
    "Spain and Portugal also favour an early start to the talks.",
    "Spain and Portugal backed the proposal of the commission.",
])
def test_countries_listed_before_praise_back_something_together(lexical, text):
    assert two_party(lexical, text, "en", [("Spain", "ESP", "country"), ("Portugal", "PRT", "country")]) == []


def test_praise_of_a_third_country_named_is_kept(lexical):
    got = two_party(lexical, "Spain and Portugal praised Morocco for its help.", "en",
                    [("Spain", "ESP", "country"), ("Portugal", "PRT", "country"), ("Morocco", "MAR", "country")])
    assert ("SUPPORT", "ESP", "MAR") in got or ("SUPPORT", "PRT", "MAR") in got
    assert not any({a, r} == {"ESP", "PRT"} for _, a, r in got)


@pytest.mark.parametrize("lang, text, mentions, want", [
    # the annexation named as a noun is what is refused or condemned, not an act between the two named
    ("en", "Britain said it does not recognise Russia's annexation of the peninsula.",
     [("Britain", "GBR", "country"), ("Russia", "RUS", "country")], [("REJECT", "GBR", "RUS")]),
    ("en", "Russia announced the annexation of the peninsula, Britain said.",
     [("Russia", "RUS", "country"), ("Britain", "GBR", "country")], []),
    ("ru", "Великобритания не признаёт аннексию полуострова Россией.",
     [("Великобритания", "GBR", "country"), ("Россией", "RUS", "country")], []),
    ("ru", "Руритания аннексировала северную провинцию Молдавии.",
     [("Руритания", "RUS", "country"), ("Молдавии", "MDA", "country")], [("ASSAULT", "RUS", "MDA")]),
])
def test_annexation_as_a_noun_is_no_assault(lexical, lang, text, mentions, want):
    got = two_party(lexical, text, lang, mentions)
    assert [g for g in got if g[0] == "ASSAULT"] == [w for w in want if w[0] == "ASSAULT"]
    assert set(want) <= set(got)
