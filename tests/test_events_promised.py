"""PLOVER manual (AGREE): a promised agreement or aid ("will sign an agreement", "will provide aid") is AGREE,
not SUPPORT/AID with a future aux; the realised act keeps its type. Sentences composed for the test."""
from __future__ import annotations

from test_events import make_doc


def types(stage, text, mentions):
    doc = stage(make_doc(text, "en", mentions, published="2024-03-01"))
    return [(e.event, e.mode, e.aux, e.actor.code, e.recipient.code) for e in doc.events]


def test_will_sign_an_agreement_is_agree(lexical):
    got = types(lexical, "Vietnam and Laos will sign an agreement on border trade next month.",
                [("Vietnam", "VNM", "country"), ("Laos", "LAO", "country")])
    assert got and all(g[0] == "AGREE" and g[1] is None for g in got), got


def test_signed_an_agreement_stays_support(lexical):
    got = types(lexical, "Vietnam and Laos signed an agreement on border trade.",
                [("Vietnam", "VNM", "country"), ("Laos", "LAO", "country")])
    assert got and got[0][:2] == ("SUPPORT", "agreement"), got


def test_will_provide_aid_is_agree(lexical):
    got = types(lexical, "Japan will provide aid to Vietnam.", [("Japan", "JPN", "country"), ("Vietnam", "VNM", "country")])
    assert got and got[0][0] == "AGREE" and got[0][3:] == ("JPN", "VNM"), got


def test_provided_aid_stays_aid(lexical):
    got = types(lexical, "Japan provided aid to Vietnam.", [("Japan", "JPN", "country"), ("Vietnam", "VNM", "country")])
    assert got and got[0][0] == "AID", got
