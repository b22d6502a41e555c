"""Places: cities and regions with a Wikidata id and their names across scripts.

``data/places.json.gz`` (built by ``scripts/build_places.py`` from the Countries States Cities
Database, ODbL, Natural Earth's populated places, public domain, and CLDR exemplar cities; origin
and commits are recorded in the file) holds about 6,500 cities (150k+ people from the first
source, 50k+ from Natural Earth, capitals, CLDR exemplar cities) and 2,300 first-level regions (a region
under the name of a city of its country, such as Hải Phòng, is merged into that city),
each with its Wikidata id, country and names in en ar fa zh ja ko ru uk de es fr tr (th and vi
where CLDR has them). The entities stage matches them as ``place`` mentions whose entity is the
Wikidata id, so "帕卢" and "Palu" are the same evidence; names the main gazetteer already holds
(countries, capitals, its own places) stay with the gazetteer. The ``places`` stage then gives
each event the id of its place (``Event.event_loc``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from functools import lru_cache

from bilat import gazetteer as gz
from bilat.datafiles import read_json
from bilat.normalize import match_text
from bilat.records import Document, Entity
from bilat.stages.entities import _script_kind

FORMAT_VERSION = 1
MIN_KEY = {"nospace": 2, "hangul": 2, "arabic": 3, "spaced": 3}
LATIN_CYR_FLAGS = gz.CASE_INIT  # Nice, Split, Mobile in lower case are words, not places


@dataclasses.dataclass(frozen=True)
class Places:
    entities: dict[str, Entity]
    patterns: tuple[gz.Pattern, ...]
    aliases: dict[str, str]  # gazetteer place id -> Wikidata id of the same place (bilat:place:moscow -> Q649)
    capitals: frozenset[str] = frozenset()  # capitals the gazetteer lacks (data/capitals.json): seats of power too


def _entity(p: dict) -> Entity:
    return Entity(id=p["id"], kind="place", name=p["name"], country=p.get("country"),
                  names={lang: tuple(v) for lang, v in p["names"].items()})


CAPITALS = True  # data/capitals.json: every state's capital is a seat of power, with its CLDR names (people55)
CAPITAL_OVER = 10  # a capital keeps a name it shares with places at least this many times smaller (Lima, not Lima, Ohio)


def _with_capitals(places: list[dict], keys: list[list[str]]) -> tuple[list[dict], list[list[str]], frozenset[str]]:
    """The places with the names data/capitals.json adds to each capital (and their keys), and the capitals' ids."""
    capitals = {c["place"]: c["names"] for c in read_json("capitals.json")["capitals"].values()}
    places, keys = list(places), list(keys)
    for i, p in enumerate(places):
        extra = capitals.get(p["id"])
        if not extra:
            continue
        names = {lang: list(v) for lang, v in p["names"].items()}
        for lang, more in extra.items():
            names.setdefault(lang, []).extend(n for n in more if n not in names[lang])
        places[i] = {**p, "names": names}
        keys[i] = [match_text(n) for lang in sorted(names) for n in names[lang]]
    return places, keys, frozenset(p["id"] for p in places if p["id"] in capitals)


def _capital_of(ids: set[str], capitals: frozenset[str], population: dict[str, int | None]) -> str | None:
    """Of the places sharing a name, the one capital when every other is CAPITAL_OVER times smaller (a place of
    unknown population is never smaller)."""
    caps = ids & capitals
    if len(caps) != 1:
        return None
    cap = next(iter(caps))
    others = [population.get(i) for i in ids - caps]
    if any(p is None for p in others) or not population.get(cap):
        return None
    return cap if population[cap] >= CAPITAL_OVER * max(others) else None


def _patterns(places: Iterable[dict], keys: Iterable[list[str]], taken: set[str],
              capitals: frozenset[str] = frozenset()) -> list[gz.Pattern]:
    """One pattern per key that names exactly one place (a name shared by two places, Tripoli, says
    nothing certain, unless one is a far bigger capital: ``_capital_of``); the key's languages are kept for the
    Arabic/Persian split of the matcher."""
    places = list(places)
    population = {p["id"]: p.get("population") for p in places}
    ids_of: dict[str, set[str]] = {}
    langs_of: dict[str, set[str]] = {}
    for p, pkeys in zip(places, keys):
        named = iter(pkeys)
        for lang in sorted(p["names"]):
            for _name in p["names"][lang]:
                key = next(named)
                ids_of.setdefault(key, set()).add(p["id"])
                langs_of.setdefault(key, set()).add(lang)
    out = []
    for key, ids in ids_of.items():
        if len(ids) != 1 and capitals and (cap := _capital_of(ids, capitals, population)):
            ids = {cap}
        if len(ids) != 1 or key in taken:
            continue
        kind = _script_kind(key)
        if len(key.replace(" ", "")) < MIN_KEY[kind]:
            continue
        flags = gz.NO_TAIL if kind == "arabic" else LATIN_CYR_FLAGS if kind == "spaced" else 0
        if langs_of[key] & {"ru", "uk"} and gz.cyrillic_stem(key) == key:
            flags |= gz.CYR_STEM | gz.FULL  # Харьков, Харькове, Харькова: the name is its own stem
        out.append(gz.Pattern(key=key, pass_="a", entities=tuple(ids), flags=flags,
                              lang=",".join(sorted(langs_of[key]))))
    stems: dict[str, set[str]] = {}
    for key, ids in ids_of.items():
        stem = gz.cyrillic_stem(key) if langs_of[key] & {"ru", "uk"} else None
        if stem is not None and len(ids) == 1:
            stems.setdefault(stem, set()).update(ids)
    for stem, ids in stems.items():  # в Харькове, из Стамбула, в Дохе: a Russian city in its oblique cases
        if len(ids) == 1 and stem not in taken and stem not in ids_of:
            out.append(gz.Pattern(key=stem, pass_="a", entities=tuple(ids), flags=LATIN_CYR_FLAGS | gz.CYR_STEM,
                                  lang="ru,uk"))
    return out


def _aliases(gaz: gz.Gazetteer, places: list[dict]) -> dict[str, str]:
    """Each gazetteer place -> the Wikidata place of its country that shares most of its names (any
    language, matching keys), a city before a region: Moscow's gazetteer entry and the places entry
    that German or Japanese text matches ("Moskau", "モスクワ") are then one id."""
    by_key: dict[tuple[str, str | None], set[int]] = {}
    for i, p in enumerate(places):
        for names in p["names"].values():
            for name in names:
                by_key.setdefault((match_text(name), p.get("country")), set()).add(i)
    out = {}
    for e in gaz.entities.values():
        if e.kind != "place":
            continue
        hits: dict[int, int] = {}
        for names in e.names.values():
            for key in {match_text(n) for n in names}:
                for i in by_key.get((key, e.country), ()):
                    hits[i] = hits.get(i, 0) + 1
        if hits:
            best = min(hits, key=lambda i: (places[i]["kind"] != "city", -hits[i], places[i]["id"]))
            out[e.id] = places[best]["id"]
    return out


@lru_cache(maxsize=1)
def load() -> Places:
    """The packaged places, matched against names the gazetteer does not already hold."""
    data = read_json("places.json.gz")
    if data.get("version") != FORMAT_VERSION:
        raise ValueError(f"places format {data.get('version')!r}, expected {FORMAT_VERSION}")
    gaz = gz.load()
    taken = {p.key for p in gaz.patterns if not p.flags & gz.LOCAL}  # Palu is Palau only in Zarma or Kabyle
    taken |= blocked()
    places, keys, capitals = data["places"], data["keys"], frozenset()
    if CAPITALS:
        places, keys, capitals = _with_capitals(places, keys)
    return Places(entities={p["id"]: _entity(p) for p in places},
                  patterns=tuple(_patterns(places, keys, taken, capitals)),
                  aliases=_aliases(gaz, places), capitals=capitals)


@lru_cache(maxsize=1)
def blocked() -> frozenset[str]:
    """Keys that are ordinary words, not places (data/places_block.json says where they come from;
    data/zh_place_common_words.json, Chinese words such as 十分 'very')."""
    words = read_json("places_block.json")["words"]
    common = read_json("zh_place_common_words.json")["words"]  # 十分, 成功, 地铁 (checked by hand)
    return frozenset(match_text(w) for ws in words.values() for w in ws) | frozenset(match_text(w) for w in common)


@lru_cache(maxsize=1)
def context_words() -> dict[str, frozenset[str]]:
    """Per language, the keys of real places that are also common words (data/places_block.json
    ``context``: الخبر 'the news' and Khobar): a place only with place context (bilat.stages.entities)."""
    words = read_json("places_block.json").get("context", {})
    return {lang: frozenset(match_text(w) for w in ws) for lang, ws in words.items()}


def canonical(entity_id: str) -> str:
    """The Wikidata id of a place the gazetteer knows under its own id, else the id itself."""
    return load().aliases.get(entity_id, entity_id)


def locate(doc: Document) -> Document:
    """Each event's place as an id: the place mention that gave its ``event_loc`` text (same
    sentence span), else the first place mention inside the event's span."""
    places = [m for m in doc.mentions if m.kind == "place"]
    if not places or not doc.events:
        return doc
    events = []
    for e in doc.events:
        inside = [m for m in places if e.start <= m.start < e.end]
        named = [m for m in inside if e.event_loc and m.text == e.event_loc]
        pick = (named or inside or [None])[0]
        events.append(dataclasses.replace(e, event_loc=canonical(pick.entity)) if pick is not None else e)
    return dataclasses.replace(doc, events=tuple(events))


def make_stage() -> Callable[[Document], Document]:
    """The ``places`` stage (after events): event places as Wikidata ids."""
    load()
    return locate
