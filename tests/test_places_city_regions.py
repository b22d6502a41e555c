"""A city and a first-level region of one country under one name are one place (scripts/build_places.py
merge_city_regions): Hải Phòng is one Wikidata id in every script, and the names the two upstream entries
shared (海防, Хайфон) are matched again."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from bilat.stages.entities import EntityTagger

ROOT = Path(__file__).resolve().parents[1]


def _build_places():
    spec = importlib.util.spec_from_file_location("build_places", ROOT / "scripts" / "build_places.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _place_ids(tagger: EntityTagger, text: str, lang: str) -> set[str]:
    return {m.entity for m in tagger.mentions(text, lang) if m.kind == "place"}


def test_hai_phong_is_one_place_in_four_scripts(tagger):
    ids = [_place_ids(tagger, text, lang) for lang, text in (
        ("vi", "Tàu cập cảng Hải Phòng sáng nay."),
        ("en", "The ship docked at Haiphong on Monday."),
        ("zh", "货轮今天抵达海防港口。"),
        ("ru", "Судно прибыло в Хайфон."),
    )]
    assert len(ids[0]) == 1 and all(i == ids[0] for i in ids)


def test_merge_keeps_the_city_and_takes_the_region_names():
    mod = _build_places()
    places = [
        {"id": "Q1", "kind": "city", "name": "Portoverde", "country": "XXX", "population": 900000,
         "names": {"en": ["Portoverde"], "zh": ["绿港"]}},
        {"id": "Q2", "kind": "region", "name": "Porto Verde", "country": "XXX", "population": None,
         "names": {"en": ["Porto Verde"], "zh": ["绿港"], "ru": ["Портоверде"]}},
        {"id": "Q3", "kind": "region", "name": "Porto Verde", "country": "YYY", "population": None,
         "names": {"en": ["Porto Verde"]}},
        {"id": "Q4", "kind": "city", "name": "Santa Ana", "country": "XXX", "population": 200000, "names": {"en": ["Santa Ana"]}},
        {"id": "Q5", "kind": "city", "name": "Santa Ana", "country": "XXX", "population": 300000, "names": {"en": ["Santa Ana"]}},
        {"id": "Q6", "kind": "region", "name": "Santa Ana", "country": "XXX", "population": None, "names": {"en": ["Santa Ana"]}},
    ]
    assert mod.merge_city_regions(places) == 1
    assert [p["id"] for p in places] == ["Q1", "Q3", "Q4", "Q5", "Q6"]  # another country's region, two cities: kept
    assert places[0]["names"] == {"en": ["Portoverde", "Porto Verde"], "zh": ["绿港"], "ru": ["Портоверде"]}
