"""One story, at any size: facts aggregated across its articles ("2,000 soldiers · 7 sources"),
articles as title and lead (paged), entities counted by article, conflicts between sources.

Everything is read with a few SQL queries over the story's documents; no full text is loaded
beyond each listed article's lead."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from typing import Any

from bilat.corpus import stories
from bilat.corpus.conflicts import story_conflicts
from bilat.corpus.dyads import resolve_date
from bilat.export import event_row, event_threshold, shown
from bilat.records import Event
from bilat.web.lists import page_info
from bilat.web.readable import entity_name, figure, human_date, is_latin, readable_event

ARTICLES_PER_PAGE = 50
LEAD_CHARS = 320
MAX_CHIPS = 40


def story(conn: sqlite3.Connection, story_id: str, *, offset: int = 0, limit: int = ARTICLES_PER_PAGE
          ) -> dict[str, Any] | None:
    data = stories.get_story(conn, story_id)
    if data is None:
        return None
    sid = data["id"]
    docs, total = articles(conn, sid, offset=offset, limit=limit)
    facts, figures = aggregate(conn, sid)
    english = next((d["title"] for d in docs if d["lang"] == "en" and d["title"]), None) \
        or english_title(conn, sid)
    return {"story": data, "headline": english or data.get("title"),
            "original_title": data.get("title") if english and english != data.get("title") else None,
            "when": human_date(data.get("start"), data.get("end")),
            "documents": docs, "page": page_info(total, limit, offset), "facts": facts, "figures": figures,
            "entities": chips(conn, sid), "conflicts": story_conflicts(conn, sid),
            "storyline": stories.storyline(conn, sid)}


def english_title(conn: sqlite3.Connection, sid: str) -> str | None:
    """The first English title of the story's articles, else the first in Latin script."""
    latin = None
    for lang, title in conn.execute("SELECT d.lang, d.title FROM story_docs sd JOIN documents d ON d.id = sd.doc "
                                    "WHERE sd.story = ? AND d.title IS NOT NULL ORDER BY sd.seq", (sid,)):
        if lang == "en":
            return title
        if latin is None and is_latin(title):
            latin = title
    return latin


def lead(text: str) -> str:
    """The first paragraph, cut near LEAD_CHARS at a word."""
    first = text.strip().split("\n", 1)[0].strip()
    if len(first) <= LEAD_CHARS:
        return first
    cut = first[:LEAD_CHARS].rsplit(" ", 1)[0] if " " in first[:LEAD_CHARS] else first[:LEAD_CHARS]
    return cut.rstrip() + "…"


def articles(conn: sqlite3.Connection, sid: str, *, offset: int, limit: int) -> tuple[list[dict[str, Any]], int]:
    """One page of the story's articles (oldest publication first): title, lead, outlet, language."""
    from bilat.web.views import direction

    total = conn.execute("SELECT count(*) FROM story_docs WHERE story = ?", (sid,)).fetchone()[0]
    rows = conn.execute(
        "SELECT d.id, d.title, d.lang, d.outlet, d.url, d.published, "
        f"substr(json_extract(d.data, '$.text'), 1, {LEAD_CHARS * 3}) AS head "
        "FROM story_docs sd JOIN documents d ON d.id = sd.doc WHERE sd.story = ? "
        "ORDER BY d.published IS NULL, d.published, sd.seq LIMIT ? OFFSET ?", (sid, limit, offset)).fetchall()
    docs = [{"id": r["id"], "title": r["title"], "lang": r["lang"], "outlet": r["outlet"], "url": r["url"],
             "published": r["published"], "when": human_date(r["published"]), "lead": lead(r["head"] or ""),
             "dir": direction(r["lang"])} for r in rows]
    return docs, total


def _day(value: str | None) -> int | None:
    try:
        return date.fromisoformat(value[:10]).toordinal() if value and len(value) >= 10 else None
    except ValueError:
        return None


def aggregate(conn: sqlite3.Connection, sid: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Facts: the story's events merged across articles when they say the same thing (type, mode,
    both sides, date, figures), each with its sources. Figures: each value+unit with its sources."""
    facts: dict[tuple[Any, ...], dict[str, Any]] = {}
    figs: dict[tuple[float, str | None], dict[str, Any]] = {}
    for r in conn.execute(
            "SELECT e.data, d.id, d.outlet, d.lang, d.published, d.title FROM story_docs sd "
            "JOIN events e ON e.doc = sd.doc JOIN documents d ON d.id = sd.doc "
            "WHERE sd.story = ? AND e.confidence >= ?", (sid, event_threshold())):
        event = Event.from_dict(json.loads(r[0]))
        if not shown(event):
            continue
        row = event_row(event)
        when = resolve_date(event.date, r["published"])
        source = {"doc": r["id"], "outlet": r["outlet"], "lang": r["lang"], "title": r["title"], "event": event.id}
        qs = tuple(sorted((q.value, q.unit) for q in event.quantities))
        key = (event.event, event.mode, row["actor"] and row["actor"].get("code"),
               row["recipient"] and row["recipient"].get("code"), when, event.aux, qs)
        fact = facts.get(key)
        if fact is None:
            fact = facts[key] = {**readable_event({**row, "date": when if event.date else row["date"]}),
                                 "day": _day(when), "sources": []}
        fact["sources"].append(source)
        for value, unit in qs:
            fig = figs.setdefault((value, unit), {"text": figure(value, unit), "value": value, "unit": unit,
                                                  "sources": [], "docs": set()})
            if r["id"] not in fig["docs"]:
                fig["docs"].add(r["id"])
                fig["sources"].append(source)
    ordered = sorted(facts.values(), key=lambda f: (f["day"] is None, f["day"] or 0, -len(f["sources"]), f["id"]))
    figures = sorted(figs.values(), key=lambda f: (-len(f["sources"]), f["unit"] or "", f["value"]))
    for f in figures:
        del f["docs"]
    return ordered, figures


def chips(conn: sqlite3.Connection, sid: str) -> list[dict[str, Any]]:
    """The entities named in the story, by the number of its articles that name them."""
    rows = conn.execute(
        "SELECT m.entity, m.kind, count(DISTINCT m.doc) AS docs, count(*) AS n, min(m.text) AS text "
        "FROM story_docs sd JOIN mentions m ON m.doc = sd.doc WHERE sd.story = ? AND m.via != 'candidate' "
        "GROUP BY m.entity, m.kind ORDER BY docs DESC, n DESC, m.entity LIMIT ?", (sid, MAX_CHIPS)).fetchall()
    return [{"id": r["entity"], "kind": r["kind"], "articles": r["docs"], "mentions": r["n"],
             "text": r["text"], "name": entity_name(r["entity"]) or r["text"]} for r in rows]

