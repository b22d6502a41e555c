"""Inline SVG charts rendered on the server (no JS charting library, no CDN).

Every chart has a real time axis: a point's x is proportional to its date, so 1994, 2000 and 2015
sit at their distances, and the ticks are years (or months, for spans under two years).
Every text that reaches the SVG goes through ``markupsafe.escape``."""

from __future__ import annotations

import math
from datetime import date
from typing import Any

from markupsafe import Markup, escape

from bilat.web.readable import MONTHS

TYPE_COLOURS = {
    "AGREE": "#2b8a3e", "CONSULT": "#1c7ed6", "SUPPORT": "#37b24d", "CONCEDE": "#74b816",
    "COOPERATE": "#0ca678", "AID": "#20c997", "RETREAT": "#fab005", "REQUEST": "#4dabf7",
    "ACCUSE": "#f76707", "REJECT": "#e8590c", "THREATEN": "#e03131", "PROTEST": "#d6336c",
    "SANCTION": "#c2255c", "MOBILIZE": "#ae3ec9", "COERCE": "#9c36b5", "ASSAULT": "#862e9c",
    "STATEMENT_OF_FIGURES": "#868e96",
}


def month_number(month: str) -> int:
    """'2025-05' -> months since year 0 (a linear time coordinate)."""
    return int(month[:4]) * 12 + int(month[5:7]) - 1


LAST_DAY = date.max.toordinal()


def tick_step(span: float, steps: tuple[int, ...], most: int) -> int:
    """The first of ``steps`` that puts at most ``most`` ticks over ``span``; past the last, the multiple of the
    last that does (probe53: a story whose dates span 26 years, '1998' read in one article and 2024 in another,
    raised StopIteration from ``next`` and its page was a 500)."""
    for step in steps:
        if span / step <= most:
            return step
    return steps[-1] * math.ceil(span / steps[-1] / most)


class TimeAxis:
    """Linear scale from a time coordinate (months, or days) to x, with readable ticks."""

    def __init__(self, lo: float, hi: float, left: float, right: float, unit: str = "month") -> None:
        pad = 1 if unit == "month" else 3
        if hi - lo < 2 * pad:
            lo, hi = lo - pad, hi + pad
        self.lo, self.hi, self.left, self.right, self.unit = lo, hi, left, right, unit

    def x(self, value: float) -> float:
        return self.left + (value - self.lo) / (self.hi - self.lo) * (self.right - self.left)

    def ticks(self) -> list[tuple[float, str]]:
        if self.unit == "day":
            return self._day_ticks()
        span = self.hi - self.lo
        if span <= 24:
            step = 1 if span <= 8 else 3
            out = []
            for m in range(int(self.lo), int(self.hi) + 1):
                if m % step == 0 or step == 1:
                    label = MONTHS[m % 12][:3] + (f" {m // 12}" if m % 12 == 0 or m == int(self.lo) else "")
                    out.append((self.x(m), label))
            return out
        years = range(int(self.lo // 12) + 1, int(self.hi // 12) + 1)
        step = tick_step(len(years), (1, 2, 5, 10, 20, 50), 12)
        return [(self.x(y * 12), str(y)) for y in years if y % step == 0]

    def _day_ticks(self) -> list[tuple[float, str]]:
        step = tick_step(self.hi - self.lo, (1, 2, 7, 14, 30, 61, 91, 182, 365), 10)
        out = []
        d, year = max(1, int(self.lo)), None  # a padded axis may start before 1 January of year 1: no day there
        while d <= min(self.hi, LAST_DAY):
            day = date.fromordinal(d)  # the year on the first tick and on each that starts another year
            out.append((self.x(d), f"{day.day} {MONTHS[day.month - 1][:3]}" + (f" {day.year}" if day.year != year else "")))
            d, year = d + step, day.year
        return out


def _type_rows(types: list[str], left: int, width: int, top: int, row: float) -> list[str]:
    """One labelled grid line per event type, the rows of a timeline."""
    parts = []
    for i, t in enumerate(types):
        y = top + i * row + row / 2
        parts.append(f'<text x="{left - 8}" y="{y + 4:.1f}" text-anchor="end" class="axis">{escape(t)}</text>')
        parts.append(f'<line x1="{left}" x2="{width - 20}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>')
    return parts


def _axis(axis: TimeAxis, y: float) -> list[str]:
    parts = [f'<line x1="{axis.left}" x2="{axis.right}" y1="{y}" y2="{y}" class="axis-line"/>']
    for x, label in axis.ticks():
        parts.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{y}" y2="{y + 4}" class="tick"/>')
        parts.append(f'<text x="{x:.1f}" y="{y + 16}" text-anchor="middle" class="axis">{escape(label)}</text>')
    return parts


def timeline_svg(dyad: dict[str, Any], width: int = 760, height: int = 260) -> Markup:
    """One circle per (month, event type) with its count; x = time, y = type row."""
    points = [p for p in dyad.get("timeline", []) if p.get("month")]
    undated = dyad.get("undated") or 0
    if not points:
        if undated:
            return Markup(f'<p class="muted">None of the {int(undated)} events has a usable date, so there is '
                          'nothing to draw; all are listed below.</p>')
        return Markup('<p class="muted">No events for this pair.</p>')
    types = sorted({p["event"] for p in points})
    months = [month_number(p["month"]) for p in points]
    left, top, row = 170, 14, max(18, min(34, (height - 50) // max(len(types), 1)))
    h = top + row * len(types) + 34
    axis = TimeAxis(min(months), max(months), left, width - 20)
    parts = [(f'<svg class="chart timeline" viewBox="0 0 {width} {h}" width="100%" role="img" '
              f'aria-label="events by type over time">')]
    parts += _type_rows(types, left, width, top, row)
    parts += _axis(axis, top + row * len(types) + 6)
    for p in points:
        x = axis.x(month_number(p["month"]) + 0.5)
        y = top + types.index(p["event"]) * row + row / 2
        r = min(3 + 2 * p["count"] ** 0.5, row / 2)
        colour = TYPE_COLOURS.get(p["event"], "#495057")
        parts.append(f'<circle class="point" cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{colour}" '
                     f'data-month="{escape(p["month"])}" data-event="{escape(p["event"])}" '
                     f'data-count="{int(p["count"])}"><title>{escape(p["event"])} {escape(p["month"])}: '
                     f'{int(p["count"])}</title></circle>')
    parts.append("</svg>")
    return Markup("".join(parts))


def score_svg(dyad: dict[str, Any], width: int = 760, height: int = 170) -> Markup:
    """The monthly cooperation-conflict score on a -10..+10 scale, over a real time axis; the line
    breaks where months have no scored event."""
    scores = [s for s in dyad.get("scores", []) if s.get("month") is not None]
    if not scores:
        return Markup('<p class="muted">No scored, dated events.</p>')
    left, top, bottom = 40, 10, 34
    plot_h = height - top - bottom
    axis = TimeAxis(month_number(scores[0]["month"]), month_number(scores[-1]["month"]), left, width - 20)

    def y(v: float) -> float:
        return top + (10 - max(-10.0, min(10.0, v))) / 20 * plot_h

    path, prev = [], None
    for s in scores:
        m = month_number(s["month"])
        path.append(f"{'L' if prev is not None and m - prev == 1 else 'M'}{axis.x(m + 0.5):.1f},{y(s['score']):.1f}")
        prev = m
    parts = [(f'<svg class="chart score" viewBox="0 0 {width} {height}" width="100%" role="img" '
              f'aria-label="cooperation score by month">'),
             f'<line x1="{left}" x2="{width - 20}" y1="{y(0):.1f}" y2="{y(0):.1f}" class="zero"/>',
             f'<text x="{left - 6}" y="{y(10) + 4:.1f}" text-anchor="end" class="axis">+10</text>',
             f'<text x="{left - 6}" y="{y(0) + 4:.1f}" text-anchor="end" class="axis">0</text>',
             f'<text x="{left - 6}" y="{y(-10) + 4:.1f}" text-anchor="end" class="axis">−10</text>',
             f'<path d="{" ".join(path)}" class="line"/>']
    parts += _axis(axis, height - bottom + 6)
    for s in scores:
        x = axis.x(month_number(s["month"]) + 0.5)
        parts.append(f'<circle class="score-point" cx="{x:.1f}" cy="{y(s["score"]):.1f}" r="3.5" '
                     f'data-month="{escape(s["month"])}"><title>{escape(s["month"])}: {s["score"]:+.1f} '
                     f'({int(s["events"])} events)</title></circle>')
    parts.append("</svg>")
    return Markup("".join(parts))


def story_svg(facts: list[dict[str, Any]], width: int = 760) -> Markup:
    """A story's facts by day: one circle per dated fact (sized by its sources), rows by type."""
    dated = [f for f in facts if f.get("day") is not None]
    if not dated:
        return Markup("")
    types = sorted({f["event"] for f in dated})
    left, top, row = 170, 12, 24
    h = top + row * len(types) + 34
    days = [f["day"] for f in dated]
    axis = TimeAxis(min(days), max(days), left, width - 20, unit="day")
    parts = [(f'<svg class="chart story-timeline" viewBox="0 0 {width} {h}" width="100%" role="img" '
             f'aria-label="the story\'s facts over time">')]
    parts += _type_rows(types, left, width, top, row)
    parts += _axis(axis, top + row * len(types) + 6)
    for f in dated:
        r = min(3 + 2 * len(f["sources"]) ** 0.5, row / 2)
        parts.append(f'<circle class="point" cx="{axis.x(f["day"]):.1f}" '
                     f'cy="{top + types.index(f["event"]) * row + row / 2:.1f}" r="{r:.1f}" '
                     f'fill="{TYPE_COLOURS.get(f["event"], "#495057")}"><title>{escape(f["gloss"])} · '
                     f'{len(f["sources"])} sources</title></circle>')
    parts.append("</svg>")
    return Markup("".join(parts))
