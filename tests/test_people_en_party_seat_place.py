"""English: a party-and-office phrase or a British/American institution in the role phrase gives the country
(actors.json seat_countries en: "Republican Senator", "Conservative MP", "shadow foreign secretary", "Capitol
Hill"), and a place named right before the role word gives its country ("Okinawa's governor X" -> JPN;
names._en_place_before, EN_PLACE_BEFORE_ROLE)."""

from __future__ import annotations

import pytest

from bilat.stages import names
from bilat.stages.names import Registry


def persons(tagger, text):
    mentions, _ = Registry(tagger).process(text, "en")
    return [(m.text, m.iso3) for m in mentions if m.kind == "person"]


@pytest.mark.parametrize("text, name, iso3", [
    ("Republican Senator Jodrell Fenwicke said on Tuesday that the bill would pass.", "Jodrell Fenwicke", "USA"),
    ("Conservative shadow foreign secretary Ambrose Kettleby said the move would be wrong.", "Ambrose Kettleby", "GBR"),
    ("Andrew Kettleby, a Conservative MP, said the sanctions should go further.", "Andrew Kettleby", "GBR"),
    ("Okinawa's governor Haruto Nakasone said the base should move.", "Haruto Nakasone", "JPN"),
])
def test_en_party_seat_or_place_gives_country(tagger, text, name, iso3):
    assert (name, iso3) in persons(tagger, text)


def test_en_place_before_role_flag_off(tagger, monkeypatch):
    monkeypatch.setattr(names, "EN_PLACE_BEFORE_ROLE", False)
    assert ("Haruto Nakasone", None) in persons(tagger, "Okinawa's governor Haruto Nakasone said the base should move.")


def test_en_senator_alone_has_no_country(tagger):
    assert ("Jodrell Fenwicke", None) in persons(tagger, "Senator Jodrell Fenwicke said the bill would pass.")
