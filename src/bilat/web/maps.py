"""A country's relations on a world map: each partner coloured by the mean cooperation score of the
events between them (or by their number), each linking to the pair's page.

The outlines are Natural Earth 1:110m (public domain), shipped as SVG paths in
``data/world.json`` (built by ``scripts/build_world_map.py``; origin in ``data/README.md``).
Rendered on the server as inline SVG: no JS, no tiles, nothing fetched."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from functools import lru_cache
from typing import Any

from markupsafe import Markup, escape

from bilat.corpus.dyads import score
from bilat.datafiles import read_json
from bilat.export import event_threshold
from bilat.web.lists import NOT_NEGATED
from bilat.web.readable import country_name

# one side at a time (as actor, as recipient), each read from a covering index alone
_PARTNERS_SQL = [f"""
    SELECT e.{other} AS partner, e.event, e.mode, count(*) AS n FROM events e
    WHERE e.{side} = :c AND e.confidence >= :t AND e.{other} IS NOT NULL AND e.{other} != :c AND {NOT_NEGATED}
    GROUP BY 1, 2, 3
""" for side, other in (("actor", "recipient"), ("recipient", "actor"))]


@lru_cache(maxsize=1)
def world() -> dict[str, Any]:
    return read_json("world.json")


def partners(conn: sqlite3.Connection, iso3: str) -> list[dict[str, Any]]:
    """Every country with shown events with ``iso3`` (both directions): events, mean score, name;
    most events first."""
    counts: dict[str, int] = defaultdict(int)
    scores: dict[str, list[float]] = defaultdict(list)
    rows = [r for sql in _PARTNERS_SQL for r in conn.execute(sql, {"c": iso3, "t": event_threshold()})]
    for r in rows:
        counts[r["partner"]] += r["n"]
        s = score(r["event"], r["mode"])
        if s is not None:
            scores[r["partner"]] += [s] * r["n"]
    out = [{"code": c, "name": country_name(c), "events": n,
            "score": round(sum(scores[c]) / len(scores[c]), 2) if scores[c] else None}
           for c, n in counts.items()]
    return sorted(out, key=lambda p: (-p["events"], p["code"]))


def _score_colour(value: float | None) -> str:
    """-10 red .. 0 pale .. +10 green; grey when unscored."""
    if value is None:
        return "#ced4da"
    t = max(-1.0, min(1.0, value / 10))
    if t >= 0:
        r, g, b = 240 - 200 * t, 240 - 90 * t, 240 - 180 * t
    else:
        r, g, b = 240 + 10 * -t, 240 - 190 * -t, 240 - 190 * -t
    return f"#{int(r):02x}{int(g):02x}{int(b):02x}"


def _count_colour(n: int, top: int) -> str:
    t = (n / top) ** 0.5 if top else 0
    return f"#{int(230 - 200 * t):02x}{int(240 - 150 * t):02x}{int(250 - 60 * t):02x}"


def map_svg(iso3: str, rows: list[dict[str, Any]], colour_by: str = "score") -> dict[str, Any]:
    """The map (inline SVG) and the partners it could not draw (too small at 1:110m)."""
    w = world()
    by_code = {p["code"]: p for p in rows}
    top = max((p["events"] for p in rows), default=0)
    parts = [(f'<svg class="chart worldmap" viewBox="0 0 {w["width"]:g} {w["height"]:g}" width="100%" role="img" '
             f'aria-label="relations of {escape(country_name(iso3))} on a world map">')]
    for code, d in w["shapes"].items():
        p = by_code.get(code)
        if code == iso3:
            parts.append(f'<path class="country self" d="{d}" data-code="{code}"><title>'
                         f'{escape(country_name(code))}</title></path>')
        elif p is None:
            parts.append(f'<path class="country" d="{d}"/>')
        else:
            fill = _score_colour(p["score"]) if colour_by == "score" else _count_colour(p["events"], top)
            label = f'{p["name"]}: {p["events"]} events' + (f', score {p["score"]:+.1f}' if p["score"] is not None
                                                             else "")
            parts.append(f'<a href="/dyad/{escape(iso3)}/{escape(code)}"><path class="country partner" d="{d}" '
                         f'style="fill:{fill}" data-code="{escape(code)}" data-events="{p["events"]}"><title>'
                         f'{escape(label)}</title></path></a>')
    parts.append("</svg>")
    missing = [p for p in rows if p["code"] not in w["shapes"]]
    return {"svg": Markup("".join(parts)), "missing": missing, "colour_by": colour_by}
