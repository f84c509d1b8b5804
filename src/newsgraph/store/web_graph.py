"""Read queries for the actor network: the relations graph of ``newsgraph relations``
(event reports actor -> recipient, and backing statements), aggregated in SQL."""

from __future__ import annotations

import sqlite3
from typing import Any

from newsgraph.analyze.relations import KIND_BY_TYPE
from newsgraph.store.web_actors import actor_names as kb_names
from newsgraph.store.web_events import report_schema
from newsgraph.store.web_schema import table_exists


def _kind_case(expr: str) -> str:
    """SQL for the relation kind of a PLOVER type (NULL: the type makes no relation)."""
    whens = " ".join(f"WHEN '{t}' THEN '{k}'" for t, k in KIND_BY_TYPE.items())
    return f"(CASE {expr} {whens} END)"


def network(
    conn: sqlite3.Connection,
    *,
    as_of: str | None = None,
    since: str | None = None,
    kind: str | None = None,
    actor: str | None = None,
    limit: int = 300,
) -> dict[str, Any]:
    """{origin, nodes, edges, dates}: edges (source, target, kind, weight, first, last).

    The same graph as ``newsgraph relations`` (analyze.relations): resolved actor -> resolved
    recipient of factual event reports, by PLOVER type, plus explicit backing statements;
    aggregated in SQL so it stays fast on large stores.
    """
    pairs = pairs_sql(conn)
    if pairs is None:
        return {"origin": None, "nodes": [], "edges": [], "dates": date_range(conn)}
    where, params = _window(as_of, since, kind, actor)
    rows = conn.execute(
        f"SELECT source, target, kind, count(*) AS weight, min(date) AS first, "
        f"max(date) AS last, count(DISTINCT outlet) AS outlets FROM ({pairs}) p{where} "
        "GROUP BY source, target, kind ORDER BY weight DESC, source, target LIMIT ?",
        [*params, limit],
    ).fetchall()
    edges = [dict(r) for r in rows]
    names = actor_names(conn, [x for e in edges for x in (e["source"], e["target"])])
    nodes: dict[str, dict[str, Any]] = {}
    for e in edges:
        for end in ("source", "target"):
            n = nodes.setdefault(
                e[end], {"id": e[end], "label": names.get(e[end], e[end]), "degree": 0}
            )
            n["degree"] += e["weight"]
        e["source_label"] = names.get(e["source"], e["source"])
        e["target_label"] = names.get(e["target"], e["target"])
    return {
        "origin": "relations",
        "nodes": list(nodes.values()),
        "edges": edges,
        "dates": date_range(conn),
    }


def edge_days(conn: sqlite3.Connection) -> list[tuple[Any, ...]]:
    """The whole relation graph per day: (source, target, kind, date, n, outlets csv)."""
    pairs = pairs_sql(conn)
    if pairs is None:
        return []
    return [
        tuple(r)
        for r in conn.execute(
            f"SELECT source, target, kind, substr(date, 1, 10), count(*), "
            f"group_concat(DISTINCT outlet) FROM ({pairs}) GROUP BY 1, 2, 3, 4"
        )
    ]


def _window(
    as_of: str | None, since: str | None, kind: str | None, actor: str | None = None
) -> tuple[str, list[Any]]:
    where, params = [], []
    if as_of:
        where.append("date <= ?")
        params.append(as_of)
    if since:
        where.append("date >= ?")
        params.append(since)
    if kind:
        where.append("kind = ?")
        params.append(kind)
    if actor:
        where.append("(source = ? OR target = ?)")
        params += [actor, actor]
    return (" WHERE " + " AND ".join(where)) if where else "", params


def pairs_sql(conn: sqlite3.Connection) -> str | None:
    """Rows (source, target, kind, date, outlet, report_id, backing_id, article_id, sent,
    type, trigger, trigger_start, trigger_end): one per piece of evidence of a relation."""
    parts = []
    if table_exists(conn, "event_reports") and table_exists(conn, "event_actors"):
        kind = _kind_case("e.type")
        parts.append(
            f"SELECT x.actor_id AS source, y.actor_id AS target, {kind} AS kind, "
            "coalesce(CASE WHEN length(e.date) >= 10 THEN substr(e.date, 1, 10) END, "
            "e.date_start, a.published) AS date, coalesce(a.outlet, '(unknown)') AS outlet, "
            "e.id AS report_id, NULL AS backing_id, e.article_id AS article_id, e.sent AS sent, "
            "e.type AS type, e.trigger AS trigger, e.trigger_start AS trigger_start, "
            "e.trigger_end AS trigger_end "
            "FROM event_reports e JOIN articles a ON a.id = e.article_id "
            "JOIN event_actors x ON x.event_id = e.id AND x.role = 'actor' "
            "JOIN event_actors y ON y.event_id = e.id AND y.role = 'recipient' "
            "WHERE x.actor_id IS NOT NULL AND y.actor_id IS NOT NULL "
            "AND x.actor_id != y.actor_id AND e.negated = 0 AND e.hypothetical = 0 "
            f"AND e.future = 0 AND {kind} IS NOT NULL"
        )
    if table_exists(conn, "backing"):
        parts.append(
            "SELECT b.supporter_id AS source, b.supported_id AS target, 'support' AS kind, "
            "a.published AS date, coalesce(a.outlet, '(unknown)') AS outlet, "
            "NULL AS report_id, b.id AS backing_id, b.article_id AS article_id, b.sent AS sent, "
            "'BACKING' AS type, b.text AS trigger, b.start AS trigger_start, "
            'b."end" AS trigger_end '
            "FROM backing b JOIN articles a ON a.id = b.article_id "
            "WHERE b.supporter_id IS NOT NULL AND b.supported_id IS NOT NULL "
            "AND b.supporter_id != b.supported_id"
        )
    return " UNION ALL ".join(parts) or None


def edge_evidence(
    conn: sqlite3.Connection,
    source: str,
    target: str,
    kind: str | None = None,
    *,
    as_of: str | None = None,
    limit: int = 50,
) -> list[dict[str, Any]]:
    """The reports and backing statements behind one edge, each with its sentence."""
    pairs = pairs_sql(conn)
    if pairs is None:
        return []
    where, params = _window(as_of, None, kind)
    where = (where + " AND " if where else " WHERE ") + "source = ? AND target = ?"
    params += [source, target]
    rows = conn.execute(
        f'SELECT p.*, substr(a.text, s.start + 1, s."end" - s.start) AS sentence_text, '
        f's.start AS sentence_start, s."end" AS sentence_end, a.title '
        f"FROM ({pairs}) p JOIN articles a ON a.id = p.article_id "
        f"LEFT JOIN sentences s ON s.article_id = p.article_id AND s.idx = p.sent{where} "
        "ORDER BY date, article_id LIMIT ?",
        [*params, limit],
    ).fetchall()
    out = []
    for r in rows:
        d = dict(r)
        d["sentence"] = (
            {
                "text": d.pop("sentence_text"),
                "start": d.pop("sentence_start"),
                "end": d.pop("sentence_end"),
            }
            if d.get("sentence_text") is not None
            else None
        )
        out.append(d)
    return out


def date_range(conn: sqlite3.Connection) -> dict[str, str | None]:
    s = report_schema(conn)
    if s is not None and s.cols["date"]:
        row = conn.execute(
            f'SELECT min(substr("{s.cols["date"]}", 1, 10)), max(substr("{s.cols["date"]}", 1, 10))'
            f' FROM "{s.table}" WHERE "{s.cols["date"]}" GLOB \'[0-9][0-9][0-9][0-9]-*\''
        ).fetchone()
        if row and row[0]:
            return {"first": row[0], "last": row[1]}
    row = conn.execute("SELECT min(published), max(published) FROM articles").fetchone()
    return {"first": row[0], "last": row[1]}


def actor_names(conn: sqlite3.Connection, ids: list[str]) -> dict[str, str]:
    return {k: v.get("name") or k for k, v in kb_names(conn, ids).items()}
