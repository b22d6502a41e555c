"""Downloads of what a list page shows, with its filters: CSV, JSON, PLOVER JSON, GraphML.

The formats are written by the exporters the CLI uses (``export.write`` for CSV/JSON, the strict
PLOVER records of ``bilat export events --format plover`` for PLOVER JSON, as one JSON array,
``graph`` for GraphML), so a download and ``bilat export`` agree. PLOVER JSON leaves out the events
that cannot be PLOVER records (no full date, STATEMENT_OF_FIGURES, no actor): JSON holds them all. A download holds every row that matches the page's
filters, not only the page on screen. CSV text cells that a spreadsheet would run as a formula get a
``'`` before them (``export.csv_cell``); the web offers no raw CSV (programs use JSON)."""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Iterable
from typing import Any

from bilat import export, export_plover
from bilat.corpus import graph
from bilat.corpus.dyads import links_of
from bilat.records import Event
from bilat.web.readable import gloss

MEDIA = {"csv": "text/csv; charset=utf-8", "json": "application/json", "plover": "application/json",
         "graphml": "application/xml"}
EVENT_FORMATS = ("csv", "json", "plover", "graphml")
TABLE_FORMATS = ("csv", "json")
PLOVER_KEYS = ("id", "date", "end_date", "event", "mode", "context", "actor", "recipient", "event_loc",
               "event_text", "doc", "start", "end", "quantities", "confidence", "lang", "aux")


def render(rows: Iterable[dict[str, Any]], fmt: str, *, kind: str = "events",
           left_out: Counter[str] | None = None) -> tuple[str, str]:
    """(body, media type) of ``rows`` in ``fmt``. Events may be any of EVENT_FORMATS; other rows
    (stories, mentions) CSV or JSON. PLOVER JSON counts the events it leaves out by reason in
    ``left_out`` (``export_plover``'s reasons, as ``bilat export events --format plover``)."""
    allowed = EVENT_FORMATS if kind == "events" else TABLE_FORMATS
    if fmt not in allowed:
        raise ValueError(f"format: use one of {', '.join(allowed)} for {kind}")
    out = io.StringIO()
    if fmt == "graphml":
        graph.write_graphml_links(links_of(rows), out)
    elif fmt == "plover":
        export.write(_plover_records(rows, left_out), out, "json")
    elif kind == "events":
        export.write((_event_line(r) for r in rows), out, fmt)
    else:
        export.write(rows, out, fmt)
    return out.getvalue(), MEDIA[fmt]


def _plover_records(rows: Iterable[dict[str, Any]], left_out: Counter[str] | None = None) -> Iterable[dict[str, Any]]:
    """Strict PLOVER records of event rows (``export_plover``), those that can be one; the others are
    counted by reason in ``left_out``."""
    cited = ((Event.from_dict({k: row.get(k) for k in PLOVER_KEYS + ("tellings",) if row.get(k) is not None}),
              {"title": row.get("doc_title"), "publication": row.get("outlet")}) for row in rows)
    return export_plover.records(cited, left_out)


def _event_line(row: dict[str, Any]) -> dict[str, Any]:
    """An event row as exported, with its English gloss and its article's date, title and outlet."""
    keep = {k: row.get(k) for k in PLOVER_KEYS}
    return {"gloss": gloss(row), **keep, "published": row.get("published"), "doc_title": row.get("doc_title"),
            "outlet": row.get("outlet")}


def left_out_headers(left_out: Counter[str]) -> dict[str, str]:
    """Response headers of a PLOVER JSON download: ``X-Bilat-Left-Out``, the number of listed events
    that are not in it (0 when none), and ``X-Bilat-Left-Out-Reasons``, that number by reason
    (``3 no full YYYY-MM-DD date; 1 no actor``), as the CLI's stderr line tells them."""
    headers = {"X-Bilat-Left-Out": str(sum(left_out.values()))}
    if left_out:
        headers["X-Bilat-Left-Out-Reasons"] = "; ".join(f"{n} {reason}" for reason, n in left_out.most_common())
    return headers


def filename(stem: str, fmt: str) -> str:
    ext = {"plover": "plover.json"}.get(fmt, fmt)
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in stem)[:80]
    return f"bilat-{safe}.{ext}"
