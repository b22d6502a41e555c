"""Every list the desk shows (events, stories, mentions), filtered in SQL and paged, with its total.

Nothing is capped silently: each list returns ``total`` (rows matching the filters), ``offset`` and
``limit``, and the page says "1–50 of N". The indexes these queries need are created by
``MIGRATIONS`` (listed in ``store.MIGRATION_SOURCES``)."""

from __future__ import annotations

import calendar
import json
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import asdict, dataclass, replace
from datetime import date
from typing import Any

from bilat.export import event_row, event_threshold
from bilat.records import Event

MIGRATIONS: tuple[tuple[str, str], ...] = (
    ("web_0001_list_indexes", """
        CREATE INDEX IF NOT EXISTS events_event ON events(event, date);
        CREATE INDEX IF NOT EXISTS events_recipient ON events(recipient, actor);
        CREATE INDEX IF NOT EXISTS events_aux ON events(json_extract(data, '$.aux'));
        CREATE INDEX IF NOT EXISTS events_actor_entity ON events(json_extract(data, '$.actor.entity'));
        CREATE INDEX IF NOT EXISTS events_recipient_entity ON events(json_extract(data, '$.recipient.entity'));
        CREATE INDEX IF NOT EXISTS documents_outlet ON documents(outlet);
        CREATE INDEX IF NOT EXISTS mentions_entity_names ON mentions(entity, lang, text, doc);
        CREATE INDEX IF NOT EXISTS stories_last_day ON stories(last_day);
        CREATE INDEX IF NOT EXISTS stories_n ON stories(n);
    """),
    ("web_0002_country_events", """
        CREATE INDEX IF NOT EXISTS events_confidence ON events(confidence);
        CREATE INDEX IF NOT EXISTS events_actor_date ON events(actor, date);
        CREATE INDEX IF NOT EXISTS events_recipient_date ON events(recipient, date);
        CREATE INDEX IF NOT EXISTS events_actor_count ON events(actor, confidence, event);
        CREATE INDEX IF NOT EXISTS events_recipient_count ON events(recipient, confidence, actor, event);
        CREATE INDEX IF NOT EXISTS story_docs_lang ON story_docs(lang, story);
    """),
    ("web_0003_country_cover", """
        DROP INDEX IF EXISTS events_actor_count;
        DROP INDEX IF EXISTS events_recipient_count;
        CREATE INDEX IF NOT EXISTS events_actor_cover ON events(actor, confidence, event, recipient, mode);
        CREATE INDEX IF NOT EXISTS events_recipient_cover ON events(recipient, confidence, actor, event, mode);
        CREATE INDEX IF NOT EXISTS events_event_count ON events(event, confidence);
    """),
)

PAGE_SIZE = 50
MAX_LIMIT = 500
_PERIOD = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
_ISO3 = re.compile(r"[A-Z]{3}")
_WORD = re.compile(r"[\w.:\-]{1,80}")
SORTS = {"events": ("date", "published"), "stories": ("date", "size", "updated")}


@dataclass(frozen=True, kw_only=True)
class Filters:
    """What a list page can be narrowed by. Empty strings from a form count as unset."""

    start: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD (inclusive)
    end: str | None = None
    lang: str | None = None
    country: str | None = None  # ISO3
    event: str | None = None  # PLOVER type
    outlet: str | None = None
    direction: str | None = None  # dyad pages: "A>B" or "B>A"
    negated: bool = False  # also list negated events (marked)
    sort: str = "date"

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v not in (None, False, "") and (k, v) != ("sort", "date")}

    def query(self, **extra: Any) -> str:
        """The URL query string of these filters (for page links and downloads)."""
        from urllib.parse import urlencode

        items = {k: ("1" if v is True else v) for k, v in {**self.as_dict(), **extra}.items()
                 if v not in (None, False, "")}
        return urlencode(items)


def filters(*, start: str | None = None, end: str | None = None, lang: str | None = None,
            country: str | None = None, event: str | None = None, outlet: str | None = None,
            direction: str | None = None, negated: bool = False, sort: str = "date",
            kind: str = "events") -> Filters:
    """Checked filters; a bad value raises ValueError with the parameter's name."""
    def clean(name: str, value: str | None, pattern: re.Pattern[str]) -> str | None:
        value = (value or "").strip() or None
        if value is not None and not pattern.fullmatch(value):
            raise ValueError(f"{name}: {value!r} is not a valid value")
        return value

    country = (country or "").strip().upper() or None
    event = (event or "").strip().upper() or None
    if sort not in SORTS.get(kind, ("date",)):
        raise ValueError(f"sort: use one of {', '.join(SORTS.get(kind, ('date',)))}")
    return Filters(start=clean("start", start, _PERIOD), end=clean("end", end, _PERIOD),
                   lang=clean("lang", lang, _WORD), country=clean("country", country, _ISO3),
                   event=clean("event", event, _WORD), outlet=clean("outlet", outlet, _WORD),
                   direction=clean("direction", direction, re.compile(r"[A-Z]{3}>[A-Z]{3}")),
                   negated=negated, sort=sort)


def page_info(total: int, limit: int, offset: int) -> dict[str, Any]:
    """What the pager shows: "51–100 of 321", previous and next offsets."""
    shown_to = min(total, offset + limit)
    return {"total": total, "limit": limit, "offset": offset, "first": offset + 1 if shown_to > offset else 0,
            "last": shown_to, "prev": max(0, offset - limit) if offset > 0 else None,
            "next": offset + limit if offset + limit < total else None}


# --- events ----------------------------------------------------------------------------------------

# the few negated events come from the expression index events_aux; reading every row's JSON
# would cost a parse per event
NOT_NEGATED = "e.rowid NOT IN (SELECT rowid FROM events WHERE json_extract(data, '$.aux') = 'negated')"
# the period of an event: its own date when that has a year (events_date), else its article's
# publication date (documents_published, then events_doc); '--05-12' (no year) sorts before '0'
IN_PERIOD = ("((e.date >= ? AND e.date <= ?) OR ((e.date IS NULL OR e.date < '0') "
             "AND e.doc IN (SELECT id FROM documents WHERE published >= ? AND published <= ?)))")


def _event_where(f: Filters, scope: tuple[str, list[Any]] | None, *, joined: bool = False
                 ) -> tuple[str, list[Any]]:
    """The WHERE clause on ``events e``; article filters on ``d`` when ``joined`` (the query then
    starts from the documents those filters select), else none."""
    where, params = ["e.confidence >= ?"], [event_threshold()]
    if scope is not None:
        where.append(scope[0])
        params += scope[1]
    if not f.negated:
        where.append(NOT_NEGATED)
    if f.event:
        where.append("e.event = ?")
        params.append(f.event)
    if f.country:
        where.append("(e.actor = ? OR e.recipient = ?)")
        params += [f.country, f.country]
    if joined:
        for column in ("lang", "outlet"):
            if getattr(f, column):
                where.append(f"d.{column} = ?")
                params.append(getattr(f, column))
    if f.start or f.end:
        lo, hi = f.start or "0000", (f.end or "9999") + "~"  # "2025-05~" is after every day of May 2025
        where.append(IN_PERIOD)
        params += [lo, hi, lo, hi]
    return " AND ".join(where), params


# newest own date first (an index scan on events_date), then year-unknown dates ("--05-12"), then
# no date; "published": by the article's publication date
EVENT_ORDER = {"date": "e.date DESC, e.rowid DESC", "published": "d.published DESC, e.rowid DESC"}


def _from(f: Filters, *, with_doc: bool) -> str:
    """Events alone, or joined to their documents: from the documents an article filter (language,
    outlet) selects by its index (CROSS JOIN fixes that order in SQLite), else from the events."""
    if f.lang or f.outlet:
        return "FROM documents d CROSS JOIN events e ON e.doc = d.id"
    if with_doc or f.sort == "published":
        return "FROM events e JOIN documents d ON d.id = e.doc"
    return "FROM events e"


def events(conn: sqlite3.Connection, f: Filters, *, scope: tuple[str, list[Any]] | None = None,
           country: str | None = None, limit: int = PAGE_SIZE, offset: int = 0) -> dict[str, Any]:
    """One page of events matching the filters (newest first, undated last) and their total.

    ``scope`` narrows to an entity (SQL condition on ``e``, parameters); ``country`` to the events
    a country takes part in (as ``f.country`` does)."""
    country = country or f.country
    if country and scope is None and f.sort == "date" and not (f.lang or f.outlet):
        total, ids = _country_events(conn, country, f, limit=limit, offset=offset)
    else:
        if country:
            f = replace(f, country=country)
        where, params = _event_where(f, scope, joined=bool(f.lang or f.outlet))
        total = conn.execute(f"SELECT count(*) {_from(f, with_doc=False)} WHERE {where}", params).fetchone()[0]
        ids = [r[0] for r in conn.execute(f"SELECT e.id {_from(f, with_doc=False)} WHERE {where} "
                                          f"ORDER BY {EVENT_ORDER[f.sort]} LIMIT ? OFFSET ?",
                                          [*params, limit, offset])]
    return {"events": rows_by_id(conn, ids), "page": page_info(total, limit, offset), "filters": f.as_dict()}


def _country_events(conn: sqlite3.Connection, iso3: str, f: Filters, *, limit: int, offset: int
                    ) -> tuple[int, list[str]]:
    """A country's events as two index scans, as actor and as recipient (not both), instead of one
    OR that reads every row: counts from covering indexes, the page from (side, date) indexes."""
    rest, params = _event_where(replace(f, country=None), None)
    sides = (("e.actor = ?", [iso3], "events_actor_date"),
             ("e.recipient = ? AND e.actor IS NOT ?", [iso3, iso3], "events_recipient_date"))
    total = sum(conn.execute(f"SELECT count(*) FROM events e WHERE {side} AND {rest}", [*p, *params]).fetchone()[0]
                for side, p, _ in sides)
    found = []
    for side, p, index in sides:  # walk the (side, date) index newest first; stop at the page's end
        found += conn.execute(f"SELECT e.date, e.rowid, e.id FROM events e INDEXED BY {index} WHERE {side} AND "
                              f"{rest} ORDER BY e.date DESC, e.rowid DESC LIMIT ?",
                              [*p, *params, offset + limit]).fetchall()
    found.sort(key=lambda r: (r[0] is not None, r[0] or "", r[1]), reverse=True)
    return total, [r[2] for r in found[offset:offset + limit]]


def iter_events(conn: sqlite3.Connection, f: Filters, *, scope: tuple[str, list[Any]] | None = None,
                country: str | None = None) -> Iterator[dict[str, Any]]:
    """Every event matching the filters, in page order (downloads)."""
    where, params = _event_where(replace(f, country=country) if country else f, scope, joined=True)
    for r in conn.execute(f"SELECT e.data, d.published, d.title, d.outlet {_from(f, with_doc=True)} "
                          f"WHERE {where} ORDER BY {EVENT_ORDER[f.sort]}", params):
        yield _event_with_source(r)


def _event_with_source(r: sqlite3.Row) -> dict[str, Any]:
    row = event_row(Event.from_dict(json.loads(r[0])))
    row["published"], row["doc_title"], row["outlet"] = r[1], r[2], r[3]
    return row


def rows_by_id(conn: sqlite3.Connection, ids: list[str]) -> list[dict[str, Any]]:
    """Event rows for ``ids``, in that order (with their article's date, title and outlet)."""
    found: dict[str, dict[str, Any]] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        for r in conn.execute("SELECT e.data, d.published, d.title, d.outlet, e.id FROM events e "
                              f"JOIN documents d ON d.id = e.doc WHERE e.id IN ({','.join('?' * len(chunk))})",
                              chunk):
            found[r[4]] = _event_with_source(r)
    return [found[i] for i in ids if i in found]


def entity_scope(entity_id: str, iso3: str | None) -> dict[str, Any]:
    """Keyword arguments of ``events``/``iter_events`` for the events a country takes part in (by
    code), or a person/organisation (by resolved entity)."""
    if iso3:
        return {"country": iso3}
    return {"scope": ("(json_extract(e.data, '$.actor.entity') = ? OR json_extract(e.data, '$.recipient.entity') = ?)",
                      [entity_id, entity_id])}


# --- stories -----------------------------------------------------------------------------------------


def _ordinal(period: str, *, last: bool) -> int:
    """Day number (date.toordinal, as stories.first_day/last_day) of a period's first or last day."""
    # clamped into the calendar: "0000", "9999-12" or "2025-02-31" filter, they do not fail
    y = min(max(int(period[:4]), 1), 9998)
    m = min(max(int(period[5:7]), 1), 12) if len(period) >= 7 else (12 if last else 1)
    if len(period) >= 10:
        return date(y, m, min(max(int(period[8:10]), 1), calendar.monthrange(y, m)[1])).toordinal()
    if not last:
        return date(y, m, 1).toordinal()
    nxt = date(y + (m == 12), 1 if m == 12 else m + 1, 1)
    return nxt.toordinal() - 1


def _story_where(f: Filters) -> tuple[str, list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if f.start:
        where.append("s.last_day >= ?")
        params.append(_ordinal(f.start, last=False))
    if f.end:
        where.append("s.first_day <= ?")
        params.append(_ordinal(f.end, last=True))
    if f.lang:
        where.append("s.id IN (SELECT story FROM story_docs WHERE lang = ?)")
        params.append(f.lang)
    if f.outlet:
        where.append("s.id IN (SELECT sd.story FROM documents d JOIN story_docs sd ON sd.doc = d.id "
                     "WHERE d.outlet = ?)")
        params.append(f.outlet)
    if f.country:
        where.append("s.id IN (SELECT sd.story FROM mentions m JOIN story_docs sd ON sd.doc = m.doc "
                     "WHERE m.iso3 = ? AND m.kind = 'country')")
        params.append(f.country)
    if f.event:
        where.append("s.id IN (SELECT sd.story FROM events e JOIN story_docs sd ON sd.doc = e.doc "
                     "WHERE e.event = ? AND e.confidence >= ?)")
        params += [f.event, event_threshold()]
    return (" WHERE " + " AND ".join(where)) if where else "", params


STORY_ORDER = {"date": "s.last_day DESC, s.seq DESC", "size": "s.n DESC, s.seq DESC", "updated": "s.seq DESC"}


def stories(conn: sqlite3.Connection, f: Filters, *, limit: int = PAGE_SIZE, offset: int = 0) -> dict[str, Any]:
    """One page of stories matching the filters, newest publication first (or largest), and the total."""
    where, params = _story_where(f)
    total = conn.execute(f"SELECT count(*) FROM stories s{where}", params).fetchone()[0]
    rows = conn.execute(f"SELECT s.data FROM stories s{where} ORDER BY {STORY_ORDER[f.sort]} LIMIT ? OFFSET ?",
                        [*params, limit, offset]).fetchall()
    return {"stories": [json.loads(r[0]) for r in rows], "page": page_info(total, limit, offset),
            "filters": f.as_dict()}


def iter_stories(conn: sqlite3.Connection, f: Filters) -> Iterator[dict[str, Any]]:
    where, params = _story_where(f)
    for (data,) in conn.execute(f"SELECT s.data FROM stories s{where} ORDER BY {STORY_ORDER[f.sort]}", params):
        yield json.loads(data)


# --- facets --------------------------------------------------------------------------------------------


def facets(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """The values the filter forms offer: languages, outlets, event types present in the store
    (cached per process like the overview: three index scans)."""
    from bilat.web.views import cached

    return cached(conn, ("facets",), lambda: _facets(conn))


def _facets(conn: sqlite3.Connection) -> dict[str, list[str]]:
    def col(sql: str) -> list[str]:
        return [r[0] for r in conn.execute(sql) if r[0]]

    return {"langs": col("SELECT DISTINCT lang FROM documents ORDER BY lang"),
            "outlets": col("SELECT DISTINCT outlet FROM documents ORDER BY outlet"),
            "events": col("SELECT DISTINCT event FROM events ORDER BY event")}
