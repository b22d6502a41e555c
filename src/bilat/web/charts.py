"""Inline SVG charts rendered on the server (no JS charting library, no CDN).

Every text that reaches the SVG goes through ``markupsafe.escape``."""

from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape

TYPE_COLOURS = {
    "AGREE": "#2b8a3e", "CONSULT": "#1c7ed6", "SUPPORT": "#37b24d", "CONCEDE": "#74b816",
    "COOPERATE": "#0ca678", "AID": "#20c997", "RETREAT": "#fab005", "REQUEST": "#4dabf7",
    "ACCUSE": "#f76707", "REJECT": "#e8590c", "THREATEN": "#e03131", "PROTEST": "#d6336c",
    "SANCTION": "#c2255c", "MOBILIZE": "#ae3ec9", "COERCE": "#9c36b5", "ASSAULT": "#862e9c",
    "STATEMENT_OF_FIGURES": "#868e96",
}


def _months(points: list[dict[str, Any]]) -> list[str]:
    return sorted({p["month"] for p in points})


def timeline_svg(dyad: dict[str, Any], width: int = 760, height: int = 260) -> Markup:
    """One circle per (month, event type) with its count; x = month, y = type row."""
    points = [p for p in dyad.get("timeline", []) if p.get("month")]
    if not points:
        return Markup('<p class="muted">No dated events for this pair yet.</p>')
    months = _months(points)
    types = sorted({p["event"] for p in points})
    left, top, row = 170, 20, max(18, min(34, (height - 50) // max(len(types), 1)))
    h = top + row * len(types) + 40
    step = (width - left - 20) / max(len(months) - 1, 1)
    parts = [(f'<svg class="chart timeline" viewBox="0 0 {width} {h}" width="100%" role="img" '
             f'aria-label="events by type and month">')]
    for i, t in enumerate(types):
        y = top + i * row + row / 2
        parts.append(f'<text x="{left - 8}" y="{y + 4:.1f}" text-anchor="end" class="axis">{escape(t)}</text>')
        parts.append(f'<line x1="{left}" x2="{width - 20}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>')
    for j, m in enumerate(months):
        x = left + (j * step if len(months) > 1 else (width - left - 20) / 2)
        parts.append(f'<text x="{x:.1f}" y="{h - 12}" text-anchor="middle" class="axis">{escape(m)}</text>')
    for p in points:
        x = left + (months.index(p["month"]) * step if len(months) > 1 else (width - left - 20) / 2)
        y = top + types.index(p["event"]) * row + row / 2
        r = min(4 + 2.5 * p["count"], row / 2)
        colour = TYPE_COLOURS.get(p["event"], "#495057")
        parts.append(f'<circle class="point" cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{colour}" '
                     f'data-month="{escape(p["month"])}" data-event="{escape(p["event"])}" '
                     f'data-count="{int(p["count"])}"><title>{escape(p["event"])} {escape(p["month"])}: '
                     f'{int(p["count"])}</title></circle>')
    parts.append("</svg>")
    return Markup("".join(parts))


def score_svg(dyad: dict[str, Any], width: int = 760, height: int = 160) -> Markup:
    """The monthly cooperation-conflict score as a line on a -10..+10 scale."""
    scores = [s for s in dyad.get("scores", []) if s.get("month") is not None]
    if not scores:
        return Markup("")
    left, top, bottom = 40, 10, 30
    plot_h = height - top - bottom
    step = (width - left - 20) / max(len(scores) - 1, 1)

    def y(v: float) -> float:
        return top + (10 - max(-10.0, min(10.0, v))) / 20 * plot_h

    xs = [left + i * step if len(scores) > 1 else left + (width - left - 20) / 2 for i in range(len(scores))]
    path = " ".join(f"{'M' if i == 0 else 'L'}{x:.1f},{y(s['score']):.1f}" for i, (x, s) in enumerate(zip(xs, scores)))
    parts = [(f'<svg class="chart score" viewBox="0 0 {width} {height}" width="100%" role="img" '
             f'aria-label="cooperation score by month">'),
             f'<line x1="{left}" x2="{width - 20}" y1="{y(0):.1f}" y2="{y(0):.1f}" class="zero"/>',
             f'<text x="{left - 6}" y="{y(10) + 4:.1f}" text-anchor="end" class="axis">+10</text>',
             f'<text x="{left - 6}" y="{y(-10) + 4:.1f}" text-anchor="end" class="axis">-10</text>',
             f'<path d="{path}" class="line"/>']
    for x, s in zip(xs, scores):
        parts.append(f'<circle class="score-point" cx="{x:.1f}" cy="{y(s["score"]):.1f}" r="3.5">'
                     f'<title>{escape(s["month"])}: {s["score"]:+.1f}</title></circle>')
        parts.append(f'<text x="{x:.1f}" y="{height - 8}" text-anchor="middle" class="axis">{escape(s["month"])}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
