"""Exports of the cross-outlet analysis: events (canonical), contradictions, figures,
framing, relations. Each row keeps article ids (and source ids) of its evidence."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any, TextIO

from newsgraph.query.exports import FormatWriter, exporter
from newsgraph.store import analysis as analysis_sql
from newsgraph.store import articles as articles_sql
from newsgraph.store import figures as figures_sql
from newsgraph.store import framing as framing_sql


def _nested_article_ids(value: Any) -> Iterator[str]:
    """Every ``article_id`` inside a row (its reports, sides, evidence), in order."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "article_id" and isinstance(item, str):
                yield item
            else:
                yield from _nested_article_ids(item)
    elif isinstance(value, list):
        for item in value:
            yield from _nested_article_ids(item)


def _with_provenance(
    conn: sqlite3.Connection, rows: Iterator[dict[str, Any]]
) -> Iterator[dict[str, Any]]:
    """Each row of an analysis export gains the articles behind it at its top level, each once:
    ``article_id`` and the matching ``source_id`` (the ids the articles had in the input)."""
    for row in rows:
        ids = list(dict.fromkeys(_nested_article_ids(row)))
        sources = articles_sql.source_ids(conn, ids)
        row["article_id"] = ids
        row["source_id"] = [sources.get(a) for a in ids]
        yield row


@exporter("events")
def export_canonical_events(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    yield from _with_provenance(conn, analysis_sql.iter_canonical_events(conn))


@exporter("contradictions")
def export_contradictions(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    yield from _with_provenance(conn, analysis_sql.iter_contradictions(conn))


@exporter("figures")
def export_figures(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    yield from figures_sql.iter_figures(conn)


@exporter("framing")
def export_framing(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    yield from framing_sql.label_counts(conn)


def _graph_writer(kind: str) -> FormatWriter:
    """GEXF or GraphML of the exported relation rows (the same graph `relations` writes)."""

    def write(rows: Iterator[dict[str, Any]], out: TextIO) -> int:
        from newsgraph.analyze.graph_export import to_gexf, to_graphml
        from newsgraph.analyze.relations import Edge

        edges, names = [], {}
        for r in rows:
            edges.append(Edge(r["source"], r["target"], r["kind"], r["evidence"]))
            names[r["source"]], names[r["target"]] = r["source_name"], r["target_name"]
        out.write((to_gexf if kind == "gexf" else to_graphml)(edges, names))
        return len(edges)

    return write


@exporter("relations", formats={"gexf": _graph_writer("gexf"), "graphml": _graph_writer("graphml")})
def export_relations(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    from newsgraph.analyze.relations import build_relations
    from newsgraph.store.relations import actor_names

    names = actor_names(conn)
    yield from _with_provenance(conn, (edge.as_dict(names) for edge in build_relations(conn)))
