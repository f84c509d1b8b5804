"""A static map for the brief: event places placed on a latitude/longitude grid (an
equirectangular projection scaled by the cosine of the middle latitude), with no tiles and
no network. The renderer draws the numbers computed here; nothing here is markup."""

from __future__ import annotations

import math
from typing import Any

WIDTH = 720
MAX_HEIGHT = 460
PAD = 36  # pixels around the plotted area (for the grid labels)
MIN_SPAN = 6.0  # degrees: a single place still gets some surroundings


def layout_map(points: list[dict[str, Any]]) -> dict[str, Any]:
    """{width, height, points: [{x, y, r, name, events, types}], grid: [{x1, y1, x2, y2,
    label, lx, ly}]}; an empty ``points`` gives ``{"points": []}``."""
    if not points:
        return {"points": [], "grid": [], "width": WIDTH, "height": 0}
    lats = [float(p["lat"]) for p in points]
    lons = [float(p["lon"]) for p in points]
    lat0, lat1 = _span(min(lats), max(lats), -85.0, 85.0)
    lon0, lon1 = _span(min(lons), max(lons), -180.0, 180.0)
    kx = math.cos(math.radians((lat0 + lat1) / 2))
    plot_w = WIDTH - 2 * PAD
    scale = plot_w / ((lon1 - lon0) * kx)
    plot_h = (lat1 - lat0) * scale
    if plot_h > MAX_HEIGHT - 2 * PAD:  # a tall area: fit the height instead
        scale = (MAX_HEIGHT - 2 * PAD) / (lat1 - lat0)
        plot_h = MAX_HEIGHT - 2 * PAD
    height = plot_h + 2 * PAD
    left = PAD + (plot_w - (lon1 - lon0) * kx * scale) / 2

    def x(lon: float) -> float:
        return round(left + (lon - lon0) * kx * scale, 1)

    def y(lat: float) -> float:
        return round(PAD + (lat1 - lat) * scale, 1)

    most = max(int(p.get("events") or 1) for p in points)
    out = [
        {
            "x": x(float(p["lon"])),
            "y": y(float(p["lat"])),
            "r": round(4 + 10 * math.sqrt(int(p.get("events") or 1) / most), 1),
            "name": p.get("name") or f"{p['lat']}, {p['lon']}",
            "events": int(p.get("events") or 0),
            "types": p.get("types") or {},
        }
        for p in sorted(points, key=lambda p: -int(p.get("events") or 0))
    ]
    step = _step(max(lat1 - lat0, lon1 - lon0))
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
    return {"points": out, "grid": grid, "width": WIDTH, "height": round(height, 1)}


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
