"""Build src/bilat/data/world.json: country outlines as SVG paths keyed by ISO 3166-1 alpha-3.

Source: Natural Earth 1:110m Admin 0 countries (public domain), as GeoJSON in the CC0 repository
github.com/martynafford/natural-earth-geojson (file 110m/cultural/ne_110m_admin_0_countries.json).
See src/bilat/data/README.md for the commit used.

Each polygon is projected with the Equal Earth projection (Šavrič, Patterson & Jenny 2018) onto a
1000-unit-wide plane, simplified with Douglas-Peucker (tolerance ``--tolerance`` units), and
written as one SVG path per country with coordinates rounded to 0.1 unit. Rings that shrink to
nothing are dropped, except a country's largest ring, so small island states stay on the map.
Antarctica is left out (no party to relations), and the plane is cut below the southernmost
remaining shape.

    python scripts/build_world_map.py PATH/TO/ne_110m_admin_0_countries.json [--commit SHA]
"""

from __future__ import annotations

import argparse
import json
import math
import re
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "bilat" / "data" / "world.json"
WIDTH = 1000.0
A1, A2, A3, A4 = 1.340264, -0.081106, 0.000893, 0.003796
SKIP = {"ATA"}
ALIASES = {"KOS": "XKX"}  # Natural Earth's Kosovo code -> the user-assigned code bilat's gazetteer uses

Point = tuple[float, float]


def equal_earth(lon: float, lat: float) -> Point:
    """Equal Earth, unit sphere: x in about [-2.7, 2.7], y in about [-1.3, 1.3] (north up)."""
    lam, phi = math.radians(lon), math.radians(lat)
    theta = math.asin(math.sqrt(3) / 2 * math.sin(phi))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = 2 * math.sqrt(3) * lam * math.cos(theta) / (3 * (9 * A4 * t6 * t2 + 7 * A3 * t6 + 3 * A2 * t2 + A1))
    y = theta * (A4 * t6 * t2 + A3 * t6 + A2 * t2 + A1)
    return x, y


X_MAX = equal_earth(180, 0)[0]
Y_MAX = equal_earth(0, 90)[1]
SCALE = WIDTH / (2 * X_MAX)


def to_plane(lon: float, lat: float) -> Point:
    x, y = equal_earth(lon, lat)
    return (x + X_MAX) * SCALE, (Y_MAX - y) * SCALE


def _dist(p: Point, a: Point, b: Point) -> float:
    (px, py), (ax, ay), (bx, by) = p, a, b
    dx, dy = bx - ax, by - ay
    if dx == 0 and dy == 0:
        return math.hypot(px - ax, py - ay)
    return abs(dy * px - dx * py + bx * ay - by * ax) / math.hypot(dx, dy)


def simplify(points: list[Point], tol: float) -> list[Point]:
    """Douglas-Peucker, iterative."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        i, j = stack.pop()
        best, at = 0.0, -1
        for k in range(i + 1, j):
            d = _dist(points[k], points[i], points[j])
            if d > best:
                best, at = d, k
        if at >= 0 and best > tol:
            keep[at] = True
            stack += [(i, at), (at, j)]
    return [p for p, k in zip(points, keep) if k]


def area(ring: list[Point]) -> float:
    return abs(sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(ring, ring[1:] + ring[:1]))) / 2


def ring_path(ring: list[Point]) -> str:
    pts = [f"{x:.1f},{y:.1f}" for x, y in ring]
    out = [pts[0]]
    for p in pts[1:]:
        if p != out[-1]:
            out.append(p)
    return "M" + "L".join(out) + "Z"


def country_path(geometry: dict, tol: float) -> str:
    polys = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    rings = [[to_plane(lon, lat) for lon, lat in ring] for poly in polys for ring in poly]
    simple = [simplify(r, tol) for r in rings]
    biggest = max(range(len(rings)), key=lambda i: area(rings[i]))
    kept = [s if len(s) >= 4 else rings[i] for i, s in enumerate(simple)
            if (len(s) >= 4 and area(s) > tol * tol) or i == biggest]
    return "".join(ring_path(r) for r in kept)


def iso3(props: dict) -> str | None:
    for key in ("ISO_A3", "ISO_A3_EH", "ADM0_A3"):
        value = props.get(key)
        if isinstance(value, str) and len(value) == 3 and value != "-99":
            return ALIASES.get(value, value)
    return None


def build(source: Path, tol: float, commit: str | None) -> dict:
    data = json.loads(source.read_text(encoding="utf-8"))
    shapes: dict[str, str] = {}
    for feature in data["features"]:
        code = iso3(feature["properties"])
        if code is None or code in SKIP or feature.get("geometry") is None:
            continue
        shapes[code] = shapes.get(code, "") + country_path(feature["geometry"], tol)
    ys = [float(y) for path in shapes.values() for y in re.findall(r",(-?[\d.]+)", path)]
    return {"source": "Natural Earth 1:110m Admin 0 countries (public domain), via "
                      "github.com/martynafford/natural-earth-geojson (CC0)",
            "commit": commit, "projection": "Equal Earth", "width": WIDTH, "height": round(max(ys) + 4, 1),
            "shapes": dict(sorted(shapes.items()))}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("source", type=Path)
    ap.add_argument("--tolerance", type=float, default=0.6)
    ap.add_argument("--commit")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    out = build(args.source, args.tolerance, args.commit)
    args.out.write_text(json.dumps(out, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(out['shapes'])} countries, {args.out.stat().st_size / 1024:.0f} KiB -> {args.out}")


if __name__ == "__main__":
    main()
