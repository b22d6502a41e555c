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
    # facets and filters of search and mentions read these indexes alone, not the wide rows
    ("web_0004_facet_cover", """
        CREATE INDEX IF NOT EXISTS documents_facets ON documents(id, lang, outlet, published);
        CREATE INDEX IF NOT EXISTS mentions_doc_country ON mentions(doc, kind, iso3);
        CREATE INDEX IF NOT EXISTS mentions_country_doc ON mentions(iso3, kind, doc);
        CREATE INDEX IF NOT EXISTS mentions_entity_filters ON mentions(entity, form, lang, doc);
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
def _event_where(f: Filters, scope: tuple[str, list[Any]] | None) -> tuple[str, list[Any]]:
    """The WHERE clause on ``event_list l`` (the store's narrow row per event: type, actors, own
    date, period, article language, outlet and date, confidence, negated)."""
    where, params = ["l.confidence >= ?"], [event_threshold()]
    if scope is not None:
        where.append(scope[0])
        params += scope[1]
    if not f.negated:
        where.append("l.negated = 0")
    for column in ("event", "lang", "outlet"):
        if getattr(f, column):
            where.append(f"l.{column} = ?")
            params.append(getattr(f, column))
    if f.country:
        where.append("(l.actor = ? OR l.recipient = ?)")
        params += [f.country, f.country]
    if f.start or f.end:
        # the period: the event's own date when that has a year, else its article's publication date
        lo, hi = period_bounds(f)
        where.append("l.period >= ? AND l.period <= ?")
        params += [lo, hi]
    return " AND ".join(where), params


# newest own date first, then year-unknown dates ("--05-12"), then no date; "published": by the
# article's publication date
EVENT_ORDER = {"date": "l.date DESC, l.seq DESC", "published": "l.published DESC, l.seq DESC"}
SORT_INDEX = {"date": "event_list_date", "published": "event_list_published"}
# a page is read by walking the sort's index and testing each row when that reads fewer rows than
# collecting every match and sorting it: (offset + limit) * rows / matches < matches
WALK_FACTOR = 1.0


def events(conn: sqlite3.Connection, f: Filters, *, scope: tuple[str, list[Any]] | None = None,
           country: str | None = None, limit: int = PAGE_SIZE, offset: int = 0) -> dict[str, Any]:
    """One page of events matching the filters (newest first, undated last) and their total.

    ``scope`` narrows to an entity (SQL condition on ``l``, parameters); ``country`` to the events
    a country takes part in (as ``f.country`` does)."""
    if country:
        f = replace(f, country=country)
    where, params = _event_where(f, scope)
    total = count_events(conn, f, scope)
    ids = _page_ids(conn, f, where, params, total, limit=limit, offset=offset) if total > offset else []
    return {"events": rows_by_id(conn, ids), "page": page_info(total, limit, offset), "filters": f.as_dict()}


def _page_ids(conn: sqlite3.Connection, f: Filters, where: str, params: list[Any], total: int, *,
              limit: int, offset: int) -> list[str]:
    """The ids of one page. A broad filter walks the sort's index and stops at the page's end; a
    narrow one sorts its matches (walking would read (offset + limit) * rows / total rows)."""
    walk = (offset + limit) * _row_count(conn) <= WALK_FACTOR * total * total
    hint = f" INDEXED BY {SORT_INDEX[f.sort]}" if walk else ""
    order = EVENT_ORDER[f.sort]

    def page(extra: str, more: list[Any], n: int, skip: int) -> list[str]:
        return [r[0] for r in conn.execute(f"SELECT l.id FROM event_list l{hint} WHERE {where}{extra} "
                                           f"ORDER BY {order} LIMIT ? OFFSET ?", [*params, *more, n, skip])]

    if not (walk and f.sort == "date" and (f.start or f.end)):
        return page("", [], limit, offset)
    # newest first with a period: the events with a dated year come first and their own date is
    # their period, so the walk starts at the period's end; the others (year unknown or undated,
    # placed by their article's date) follow, in the same order
    lo, hi = period_bounds(f)
    dated = page(" AND l.date >= ? AND l.date <= ?", [lo, hi], offset + limit, 0)
    if len(dated) == offset + limit:
        return dated[offset:]
    rest = page(" AND (l.date < '0' OR l.date IS NULL)", [], limit - len(dated[offset:]),
                max(0, offset - len(dated)))
    return dated[offset:] + rest


def period_bounds(f: Filters) -> tuple[str, str]:
    """``start``/``end`` as inclusive text bounds: "2025-05~" is after every day of May 2025."""
    return f.start or "0000", (f.end or "9999") + "~"


def count_events(conn: sqlite3.Connection, f: Filters, scope: tuple[str, list[Any]] | None = None) -> int:
    """How many events match. A country's are counted as actor plus as recipient (not both): two
    covering-index ranges instead of an OR that merges rowids."""
    if not f.country:
        where, params = _event_where(f, scope)
        return conn.execute(f"SELECT count(*) FROM event_list l WHERE {where}", params).fetchone()[0]
    rest, params = _event_where(replace(f, country=None), scope)
    return conn.execute(f"SELECT (SELECT count(*) FROM event_list l WHERE l.actor = ? AND {rest}) + "
                        f"(SELECT count(*) FROM event_list l WHERE l.recipient = ? AND l.actor IS NOT ? AND {rest})",
                        [f.country, *params, f.country, f.country, *params]).fetchone()[0]


def _row_count(conn: sqlite3.Connection) -> int:
    from bilat.web.views import cached

    return cached(conn, ("event_list rows",), lambda: conn.execute("SELECT count(*) FROM event_list").fetchone()[0])


def iter_events(conn: sqlite3.Connection, f: Filters, *, scope: tuple[str, list[Any]] | None = None,
                country: str | None = None) -> Iterator[dict[str, Any]]:
    """Every event matching the filters, in page order (downloads)."""
    where, params = _event_where(replace(f, country=country) if country else f, scope)
    for r in conn.execute(f"SELECT e.data, d.published, d.title, d.outlet FROM event_list l "
                          f"JOIN events e ON e.id = l.id JOIN documents d ON d.id = l.doc "
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
    sql = ("l.id IN (SELECT id FROM events WHERE json_extract(data, '$.actor.entity') = ? "
           "UNION SELECT id FROM events WHERE json_extract(data, '$.recipient.entity') = ?)")
    return {"scope": (sql, [entity_id, entity_id])}


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
    if where and conn.execute("SELECT 1 FROM stories LIMIT 1").fetchone() is None:
        where, params = "", []  # no stories: nothing to narrow (the filters' subqueries would read every article)
    total = conn.execute(f"SELECT count(*) FROM stories s{where}", params).fetchone()[0]
    rows = conn.execute(f"SELECT s.data FROM stories s{where} ORDER BY {STORY_ORDER[f.sort]} LIMIT ? OFFSET ?",
                        [*params, limit, offset]).fetchall()
    return {"stories": [json.loads(r[0]) for r in rows], "page": page_info(total, limit, offset),
            "filters": f.as_dict()}


def iter_stories(conn: sqlite3.Connection, f: Filters) -> Iterator[dict[str, Any]]:
    where, params = _story_where(f)
    for (data,) in conn.execute(f"SELECT s.data FROM stories s{where} ORDER BY {STORY_ORDER[f.sort]}", params):
        yield json.loads(data)


# --- mentions ----------------------------------------------------------------------------------------

MENTION_FORMS = ("name", "demonym", "capital", "abbreviation")
MENTION_COLUMNS = ("doc", "start", "end", "text", "lang", "form", "kind", "published", "title", "outlet")


@dataclass(frozen=True, kw_only=True)
class MentionFilters:
    """An entity's mentions narrowed by the language of the text and the form of the name
    (the page's ``mlang`` and ``mform``)."""

    lang: str | None = None
    form: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v}

    def query(self) -> dict[str, str]:
        """As the entity page's parameters."""
        return {f"m{k}": v for k, v in self.as_dict().items()}


def mention_filters(lang: str | None = None, form: str | None = None) -> MentionFilters:
    lang = (lang or "").strip() or None
    form = (form or "").strip() or None
    if lang is not None and not _WORD.fullmatch(lang):
        raise ValueError(f"mlang: {lang!r} is not a valid value")
    if form is not None and form not in MENTION_FORMS:
        raise ValueError(f"mform: use one of {', '.join(MENTION_FORMS)}")
    return MentionFilters(lang=lang, form=form)


def _mention_where(entity_id: str, f: MentionFilters) -> tuple[str, list[Any]]:
    where, params = ["m.entity = ?"], [entity_id]
    for column in ("lang", "form"):
        if getattr(f, column):
            where.append(f"m.{column} = ?")
            params.append(getattr(f, column))
    return " AND ".join(where), params


MENTION_ORDER = "m.published DESC, m.doc, m.start"


def mentions(conn: sqlite3.Connection, entity_id: str, f: MentionFilters, *, limit: int = PAGE_SIZE,
             offset: int = 0) -> dict[str, Any]:
    """One page of an entity's mentions, newest article first, with the total (mentions) and the
    number of articles they are in; ``facets`` counts them per language and per form, each with
    the other filter applied."""
    where, params = _mention_where(entity_id, f)
    total, articles = conn.execute(f"SELECT count(*), count(DISTINCT m.doc) FROM mentions m WHERE {where}",
                                   params).fetchone()
    rows = conn.execute(f"SELECT m.doc, m.start, m.\"end\", m.text, m.lang, m.form, m.kind, m.published, d.title, "
                        f"d.outlet FROM mentions m JOIN documents d ON d.id = m.doc WHERE {where} "
                        f"ORDER BY {MENTION_ORDER} LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()
    facets = {}
    for column in ("lang", "form"):
        other_where, other_params = _mention_where(entity_id, replace(f, **{column: None}))
        facets[column] = [{"value": r[0], "count": r[1]} for r in conn.execute(
            f"SELECT m.{column}, count(*) FROM mentions m WHERE {other_where} GROUP BY 1 ORDER BY 2 DESC, 1",
            other_params) if r[0]]
    return {"mentions": [dict(zip(MENTION_COLUMNS, r, strict=True)) for r in rows],
            "page": page_info(total, limit, offset), "articles": articles, "filters": f.as_dict(),
            "facets": facets}


def iter_mentions(conn: sqlite3.Connection, entity_id: str, f: MentionFilters) -> Iterator[dict[str, Any]]:
    """Every mention matching the filters, in page order (downloads)."""
    where, params = _mention_where(entity_id, f)
    for r in conn.execute(f"SELECT m.doc, m.start, m.\"end\", m.text, m.lang, m.form, m.kind, m.published, "
                          f"d.title, d.outlet FROM mentions m JOIN documents d ON d.id = m.doc WHERE {where} "
                          f"ORDER BY {MENTION_ORDER}", params):
        yield {"entity": entity_id, **dict(zip(MENTION_COLUMNS, r, strict=True))}


# --- facets --------------------------------------------------------------------------------------------
#
# Beside each filter value, how many rows choosing it would list with the OTHER filters kept (so
# the values of the filter in use stay comparable): events for the events lists, stories for the
# stories list, articles for search. Each facet is one grouped query, cached per process on the
# store and its filters (views.cached), so paging through a filtered list counts once.

FACETS = ("lang", "country", "event", "outlet", "period")
FACET_LIMIT = 200  # values shown per facet (most frequent first); each facet says how many it has


def _without(f: Filters, dim: str) -> Filters:
    return replace(f, start=None, end=None) if dim == "period" else replace(f, **{dim: None})


def _facet_list(counts: dict[str, int], dim: str) -> list[dict[str, Any]]:
    from bilat.web.readable import country_name

    if dim == "period":  # years, newest first; what has no date last (no filter selects it: a note)
        items = sorted(((k, n) for k, n in counts.items() if k), reverse=True)[:FACET_LIMIT]
        undated = [{"value": "", "label": "no date", "count": counts[""]}] if counts.get("") else []
        return [{"value": v, "label": None, "count": n} for v, n in items] + undated
    items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [{"value": v, "label": country_name(v) if dim == "country" else None, "count": n}
            for v, n in items[:FACET_LIMIT] if v]


def event_facets(conn: sqlite3.Connection, f: Filters, *, scope: tuple[str, list[Any]] | None = None,
                 country: str | None = None, dims: tuple[str, ...] = FACETS) -> dict[str, Any]:
    """Events per language, country, type, outlet and year of their period, each counted with the
    other filters; cached per process."""
    from bilat.web.views import cached

    if country:
        f = replace(f, country=country)
        dims = tuple(d for d in dims if d != "country")
    out: dict[str, Any] = {"counts": "events"}
    for d in dims:  # cached per facet and the filters it is counted under: shared across filter sets
        g = replace(_without(f, d), sort="date", negated=f.negated)
        out[d] = cached(conn, ("event facet", d, repr(g), repr(scope)),
                        lambda g=g, d=d: _facet_list(_event_counts(conn, g, scope, d), d))
    return out


def _event_counts(conn: sqlite3.Connection, f: Filters, scope: tuple[str, list[Any]] | None, dim: str
                  ) -> dict[str, int]:
    counts: dict[str, int] = {}

    def add(sql: str, params: list[Any]) -> None:
        for value, n in conn.execute(sql, params):
            if value is not None or dim == "period":
                counts[value or ""] = counts.get(value or "", 0) + n

    expr = f"l.{dim}"  # the period by day, summed into years below (streams in index order, no sort)
    if dim == "country":  # events a country takes part in: as actor, or as recipient (once)
        where, params = _event_where(f, scope)
        add(f"SELECT l.actor, count(*) FROM event_list l WHERE {where} GROUP BY 1", params)
        add(f"SELECT l.recipient, count(*) FROM event_list l WHERE {where} AND l.recipient IS NOT l.actor "
            "GROUP BY 1", params)
    elif f.country:  # one index range per side, as count_events
        rest, params = _event_where(replace(f, country=None), scope)
        add(f"SELECT {expr}, count(*) FROM event_list l WHERE l.actor = ? AND {rest} GROUP BY 1",
            [f.country, *params])
        add(f"SELECT {expr}, count(*) FROM event_list l WHERE l.recipient = ? AND l.actor IS NOT ? AND {rest} "
            "GROUP BY 1", [f.country, f.country, *params])
    else:
        where, params = _event_where(f, scope)
        add(f"SELECT {expr}, count(*) FROM event_list l WHERE {where} GROUP BY 1", params)
    if dim == "period":
        years: dict[str, int] = {}
        for k, v in counts.items():
            year = k[:4] if k[:1].isdigit() else ""  # "" counts the events without a dated year
            years[year] = years.get(year, 0) + v
        return years
    return counts


def story_facets(conn: sqlite3.Connection, f: Filters) -> dict[str, Any]:
    """Stories per language, country, event type and outlet of their articles, and per year they
    span, each counted with the other filters; cached per process."""
    from bilat.web.views import cached

    out: dict[str, Any] = {"counts": "stories"}
    for d in FACETS:
        g = replace(_without(f, d), sort="date")
        out[d] = cached(conn, ("story facet", d, repr(g)), lambda g=g, d=d: _facet_list(_story_counts(conn, g, d), d))
    return out


def warm(conn: sqlite3.Connection) -> None:
    """Count the unfiltered facets once (the first page of a fresh server then reads them cached)."""
    event_facets(conn, Filters())
    story_facets(conn, Filters())


_STORY_FACET_SQL = {
    "lang": "SELECT sd.lang, count(DISTINCT sd.story) FROM story_docs sd WHERE sd.story IN ({ids}) GROUP BY 1",
    "outlet": "SELECT d.outlet, count(DISTINCT sd.story) FROM story_docs sd JOIN documents d ON d.id = sd.doc "
              "WHERE sd.story IN ({ids}) GROUP BY 1",
    "country": "SELECT m.iso3, count(DISTINCT sd.story) FROM story_docs sd JOIN mentions m ON m.doc = sd.doc "
               "WHERE m.kind = 'country' AND sd.story IN ({ids}) GROUP BY 1",
    "event": "SELECT l.event, count(DISTINCT sd.story) FROM story_docs sd JOIN event_list l ON l.doc = sd.doc "
             "WHERE l.confidence >= ? AND l.negated = 0 AND sd.story IN ({ids}) GROUP BY 1",
}


def _story_counts(conn: sqlite3.Connection, f: Filters, dim: str) -> dict[str, int]:
    if conn.execute("SELECT 1 FROM stories LIMIT 1").fetchone() is None:
        return {}
    where, params = _story_where(f)
    ids = f"SELECT s.id FROM stories s{where}"
    if dim == "period":  # each year a story's first to last article spans
        counts: dict[str, int] = {}
        for first, last in conn.execute(f"SELECT s.first_day, s.last_day FROM stories s{where}", params):
            if first and last and first <= last:
                for year in range(date.fromordinal(first).year, date.fromordinal(last).year + 1):
                    counts[str(year)] = counts.get(str(year), 0) + 1
            else:
                counts[""] = counts.get("", 0) + 1
        return counts
    extra = [event_threshold()] if dim == "event" else []
    return {str(v): n for v, n in conn.execute(_STORY_FACET_SQL[dim].format(ids=ids), [*extra, *params])
            if v is not None}


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


# --- search ------------------------------------------------------------------------------------------


def doc_condition(f: Filters) -> tuple[str, list[Any]] | None:
    """The filters as a condition on ``documents d`` (search): the article's language, outlet and
    publication date, a country it mentions, an event type it reports."""
    where: list[str] = []
    params: list[Any] = []
    for column in ("lang", "outlet"):
        if getattr(f, column):
            where.append(f"d.{column} = ?")
            params.append(getattr(f, column))
    if f.start or f.end:
        lo, hi = period_bounds(f)
        where.append("d.published >= ? AND d.published <= ?")
        params += [lo, hi]
    if f.country:
        where.append("d.id IN (SELECT doc FROM mentions WHERE iso3 = ? AND kind = 'country')")
        params.append(f.country)
    if f.event:
        where.append("d.id IN (SELECT doc FROM event_list WHERE event = ? AND confidence >= ? AND negated = 0)")
        params += [f.event, event_threshold()]
    return (" AND ".join(where), params) if where else None


# what facets need of a found article: (lang, outlet, published, countries, event types)
_Doc = tuple[str | None, str | None, str | None, frozenset[str], frozenset[str]]
_NONE: frozenset[str] = frozenset()


def search_facets(conn: sqlite3.Connection, q: str, mode: str, f: Filters) -> dict[str, Any]:
    """Articles per language, country, event type, outlet and publication year among what the
    query finds (its keyword matches, up to search.COUNT_CAP, and its cross-lingual hits), each
    counted with the other filters. The found articles are read once per query (cached)."""
    from bilat.web.views import cached

    return cached(conn, ("search facets", q, mode, repr(f)), lambda: _search_facets(conn, q, mode, f))


def _search_facets(conn: sqlite3.Connection, q: str, mode: str, f: Filters) -> dict[str, Any]:
    from bilat.web.views import cached

    docs = cached(conn, ("search docs", q, mode), lambda: _search_docs(conn, q, mode))
    lo, hi = period_bounds(f)

    tests = {"lang": (lambda d: d[0] == f.lang) if f.lang else None,
             "outlet": (lambda d: d[1] == f.outlet) if f.outlet else None,
             "period": (lambda d: d[2] is not None and lo <= d[2] <= hi) if f.start or f.end else None,
             "country": (lambda d: f.country in d[3]) if f.country else None,
             "event": (lambda d: f.event in d[4]) if f.event else None}
    values = {"lang": lambda d: (d[0],), "outlet": lambda d: (d[1],), "country": lambda d: d[3],
              "event": lambda d: d[4], "period": lambda d: (d[2][:4] if d[2] and d[2][:1].isdigit() else "",)}
    out: dict[str, Any] = {"counts": "articles"}
    for dim in FACETS:
        checks = [t for k, t in tests.items() if t is not None and k != dim]
        counts: dict[str, int] = {}
        for d in docs:
            if all(t(d) for t in checks):
                for v in values[dim](d):
                    if v or dim == "period":
                        counts[v or ""] = counts.get(v or "", 0) + 1
        out[dim] = _facet_list(counts, dim)
    return out


def _search_docs(conn: sqlite3.Connection, q: str, mode: str) -> list[_Doc]:
    from bilat.corpus import search

    sources: list[tuple[str, tuple[Any, ...]]] = []
    if mode != "semantic":
        matches = search.keyword_matches(conn, q)
        if matches:
            sources.append(matches)
    if mode != "keyword":
        near = [d for d, _ in search.semantic_ranked(conn, q)]
        for i in range(0, len(near), 500):
            chunk = near[i:i + 500]
            sources.append((",".join("?" * len(chunk)), tuple(chunk)))  # a list of values, for IN (...)
    base: dict[str, list[Any]] = {}
    countries: dict[str, set[str]] = {}
    events: dict[str, set[str]] = {}
    for sub, args in sources:
        for r in conn.execute("SELECT d.id, d.lang, d.outlet, d.published FROM documents d INDEXED BY documents_facets "
                              f"WHERE d.id IN ({sub})", args):
            base[r[0]] = [r[1], r[2], r[3]]
        for doc, iso3 in conn.execute(f"SELECT m.doc, m.iso3 FROM mentions m WHERE m.kind = 'country' "
                                      f"AND m.iso3 IS NOT NULL AND m.doc IN ({sub})", args):
            countries.setdefault(doc, set()).add(iso3)
        for doc, event in conn.execute(f"SELECT l.doc, l.event FROM event_list l WHERE l.confidence >= ? "
                                       f"AND l.negated = 0 AND l.doc IN ({sub})", (event_threshold(), *args)):
            events.setdefault(doc, set()).add(event)
    return [(v[0], v[1], v[2], frozenset(countries[i]) if i in countries else _NONE,
             frozenset(events[i]) if i in events else _NONE) for i, v in base.items()]
