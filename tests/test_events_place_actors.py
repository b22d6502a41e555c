"""Places that stand for a government in the events stage (issue 10):

- a capital named where an act comes from ("drawing condemnation from Washington", "انتقادات حادة من واشنطن"), after a noun
  of data/direction.json ``source_nouns`` (events._act_source; ``agent_after_noun`` for the Arabic agent);
- a place with its government ("the Hong Kong government", "香港特区政府", "حكومة هونغ كونغ"; events._place_government),
  which acts for the state that holds it (the labels code Hong Kong's government as China).

The entities stage marks a capital after "from" or "من" as a place (form "place"), as it does "in Moscow"; the mentions
here are built the same way. Sentences written after real reports (Reuters, Xinhua, Islam Times, 2016-2020)."""
from __future__ import annotations

import dataclasses

import pytest
import test_events

from bilat.stages import events


def run(stage, text: str, lang: str, mentions, places=()) -> list[tuple[str, str, str]]:
    """(type, actor, recipient) of the exported two-party events; place mentions whose text is in ``places`` are places
    (form "place"), the other place mentions capitals standing for their government."""
    doc = test_events.make_doc(text, lang, mentions, published="2024-03-01")
    ms = tuple(dataclasses.replace(m, form="place" if m.text in places else "capital") if m.kind == "place" else m
               for m in doc.mentions)
    out = stage(dataclasses.replace(doc, mentions=ms))
    return [(e.event, e.actor.code, e.recipient.code) for e in events.exported(out.events) if e.actor and e.recipient]


@pytest.mark.parametrize("text, lang, mentions, place, want", [
    ("Pyongyang tested another missile, drawing condemnation from Washington and its allies.", "en",
     [("Pyongyang", "PRK", "place"), ("Washington", "USA", "place")], "Washington", ("ACCUSE", "USA", "PRK")),
    ("Kyiv has received military aid from Berlin since the spring.", "en",
     [("Kyiv", "UKR", "place"), ("Berlin", "DEU", "place")], "Berlin", ("AID", "DEU", "UKR")),
    ("وأثار قرار الحكومة الإسرائيلية إدانة شديدة من أنقرة.", "ar",
     [("الإسرائيلية", "ISR", "country"), ("أنقرة", "TUR", "place")], "أنقرة", ("ACCUSE", "TUR", "ISR")),
    ("ورفضت السعودية تسليم المشتبه بهم رغم مطالبات متكررة من أنقرة.", "ar",
     [("السعودية", "SAU", "country"), ("أنقرة", "TUR", "place")], "أنقرة", ("REJECT", "SAU", "TUR")),
])
def test_a_capital_an_act_comes_from_is_its_government(lexical, text, lang, mentions, place, want):
    assert want in run(lexical, text, lang, mentions, places=(place,))


@pytest.mark.parametrize("text, lang, mentions, place", [
    ("The Iranian minister returned from Moscow and criticised Ukraine.", "en",
     [("Iranian", "IRN", "country"), ("Moscow", "RUS", "place"), ("Ukraine", "UKR", "country")], "Moscow"),
    ("عاد الوزير الإيراني من موسكو وانتقد أوكرانيا.", "ar",
     [("الإيراني", "IRN", "country"), ("موسكو", "RUS", "place"), ("أوكرانيا", "UKR", "country")], "موسكو"),
])
def test_a_capital_travelled_from_stays_a_place(lexical, text, lang, mentions, place):
    got = run(lexical, text, lang, mentions, places=(place,))
    assert all("RUS" not in (a, r) for _, a, r in got), got


def test_a_noun_of_no_act_before_from_keeps_the_capital_a_place():
    text = "He took a flight from Moscow to Tehran."
    assert not events._act_source(text, text.index("Moscow"), "en")
    text = "Tehran faced criticism from Moscow."
    assert events._act_source(text, text.index("Moscow"), "en")


@pytest.mark.parametrize("text, lang, mentions, want", [
    ("A Hong Kong government spokesman accused the US of hypocrisy.", "en",
     [("Hong Kong", "CHN", "place"), ("US", "USA", "country")], ("ACCUSE", "CHN", "USA")),
    ("The government of Hong Kong rejected the British criticism.", "en",
     [("Hong Kong", "CHN", "place"), ("British", "GBR", "country")], ("REJECT", "CHN", "GBR")),
    ("香港特区政府强烈谴责美国的所谓制裁。", "zh", [("香港", "CHN", "place"), ("美国", "USA", "country")],
     ("ACCUSE", "CHN", "USA")),
    ("Правительство Гонконга осудило санкции США.", "ru",
     [("Гонконга", "CHN", "place"), ("США", "USA", "country")], ("ACCUSE", "CHN", "USA")),
])
def test_a_place_with_its_government_acts_for_its_state(lexical, text, lang, mentions, want):
    places = tuple(m[0] for m in mentions if m[2] == "place")
    assert want in run(lexical, text, lang, mentions, places=places)


def test_a_place_without_a_government_word_acts_for_no_one(lexical):
    text = "Thousands marched in Hong Kong as Britain criticised the new law."
    got = run(lexical, text, "en", [("Hong Kong", "CHN", "place"), ("Britain", "GBR", "country")], places=("Hong Kong",))
    assert all("CHN" not in (a, r) for _, a, r in got), got


@pytest.mark.parametrize("text, mentions, want", [
    ("港府發言人強烈譴責美國國會通過的所謂制裁法案。", [("美國", "USA", "country")], ("ACCUSE", "CHN", "USA")),
    ("澳府拒绝了葡萄牙的要求。", [("葡萄牙", "PRT", "country")], ("REJECT", "CHN", "PRT")),
])
def test_a_word_for_a_place_government_acts_for_its_state(lexical, text, mentions, want):
    """"港府", "澳府": no mention reads them (data/direction.json government_words; events._with_government_words)."""
    assert want in run(lexical, text, "zh", mentions)


def test_the_sar_government_after_its_place_is_one_party(lexical):
    got = run(lexical, "香港特区政府强烈谴责美国的所谓制裁。", "zh", [("香港", "CHN", "place"), ("美国", "USA", "country")],
              places=("香港",))
    assert got.count(("ACCUSE", "CHN", "USA")) == 1, got
