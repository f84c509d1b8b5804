"""Read queries for the map: geocoded places and located events, aggregated per location."""

from __future__ import annotations

import sqlite3
from typing import Any

from newsgraph.store.web_events import _c, report_schema
from newsgraph.store.web_schema import columns, pick, table_exists


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

    if table_exists(conn, "places") and not type:
        pc = columns(conn, "places")
        if {"lat", "lon"} <= pc:
            name = pick(pc, "name", "text") or "text"
            country = f'p."{c}"' if (c := pick(pc, "country")) else "NULL"
            prec = f'p."{c}"' if (c := pick(pc, "precision")) else "NULL"
            where = ["p.lat IS NOT NULL", "p.lon IS NOT NULL", *_not_metonym(pc)]
            params: list[Any] = []
            _dates("a.published", since, until, where, params)
            if outlet:
                where.append("a.outlet = ?")
                params.append(outlet)
            for r in conn.execute(
                f'SELECT p."{name}" AS name, p.lat, p.lon, {country} AS country, '
                f"{prec} AS precision, count(*) AS n FROM places p "
                f"JOIN articles a ON a.id = p.article_id WHERE {' AND '.join(where)} "
                f"GROUP BY 1, 2, 3 ORDER BY n DESC LIMIT ?",
                [*params, limit],
            ):
                pt = point(r["name"], r["lat"], r["lon"])
                pt["places"] += r["n"]
                pt["country"] = pt["country"] or r["country"]
                pt["precision"] = pt["precision"] or r["precision"]
    s = report_schema(conn)
    if s is not None and s.cols["lat"] and s.cols["lon"]:
        date = f"coalesce({_c(s, 'date')}, a.published)"
        where = [f"{_c(s, 'lat')} IS NOT NULL", f"{_c(s, 'lon')} IS NOT NULL"]
        params = []
        _dates(date, since, until, where, params)
        if type:
            where.append(f"{_c(s, 'type')} = ?")
            params.append(type.upper())
        if outlet:
            where.append("a.outlet = ?")
            params.append(outlet)
        for r in conn.execute(
            f"SELECT {_c(s, 'place_name')} AS name, {_c(s, 'lat')} AS lat, "
            f"{_c(s, 'lon')} AS lon, {_c(s, 'type')} AS type, count(*) AS n "
            f'FROM "{s.table}" r JOIN articles a ON a.id = r.article_id '
            f"WHERE {' AND '.join(where)} GROUP BY 1, 2, 3, 4 ORDER BY n DESC LIMIT ?",
            [*params, limit],
        ):
            pt = point(r["name"], r["lat"], r["lon"])
            pt["events"] += r["n"]
            t = r["type"] or "?"
            pt["types"][t] = pt["types"].get(t, 0) + r["n"]
    out = sorted(points.values(), key=lambda p: -(p["events"] + p["places"]))[:limit]
    return {"points": out}


def _not_metonym(place_columns: set[str]) -> list[str]:
    """A place that stands for a government or actor ("the Kremlin said", "Damascus
    denied") is not where anything happened: the map leaves it out."""
    return ["p.metonym = 0"] if "metonym" in place_columns else []


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
    out: dict[str, list[tuple[Any, ...]]] = {"places": [], "events": []}
    if table_exists(conn, "places") and {"lat", "lon"} <= columns(conn, "places"):
        pc = columns(conn, "places")
        name = pick(pc, "name", "text") or "text"
        country = f'max(p."{c}")' if (c := pick(pc, "country")) else "NULL"
        prec = f'max(p."{c}")' if (c := pick(pc, "precision")) else "NULL"
        out["places"] = [
            tuple(r)
            for r in conn.execute(
                f'SELECT p."{name}", round(p.lat, 3), round(p.lon, 3), {country}, {prec}, '
                "a.published, count(*) FROM places p JOIN articles a ON a.id = p.article_id "
                "WHERE p.lat IS NOT NULL AND p.lon IS NOT NULL "
                + "".join(f"AND {c} " for c in _not_metonym(pc))
                + "GROUP BY 1, 2, 3, 6"
            )
        ]
    s = report_schema(conn)
    if s is not None and s.cols["lat"] and s.cols["lon"]:
        day = _c(s, "date_start") if s.cols["date_start"] else _c(s, "date")
        out["events"] = [
            tuple(r)
            for r in conn.execute(
                f"SELECT {_c(s, 'place_name')}, round({_c(s, 'lat')}, 3), "
                f"round({_c(s, 'lon')}, 3), "
                f"substr(coalesce({day}, a.published), 1, 10), {_c(s, 'type')}, count(*) "
                f'FROM "{s.table}" r JOIN articles a ON a.id = r.article_id '
                f"WHERE {_c(s, 'lat')} IS NOT NULL AND {_c(s, 'lon')} IS NOT NULL "
                "GROUP BY 1, 2, 3, 4, 5"
            )
        ]
    return out
