"""Read queries for places: geocoded places and located events, counted per location and day
(the map's data)."""

from __future__ import annotations

import sqlite3
from typing import Any

# A place that stands for a government or actor ("the Kremlin said", "Damascus denied") is
# not where anything happened: the map leaves it out.
_NOT_METONYM = "p.metonym = 0"


def map_days(conn: sqlite3.Connection) -> dict[str, list[tuple[Any, ...]]]:
    """Per-day and per-outlet counts for the map, to be filtered in memory: {"places": [(name,
    lat, lon, country, precision, day, outlet, n)], "events": [(name, lat, lon, day, type,
    outlet, n)]}. Place mentions count by their article's publication day, located events by
    the first day of their date, else their article's."""
    places = conn.execute(
        "SELECT p.name, round(p.lat, 3), round(p.lon, 3), max(p.country), max(p.precision), "
        "a.published, a.outlet, count(*) FROM places p JOIN articles a ON a.id = p.article_id "
        f"WHERE p.lat IS NOT NULL AND p.lon IS NOT NULL AND {_NOT_METONYM} GROUP BY 1, 2, 3, 6, 7"
    )
    events = conn.execute(
        "SELECT r.place_name, round(r.place_lat, 3), round(r.place_lon, 3), "
        "substr(coalesce(r.date_start, a.published), 1, 10), r.type, a.outlet, count(*) "
        "FROM event_reports r JOIN articles a ON a.id = r.article_id "
        "WHERE r.place_lat IS NOT NULL AND r.place_lon IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6"
    )
    return {"places": [tuple(r) for r in places], "events": [tuple(r) for r in events]}
