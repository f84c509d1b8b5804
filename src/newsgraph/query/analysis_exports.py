"""Exports of the cross-outlet analysis: events (canonical), contradictions, figures,
framing, relations. Each row keeps article ids (and source ids) of its evidence."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

from newsgraph.query.exports import exporter
from newsgraph.store import analysis as analysis_sql
from newsgraph.store import figures as figures_sql
from newsgraph.store import framing as framing_sql
from newsgraph.store.connection import table_names


def _has(conn: sqlite3.Connection, table: str) -> bool:
    return table in table_names(conn)


@exporter("events")
def export_canonical_events(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    if _has(conn, "canonical_events"):
        yield from analysis_sql.iter_canonical_events(conn)


@exporter("contradictions")
def export_contradictions(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    if _has(conn, "contradictions"):
        yield from analysis_sql.iter_contradictions(conn)


@exporter("figures")
def export_figures(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    yield from figures_sql.iter_figures(conn)


@exporter("framing")
def export_framing(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    yield from framing_sql.label_counts(conn)


@exporter("relations")
def export_relations(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    from newsgraph.analyze.relations import build_relations
    from newsgraph.store.relations import actor_names

    names = actor_names(conn)
    for edge in build_relations(conn):
        yield edge.as_dict(names)
