"""The data behind every page, as JSON-ready dicts. The HTML pages and the JSON API both
call these, so what a page shows is exactly what /api/... returns."""

from __future__ import annotations

import itertools
import json
import sqlite3
from typing import Any

from .. import dyads, gazetteer, stories
from ..conflicts import export_conflicts, story_conflicts
from ..errors import BilatError
from ..export import document_row, event_row, event_threshold, shown
from ..records import Document, Event

RTL_LANGS = {"ar", "fa", "ur", "he", "ps", "ckb", "yi", "dv", "sd", "ug"}
PAGE_SIZE = 50


class NotFound(BilatError):
    pass


def _table_exists(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name=?", (name,)).fetchone() is not None


def direction(lang: str | None) -> str:
    return "rtl" if lang in RTL_LANGS else "ltr"


_OVERVIEW_CACHE: dict[tuple[Any, ...], tuple[dict[str, Any], list[dict[str, Any]]]] = {}


def overview(conn: sqlite3.Connection) -> dict[str, Any]:
    from ..store import counts

    # counts and top pairs scan the whole store (~300 ms at 100k documents): cached per process,
    # keyed on the store file and the highest document/event rowids, so a new ingest invalidates it
    key = (conn.execute("PRAGMA database_list").fetchone()[2],
           conn.execute("SELECT max(rowid) FROM documents").fetchone()[0],
           conn.execute("SELECT max(rowid) FROM events").fetchone()[0])
    cached = _OVERVIEW_CACHE.get(key)
    if cached is None:
        _OVERVIEW_CACHE.clear()
        cached = _OVERVIEW_CACHE[key] = (counts(conn), top_pairs(conn, limit=10))
    data = dict(cached[0])
    data["pairs"] = cached[1]
    data["stories"] = stories_page(conn, limit=10)["stories"]
    return data


def top_pairs(conn: sqlite3.Connection, *, limit: int = 10) -> list[dict[str, Any]]:
    rows = conn.execute(
        "SELECT min(actor, recipient) AS a, max(actor, recipient) AS b, count(*) AS n FROM events "
        "WHERE actor IS NOT NULL AND recipient IS NOT NULL AND actor != recipient AND confidence >= ? "
        "GROUP BY 1, 2 ORDER BY n DESC LIMIT ?", (event_threshold(), limit)).fetchall()
    return [{"a": r[0], "b": r[1], "events": r[2]} for r in rows]


def stories_page(conn: sqlite3.Connection, *, limit: int = PAGE_SIZE, offset: int = 0) -> dict[str, Any]:
    return {"stories": stories.list_stories(conn, limit=limit, offset=offset), "available": True,
            "limit": limit, "offset": offset}


def story(conn: sqlite3.Connection, story_id: str) -> dict[str, Any]:
    data = stories.get_story(conn, story_id)
    if data is None:
        raise NotFound(f"no story {story_id!r}")
    docs = [d for d in (load(conn, doc_id) for doc_id in data["docs"]) if d is not None]
    events = sorted((event_row(e) for d in docs for e in d.events if shown(e)),
                    key=lambda e: (e["date"] or "9999", e["id"]))
    return {"story": data, "documents": [document_summary(d) for d in docs], "events": events,
            "entities": entity_chips(conn, docs), "conflicts": story_conflicts(conn, story_id)}


def load(conn: sqlite3.Connection, doc_id: str) -> Document | None:
    from ..store import load_document

    return load_document(conn, doc_id)


def document_summary(doc: Document) -> dict[str, Any]:
    row = document_row(doc)
    row["dir"] = direction(doc.lang)
    return row


def entity_chips(conn: sqlite3.Connection, docs: list[Document]) -> list[dict[str, Any]]:
    counts: dict[str, dict[str, Any]] = {}
    for d in docs:
        for m in d.mentions:
            chip = counts.setdefault(m.entity, {"id": m.entity, "kind": m.kind, "text": m.text, "count": 0,
                                                "iso3": m.iso3})
            chip["count"] += 1
    names = entity_names([c["id"] for c in counts.values()])
    for chip in counts.values():
        chip["name"] = names.get(chip["id"], chip["text"])
    return sorted(counts.values(), key=lambda c: -c["count"])[:40]


def entity_names(ids: list[str]) -> dict[str, str]:
    gaz = gazetteer.load()
    out = {}
    for i in ids:
        e = gaz.get(i)
        if e is not None:
            out[i] = e.name
    return out


def document(conn: sqlite3.Connection, doc_id: str) -> dict[str, Any]:
    doc = load(conn, doc_id)
    if doc is None:
        raise NotFound(f"no document {doc_id!r}")
    row = document_summary(doc)
    row["mentions"] = [m.as_dict() for m in doc.mentions]
    row["events"] = [event_row(e) for e in doc.events if shown(e)]
    row["dates"] = [d.as_dict() for d in doc.dates]
    row["quantities"] = [q.as_dict() for q in doc.quantities]
    row["story"] = stories.stories_of_docs(conn, [doc.id]).get(doc.id)
    return row


def segments(doc: dict[str, Any]) -> list[list[dict[str, Any]]]:
    """The clean text cut at mention and event-sentence boundaries, per paragraph, so the template
    can wrap each piece (escaped by Jinja) in a link or highlight."""
    text = doc["text"]
    event_spans = [(e["start"], e["end"], e["id"]) for e in doc["events"]]
    mentions = sorted(doc["mentions"], key=lambda m: m["start"])
    out = []
    for p in doc["paragraphs"] or [{"start": 0, "end": len(text)}]:
        cuts = {p["start"], p["end"]}
        for m in mentions:
            if p["start"] <= m["start"] < p["end"]:
                cuts.update((m["start"], min(m["end"], p["end"])))
        for s, e, _ in event_spans:
            if s < p["end"] and e > p["start"]:
                cuts.update((max(s, p["start"]), min(e, p["end"])))
        points = sorted(cuts)
        pieces = []
        for a, b in itertools.pairwise(points):
            if a >= b:
                continue
            mention = next((m for m in mentions if m["start"] <= a and b <= m["end"]), None)
            event = next((eid for s, e, eid in event_spans if s <= a and b <= e), None)
            anchor = next((eid for s, _, eid in event_spans if s == a), None)
            pieces.append({"text": text[a:b], "start": a, "mention": mention, "event": event, "anchor": anchor})
        out.append(pieces)
    return out


def _learned_entity(conn: sqlite3.Connection, entity_id: str) -> Any:
    """One learned entity by primary key (store.learned_entities loads them all)."""
    from ..records import Entity

    row = conn.execute("SELECT data FROM entities WHERE id=?", (entity_id,)).fetchone()
    if row is None:
        return None
    names: dict[str, list[str]] = {}
    for n in conn.execute("SELECT lang, name FROM entity_names WHERE entity=? ORDER BY rowid", (entity_id,)):
        names.setdefault(n[0], []).append(n[1])
    return Entity.from_dict({**json.loads(row[0]), "names": names})


def entity(conn: sqlite3.Connection, entity_id: str) -> dict[str, Any]:
    found = gazetteer.load().get(entity_id)
    learned = _learned_entity(conn, entity_id) if found is None and _table_exists(conn, "entities") else None
    base = found or learned
    mentions = conn.execute(
        "SELECT m.doc, m.start, m.end, m.text, m.lang, d.title, d.published FROM mentions m "
        "JOIN documents d ON d.id = m.doc WHERE m.entity = ? ORDER BY d.published DESC, m.doc LIMIT 200",
        (entity_id,)).fetchall()
    if base is None and not mentions:
        raise NotFound(f"no entity {entity_id!r}")
    seen: dict[str, dict[str, Any]] = {}
    for m in mentions:
        seen.setdefault(m["text"], {"name": m["text"], "lang": m["lang"], "docs": 0, "learned_from": None})
        seen[m["text"]]["docs"] += 1
    for n in conn.execute("SELECT lang, name, doc FROM entity_names WHERE entity=?", (entity_id,)):
        seen.setdefault(n["name"], {"name": n["name"], "lang": n["lang"], "docs": 0, "learned_from": None})
        seen[n["name"]]["learned_from"] = n["doc"]
    docs = sorted({m["doc"] for m in mentions})
    events = []
    if docs:
        rows = conn.execute(
            f"SELECT data FROM events WHERE doc IN ({','.join('?' * len(docs))}) AND confidence >= ? "
            f"ORDER BY date DESC LIMIT 100", [*docs, event_threshold()]).fetchall()
        events = [event_row(e) for e in (Event.from_dict(json.loads(r[0])) for r in rows) if shown(e)]
        events = [e for e in events if entity_id in ((e["actor"] or {}).get("entity"),
                                                     (e["recipient"] or {}).get("entity"))
                  or (base is not None and base.kind == "country"
                      and base.iso3 in ((e["actor"] or {}).get("code"), (e["recipient"] or {}).get("code")))]
    return {"entity": base.as_dict() if base else {"id": entity_id, "name": mentions[0]["text"]},
            "variants_seen": sorted(seen.values(), key=lambda v: (v["lang"] or "", v["name"])),
            "mentions": [dict(m) for m in mentions], "events": events}


def dyad(conn: sqlite3.Connection, a: str, b: str) -> dict[str, Any]:
    return dyads.dyad(conn, a.upper(), b.upper())


def conflicts(conn: sqlite3.Connection, *, limit: int = PAGE_SIZE, offset: int = 0) -> list[dict[str, Any]]:
    # stop reading once the page is full instead of materialising every conflict
    return list(itertools.islice(export_conflicts(conn), offset, offset + limit))


def search(conn: sqlite3.Connection, q: str, mode: str = "keyword") -> dict[str, Any]:
    from .. import search as s

    if mode not in ("keyword", "semantic"):
        raise ValueError("mode must be keyword or semantic")
    hits = s.keyword(conn, q) if mode == "keyword" else s.semantic(conn, q)
    return {"q": q, "mode": mode, "groups": s.group_by_story(conn, hits), "count": len(hits)}
