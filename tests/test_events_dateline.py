"""The place a story was filed from, at the head of its paragraph ("WASHINGTON ...", "MOSCOW — ...",
"FINSTADJORDET, Norway ...", "人民网北京6月30日电"), is no party of the sentence's event (events.DATELINE).
Sentences composed for the test."""
from __future__ import annotations

import dataclasses

from test_events import make_doc

from bilat.stages import events


def two_party(stage, text, lang, mentions):
    doc = make_doc(text, lang, mentions, published="2024-03-01")
    # make_doc has no form field: the places here are capitals, as the entities stage marks them
    doc = dataclasses.replace(doc, mentions=type(doc.mentions)(
        dataclasses.replace(m, form="capital") if m.kind == "place" else m for m in doc.mentions))
    doc = stage(doc)
    return [(e.event, e.actor.code, e.recipient.code) for e in events.exported(doc.events) if e.actor and e.recipient]


def capital(surface, iso3):
    return (surface, iso3, "place")


def test_a_capital_dateline_is_no_party(lexical):
    text = "WASHINGTON China's foreign minister met Japan's foreign minister on Wednesday."
    got = two_party(lexical, text, "en", [capital("WASHINGTON", "USA"), ("China", "CHN", "country"),
                                          ("Japan", "JPN", "country")])
    assert got == [("CONSULT", "CHN", "JPN")]


def test_a_city_and_country_dateline_is_no_party(lexical):
    text = "OSLO, Norway China's foreign minister met Japan's foreign minister on Wednesday."
    got = two_party(lexical, text, "en", [("Norway", "NOR", "country"), ("China", "CHN", "country"),
                                          ("Japan", "JPN", "country")])
    assert got == [("CONSULT", "CHN", "JPN")]


def test_a_capital_that_speaks_is_a_party(lexical):
    text = "Moscow condemned Japan for the decision."
    got = two_party(lexical, text, "en", [capital("Moscow", "RUS"), ("Japan", "JPN", "country")])
    assert got == [("ACCUSE", "RUS", "JPN")]


def test_a_chinese_wire_head_is_no_party(lexical):
    text = "人民网北京6月30日电 俄罗斯外长会见日本外相。"
    got = two_party(lexical, text, "zh", [capital("北京", "CHN"), ("俄罗斯", "RUS", "country"),
                                          ("日本", "JPN", "country")])
    assert got and all("CHN" not in g[1:] for g in got), got
    text = "北京谴责日本的决定。"  # no date and wire word after it: the capital acts
    got = two_party(lexical, text, "zh", [capital("北京", "CHN"), ("日本", "JPN", "country")])
    assert got == [("ACCUSE", "CHN", "JPN")]
