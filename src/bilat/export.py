"""`bilat export KIND`: one explicit table of kinds, each a function (conn) -> rows."""

from __future__ import annotations

import csv
import importlib
import io
import json
import sqlite3
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TextIO

from bilat.records import Document, Event
from bilat.store import iter_documents


def documents(conn: sqlite3.Connection, **_: Any) -> Iterator[dict[str, Any]]:
    for doc in iter_documents(conn):
        yield document_row(doc)


def document_row(doc: Document) -> dict[str, Any]:
    """The documented per-document contract (also what `bilat analyze` prints)."""
    return {
        "id": doc.id, "source": doc.source, "url": doc.url, "outlet": doc.outlet, "title": doc.title,
        "lang": doc.lang, "published": doc.published, "text": doc.text,
        "paragraphs": [{"start": p.start, "end": p.end, "lang": p.lang} for p in doc.paragraphs],
        "sentences": [{"start": s.start, "end": s.end} for s in doc.sentences],
        "removed": [{"kind": r.kind, "text": r.text} for r in doc.removed],
        "analysed_chars": analysed_chars(doc),
    }


def analysed_chars(doc: Document) -> int | None:
    """How many characters of the text as read were analysed when it was longer than the cap
    (``BILAT_MAX_CHARS``; the rest is stored unanalysed, a ``removed`` of kind ``cut``); None when the
    whole text was analysed. Said in every answer, as ingest and ``bilat analyze`` say it on stderr."""
    return next((r.src_start for r in doc.removed if r.kind == "cut" and r.src_start is not None), None)


def analysis_row(doc: Document, *, threshold: float | None = None) -> dict[str, Any]:
    """`bilat analyze` output: the document row plus mentions, dates, quantities and events."""
    row = document_row(doc)
    row["mentions"] = [m.as_dict() for m in doc.mentions]
    row["dates"] = [{"start": d.start, "end": d.end, "text": d.text, "value": d.value, "end_value": d.end_value,
                     "resolution": d.resolution, "calendar": d.calendar, "year_inferred": d.year_inferred}
                    for d in doc.dates]
    row["quantities"] = [{"start": q.start, "end": q.end, "text": q.text, "value": q.value, "unit": q.unit,
                          "kind": q.kind, "approx": q.approx} for q in doc.quantities]
    cut = event_threshold() if threshold is None else threshold
    row["events"] = [event_row(e) for e in doc.events if e.confidence >= cut and e.aux != "negated"]
    return row


def event_threshold() -> float:
    from bilat.stages.events import CONFIDENCE_THRESHOLD  # imported here: the events stage loads its lexicons

    return CONFIDENCE_THRESHOLD


def shown(event: Event) -> bool:
    """Exported by default: confident enough and not negated ("did not sign")."""
    return event.confidence >= event_threshold() and event.aux != "negated"


def event_row(event: Event) -> dict[str, Any]:
    """PLOVER-compatible fields first, then bilat's own."""
    d = event.as_dict()
    keys = ["id", "date", "end_date", "event", "mode", "context", "actor", "recipient", "event_loc",
            "event_text", "doc", "start", "end", "quantities", "confidence", "lang", "aux", "tellings"]
    return {k: d.get(k) for k in keys}


def events(conn: sqlite3.Connection, *, all_events: bool = False, **_: Any) -> Iterator[dict[str, Any]]:
    cut = -1.0 if all_events else event_threshold()
    for row in conn.execute("SELECT data FROM events WHERE confidence >= ? ORDER BY doc, start, id", (cut,)):
        event = Event.from_dict(json.loads(row[0]))
        if all_events or event.aux != "negated":
            yield event_row(event)


def mentions(conn: sqlite3.Connection, **_: Any) -> Iterator[dict[str, Any]]:
    for row in conn.execute("SELECT doc, start, \"end\", text, entity, kind, lang, iso3, via, form FROM mentions "
                            "ORDER BY doc, start, \"end\", entity"):
        yield dict(row)


def entities(conn: sqlite3.Connection, **_: Any) -> Iterator[dict[str, Any]]:
    """Every entity mentioned in the store (gazetteer or learned), with its mention count."""
    from bilat import gazetteer
    from bilat.store import learned_entities

    gaz = gazetteer.load()
    learned = {e.id: e for e in learned_entities(conn)}
    for row in conn.execute("SELECT entity, count(*) FROM mentions GROUP BY entity ORDER BY count(*) DESC, entity"):
        entity = learned.pop(row[0], None) or gaz.get(row[0])
        if entity is not None:
            yield {**entity.as_dict(), "mentions": row[1]}
    for entity in learned.values():
        yield {**entity.as_dict(), "mentions": 0}


def _delegate(target: str) -> Callable[..., Iterator[dict[str, Any]]]:
    def rows(conn: sqlite3.Connection, **_: Any) -> Iterator[dict[str, Any]]:
        module_name, func = target.split(":")
        yield from getattr(importlib.import_module(module_name), func)(conn)
    rows.__name__ = target
    return rows


KINDS: dict[str, Callable[..., Iterator[dict[str, Any]]]] = {
    "documents": documents,
    "entities": entities,
    "mentions": mentions,
    "events": events,
    "stories": _delegate("bilat.corpus.stories:export_stories"),
    "conflicts": _delegate("bilat.corpus.conflicts:export_conflicts"),
    "dyads": _delegate("bilat.corpus.dyads:export_dyads"),
}
FORMATS = ("jsonl", "csv", "json")

_ACTOR = ("code", "sector", "entity_text", "identifier_id", "entity")


def empty_columns(kind: str) -> list[str]:
    """The CSV header of KIND when the store has no row of it (probe52: an empty export was one blank line,
    which CSV readers refuse: pandas "No columns to parse from file"). The columns a non-empty export
    writes, its nested objects flattened; tests/test_hostile52.py checks them against real rows."""
    if kind == "documents":
        return ["id", "source", "url", "outlet", "title", "lang", "published", "text", "paragraphs", "sentences",
                "removed", "analysed_chars"]
    if kind == "entities":
        return ["id", "kind", "name", "iso3", "country", "roles", "names", "local", "mentions"]
    if kind == "mentions":
        return ["doc", "start", "end", "text", "entity", "kind", "lang", "iso3", "via", "form"]
    if kind == "events":
        return ["id", "date", "end_date", "event", "mode", "context", *(f"actor_{k}" for k in _ACTOR),
                *(f"recipient_{k}" for k in _ACTOR), "event_loc", "event_text", "doc", "start", "end", "quantities",
                "confidence", "lang", "aux", "tellings"]
    if kind == "stories":
        return ["id", "docs", "langs", "title", "start", "end", "entities", "countries"]
    if kind == "conflicts":
        return ["id", "story", "key", "values", "reason"]
    if kind == "dyads":
        from bilat.corpus.dyads import EXPORT_TYPES

        return ["a", "b", "month", *(f"events_{t}" for t in EXPORT_TYPES), "total", "score"]
    return []


def flatten(row: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested dicts become prefixed columns; lists become JSON text (for CSV)."""
    out: dict[str, Any] = {}
    for key, value in row.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict) and value and all(not isinstance(v, (dict, list)) for v in value.values()):
            out.update(flatten(value, name + "_"))
        elif isinstance(value, (dict, list, tuple)):
            out[name] = json.dumps(value, ensure_ascii=False)
        else:
            out[name] = value
    return out


def _merge_null_parents(columns: list[str], rows: list[dict[str, Any]], flat: list[dict[str, Any]]) -> list[str]:
    """CSV columns where a field that is an object in some rows and null in others (an event's
    ``recipient``) gives only its prefixed columns (``recipient_code``, ...), at the place of its first
    appearance: no extra bare ``recipient`` column, and the same column order whichever row comes first."""
    parents = {k for r in rows for k, v in r.items() if isinstance(v, dict) and v
               and all(not isinstance(x, (dict, list)) for x in v.values())}
    nulls = {k for k in parents if k in columns and all(f.get(k) is None for f in flat)}
    children = {k: [c for c in columns if c.startswith(k + "_")] for k in nulls}
    out: list[str] = []
    for c in columns:
        if c in nulls:
            out.extend(x for x in children[c] if x not in out)
        elif c not in out:
            out.append(c)
    return out


# A spreadsheet (Excel, LibreOffice, Google Sheets) runs a cell that begins with one of these as a formula
# (CSV or formula injection, OWASP): `=HYPERLINK(...)`, `@SUM(...)`, `+cmd|...`; tab and carriage return
# too, as some readers drop them and read what follows.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any, *, raw: bool = False) -> Any:
    """One CSV cell as written: a TEXT value (a ``str``) that begins with a formula character
    (``FORMULA_START``) gets a single quote before it, which spreadsheets show as text and do not run;
    numbers (``int``, ``float``, ``bool``: offsets, confidences, scores, a count of -5) and None are left
    as they are, whatever their written form begins with: the type of the value decides, not its text.
    ``raw`` writes every value as it is (``bilat export --csv-raw``, for programs)."""
    if not raw and isinstance(value, str) and _unpadded(value).startswith(FORMULA_START):
        return "'" + value
    return value


def _unpadded(value: str) -> str:
    """A cell's text without what a spreadsheet may drop or skip before a formula (robust57: " =1+1", "\u00a0@SUM",
    "\u200b=..." were written as they are; LibreOffice trims leading spaces on import, and Excel reads a formula
    after them): whitespace (space, tab, CR, LF, no-break and ideographic spaces), control and format characters."""
    i = 0
    while i < len(value) and (value[i].isspace() or unicodedata.category(value[i]) in ("Cc", "Cf")):
        i += 1
    return value[i:]


def write_csv(rows: Iterable[dict[str, Any]], out: TextIO, *, empty: list[str] | None = None,
              raw: bool = False) -> int:
    """ROWS as CSV, nested objects flattened (``flatten``), text cells guarded against formulas
    (``csv_cell``) unless ``raw``; with no row, the header EMPTY when given. Every CSV bilat writes
    (``bilat export``, the web app's downloads) comes from here. Returns the number of rows."""
    rows = list(rows)
    flat = [flatten(r) for r in rows]
    columns: list[str] = []
    for r in flat:
        columns.extend(k for k in r if k not in columns)
    columns = _merge_null_parents(columns, rows, flat) if flat else list(empty or [])
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    writer.writerows({k: csv_cell(v, raw=raw) for k, v in r.items()} for r in flat)
    out.write(buf.getvalue())
    return len(flat)


def write(rows: Iterable[dict[str, Any]], out: TextIO, fmt: str = "jsonl", empty: list[str] | None = None,
          *, csv_raw: bool = False) -> int:
    """Write ROWS as FMT; a CSV with no row gets the header EMPTY (``empty_columns``) when given. CSV text
    cells that a spreadsheet would run as a formula are guarded (``csv_cell``) unless ``csv_raw``; JSON and
    JSONL are written as they are."""
    n = 0
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    elif fmt == "json":
        out.write("[")
        for row in rows:
            out.write(("," if n else "") + "\n" + json.dumps(row, ensure_ascii=False))
            n += 1
        out.write("\n]\n")
    elif fmt == "csv":
        n = write_csv(rows, out, empty=empty, raw=csv_raw)
    else:
        raise ValueError(f"unknown format {fmt!r}; use one of {FORMATS}")
    return n
