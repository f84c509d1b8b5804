"""The map's points for any date window, type and outlet, from per-day counts held in memory.

The one implementation of the map (the API's, with or without an outlet). Built once per state
of the store (``web.cache``) from ``store.place_queries.map_days``; a request filters rows by day,
type and outlet and sums them per location with ``bincount``.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

import numpy as np

from newsgraph.query.graph import UNDATED, day_number
from newsgraph.store import place_queries as sql


@dataclass
class MapIndex:
    points: list[dict[str, Any]]  # name, lat, lon, country, precision per location
    types: list[str]
    outlets: list[str | None]
    place_pt: np.ndarray  # place mention rows: location index, day number, count
    place_day: np.ndarray
    place_n: np.ndarray
    place_outlet: np.ndarray  # outlet index per place row
    event_pt: np.ndarray  # located event rows: location index, day, type index, count
    event_day: np.ndarray
    event_type: np.ndarray
    event_n: np.ndarray
    event_outlet: np.ndarray

    def query(
        self,
        *,
        since: str | None = None,
        until: str | None = None,
        type: str | None = None,
        outlet: str | None = None,
        limit: int = 2000,
    ) -> dict[str, Any]:
        n_pts, n_types = len(self.points), len(self.types)

        o = self.outlets.index(outlet) if outlet in self.outlets else -1

        def window(days: np.ndarray, outlets: np.ndarray) -> np.ndarray:
            keep = np.ones(len(days), dtype=bool)
            if outlet:
                keep &= outlets == o
            if since:
                keep &= days >= day_number(since)
            if until:
                keep &= (days <= day_number(until)) & (days != UNDATED)
            if since:
                keep &= days != UNDATED
            return keep

        places: np.ndarray = np.zeros(n_pts)
        if not type:
            k = window(self.place_day, self.place_outlet)
            places = np.bincount(self.place_pt[k], weights=self.place_n[k], minlength=n_pts)
        k = window(self.event_day, self.event_outlet)
        if type:
            t = self.types.index(type.upper()) if type.upper() in self.types else -1
            k &= self.event_type == t
        events = np.bincount(self.event_pt[k], weights=self.event_n[k], minlength=n_pts)
        by_type = np.bincount(
            self.event_pt[k] * max(1, n_types) + self.event_type[k],
            weights=self.event_n[k],
            minlength=n_pts * max(1, n_types),
        )
        total = places + events
        idx = np.flatnonzero(total > 0)
        idx = idx[np.argsort(-total[idx], kind="stable")][:limit]
        out = []
        for i in idx.tolist():
            row = by_type[i * n_types : (i + 1) * n_types] if n_types else np.zeros(0)
            out.append(
                {
                    **self.points[i],
                    "places": int(places[i]),
                    "events": int(events[i]),
                    "types": {self.types[j]: int(row[j]) for j in np.flatnonzero(row)},
                }
            )
        return {"points": out}


def build_map(conn: sqlite3.Connection) -> MapIndex:
    days = sql.map_days(conn)
    keys: dict[tuple[float, float], int] = {}
    points: list[dict[str, Any]] = []

    def point(name: Any, lat: float, lon: float) -> int:
        i = keys.get((lat, lon))
        if i is None:
            i = keys[(lat, lon)] = len(points)
            points.append(
                {"name": name, "lat": lat, "lon": lon, "country": None, "precision": None}
            )
        return i

    outlets: dict[str | None, int] = {}
    pp, pd, pn, po = [], [], [], []
    for name, lat, lon, country, prec, day, outlet, n in days["places"]:
        i = point(name, lat, lon)
        points[i]["country"] = points[i]["country"] or country
        points[i]["precision"] = points[i]["precision"] or prec
        pp.append(i)
        pd.append(day_number(day))
        pn.append(n)
        po.append(outlets.setdefault(outlet, len(outlets)))
    types: dict[str, int] = {}
    ep, ed, et, en, eo = [], [], [], [], []
    for name, lat, lon, day, typ, outlet, n in days["events"]:
        ep.append(point(name, lat, lon))
        ed.append(day_number(day))
        et.append(types.setdefault(typ or "?", len(types)))
        en.append(n)
        eo.append(outlets.setdefault(outlet, len(outlets)))

    def arr(x: list[Any], kind: type = np.int64) -> np.ndarray:
        return np.array(x, dtype=kind)

    return MapIndex(
        points,
        list(types),
        list(outlets),
        arr(pp),
        arr(pd),
        arr(pn, np.float64),
        arr(po),
        arr(ep),
        arr(ed),
        arr(et),
        arr(en, np.float64),
        arr(eo),
    )
