"""Country pairs (dyads) over time: events by type and month, and a cooperation-conflict score.

Only events that exports show (``export.shown``: confidence at or over the threshold, not
negated) count, in both directions of the pair. Each PLOVER type has a score on a -10..+10 scale
(``TYPE_SCORES``), after Goldstein's (1992) weights for the CAMEO/WEIS categories that the PLOVER
types merge:

    AID +7   COOPERATE +6   AGREE +6   CONCEDE +5   SUPPORT +4   CONSULT +3   RETREAT +3
    REQUEST +1   ACCUSE -2   REJECT -4   PROTEST -5   THREATEN -6   SANCTION -7   MOBILIZE -7
    COERCE -7   ASSAULT -9

A few modes refine the score (``MODE_SCORES``): signing an agreement (SUPPORT/agreement) +6, a
phone call (CONSULT/phone) +2, a military threat (THREATEN/military) -7. STATEMENT_OF_FIGURES is
not PLOVER: it is counted in the timeline but has no score and stays out of every mean.

An event's month is its own date's when that has a year and a month; a day without a year
("--05-09") takes the year, among the document's ``published`` year and the years either side,
that puts it nearest to publication (the dates stage's rule); an event with no date takes the
month its document was published. An event dated only by a year, or with no date and no published date, is
undated: counted in the totals, not in the timeline. See docs/dyads.md.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from bilat.export import event_row, event_threshold, shown
from bilat.plover import FIGURES, PLOVER_TYPES
from bilat.records import Event

TYPE_SCORES: dict[str, float] = {
    "AID": 7.0, "COOPERATE": 6.0, "AGREE": 6.0, "CONCEDE": 5.0, "SUPPORT": 4.0, "CONSULT": 3.0,
    "RETREAT": 3.0, "REQUEST": 1.0, "ACCUSE": -2.0, "REJECT": -4.0, "PROTEST": -5.0, "THREATEN": -6.0,
    "SANCTION": -7.0, "MOBILIZE": -7.0, "COERCE": -7.0, "ASSAULT": -9.0,
    FIGURES: 0.0,  # not PLOVER: never part of a mean (see score())
}
MODE_SCORES: dict[tuple[str, str], float] = {
    ("SUPPORT", "agreement"): 6.0,  # signing a formal agreement (CAMEO 057)
    ("CONSULT", "phone"): 2.0,  # a call weighs less than a visit or a meeting (CAMEO 041)
    ("THREATEN", "military"): -7.0,  # threat of force (CAMEO 138)
}
UNSCORED = frozenset({FIGURES})

LATEST = 10  # agreements, visits, figures shown per pair
MAX_STORIES = 20
SPARKS = "▁▂▃▄▅▆▇█"
SPARK_MONTHS = 60  # longer spans are drawn per year
_CHUNK = 500  # ids per IN (...) query

_ISO3 = re.compile(r"[A-Z]{3}")
_YEAR_MONTH = re.compile(r"(\d{4})-(\d{2})")
_NO_YEAR = re.compile(r"--(\d{2})(?:-(\d{2}))?$")


def score(event: str, mode: str | None = None) -> float | None:
    """The cooperation (+) / conflict (-) score of one event; None for figures and unknown types."""
    if event in UNSCORED or event not in TYPE_SCORES:
        return None
    return MODE_SCORES.get((event, mode or ""), TYPE_SCORES[event])


def _mean(values: Iterable[float]) -> float | None:
    values = list(values)
    return round(sum(values) / len(values), 2) if values else None


# --- months ----------------------------------------------------------------------------------------


def _year_month(value: str | None) -> tuple[int, int] | None:
    m = _YEAR_MONTH.match(value or "")
    if m is None or not 1 <= int(m.group(2)) <= 12:
        return None
    return int(m.group(1)), int(m.group(2))


def resolve_date(date: str | None, published: str | None) -> str | None:
    """The event's date with a year where one can be given (see the module docstring); a
    year-only date stays as it is, no date falls back to ``published``."""
    if date is None:
        return published[:10] if _year_month(published) else None
    m = _NO_YEAR.match(date)
    if m is None:
        return date
    pub = _year_month(published)
    month = int(m.group(1))
    if pub is None or not 1 <= month <= 12:
        return None
    # as the dates stage does: the year among published-1, published, published+1 nearest to it
    year = min((pub[0], pub[0] - 1, pub[0] + 1), key=lambda y: abs(y * 12 + month - pub[0] * 12 - pub[1]))
    return f"{year:04d}-{m.group(1)}" + (f"-{m.group(2)}" if m.group(2) else "")


def event_month(date: str | None, published: str | None) -> str | None:
    """``YYYY-MM`` of an event, or None when it has no usable month."""
    ym = _year_month(resolve_date(date, published))
    return f"{ym[0]:04d}-{ym[1]:02d}" if ym else None


# --- one pair ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Hit:
    """What the dyad needs of one shown event, read without parsing its JSON."""

    id: str
    doc: str
    actor: str
    event: str
    mode: str | None
    month: str | None
    when: str  # resolved date for "latest" ordering; "" when unknown
    figures: bool  # carries quantities


def _visible(event: str, confidence: float, aux: str | None) -> bool:
    return shown(Event(id="", event=event, confidence=confidence, aux=aux))


_PAIR_SQL = """
    SELECT e.id, e.doc, e.actor, e.event, e.mode, e.date, e.confidence,
           json_extract(e.data, '$.aux') AS aux,
           coalesce(json_array_length(e.data, '$.quantities'), 0) AS nq, d.published
    FROM events e JOIN documents d ON d.id = e.doc
    WHERE ((e.actor = ? AND e.recipient = ?) OR (e.actor = ? AND e.recipient = ?)) AND e.confidence >= ?
"""


def _pair_hits(conn: sqlite3.Connection, a: str, b: str) -> list[_Hit]:
    hits = []
    for r in conn.execute(_PAIR_SQL, (a, b, b, a, event_threshold())):
        if _visible(r["event"], r["confidence"], r["aux"]):
            hits.append(_Hit(id=r["id"], doc=r["doc"], actor=r["actor"], event=r["event"], mode=r["mode"],
                             month=event_month(r["date"], r["published"]),
                             when=resolve_date(r["date"], r["published"]) or "", figures=r["nq"] > 0))
    return hits


def pair_hits(conn: sqlite3.Connection, a: str, b: str) -> list[_Hit]:
    """Every shown event between two countries, both directions, dated or not (what the dyad
    page lists and filters)."""
    a, b = a.upper(), b.upper()
    if a == b or not (_ISO3.fullmatch(a) and _ISO3.fullmatch(b)):
        return []
    return _pair_hits(conn, a, b)


def _empty(a: str, b: str) -> dict[str, Any]:
    return {"a": a, "b": b, "total_events": 0, "score": None, "timeline": [], "scores": [],
            "agreements": [], "visits": [], "figures": [], "stories": [], "undated": 0,
            "by_type": {}, "directions": {f"{a}>{b}": 0, f"{b}>{a}": 0}}


def dyad(conn: sqlite3.Connection, a: str, b: str, *, hits: list[_Hit] | None = None) -> dict[str, Any]:
    """Everything the dyad page, the API and ``bilat dyad`` show about two countries (ISO3).
    ``hits``: the pair's events when the caller has read them already (``pair_hits``).

    A pair of the same country, or a code that is not three letters, has no events."""
    a, b = a.upper(), b.upper()
    if a == b or not (_ISO3.fullmatch(a) and _ISO3.fullmatch(b)):
        return _empty(a, b)
    hits = _pair_hits(conn, a, b) if hits is None else hits
    data = _empty(a, b)
    data.update(total_events=len(hits), undated=sum(h.month is None for h in hits),
                score=_mean(s for h in hits if (s := score(h.event, h.mode)) is not None),
                timeline=_timeline(hits), scores=_month_scores(hits),
                by_type=dict(sorted(Counter(h.event for h in hits).items(), key=lambda kv: (-kv[1], kv[0]))),
                directions={f"{a}>{b}": sum(h.actor == a for h in hits), f"{b}>{a}": sum(h.actor == b for h in hits)})
    data["agreements"] = _latest(conn, [h for h in hits if _is_agreement(h)])
    data["visits"] = _latest(conn, [h for h in hits if h.event == "CONSULT" and h.mode == "visit"])
    data["figures"] = _latest(conn, [h for h in hits if h.figures])
    data["stories"] = stories_of(conn, {h.doc for h in hits})
    return data


def _is_agreement(hit: _Hit) -> bool:
    """AGREE (a promise to cooperate) and SUPPORT/agreement (signing one)."""
    return hit.event == "AGREE" or (hit.event == "SUPPORT" and hit.mode == "agreement")


def _timeline(hits: list[_Hit]) -> list[dict[str, Any]]:
    """One item per (month, type) that has events: what the chart draws as one circle."""
    counts = Counter((h.month, h.event) for h in hits if h.month is not None)
    return [{"month": m, "event": t, "count": n} for (m, t), n in sorted(counts.items())]


def _month_scores(hits: list[_Hit]) -> list[dict[str, Any]]:
    """The mean score per month, for months with at least one scored event."""
    by_month: dict[str, list[float]] = defaultdict(list)
    for h in hits:
        s = score(h.event, h.mode)
        if h.month is not None and s is not None:
            by_month[h.month].append(s)
    return [{"month": m, "score": _mean(v), "events": len(v)} for m, v in sorted(by_month.items())]


def _latest(conn: sqlite3.Connection, hits: list[_Hit], limit: int = LATEST) -> list[dict[str, Any]]:
    """Event rows of the newest ``limit`` hits, newest first (undated last)."""
    chosen = sorted(hits, key=lambda h: (h.when, h.id), reverse=True)[:limit]
    if not chosen:
        return []
    rows = conn.execute(f"SELECT id, data FROM events WHERE id IN ({','.join('?' * len(chosen))})",
                        [h.id for h in chosen]).fetchall()
    data = {r[0]: r[1] for r in rows}
    return [event_row(Event.from_dict(json.loads(data[h.id]))) for h in chosen if h.id in data]


def stories_of(conn: sqlite3.Connection, docs: Iterable[str], limit: int = MAX_STORIES) -> list[dict[str, Any]]:
    """Stories holding any of ``docs``: most of those documents first, then newest. [] while the
    store has no story tables."""
    docs = sorted(docs)
    found: dict[str, dict[str, Any]] = {}
    try:
        for i in range(0, len(docs), _CHUNK):
            chunk = docs[i:i + _CHUNK]
            for r in conn.execute(
                    "SELECT s.id, s.title, s.seq, count(*) FROM story_docs sd JOIN stories s ON s.id = sd.story "
                    f"WHERE sd.doc IN ({','.join('?' * len(chunk))}) GROUP BY s.id", chunk):
                item = found.setdefault(r[0], {"id": r[0], "title": r[1], "seq": r[2] or 0, "docs": 0})
                item["docs"] += r[3]
    except sqlite3.OperationalError as e:
        if "no such table" in str(e):
            return []
        raise
    ranked = sorted(found.values(), key=lambda s: (-s["docs"], -s["seq"], s["id"]))[:limit]
    return [{"id": s["id"], "title": s["title"]} for s in ranked]


# --- every pair (export) and every directed pair (network) -----------------------------------------


_EXPORT_SQL = """
    SELECT min(e.actor, e.recipient) AS a, max(e.actor, e.recipient) AS b, e.event, e.mode, e.date,
           substr(d.published, 1, 10) AS published, json_extract(e.data, '$.aux') AS aux,
           min(e.confidence) AS confidence, count(*) AS n
    FROM events e JOIN documents d ON d.id = e.doc
    WHERE e.actor IS NOT NULL AND e.recipient IS NOT NULL AND e.actor != e.recipient AND e.confidence >= ?
    GROUP BY 1, 2, 3, 4, 5, 6, 7
    ORDER BY 1, 2
"""


def export_dyads(conn: sqlite3.Connection, **_: Any) -> Iterator[dict[str, Any]]:
    """One row per unordered pair (a < b) and month: events by type, total, mean score. Undated
    events of a pair come last, in a row with ``month`` null. One grouped query, read in pair
    order, so memory holds one pair at a time."""
    pair: tuple[str, str] | None = None
    months: dict[str | None, list[Any]] = {}
    for r in conn.execute(_EXPORT_SQL, (event_threshold(),)):
        if not _visible(r["event"], r["confidence"], r["aux"]):
            continue
        if (r["a"], r["b"]) != pair:
            yield from _pair_rows(pair, months)
            pair, months = (r["a"], r["b"]), {}
        counts, scores = months.setdefault(event_month(r["date"], r["published"]), [Counter(), []])
        counts[r["event"]] += r["n"]
        s = score(r["event"], r["mode"])
        if s is not None:
            scores.extend([s] * r["n"])
    yield from _pair_rows(pair, months)


def _pair_rows(pair: tuple[str, str] | None, months: dict[str | None, list[Any]]) -> Iterator[dict[str, Any]]:
    if pair is None:
        return
    for month in sorted(months, key=lambda m: (m is None, m or "")):
        counts, scores = months[month]
        yield {"a": pair[0], "b": pair[1], "month": month, "events": export_counts(counts),
               "total": sum(counts.values()), "score": _mean(scores)}


EXPORT_TYPES: tuple[str, ...] = (*PLOVER_TYPES, FIGURES)


def export_counts(counts: Counter[str]) -> dict[str, int]:
    """A row's events by type for the export: every PLOVER type in PLOVER order, then the bilat
    extension (STATEMENT_OF_FIGURES), each with its count or 0, then any other type, sorted. The same
    keys in the same order in every row, so the CSV has fixed columns and 0, not a blank, for none."""
    out = {t: counts.get(t, 0) for t in EXPORT_TYPES}
    out.update(sorted((t, n) for t, n in counts.items() if t not in out))
    return out


@dataclass(frozen=True, slots=True)
class Link:
    """Shown events from one country to another, for the network export."""

    source: str
    target: str
    events: dict[str, int]  # PLOVER type -> count
    weight: int
    cooperation: float | None  # mean score


_LINK_SQL = """
    SELECT e.actor, e.recipient, e.event, e.mode, json_extract(e.data, '$.aux') AS aux,
           min(e.confidence) AS confidence, count(*) AS n
    FROM events e
    WHERE e.actor IS NOT NULL AND e.recipient IS NOT NULL AND e.actor != e.recipient AND e.confidence >= ?
    GROUP BY 1, 2, 3, 4, 5
"""


def links(conn: sqlite3.Connection) -> list[Link]:
    """Directed actor -> recipient aggregates of shown events, sorted by source and target."""
    counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    scores: dict[tuple[str, str], list[float]] = defaultdict(list)
    for r in conn.execute(_LINK_SQL, (event_threshold(),)):
        if not _visible(r["event"], r["confidence"], r["aux"]):
            continue
        key = (r["actor"], r["recipient"])
        counts[key][r["event"]] += r["n"]
        s = score(r["event"], r["mode"])
        if s is not None:
            scores[key].extend([s] * r["n"])
    return [Link(source=k[0], target=k[1], events=dict(sorted(c.items())), weight=sum(c.values()),
                 cooperation=_mean(scores.get(k, ()))) for k, c in sorted(counts.items())]


def links_of(rows: Iterable[dict[str, Any]]) -> list[Link]:
    """Directed aggregates of the given event rows (as exported) between two different countries:
    the network of exactly the events a page lists."""
    counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    scores: dict[tuple[str, str], list[float]] = defaultdict(list)
    for r in rows:
        a, b = (r.get("actor") or {}).get("code"), (r.get("recipient") or {}).get("code")
        if not a or not b or a == b:
            continue
        counts[(a, b)][r["event"]] += 1
        s = score(r["event"], r.get("mode"))
        if s is not None:
            scores[(a, b)].append(s)
    return [Link(source=k[0], target=k[1], events=dict(sorted(c.items())), weight=sum(c.values()),
                 cooperation=_mean(scores.get(k, ()))) for k, c in sorted(counts.items())]


# --- text summary (`bilat dyad A B`) ------------------------------------------------------------------


def country_code(value: str) -> str | None:
    """A pair's argument as an ISO3 code: three letters as given (``vnm`` -> ``VNM``), else the code of
    the country whose English name it is (``Vietnam``, ``united states``); None when it is neither."""
    from bilat import gazetteer

    text = " ".join(value.split())
    if len(text) == 3 and text.isascii() and text.isalpha():
        return text.upper()
    folded = text.casefold()
    for country in gazetteer.load().countries():
        if country.iso3 and any(n.casefold() == folded for n in (country.name, *country.names.get("en", ()))):
            return country.iso3
    return None


def known_code(conn: sqlite3.Connection, iso3: str) -> bool:
    """Whether a code names a country: the gazetteer's, or an actor or recipient of some event in the
    store (``XXX`` is neither, and a pair with it is no pair, not a pair with 0 events)."""
    from bilat import gazetteer

    if gazetteer.load().country(iso3) is not None:
        return True
    return conn.execute("SELECT 1 FROM events WHERE actor = ? OR recipient = ? LIMIT 1", (iso3, iso3)).fetchone() is not None


def country_name(iso3: str) -> str:
    """English name from the gazetteer, else the code itself."""
    from bilat import gazetteer

    entity = gazetteer.load().country(iso3) if _ISO3.fullmatch(iso3 or "") else None
    return entity.name if entity is not None else iso3


def month_span(first: str, last: str) -> list[str]:
    """Every ``YYYY-MM`` from ``first`` to ``last`` inclusive."""
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def sparkline(values: list[int]) -> str:
    """One block per value, scaled to the largest; zero is a space."""
    top = max(values, default=0)
    if top <= 0:
        return " " * len(values)
    return "".join(" " if v <= 0 else SPARKS[max(0, -(-v * len(SPARKS) // top) - 1)] for v in values)


def _spark_series(timeline: list[dict[str, Any]]) -> tuple[list[str], list[int], str]:
    """Labels, counts and unit ("month" or "year") of the events over the span of the timeline."""
    per_month: Counter[str] = Counter()
    for item in timeline:
        per_month[item["month"]] += item["count"]
    months = month_span(min(per_month), max(per_month))
    if len(months) <= SPARK_MONTHS:
        return months, [per_month[m] for m in months], "month"
    years = [str(y) for y in range(int(months[0][:4]), int(months[-1][:4]) + 1)]
    per_year: Counter[str] = Counter()
    for m, n in per_month.items():
        per_year[m[:4]] += n
    return years, [per_year[y] for y in years], "year"


def _shorten(text: str, width: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1].rstrip() + "…"


def _shown_date(date: str | None) -> str:
    """An event's date for the terminal: a year-less date (ISO's ``--MM-DD``, kept so when the article gave no
    year and had no publication date) gets ``????`` for its year, so it reads as a date with its year unknown
    and lines up with full ones; no date at all is ``undated``."""
    if not date:
        return "undated"
    return "????" + date[1:] if date.startswith("--") else date


def _event_line(e: dict[str, Any]) -> str:
    kind = e["event"] + (f"/{e['mode']}" if e.get("mode") else "")
    actor = (e.get("actor") or {}).get("code") or "?"
    recipient = (e.get("recipient") or {}).get("code") or "?"
    figures = ", ".join(q["text"] for q in e.get("quantities") or ())
    head = f"  {_shown_date(e.get('date')):<10}  {kind} {actor}→{recipient}" + (f"  [{figures}]" if figures else "")
    return f"{head}\n      “{_shorten(e.get('event_text') or '')}”"


def dyad_summary(conn: sqlite3.Connection, a: str, b: str) -> str:
    """A terminal summary of a pair: totals by type, a sparkline, monthly scores, latest events."""
    a, b = a.upper(), b.upper()
    title = f"{country_name(a)} ({a}) – {country_name(b)} ({b})"
    if a == b:
        return f"{title}: a dyad needs two different countries."
    data = dyad(conn, a, b)
    if not data["total_events"]:
        return f"{title}: no events between these two countries in the store."
    lines = [title, f"{data['total_events']} events ({a}→{b} {data['directions'][f'{a}>{b}']}, "
                    f"{b}→{a} {data['directions'][f'{b}>{a}']}); mean score "
                    + (f"{data['score']:+.1f}" if data["score"] is not None else "n/a")
                    + " on −10 (conflict) … +10 (cooperation)", "",
             "By type: " + ", ".join(f"{t} {n}" for t, n in data["by_type"].items())]
    lines += _timeline_lines(data)
    for heading, key in (("Latest agreements", "agreements"), ("Latest visits", "visits"),
                         ("Latest figures", "figures")):
        if data[key]:
            lines += ["", f"{heading}:"] + [_event_line(e) for e in data[key][:5]]
    if data["stories"]:
        lines += ["", "Stories:"] + [f"  {s['id']}  {_shorten(s['title'] or '', 90)}" for s in data["stories"][:5]]
    return "\n".join(lines)


def _timeline_lines(data: dict[str, Any]) -> list[str]:
    lines = [""]
    if data["timeline"]:
        labels, counts, unit = _spark_series(data["timeline"])
        lines += [f"Events per {unit}, {labels[0]} … {labels[-1]} (max {max(counts)}):",
                  f"  {labels[0]} │{sparkline(counts)}│ {labels[-1]}"]
    else:
        lines.append("No dated events: no timeline.")
    if data["undated"]:
        lines.append(f"  + {data['undated']} undated event(s), not in the timeline")
    if data["scores"]:
        shown_scores = data["scores"][-24:]
        more = len(data["scores"]) - len(shown_scores)
        lines += ["", "Score per month" + (f" (latest 24 of {len(data['scores'])})" if more else "") + ":"]
        lines += [f"  {s['month']}  {s['score']:+5.1f}  ({s['events']} event{'s' if s['events'] != 1 else ''})"
                  for s in shown_scores]
    return lines
