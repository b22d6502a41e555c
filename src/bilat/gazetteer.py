"""The packaged gazetteer: countries, capitals, international organisations and leaders.

``load()`` reads ``data/gazetteer.json.gz`` (built by ``scripts/build_gazetteer.py``) once per
process. Entities are Wikidata QIDs only where the id is certain; otherwise stable ``bilat:`` ids
(``bilat:country:ISO3``, ``bilat:org:slug``, ``bilat:place:slug``, ``bilat:person:slug-iso3``); a person
that took its QID in a later build keeps its former id as an alias that ``get`` resolves.

Patterns are the matching keys of every name (``normalize.match_text``), each with the entities
it may stand for and flags that tell the matcher which extra checks it needs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from bilat.datafiles import read_json
from bilat.normalize import match_text
from bilat.records import Entity, Role

FORMAT_VERSION = 1

# pattern flags
CASE_INIT = 1  # the source text must start with an upper-case letter (Latin, Cyrillic, ...)
CASE_EXACT = 2  # acronyms: the source text must have exactly this case (US, UN, WHO)
CONTEXT = 4  # also a common word or given name: kept only when the document names the entity otherwise
VI_SHORT = 8  # one Vietnamese syllable (Nga, Mỹ, Lào, Anh): checked against its neighbours
AR_ART = 16  # Arabic name without its article (الصین -> صین): needs لل/ال before it
AR_STEM = 32  # Arabic/Persian demonym stem (روس, صین): needs a nisba suffix (ی, یه, یون, ...)
CYR_STEM = 128  # Cyrillic name stem (Украин-, Росси-): needs a case ending (а, у, е, ы, ой, ію, ...)
FULL = 256  # with a stem flag: some name has exactly this key, so no ending is needed either
NO_TAIL = 512  # a person or organisation: no nisba/ezafe ending in Arabic script (عباس is not عباسی)
BLOCK = 64  # a longer phrase that is no entity (Latin America, Mỹ Tho): consumes the text, yields nothing
LOCAL = 1024  # only from CLDR locales outside the big languages (Pole, Papua): used in those languages only
PREFIX = 2048  # a blocker that may run on inside the word (Turkish ABD dolar|ından)
DEMONYM = 4096  # a demonym or country adjective (Russian, российский, russe), not the country's name


@dataclass(frozen=True, slots=True)
class Pattern:
    key: str  # matching key (match_text, or fold_latin for pass "b")
    pass_: str  # "a": case-folded text; "b": Latin-folded text
    entities: tuple[str, ...]
    flags: int
    lang: str


@dataclass
class Gazetteer:
    entities: dict[str, Entity]
    patterns: list[Pattern]
    zh_abbr: dict[str, str]  # Chinese one-character abbreviation -> entity id
    zh_abbr_stop: frozenset[str] = frozenset()  # ordinary words made of abbreviations (美德, 加法)
    context_lang: dict[str, frozenset[str]] = field(default_factory=dict)  # lang -> keys needing context
    context_prev: dict[str, frozenset[str]] = field(default_factory=dict)  # lang -> words that give context
    # lang -> key -> words that give context to that key only (در مصر: 'in Egypt'; در آستانه stays 'on the eve of')
    context_prev_key: dict[str, dict[str, frozenset[str]]] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)  # a former id (bilat:person:...) -> the id now (QID)
    _by_iso3: dict[str, Entity] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._by_iso3 = {e.iso3: e for e in self.entities.values() if e.kind == "country" and e.iso3}

    def get(self, entity_id: str) -> Entity | None:
        """The entity of an id, or of an id it had in an earlier build (a store written then still resolves)."""
        found = self.entities.get(entity_id)
        if found is None and entity_id in self.aliases:
            found = self.entities.get(self.aliases[entity_id])
        return found

    def country(self, iso3: str) -> Entity | None:
        """The country entity for an ISO 3166-1 alpha-3 code (historical ones included: SUN, YUG...)."""
        return self._by_iso3.get(iso3.upper())

    def countries(self) -> list[Entity]:
        return list(self._by_iso3.values())


def cyrillic_stem(key: str) -> str | None:
    """The stem a Russian or Ukrainian name declines on (CYR_STEM): Россия -> Росси+и/ю/ей, Украина -> Украин+ы/у/е,
    Харьков -> Харьков+е/а, Кремль -> Кремл+я/е; None for a phrase, a dashed name or a stem of fewer than four
    letters. scripts/build_gazetteer.py reads the gazetteer's names with it, stages/places.py the cities'."""
    if " " in key or "-" in key or not re.fullmatch(r"[а-яёіїєґў]+", key):
        return None
    if key.endswith("иа"):
        return None  # Бразилиа, a foreign name in -иа, does not decline (its stem would be Brazil's: Бразили|ей)
    if key[-1] in "аяйиыь":  # Украин|а, Нідерланд|и (-ах, -ів), Кремл|ь
        stem = key[:-1]
    elif key[-1] in "бвгджзклмнпрстфхцчшщ":
        stem = key
    else:
        return None
    return stem if len(stem) >= 4 else None


def _entity(data: dict) -> Entity:
    """Built directly (``Entity.from_dict`` resolves type hints on every call: too slow for a load)."""
    return Entity(id=data["id"], kind=data["kind"], name=data["name"], iso3=data.get("iso3"),
                  country=data.get("country"),
                  roles=tuple(Role(title=r.get("title") or "", country=r.get("country"), start=r.get("start"),
                                   end=r.get("end")) for r in data.get("roles", ())),
                  names={lang: tuple(v) for lang, v in data.get("names", {}).items()})


def parse(data: dict) -> Gazetteer:
    if data.get("version") != FORMAT_VERSION:
        raise ValueError(f"gazetteer format {data.get('version')!r}, expected {FORMAT_VERSION}")
    ents = [_entity(e) for e in data["entities"]]
    ids = [e.id for e in ents]
    patterns = [Pattern(key=k, pass_=p, entities=tuple(ids[i] for i in idx if i >= 0), flags=f, lang=lang)
                for k, p, idx, f, lang in data["patterns"]]
    by_id = {e.id: e for e in ents}
    patterns += _g_variants(patterns, by_id)
    patterns += _spacing_variants(patterns, by_id)
    patterns += _joined_variants(patterns, by_id)
    return Gazetteer(entities={e.id: e for e in ents}, patterns=patterns,
                     zh_abbr={ch: ids[i] for ch, i in data["zh_abbr"].items()},
                     zh_abbr_stop=frozenset(data.get("zh_abbr_stop", ())),
                     context_lang={k: frozenset(v) for k, v in data.get("context_lang", {}).items()},
                     context_prev={k: frozenset(v) for k, v in data.get("context_prev", {}).items()},
                     context_prev_key={lang: {k: frozenset(v) for k, v in keys.items()}
                                       for lang, keys in data.get("context_prev_key", {}).items()},
                     aliases=dict(data.get("aliases", {})))


def _g_variants(patterns: list[Pattern], entities: dict[str, Entity]) -> list[Pattern]:
    """Arabic writes a foreign name's g as غ or as ج (Egyptian and Gulf outlets: كيم جونج أون, افيجدور
    ليبرمان): for an Arabic name of two words or more of people only, the form with ج where it has غ,
    unless the gazetteer has that form already."""
    have = {(p.key, p.pass_) for p in patterns}
    out = []
    for p in patterns:
        if "ar" not in p.lang.split(",") or "غ" not in p.key or " " not in p.key.strip() or not p.entities \
                or any(entities[i].kind != "person" for i in p.entities if i in entities):
            continue
        key = p.key.replace("غ", "ج")
        if (key, p.pass_) not in have:
            have.add((key, p.pass_))
            out.append(Pattern(key=key, pass_=p.pass_, entities=p.entities, flags=p.flags, lang=p.lang))
    return out


_ABD_SPACED = re.compile(r"(?<!\S)(عبد|ابو|أبو) (?=ال)")
_ABD_JOINED = re.compile(r"(?<!\S)(عبد|ابو|أبو)(?=ال\S{2,})")


def _spacings(name: str, given) -> set[str]:
    """The spellings of an Arabic-script name of two words or more that differ only in where it
    leaves a space: Persian and Arabic outlets write the same name with a space, a ZWNJ or nothing
    between its parts (محمد جواد ظریف = محمدجواد ظریف, عبد اللهيان = عبداللهيان, محسنی‌اژه‌ای = محسنی
    اژه‌ای, قالی‌باف = قالی باف). ``given``: whether a word is a listed given name, to split a first
    word made of two (محمدباقر = محمد باقر, غلامحسین = غلام حسین)."""
    def zwnj_spaced(v: str) -> str:
        return re.sub(r"(?<=\w\w)\u200c(?=\w\w)", " ", v)

    def abd_toggled(v: str) -> str:
        return _ABD_SPACED.sub(r"\1", v) if _ABD_SPACED.search(v) else _ABD_JOINED.sub(r"\1 ", v)

    def given_split(v: str) -> str:
        words = v.split(" ")
        for k, w in enumerate(words[:-1]):
            flat = w.replace("\u200c", "")
            cut = next((i for i in range(3, len(flat) - 2) if given(flat[:i]) and given(flat[i:])), None)
            if cut is not None:
                words[k] = flat[:cut] + " " + flat[cut:]
        return " ".join(words)

    out = {name}
    for op in (zwnj_spaced, abd_toggled, given_split):
        out |= {op(v) for v in out}
    for v in list(out):  # one space left out (محمد جواد ظریف -> محمدجواد ظریف)
        words = v.split(" ")
        out |= {" ".join([*words[:k], words[k] + words[k + 1], *words[k + 2:]]) for k in range(len(words) - 1)}
    return {v for v in out if len(v.split()) >= 2}


def _spacing_variants(patterns: list[Pattern], entities: dict[str, Entity]) -> list[Pattern]:
    """For an Arabic or Persian name of two words or more of people only, the keys of its other
    spellings (:func:`_spacings`) that the gazetteer has not already. A key the gazetteer has for the
    same people in the other language only (محمدجواد ظریف, Persian) is given this one's languages too:
    ``patterns`` is changed in place there."""
    from bilat.stages.people import _is_given

    def given(word: str) -> bool:
        return _is_given(word, "fa") or _is_given(word, "ar")

    have = {(p.key, p.pass_): k for k, p in enumerate(patterns)}
    out: list[Pattern] = []
    for p in list(patterns):
        langs = set(p.lang.split(",")) & {"ar", "fa"}
        if not langs or " " not in p.key.strip() or not p.entities \
                or any(i not in entities or entities[i].kind != "person" for i in p.entities):
            continue
        raws = {v for i in p.entities for lang in langs for v in entities[i].names.get(lang, ()) if match_text(v) == p.key}
        for raw in raws:
            for variant in _spacings(raw, given):
                key = match_text(variant)
                at = have.get((key, p.pass_))
                if at is None:
                    have[(key, p.pass_)] = -1 - len(out)
                    out.append(Pattern(key=key, pass_=p.pass_, entities=p.entities, flags=p.flags, lang=p.lang))
                    continue
                known = patterns[at] if at >= 0 else out[-1 - at]
                missing = langs - set(known.lang.split(","))
                if missing and known.entities == p.entities and known.flags == p.flags:
                    merged = Pattern(key=key, pass_=p.pass_, entities=p.entities, flags=p.flags,
                                     lang=",".join(sorted({*known.lang.split(","), *missing})))
                    if at >= 0:
                        patterns[at] = merged
                    else:
                        out[-1 - at] = merged
    return out


def _joined_variants(patterns: list[Pattern], entities: dict[str, Entity]) -> list[Pattern]:
    """A Persian name of a country, place or organisation, or a blocker, of two words or more, with one
    space left out: Persian writes the parts joined by a ZWNJ as often as spaced (کره‌شمالی, پیونگ‌یانگ,
    کاخ‌سفید), and the match form drops the ZWNJ. Persons have their own spellings (:func:`_spacings`);
    a joined key the gazetteer already has is left as it is."""
    have = {(p.key, p.pass_) for p in patterns}
    out = []
    for p in patterns:
        if "fa" not in p.lang.split(",") or " " not in p.key.strip() \
                or any(i not in entities or entities[i].kind == "person" for i in p.entities):
            continue
        words = p.key.split(" ")
        for k in range(len(words) - 1):
            key = " ".join([*words[:k], words[k] + words[k + 1], *words[k + 2:]])
            if (key, p.pass_) not in have:
                have.add((key, p.pass_))
                out.append(Pattern(key=key, pass_=p.pass_, entities=p.entities, flags=p.flags, lang=p.lang))
    return out


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The packaged gazetteer, read once per process."""
    return parse(read_json("gazetteer.json.gz"))
