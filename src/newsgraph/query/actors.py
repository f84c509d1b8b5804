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
    refs = sql.mention_refs(conn)
    for row in sql.actor_counts(conn):
        info = sql.get_actor(conn, row["actor_id"]) or {}
        row["qid"] = info.get("qid")
        row["roles"] = info.get("roles", [])
        row["article_id"], row["source_id"] = refs.get(row["actor_id"], ([], []))
        yield row
