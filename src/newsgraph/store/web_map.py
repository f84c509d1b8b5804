"""Read queries for the map: geocoded places and located events, aggregated per location."""

from __future__ import annotations

import sqlite3
from typing import Any

# A place that stands for a government or actor ("the Kremlin said", "Damascus denied") is
# not where anything happened: the map leaves it out.
_NOT_METONYM = "p.metonym = 0"


def map_points(
    conn: sqlite3.Connection,
    *,
    since: str | None = None,
    until: str | None = None,
    type: str | None = None,
    outlet: str | None = None,
    limit: int = 2000,
) -> dict[str, Any]:
    """{points: [{name, lat, lon, country, precision, places, events, types}]}.

    Places count mentions (by the article's publication date); events count event reports
    located there (by the event's date, else the publication date).
    """
    points: dict[tuple[float, float], dict[str, Any]] = {}

    def point(name: Any, lat: float, lon: float) -> dict[str, Any]:
        key = (round(lat, 3), round(lon, 3))
        return points.setdefault(
            key,
            {
                "name": name,
                "lat": key[0],
                "lon": key[1],
                "country": None,
                "precision": None,
                "places": 0,
                "events": 0,
                "types": {},
            },
        )

    params: list[Any]
    if not type:
        where = ["p.lat IS NOT NULL", "p.lon IS NOT NULL", _NOT_METONYM]
        params = []
        _dates("a.published", since, until, where, params)
        if outlet:
            where.append("a.outlet = ?")
            params.append(outlet)
        for r in conn.execute(
            "SELECT p.name AS name, p.lat, p.lon, p.country AS country, "
            "p.precision AS precision, count(*) AS n FROM places p "
            f"JOIN articles a ON a.id = p.article_id WHERE {' AND '.join(where)} "
            "GROUP BY 1, 2, 3 ORDER BY n DESC LIMIT ?",
            [*params, limit],
        ):
            pt = point(r["name"], r["lat"], r["lon"])
            pt["places"] += r["n"]
            pt["country"] = pt["country"] or r["country"]
            pt["precision"] = pt["precision"] or r["precision"]
    where = ["r.place_lat IS NOT NULL", "r.place_lon IS NOT NULL"]
    params = []
    _dates("coalesce(r.date, a.published)", since, until, where, params)
    if type:
        where.append("r.type = ?")
        params.append(type.upper())
    if outlet:
        where.append("a.outlet = ?")
        params.append(outlet)
    for r in conn.execute(
        "SELECT r.place_name AS name, r.place_lat AS lat, r.place_lon AS lon, r.type AS type, "
        "count(*) AS n FROM event_reports r JOIN articles a ON a.id = r.article_id "
        f"WHERE {' AND '.join(where)} GROUP BY 1, 2, 3, 4 ORDER BY n DESC LIMIT ?",
        [*params, limit],
    ):
        pt = point(r["name"], r["lat"], r["lon"])
        pt["events"] += r["n"]
        t = r["type"] or "?"
        pt["types"][t] = pt["types"].get(t, 0) + r["n"]
    out = sorted(points.values(), key=lambda p: -(p["events"] + p["places"]))[:limit]
    return {"points": out}


def _dates(
    expr: str, since: str | None, until: str | None, where: list[str], params: list[Any]
) -> None:
    if since:
        where.append(f"{expr} >= ?")
        params.append(since)
    if until:
        where.append(f"substr({expr}, 1, 10) <= ?")
        params.append(until)


def map_days(conn: sqlite3.Connection) -> dict[str, list[tuple[Any, ...]]]:
    """Per-day counts for the map, to be filtered in memory: {"places": [(name, lat, lon,
    country, precision, day, n)], "events": [(name, lat, lon, day, type, n)]}."""
    places = conn.execute(
        "SELECT p.name, round(p.lat, 3), round(p.lon, 3), max(p.country), max(p.precision), "
        "a.published, count(*) FROM places p JOIN articles a ON a.id = p.article_id "
        f"WHERE p.lat IS NOT NULL AND p.lon IS NOT NULL AND {_NOT_METONYM} GROUP BY 1, 2, 3, 6"
    )
    events = conn.execute(
        "SELECT r.place_name, round(r.place_lat, 3), round(r.place_lon, 3), "
        "substr(coalesce(r.date_start, a.published), 1, 10), r.type, count(*) "
        "FROM event_reports r JOIN articles a ON a.id = r.article_id "
        "WHERE r.place_lat IS NOT NULL AND r.place_lon IS NOT NULL GROUP BY 1, 2, 3, 4, 5"
    )
    return {"places": [tuple(r) for r in places], "events": [tuple(r) for r in events]}
