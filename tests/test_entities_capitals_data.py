"""Capitals the gazetteer's hand list lacks (issue 10, people55): data/capitals.json names every state's capital
among the packaged places (built by scripts/build_capitals.py from the places' source and CLDR exemplar cities),
so Bucharest, Buenos Aires, Quito, Mogadishu or Nouakchott stand for their governments in every script, and a
capital keeps a name it shares with a far smaller town (Lima). Sentences composed for these tests."""

from __future__ import annotations

import pytest

from bilat.datafiles import read_json
from bilat.stages import places
from bilat.stages.entities import EntityTagger


def counted(tagger: EntityTagger, text: str, lang: str) -> list[tuple[str | None, str]]:
    return [(m.iso3, m.form) for m in tagger.mentions(text, lang) if m.kind == "country" or m.form == "capital"]


@pytest.mark.parametrize("text,lang,iso3", [
    ("وقالت نواكشوط إنها ترفض الاتهامات", "ar", "MRT"),
    ("ورفضت بوخارست الطلب الروسي", "ar", "ROU"),
    ("بخارست این طرح را رد کرد", "fa", "ROU"),
    ("موگادیشو از این توافق استقبال کرد", "fa", "SOM"),
    ("布加勒斯特表示将继续合作。", "zh", "ROU"),
    ("努瓦克肖特表示反对。", "zh", "MRT"),
    ("โบโกตาแถลงว่าจะเจรจาต่อ", "th", "COL"),
    ("Quito rechazó la propuesta.", "es", "ECU"),
    ("Bucharest bác bỏ cáo buộc của Moscow.", "vi", "ROU"),
])
def test_a_capital_of_the_data_file_stands_for_its_government(tagger, text, lang, iso3):
    assert (iso3, "capital") in counted(tagger, text, lang)


@pytest.mark.parametrize("text,lang", [
    ("وصل الوفد إلى نواكشوط أمس", "ar"),
    ("این کنفرانس در بخارست برگزار شد", "fa"),
])
def test_such_a_capital_as_venue_is_no_government(tagger, text, lang):
    assert counted(tagger, text, lang) == []


def test_lima_is_perus_and_not_a_small_namesake():
    loaded = places.load()
    lima = [p for p in loaded.patterns if p.key == "lima"]
    assert [p.entities for p in lima] == [("Q2868",)]


def test_off_switch_leaves_the_places_as_they_were(monkeypatch):
    monkeypatch.setattr(places, "CAPITALS", False)
    places.load.cache_clear()
    try:
        loaded = places.load()
        assert not loaded.capitals and not [p for p in loaded.patterns if p.key == "lima"]
    finally:
        places.load.cache_clear()


def test_the_data_file_leaves_out_seats_the_gazetteer_holds_and_contested_capitals():
    caps = read_json("capitals.json")["capitals"]
    assert "RUS" not in caps and "NLD" not in caps and "ISR" not in caps and "PSE" not in caps
    assert {"ROU", "ARG", "ECU", "SOM", "MRT", "COL"} <= set(caps)
