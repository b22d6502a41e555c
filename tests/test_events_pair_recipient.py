"""A one-party act in a sentence whose "both sides" / "the two leaders" (a pair reference of the entities stage,
two countries at one span) holds its actor is on the other of the pair (events._pair_recipient). Sentences
composed for the test; the reference mentions are given as the entities stage makes them."""
from __future__ import annotations

import dataclasses

import pytest
from test_events import make_doc

from bilat.records import Mention
from bilat.stages import events


def coded(stage, text, lang, mentions, phrase, pair):
    doc = make_doc(text, lang, mentions)
    at = text.index(phrase)
    refs = tuple(Mention(start=at, end=at + len(phrase), text=phrase, entity=f"Q{code}", kind="country", iso3=code,
                         lang=lang, form="reference") for code in pair)
    doc = dataclasses.replace(doc, mentions=tuple(sorted(doc.mentions + refs, key=lambda m: m.start)))
    return [(e.event, e.actor.code if e.actor else None, e.recipient.code if e.recipient else None)
            for e in stage(doc).events]


@pytest.mark.parametrize("lang, text, mentions, phrase, want", [
    ("en", "China pledged support for the accord, both sides said.", [("China", "CHN", "country")], "both sides",
     ("AGREE", "CHN", "PRK")),
    ("en", "China welcomed the accord reached by the two leaders.", [("China", "CHN", "country")],
     "the two leaders", ("SUPPORT", "CHN", "PRK")),
    ("zh", "中国表示，双方签署了协议。", [("中国", "CHN", "country")], "双方", ("SUPPORT", "CHN", "PRK")),
])
def test_the_other_of_the_pair_is_the_recipient(lexical, lang, text, mentions, phrase, want):
    assert coded(lexical, text, lang, mentions, phrase, ("CHN", "PRK")) == [want]


def test_a_pair_without_the_actor_gives_no_recipient(lexical):
    text = "China pledged support for the accord, both sides said."
    assert coded(lexical, text, "en", [("China", "CHN", "country")], "both sides", ("JPN", "PRK")) == \
        [("AGREE", "CHN", None)]


def test_a_one_country_reference_gives_no_recipient(lexical):
    text = "China pledged support for the accord, both sides said."
    assert coded(lexical, text, "en", [("China", "CHN", "country")], "both sides", ("PRK",)) == \
        [("AGREE", "CHN", None)]


def test_the_rule_switched_off_leaves_the_act_one_sided(lexical, monkeypatch):
    # (events.ANAPHORA_REFS reads the same reference as the pair of "both sides" when no pair came before: off too)
    monkeypatch.setattr(events, "PAIR_RECIPIENT", False)
    monkeypatch.setattr(events, "ANAPHORA_REFS", False)
    text = "China pledged support for the accord, both sides said."
    assert coded(lexical, text, "en", [("China", "CHN", "country")], "both sides", ("CHN", "PRK")) == \
        [("AGREE", "CHN", None)]
