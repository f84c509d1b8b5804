"""SQL for place mentions: the writer, the export rows and the per-place summary."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from typing import Any

from newsgraph.store.facts import fact_writer
from newsgraph.types import Place

_COLUMNS = (
    'article_id, sent, start, "end", text, name, geonames_id, lat, lon, country, '
    "admin1, admin_level, feature, precision, confidence, metonym, method, note, "
    "candidates"
)


@fact_writer("places")
def write_places(conn: sqlite3.Connection, article_id: str, items: tuple[Any, ...]) -> None:
    conn.execute("DELETE FROM places WHERE article_id = ?", (article_id,))
    conn.executemany(
        f"INSERT INTO places({_COLUMNS}) VALUES ({', '.join('?' * 19)})",
        [
            (
                article_id,
                p.sent,
                p.start,
                p.end,
                p.text,
                p.name,
                p.geonames_id,
                p.lat,
                p.lon,
                p.country,
                p.admin1,
                p.admin_level,
                p.feature,
                p.precision,
                p.confidence,
                int(p.metonym),
                p.method,
                p.note,
                json.dumps([dict(c) for c in p.candidates], ensure_ascii=False),
            )
            for p in items
            if isinstance(p, Place)
        ],
    )


def iter_places(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    """Every place mention with its article's source id, outlet, date and sentence."""
    sql = (
        'SELECT p.article_id, a.source_id, a.outlet, a.published, p.sent, p.start, p."end", '
        "p.text, p.name, p.geonames_id, p.lat, p.lon, p.country, p.admin1, p.admin_level, "
        "p.feature, p.precision, p.confidence, p.metonym, p.method, p.note, p.candidates, "
        'substr(a.text, s.start + 1, s."end" - s.start) AS sentence '
        "FROM places p JOIN articles a ON a.id = p.article_id "
        "LEFT JOIN sentences s ON s.article_id = p.article_id AND s.idx = p.sent "
        "ORDER BY a.published, p.article_id, p.start"
    )
    for row in conn.execute(sql):
        d = dict(row)
        d["metonym"] = bool(d["metonym"])
        d["candidates"] = json.loads(d["candidates"] or "[]")
        yield d


def place_summary(
    conn: sqlite3.Connection, *, country: str | None = None, include_metonyms: bool = True
) -> list[dict[str, Any]]:
    """Resolved places with mention and article counts, most mentioned first."""
    where, params = ["p.precision IS NOT NULL"], []
    if country:
        where.append("p.country = ?")
        params.append(country.upper())
    if not include_metonyms:
        where.append("p.metonym = 0")
    sql = (
        "SELECT p.name, p.geonames_id, p.lat, p.lon, p.country, p.feature, p.precision, "
        "count(*) AS mentions, count(DISTINCT p.article_id) AS articles, "
        "sum(p.metonym) AS metonyms, round(avg(p.confidence), 2) AS confidence, "
        "group_concat(DISTINCT p.text) AS spellings "
        f"FROM places p WHERE {' AND '.join(where)} "
        "GROUP BY p.name, p.geonames_id, p.lat, p.lon ORDER BY mentions DESC, p.name"
    )
    return [dict(r) for r in conn.execute(sql, params)]


def unresolved_places(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Unresolved mentions grouped by text, with the note and candidates of one of them."""
    sql = (
        "SELECT p.text, count(*) AS mentions, count(DISTINCT p.article_id) AS articles, "
        "max(p.note) AS note, max(p.candidates) AS candidates "
        "FROM places p WHERE p.precision IS NULL GROUP BY p.text ORDER BY mentions DESC, p.text"
    )
    out = []
    for r in conn.execute(sql):
        d = dict(r)
        d["candidates"] = json.loads(d["candidates"] or "[]")
        out.append(d)
    return out
