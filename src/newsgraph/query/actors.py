"""Exports: ``newsgraph export --what mentions`` and ``--what actors``."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

from newsgraph.query.exports import exporter
from newsgraph.store import actors as sql


@exporter("mentions")
def export_mentions(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    """Every actor mention, resolved or not, with article_id and source_id."""
    yield from sql.iter_mentions(conn)


@exporter("actors")
def export_actors(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    """Every mentioned actor with its mention counts per outlet, and the article ids and
    source ids that mention it."""
    refs: dict[str, tuple[list[str], list[str]]] = {}
    for r in conn.execute(
        "SELECT DISTINCT m.actor_id, m.article_id, a.source_id FROM mentions m "
        "JOIN articles a ON a.id = m.article_id WHERE m.actor_id IS NOT NULL "
        "ORDER BY m.article_id"
    ):
        ids, srcs = refs.setdefault(r[0], ([], []))
        ids.append(r[1])
        srcs.append(r[2])
    for row in sql.actor_counts(conn):
        info = sql.get_actor(conn, row["actor_id"]) or {}
        row["qid"] = info.get("qid")
        row["roles"] = info.get("roles", [])
        row["article_id"], row["source_id"] = refs.get(row["actor_id"], ([], []))
        yield row
