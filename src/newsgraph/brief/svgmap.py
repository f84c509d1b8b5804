"""A static map for the brief: event places placed on a latitude/longitude grid (an
equirectangular projection scaled by the cosine of the middle latitude), with no tiles and
no network, over the country outlines of the atlas the web UI ships (``basemap.py``). The
renderer draws the numbers computed here; nothing here is markup.

The area shown is the places' bounding box, padded and widened to a landscape shape; labels
are placed right, left, above or below their circle, whichever first overlaps no label
placed before (places with the most events are placed first).
"""

from __future__ import annotations

import math
from typing import Any

from newsgraph.brief.basemap import land_paths

WIDTH = 720
HEIGHT = 420
PAD = 36  # pixels around the plotted area (for the grid labels)
MIN_SPAN = 6.0  # degrees: a single place still gets some surroundings
ASPECT = 1.6  # width / height of the area shown, at least
CHAR_W, LINE_H = 6.2, 12.0  # label size estimate (11 px sans-serif)

Box = tuple[float, float, float, float]


def layout_map(points: list[dict[str, Any]]) -> dict[str, Any]:
    """{width, height, points: [{x, y, r, name, events, types, lx, ly, anchor}], grid: [{x1,
    y1, x2, y2, label, lx, ly, anchor}]}; no points gives ``{"points": [], ...}``."""
    if not points:
        return {"points": [], "grid": [], "land": [], "width": WIDTH, "height": 0}
    lats = [float(p["lat"]) for p in points]
    lons = [float(p["lon"]) for p in points]
    lat0, lat1 = _span(min(lats), max(lats), -85.0, 85.0)
    kx = math.cos(math.radians((lat0 + lat1) / 2))
    lon_lo, lon_hi = min(lons), max(lons)
    wide = (lat1 - lat0) * ASPECT / kx  # degrees of longitude for a landscape shape
    if lon_hi - lon_lo < wide:
        mid = (lon_lo + lon_hi) / 2
        lon_lo, lon_hi = mid - wide / 2, mid + wide / 2
    lon0, lon1 = _span(lon_lo, lon_hi, -180.0, 180.0)
    scale = min((WIDTH - 2 * PAD) / ((lon1 - lon0) * kx), (HEIGHT - 2 * PAD) / (lat1 - lat0))
    width = (lon1 - lon0) * kx * scale + 2 * PAD
    height = (lat1 - lat0) * scale + 2 * PAD

    def x(lon: float) -> float:
        return round(PAD + (lon - lon0) * kx * scale, 1)

    def y(lat: float) -> float:
        return round(PAD + (lat1 - lat) * scale, 1)

    most = max(int(p.get("events") or 1) for p in points)
    out: list[dict[str, Any]] = []
    placed: list[Box] = []
    for p in sorted(points, key=lambda p: (-int(p.get("events") or 0), str(p.get("name")))):
        px, py = x(float(p["lon"])), y(float(p["lat"]))
        r = round(4 + 10 * math.sqrt(int(p.get("events") or 1) / most), 1)
        name = str(p.get("name") or f"{p['lat']}, {p['lon']}")
        label = f"{name} ({int(p.get('events') or 0)})"
        lx, ly, anchor, box = _place_label(px, py, r, label, placed)
        placed.append(box)
        out.append(
            {
                "x": px,
                "y": py,
                "r": r,
                "name": name,
                "events": int(p.get("events") or 0),
                "types": p.get("types") or {},
                "lx": lx,
                "ly": ly,
                "anchor": anchor,
            }
        )
    step = _step(max(lat1 - lat0, (lon1 - lon0) * kx))
    grid = []
    v = math.ceil(lat0 / step) * step
    while v <= lat1:
        grid.append(
            {
                "x1": x(lon0),
                "y1": y(v),
                "x2": x(lon1),
                "y2": y(v),
                "label": _deg(v, "NS"),
                "lx": x(lon0) - 4,
                "ly": y(v) + 4,
                "anchor": "end",
            }
        )
        v += step
    v = math.ceil(lon0 / step) * step
    while v <= lon1:
        grid.append(
            {
                "x1": x(v),
                "y1": y(lat0),
                "x2": x(v),
                "y2": y(lat1),
                "label": _deg(v, "EW"),
                "lx": x(v),
                "ly": y(lat0) + 16,
                "anchor": "middle",
            }
        )
        v += step
    return {
        "points": out,
        "grid": grid,
        "land": land_paths(
            (lon0, lat0, lon1, lat1),
            (kx * scale, PAD - lon0 * kx * scale, -scale, PAD + lat1 * scale),
        ),
        "width": round(width, 1),
        "height": round(height, 1),
        "clip": {
            "x": PAD,
            "y": PAD,
            "w": round(width - 2 * PAD, 1),
            "h": round(height - 2 * PAD, 1),
        },
    }


def _place_label(
    px: float, py: float, r: float, label: str, placed: list[Box]
) -> tuple[float, float, str, Box]:
    w = len(label) * CHAR_W
    candidates = [
        (px + r + 3, py + 4, "start", (px + r + 3, py - 8, px + r + 3 + w, py + 4)),
        (px - r - 3, py + 4, "end", (px - r - 3 - w, py - 8, px - r - 3, py + 4)),
        (px, py - r - 4, "middle", (px - w / 2, py - r - 4 - LINE_H, px + w / 2, py - r - 4)),
        (px, py + r + 12, "middle", (px - w / 2, py + r, px + w / 2, py + r + 12)),
    ]
    for lx, ly, anchor, box in candidates:
        if not any(_overlap(box, b) for b in placed):
            return round(lx, 1), round(ly, 1), anchor, box
    lx, ly, anchor, box = candidates[0]  # crowded: to the right, nudged below the others
    shift = LINE_H * sum(1 for b in placed if _overlap(box, b))
    box = (box[0], box[1] + shift, box[2], box[3] + shift)
    return round(lx, 1), round(ly + shift, 1), anchor, box


def _overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _span(lo: float, hi: float, floor: float, ceil: float) -> tuple[float, float]:
    pad = max((hi - lo) * 0.15, (MIN_SPAN - (hi - lo)) / 2, 0.5)
    return max(floor, lo - pad), min(ceil, hi + pad)


def _step(span: float) -> float:
    for s in (1, 2, 5, 10, 20, 30, 45):
        if span / s <= 8:
            return float(s)
    return 60.0


def _deg(v: float, hemis: str) -> str:
    if v == 0:
        return "0°"
    return f"{abs(v):g}°{hemis[0] if v > 0 else hemis[1]}"
