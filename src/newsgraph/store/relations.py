"""SQL for the evidence of actor-to-actor relations: event reports and backing statements."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

from newsgraph.store.articles import SENTENCE_TEXT
from newsgraph.store.connection import table_names


def iter_event_pairs(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    """One row per (resolved actor, resolved recipient) pair of every factual event report."""
    sql = (
        "SELECT e.id AS report_id, e.type, e.article_id, a.source_id, "
        "coalesce(a.outlet, '(unknown)') AS outlet, e.sent, "
        "coalesce(CASE WHEN length(e.date) >= 10 THEN substr(e.date, 1, 10) END, e.date_start, "
        "a.published) AS date, e.date AS date_value, a.published AS published, "
        "x.actor_id AS source, y.actor_id AS target, x.name AS source_name, "
        "y.name AS target_name, e.trigger, e.reported, "
        f"{SENTENCE_TEXT} AS sentence "
        "FROM event_reports e JOIN articles a ON a.id = e.article_id "
        "JOIN event_actors x ON x.event_id = e.id AND x.role = 'actor' "
        "JOIN event_actors y ON y.event_id = e.id AND y.role = 'recipient' "
        "LEFT JOIN sentences s ON s.article_id = e.article_id AND s.idx = e.sent "
        "WHERE x.actor_id IS NOT NULL AND y.actor_id IS NOT NULL AND x.actor_id != y.actor_id "
        "AND e.negated = 0 AND e.hypothetical = 0 AND e.future = 0"
    )
    for r in conn.execute(sql):
        yield dict(r)


def iter_backing_pairs(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    sql = (
        "SELECT b.id AS backing_id, b.article_id, a.source_id, "
        "coalesce(a.outlet, '(unknown)') AS outlet, b.sent, a.published AS date, "
        "a.published AS date_value, a.published AS published, "
        "b.supporter_id AS source, b.supported_id AS target, b.text AS trigger, "
        f"{SENTENCE_TEXT} AS sentence "
        "FROM backing b JOIN articles a ON a.id = b.article_id "
        "LEFT JOIN sentences s ON s.article_id = b.article_id AND s.idx = b.sent "
        "WHERE b.supporter_id IS NOT NULL AND b.supported_id IS NOT NULL "
        "AND b.supporter_id != b.supported_id"
    )
    for r in conn.execute(sql):
        yield dict(r)


def actor_names(conn: sqlite3.Connection) -> dict[str, str]:
    """Actor id -> display name, from the knowledge base tables if present."""
    tables = table_names(conn)
    if "actors" not in tables:
        return {}
    return {r[0]: r[1] for r in conn.execute("SELECT id, name FROM actors")}
