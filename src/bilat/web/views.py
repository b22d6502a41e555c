"""The data behind every page, as JSON-ready dicts. The HTML pages and the JSON API both
call these, so what a page shows is exactly what /api/... returns."""

from __future__ import annotations

import itertools
import json
import sqlite3
from typing import Any

from bilat import gazetteer
from bilat.corpus import dyads, stories
from bilat.corpus.conflicts import export_conflicts
from bilat.errors import BilatError
from bilat.export import document_row, event_row, shown
from bilat.records import Document
from bilat.stages import places
from bilat.web import lists, maps, storyview
from bilat.web.lists import Filters
from bilat.web.readable import country_name, human_date, is_latin, readable_event

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
    from bilat.store import counts

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
    # "latest" = the newest by publication date (the last article's), not the last updated
    data["stories"] = stories_page(conn, limit=10)["stories"]
    return data


def warm(conn: sqlite3.Connection) -> None:
    """What a fresh server would otherwise count on its first pages, counted when it starts: the
    overview's counts and pairs, the unfiltered facets (each cached per store version)."""
    overview(conn)
    lists.warm(conn)


def top_pairs(conn: sqlite3.Connection, *, limit: int = 10) -> list[dict[str, Any]]:
    """The pairs with most shown events (both directions), as the dyad pages count them."""
    counts: dict[tuple[str, str], int] = {}
    for r in conn.execute(
            "SELECT min(actor, recipient) AS a, max(actor, recipient) AS b, json_extract(data, '$.aux') AS aux, "
            "count(*) AS n FROM events WHERE actor IS NOT NULL AND recipient IS NOT NULL AND actor != recipient "
            "AND confidence >= ? GROUP BY 1, 2, 3", (lists.event_threshold(),)):
        if r["aux"] != "negated":
            counts[(r["a"], r["b"])] = counts.get((r["a"], r["b"]), 0) + r["n"]
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
    return [{"a": a, "b": b, "a_name": country_name(a), "b_name": country_name(b), "events": n}
            for (a, b), n in top]


def stories_page(conn: sqlite3.Connection, f: Filters | None = None, *, limit: int = PAGE_SIZE,
                 offset: int = 0, with_facets: bool = False) -> dict[str, Any]:
    """One page of stories with the filters, each with its English headline where it has one."""
    data = lists.stories(conn, f or Filters(), limit=limit, offset=offset)
    if with_facets:
        data["facets"] = lists.story_facets(conn, f or Filters())
    heads = headlines(conn, [s["id"] for s in data["stories"]])
    for s in data["stories"]:
        s.update(heads.get(s["id"], {"headline": s.get("title"), "original_title": None}))
        s["when"] = human_date(s.get("start"), s.get("end"))
        s["country_names"] = [country_name(c) for c in s.get("countries", [])[:6]]
    data.update(available=True, limit=limit, offset=offset)
    return data


def headlines(conn: sqlite3.Connection, story_ids: list[str]) -> dict[str, dict[str, Any]]:
    """Per story: an English title where one of its articles is English (else one in Latin
    script, else the story's own title), and the original title when that differs."""
    if not story_ids:
        return {}
    titles: dict[str, list[tuple[str | None, str]]] = {}
    for r in conn.execute(
            "SELECT sd.story, d.lang, d.title FROM story_docs sd JOIN documents d ON d.id = sd.doc "
            f"WHERE sd.story IN ({','.join('?' * len(story_ids))}) AND d.title IS NOT NULL ORDER BY sd.seq",
            story_ids):
        titles.setdefault(r[0], []).append((r[1], r[2]))
    out = {}
    for sid, items in titles.items():
        english = next((t for lang, t in items if lang == "en"), None)
        latin = english or next((t for _, t in items if is_latin(t)), None)
        first = items[0][1]
        out[sid] = {"headline": latin or first, "original_title": first if latin and latin != first else None}
    return out


def story(conn: sqlite3.Connection, story_id: str, *, offset: int = 0,
          limit: int = storyview.ARTICLES_PER_PAGE) -> dict[str, Any]:
    data = storyview.story(conn, story_id, offset=offset, limit=limit)
    if data is None:
        raise NotFound(f"no story {story_id!r}")
    return data


def load(conn: sqlite3.Connection, doc_id: str) -> Document | None:
    from bilat.store import load_document

    return load_document(conn, doc_id)


def document_summary(doc: Document) -> dict[str, Any]:
    row = document_row(doc)
    row["dir"] = direction(doc.lang)
    return row


def entity_names(ids: list[str]) -> dict[str, str]:
    gaz, known = gazetteer.load(), places.load().entities
    out = {}
    for i in ids:
        e = gaz.get(i) or known.get(i)
        if e is not None:
            out[i] = e.name
    return out


def document(conn: sqlite3.Connection, doc_id: str) -> dict[str, Any]:
    doc = load(conn, doc_id)
    if doc is None:
        raise NotFound(f"no document {doc_id!r}")
    row = document_summary(doc)
    row["mentions"] = [m.as_dict() for m in doc.mentions]
    row["events"] = [readable_event(event_row(e)) for e in doc.events if shown(e)]
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
    from bilat.records import Entity

    row = conn.execute("SELECT data FROM entities WHERE id=?", (entity_id,)).fetchone()
    if row is None:
        return None
    names: dict[str, list[str]] = {}
    for n in conn.execute("SELECT lang, name FROM entity_names WHERE entity=? ORDER BY rowid", (entity_id,)):
        names.setdefault(n[0], []).append(n[1])
    return Entity.from_dict({**json.loads(row[0]), "names": names})


def entity(conn: sqlite3.Connection, entity_id: str, f: Filters | None = None, *, offset: int = 0,
           mention_offset: int = 0, limit: int = PAGE_SIZE, colour_by: str = "score",
           mf: lists.MentionFilters | None = None) -> dict[str, Any]:
    """An entity: its names per language over ALL its mentions (one grouped query), its mentions
    and events (each paged, with totals), and for a country its partners and the map."""
    found = gazetteer.load().get(entity_id) or places.load().entities.get(entity_id)
    learned = _learned_entity(conn, entity_id) if found is None and _table_exists(conn, "entities") else None
    base = found or learned
    n_mentions, n_docs = conn.execute("SELECT count(*), count(DISTINCT doc) FROM mentions WHERE entity = ?",
                                      (entity_id,)).fetchone()
    if base is None and not n_mentions:
        raise NotFound(f"no entity {entity_id!r}")
    mentions = lists.mentions(conn, entity_id, mf or lists.MentionFilters(), limit=limit, offset=mention_offset)
    iso3 = base.iso3 if base is not None and base.kind == "country" else None
    f = f or Filters()
    events = lists.events(conn, f, limit=limit, offset=offset, **lists.entity_scope(entity_id, iso3))
    first = mentions["mentions"][0]["text"] if mentions["mentions"] else entity_id
    out = {"entity": base.as_dict() if base else {"id": entity_id, "name": first},
           "variants_seen": names_seen(conn, entity_id),
           "counts": {"mentions": n_mentions, "articles": n_docs},
           "mentions": mentions["mentions"], "mentions_page": mentions["page"],
           "mentions_articles": mentions["articles"], "mention_filters": mentions["filters"],
           "mention_facets": mentions["facets"],
           "events": [readable_event(e) for e in events["events"]], "page": events["page"],
           "filters": f.as_dict(),
           "facets": lists.event_facets(conn, f, dims=("lang", "event", "outlet", "period"),
                                        **lists.entity_scope(entity_id, iso3))}
    if iso3:
        partners = cached(conn, ("partners", iso3), lambda: maps.partners(conn, iso3))
        out["partners"] = partners
        out["map"] = maps.map_svg(iso3, partners, colour_by)
    return out


def entity_exists(conn: sqlite3.Connection, entity_id: str) -> None:
    """NotFound unless the entity is known (gazetteer, places, learned) or mentioned."""
    if gazetteer.load().get(entity_id) or places.load().entities.get(entity_id):
        return
    if _table_exists(conn, "entities") and conn.execute("SELECT 1 FROM entities WHERE id = ?", (entity_id,)).fetchone():
        return
    if conn.execute("SELECT 1 FROM mentions WHERE entity = ? LIMIT 1", (entity_id,)).fetchone() is None:
        raise NotFound(f"no entity {entity_id!r}")


def names_seen(conn: sqlite3.Connection, entity_id: str) -> list[dict[str, Any]]:
    """Every name the entity was mentioned by, per language, with its mention and article counts
    over all its mentions, and where a learned name was first seen."""
    seen: dict[tuple[str, str], dict[str, Any]] = {}
    for r in conn.execute("SELECT lang, text, count(*) AS n, count(DISTINCT doc) AS docs FROM mentions "
                          "WHERE entity = ? GROUP BY lang, text", (entity_id,)):
        seen[(r["lang"] or "", r["text"])] = {"name": r["text"], "lang": r["lang"], "mentions": r["n"],
                                              "articles": r["docs"], "learned_from": None}
    for r in conn.execute("SELECT lang, name, doc FROM entity_names WHERE entity = ?", (entity_id,)):
        item = seen.setdefault((r["lang"] or "", r["name"]), {"name": r["name"], "lang": r["lang"], "mentions": 0,
                                                              "articles": 0, "learned_from": None})
        item["learned_from"] = r["doc"]
    return sorted(seen.values(), key=lambda v: (v["lang"] or "", -v["mentions"], v["name"]))


def pair_codes(a: str, b: str, conn: sqlite3.Connection) -> tuple[str, str]:
    """The pair's ISO3 codes from codes or English names (/dyad/Vietnam/Belarus is /dyad/VNM/BLR);
    NotFound for anything else (it listed 'VIETNAM – BELARUS: 0 events' as if the pair had none),
    and for three letters that are no country's code (``dyads.known_code``: /dyad/XXX/BLR
    answered 0 events), and for a country paired with itself (/dyad/VNM/Vietnam answered 200 with a
    page of no events; ``bilat dyad VNM VNM`` says a dyad needs two countries)."""
    codes = []
    for value in (a, b):
        code = dyads.country_code(value)
        if code is None or not dyads.known_code(conn, code):
            raise NotFound(f"no country {value!r}: use a three-letter code such as VNM or an English name")
        codes.append(code)
    if codes[0] == codes[1]:
        raise NotFound(f"{a!r} and {b!r} are one country ({codes[0]}): a dyad needs two different countries")
    return codes[0], codes[1]


def dyad(conn: sqlite3.Connection, a: str, b: str, f: Filters | None = None, *, offset: int = 0,
         limit: int = PAGE_SIZE) -> dict[str, Any]:
    """The pair's record (dyads.dyad) plus ALL its events, dated or not, filtered by type,
    direction and period, one page at a time with the total."""
    a, b = pair_codes(a, b, conn)
    every = pair_hits(conn, a, b)
    data = dyads.dyad(conn, a, b, hits=every)
    f = f or Filters()
    hits = [h for h in every if _dyad_match(h, f)]
    hits.sort(key=lambda h: (h.when, h.id), reverse=True)
    page = hits[offset:offset + limit]
    data["events"] = [readable_event(e) for e in lists.rows_by_id(conn, [h.id for h in page])]
    data["page"] = lists.page_info(len(hits), limit, offset)
    data["filters"] = f.as_dict()
    data["a_name"], data["b_name"] = country_name(a), country_name(b)
    heads = headlines(conn, [s["id"] for s in data["stories"]])
    for s in data["stories"]:
        s.update(heads.get(s["id"], {}))
    for key in ("agreements", "visits", "figures"):
        data[key] = [readable_event(e) for e in data[key]]
    return data


_CACHE: dict[tuple[Any, ...], Any] = {}
CACHE_SIZE = 64


def cached(conn: sqlite3.Connection, key: tuple[Any, ...], compute: Any) -> Any:
    """``compute()``, kept per process for the keys last asked for, keyed on the store and its
    highest event rowid (a new ingest invalidates): paging and filtering one pair or one country
    reads its events once."""
    from bilat.corpus.search import remember  # imported on use, as the search views import it

    full = (conn.execute("PRAGMA database_list").fetchone()[2],
            conn.execute("SELECT max(rowid) FROM events").fetchone()[0], *key)
    return remember(_CACHE, full, compute, CACHE_SIZE)


def pair_hits(conn: sqlite3.Connection, a: str, b: str) -> list[Any]:
    """A pair's events (dyads.pair_hits), cached."""
    return cached(conn, ("pair", a, b), lambda: dyads.pair_hits(conn, a, b))


def _dyad_match(hit: Any, f: Filters) -> bool:
    if f.event and hit.event != f.event:
        return False
    if f.direction and hit.actor != f.direction[:3]:
        return False
    if f.start and (hit.when or "") < f.start:
        return False
    return not (f.end and not (hit.when and hit.when <= f.end + "~"))


def dyad_event_rows(conn: sqlite3.Connection, a: str, b: str, f: Filters) -> list[dict[str, Any]]:
    """Every event of the pair matching the filters (downloads), newest first."""
    a, b = pair_codes(a, b, conn)
    hits = sorted((h for h in pair_hits(conn, a, b) if _dyad_match(h, f)), key=lambda h: (h.when, h.id),
                  reverse=True)
    return lists.rows_by_id(conn, [h.id for h in hits])


def events_page(conn: sqlite3.Connection, f: Filters, *, offset: int = 0, limit: int = PAGE_SIZE) -> dict[str, Any]:
    """Every event in the store with the filters, newest first, paged with the total."""
    data = lists.events(conn, f, limit=limit, offset=offset)
    data["events"] = [readable_event(e) for e in data["events"]]
    data["facets"] = lists.event_facets(conn, f)
    return data


def conflicts(conn: sqlite3.Connection, *, limit: int = PAGE_SIZE, offset: int = 0) -> list[dict[str, Any]]:
    # stop reading once the page is full instead of materialising every conflict
    return list(itertools.islice(export_conflicts(conn), offset, offset + limit))


def conflicts_page(conn: sqlite3.Connection, *, limit: int = PAGE_SIZE, offset: int = 0) -> dict[str, Any]:
    """One page of disagreements, newest first, with the total and each story's headline."""
    total = conn.execute("SELECT count(*) FROM conflicts").fetchone()[0]
    rows = conflicts(conn, limit=limit, offset=offset)
    heads = headlines(conn, sorted({c["story"] for c in rows}))
    for c in rows:
        c["headline"] = heads.get(c["story"], {}).get("headline")
    return {"conflicts": rows, "page": lists.page_info(total, limit, offset)}


# What the empty search page offers to try: one query per script, each a link.
SEARCH_EXAMPLES = (("military cooperation agreement", "en"), ("Лукашенко", "ru"), ("بيلاروسيا", "ar"),
                   ("توافقنامه", "fa"), ("ข้อตกลงการค้า", "th"), ("越南 总统", "zh"), ("hiệp định thương mại", "vi"))


def search_help(conn: sqlite3.Connection) -> dict[str, Any]:
    """What the empty search page tells: what is searchable, in which languages, and examples."""
    data = overview(conn)
    return {"documents": data.get("documents", 0), "by_lang": data.get("by_lang", {}),
            "vectors": stories.embedding_count(conn),
            "examples": [{"q": q, "lang": lang} for q, lang in SEARCH_EXAMPLES]}


def search(conn: sqlite3.Connection, q: str, mode: str = "hybrid", *, limit: int = 20,
           offset: int = 0, f: Filters | None = None) -> dict[str, Any]:
    """One page of search results, grouped by story (bilat.corpus.search.run), narrowed by the
    filters, with the facets of what the query finds."""
    from bilat.corpus import search as s

    f = f or Filters()
    res = s.run(conn, q, mode, limit=limit, offset=offset, docs=lists.doc_condition(f))
    return {"q": res.q, "mode": res.mode, "total": res.total, "total_exact": res.total_exact,
            "offset": res.offset, "limit": res.limit, "count": len(res.hits),
            "groups": s.group_by_story(conn, list(res.hits)), "filters": f.as_dict(),
            "facets": lists.search_facets(conn, q, mode, f)}
