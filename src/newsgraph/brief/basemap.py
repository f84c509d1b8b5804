"""Country outlines for the brief's static map, from the world atlas the web UI already ships
(``web/static/vendor/world-atlas-*/countries-*.json``: Natural Earth 1:50m as TopoJSON).

Only the rings that reach into the area shown are drawn; a point is kept only when it moves
to another ``MIN_STEP``-pixel cell, and a ring is broken where it crosses the
antimeridian. The output is SVG path data made of numbers only. Without the atlas, no land
is drawn (the map keeps its grid).
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

import numpy as np

MIN_STEP = 2.5  # pixels: the cell size of the kept points
MARGIN = 12.0  # pixels beyond the view where points are clamped


Ring = tuple[np.ndarray, tuple[float, float, float, float]]  # (n, 2) lon/lat, its bbox
Projection = tuple[float, float, float, float]  # x = ax * lon + bx, y = ay * lat + by


@lru_cache(maxsize=1)
def _atlas() -> list[list[Ring]] | None:
    """Every country as its rings (lon/lat arrays with their bounding box), read and decoded
    once per process."""
    # resolved from the top package: importing newsgraph.web would load the web app
    vendor = resources.files("newsgraph") / "web" / "static" / "vendor"
    try:
        folders = sorted(
            (e for e in vendor.iterdir() if e.name.startswith("world-atlas-")), key=lambda e: e.name
        )
    except (FileNotFoundError, NotADirectoryError):
        return None
    files = sorted(
        (f for d in folders for f in d.iterdir() if f.name.startswith("countries-")),
        key=lambda f: f.name,
    )
    if not files:
        return None
    topo = json.loads(files[-1].read_text(encoding="utf-8"))
    scale = np.array(topo["transform"]["scale"], dtype=float)
    shift = np.array(topo["transform"]["translate"], dtype=float)
    arcs = [np.cumsum(np.array(a, dtype=float), axis=0) * scale + shift for a in topo["arcs"]]
    countries = []
    for g in topo["objects"]["countries"]["geometries"]:
        kind = g.get("type")
        polygons = [g["arcs"]] if kind == "Polygon" else g["arcs"] if kind == "MultiPolygon" else []
        rings: list[Ring] = []
        for polygon in polygons:
            for ring in polygon:
                pts = np.concatenate(
                    [
                        (arcs[i] if i >= 0 else arcs[~i][::-1])[0 if k == 0 else 1 :]
                        for k, i in enumerate(ring)
                    ]
                )
                lo, hi = pts.min(axis=0), pts.max(axis=0)
                rings.append((pts, (lo[0], lo[1], hi[0], hi[1])))
        if rings:
            countries.append(rings)
    return countries


def land_paths(view: tuple[float, float, float, float], proj: Projection) -> list[str]:
    """SVG path data, one per country reaching into ``view`` (lon0, lat0, lon1, lat1).

    Points beyond the view (plus a margin) are clamped to its edge, so a large country
    costs a few points outside the map; the renderer clips to the view."""
    countries = _atlas()
    if countries is None:
        return []
    lon0, lat0, lon1, lat1 = view
    ax, bx, ay, by = proj
    box = (ax * lon0 + bx - MARGIN, ay * lat1 + by - MARGIN)
    box_hi = (ax * lon1 + bx + MARGIN, ay * lat0 + by + MARGIN)
    out = []
    for rings in countries:
        parts = []
        for pts, (a, b, c, d) in rings:
            if c < lon0 or a > lon1 or d < lat0 or b > lat1:
                continue
            if abs(ax) * (c - a) + abs(ay) * (d - b) < 3:
                continue  # an islet smaller than a few pixels
            parts.append(_path(pts, proj, box, box_hi))
        if any(parts):
            out.append(" ".join(p for p in parts if p))
    return out


def _path(
    pts: np.ndarray, proj: Projection, lo: tuple[float, float], hi: tuple[float, float]
) -> str:
    """One ring as ``M..L..Z`` (subpaths split where it crosses the antimeridian), keeping a
    point only when it moves to another ``MIN_STEP`` pixel cell."""
    ax, bx, ay, by = proj
    xy = np.column_stack(
        (
            np.clip(ax * pts[:, 0] + bx, lo[0], hi[0]),
            np.clip(ay * pts[:, 1] + by, lo[1], hi[1]),
        )
    )
    jumps = np.flatnonzero(np.abs(np.diff(pts[:, 0])) > 180) + 1
    d = []
    for seg in np.split(xy, jumps):
        cells = np.round(seg / MIN_STEP)
        keep = np.ones(len(seg), dtype=bool)
        keep[1:] = np.any(cells[1:] != cells[:-1], axis=1)
        kept = seg[keep]
        if len(kept) < 3:
            continue
        d.append("M" + "L".join(f"{px:.1f},{py:.1f}" for px, py in kept) + "Z")
    return "".join(d)
