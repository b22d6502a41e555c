"""English trigger words for the conflictual PLOVER types, added after the first pass on the English two-country
news sentences (bench/data/plover_en.jsonl, dev; issue 10, eventype): releases and prisoner swaps are RETREAT, a
lifted ban or scrapped tariff is CONCEDE (not the SANCTION named inside it), severed ties and a withdrawn ambassador
are SANCTION, warships sent toward a country MOBILIZE, missiles launched into it ASSAULT, burned flags PROTEST.
Sentences composed for the test."""
from __future__ import annotations

from test_events import make_doc, trigger_types

from bilat.stages import events

KEN, UGA = ("Kenya", "KEN", "country"), ("Uganda", "UGA", "country")


def got(stage, text, mentions):
    doc = stage(make_doc(text, "en", mentions, published="2024-03-01"))
    return [(e.event, e.mode, e.actor.code, e.recipient.code) for e in events.exported(doc.events)]


def test_released_prisoners_is_retreat_not_concession(lexical):
    g = got(lexical, "Kenya released 40 Ugandan prisoners on Monday.", [KEN, ("Ugandan", "UGA", "demonym")])
    assert g and g[0][:2] == ("RETREAT", "release") and g[0][2:] == ("KEN", "UGA"), g


def test_a_prisoner_swap_is_retreat_between_the_pair(lexical):
    g = got(lexical, "Kenya and Uganda carried out a prisoner swap on Friday.", [KEN, UGA])
    assert g and g[0][0] == "RETREAT" and {g[0][2], g[0][3]} == {"KEN", "UGA"}, g


def test_released_a_statement_is_no_release():
    assert "RETREAT" not in trigger_types("Kenya released a statement on Uganda.", "en")


def test_lifting_a_ban_is_a_concession_not_a_sanction(lexical):
    g = got(lexical, "Kenya has lifted its import ban on Ugandan sugar.", [KEN, ("Ugandan", "UGA", "demonym")])
    assert [x[0] for x in g] == ["CONCEDE"], g
    assert "SANCTION" in trigger_types("Kenya imposed a ban on Ugandan sugar.", "en")


def test_scrapped_tariffs_are_a_concession():
    assert trigger_types("Kenya scrapped its punitive tariffs on Ugandan sugar.", "en")[0] == "CONCEDE"


def test_severed_ties_and_a_withdrawn_ambassador_are_sanctions():
    assert "SANCTION" in trigger_types("Kenya announced the severing of diplomatic relations with Uganda.", "en")
    assert trigger_types("Kenya withdrew its Kampala ambassador.", "en") == ["SANCTION"]
    assert "SANCTION" not in trigger_types("Kenya faces a severe drought.", "en")


def test_warships_toward_a_country_mobilize_and_missiles_into_it_assault():
    assert trigger_types("Kenya sent warships toward Uganda.", "en")[0] == "MOBILIZE"
    assert "ASSAULT" in trigger_types("Kenya launched two missiles into Uganda.", "en")
    assert "ASSAULT" in trigger_types("Kenya launched a military offensive in Uganda.", "en")


def test_burning_a_flag_is_a_protest():
    assert "PROTEST" in trigger_types("Hundreds of Kenyans burned the Ugandan flag outside the embassy.", "en")


def test_relief_goods_are_aid_and_joint_naval_drills_cooperation():
    assert "AID" in trigger_types("Kenya dispatched relief goods to Uganda.", "en")
    assert "COOPERATE" in trigger_types("The navies of Kenya and Uganda held a joint naval exercise.", "en")


def test_a_protest_note_is_an_accusation():
    assert "ACCUSE" in trigger_types("Kenya sent a note of protest to Uganda.", "en")


def test_aid_promised_or_pledged_is_agree_and_aid_given_stays_aid(lexical):
    g = got(lexical, "On Monday Kenya was promising humanitarian aid to Uganda.", [KEN, UGA])
    assert ("AGREE", None, "KEN", "UGA") in g and not any(x[0] == "AID" for x in g), g
    g = got(lexical, "Kenya pledged $5 million in humanitarian aid to Uganda.", [KEN, UGA])
    assert g and g[0][0] == "AGREE", g
    g = got(lexical, "Kenya sent humanitarian aid to Uganda.", [KEN, UGA])
    assert g and g[0][0] == "AID", g


def test_a_signed_order_or_law_is_no_agreement_and_citizens_burning_flags_protest(lexical):
    assert "SUPPORT" not in trigger_types("An order has been signed for the withdrawal of Kenyan troops from Uganda.", "en")
    assert "SUPPORT" not in trigger_types("The president of Kenya signed into law a bill on Uganda.", "en")
    assert "SUPPORT" in trigger_types("Kenya and Uganda signed an agreement on trade.", "en")
    g = got(lexical, "Dozens of Kenyan citizens burned Ugandan flags in protest against Uganda.",
            [("Kenyan", "KEN", "demonym"), ("Ugandan", "UGA", "demonym"), UGA])
    assert g and g[0][0] == "PROTEST", g
