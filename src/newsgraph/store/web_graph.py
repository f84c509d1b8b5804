"""Read queries for the actor network: the relations graph, or (until relations exist) a
graph built from event reports, actor -> recipient, one edge per (pair, kind)."""

from __future__ import annotations

import sqlite3
from typing import Any

from newsgraph.store.web_events import _c, participants_sql, report_schema
from newsgraph.store.web_schema import columns, first_table, pick, table_exists

# PLOVER event type -> relation kind, for the graph built from event reports.
KIND_OF_TYPE = {
    "CONSULT": "consult", "AGREE": "cooperate", "COOPERATE": "cooperate", "SUPPORT": "support",
    "AID": "support", "CONCEDE": "cooperate", "RETREAT": "cooperate", "REQUEST": "consult",
    "ACCUSE": "accuse", "DEMAND": "oppose", "THREATEN": "oppose", "PROTEST": "oppose",
    "REJECT": "oppose", "SANCTION": "oppose", "MOBILIZE": "oppose", "COERCE": "assault",
    "ASSAULT": "assault", "DISAPPROVE": "accuse",
}
RELATION_TABLES = ("relations", "actor_relations")
EVIDENCE_TABLES = ("relation_evidence", "relation_reports")


def _kind_case(expr: str) -> str:
    whens = " ".join(f"WHEN '{t}' THEN '{k}'" for t, k in KIND_OF_TYPE.items())
    return f"CASE upper({expr}) {whens} ELSE lower(coalesce({expr}, 'other')) END"


def relation_schema(conn: sqlite3.Connection) -> dict[str, Any] | None:
    table = first_table(conn, *RELATION_TABLES)
    if table is None:
        return None
    c = columns(conn, table)
    cols = {
        "id": pick(c, "id") or "rowid",
        "source": pick(c, "source_id", "source", "actor_id", "src"),
        "target": pick(c, "target_id", "target", "recipient_id", "dst"),
        "kind": pick(c, "kind", "type", "relation"),
        "first": pick(c, "first_date", "first", "since", "start"),
        "last": pick(c, "last_date", "last", "until", "end"),
        "weight": pick(c, "weight", "n", "count", "n_evidence", "evidence_count"),
        "outlets": pick(c, "outlets", "n_outlets"),
    }
    if not cols["source"] or not cols["target"]:
        return None
    return {"table": table, "cols": cols}


def network(
    conn: sqlite3.Connection, *, as_of: str | None = None, since: str | None = None,
    kind: str | None = None, limit: int = 300,
) -> dict[str, Any]:
    """{source, nodes, edges, dates}: edges (source, target, kind, weight, first, last)."""
    rel = relation_schema(conn)
    if rel is not None and conn.execute(f'SELECT 1 FROM "{rel["table"]}" LIMIT 1').fetchone():
        edges = _relation_edges(conn, rel, as_of, since, kind, limit)
        origin = "relations"
    else:
        edges = _report_edges(conn, as_of, since, kind, limit)
        origin = "event_reports"
    nodes: dict[str, dict[str, Any]] = {}
    for e in edges:
        for end, label in (("source", "source_label"), ("target", "target_label")):
            n = nodes.setdefault(e[end], {"id": e[end], "label": e.pop(label, None) or e[end],
                                          "degree": 0})
            n["degree"] += e["weight"] or 1
    return {"origin": origin, "nodes": list(nodes.values()), "edges": edges,
            "dates": date_range(conn)}


def _relation_edges(
    conn: sqlite3.Connection, rel: dict[str, Any], as_of: str | None, since: str | None,
    kind: str | None, limit: int,
) -> list[dict[str, Any]]:
    c = rel["cols"]

    def col(n: str) -> str:
        return f'r."{c[n]}"' if c.get(n) else "NULL"

    where, params = [], []
    if as_of and c["first"]:
        where.append(f"({col('first')} IS NULL OR {col('first')} <= ?)")
        params.append(as_of)
    if since and c["last"]:
        where.append(f"({col('last')} IS NULL OR {col('last')} >= ?)")
        params.append(since)
    if kind and c["kind"]:
        where.append(f"{col('kind')} = ?")
        params.append(kind)
    w = (" WHERE " + " AND ".join(where)) if where else ""
    names = "actors" if table_exists(conn, "actors") else None
    label = ("(SELECT name FROM actors x WHERE x.id = {}) " if names and "name" in
             columns(conn, "actors") and "id" in columns(conn, "actors") else "NULL ")
    rows = conn.execute(
        f"SELECT {col('id')} AS id, {col('source')} AS source, {col('target')} AS target, "
        f"{col('kind')} AS kind, {col('first')} AS first, {col('last')} AS last, "
        f"coalesce({col('weight')}, 1) AS weight, {label.format(col('source'))}AS source_label, "
        f"{label.format(col('target'))}AS target_label "
        f'FROM "{rel["table"]}" r{w} ORDER BY weight DESC LIMIT ?', [*params, limit]
    ).fetchall()
    return [dict(r) for r in rows]


def _report_edges(
    conn: sqlite3.Connection, as_of: str | None, since: str | None, kind: str | None, limit: int
) -> list[dict[str, Any]]:
    s = report_schema(conn)
    if s is None:
        return []
    parts = participants_sql(s)
    if parts is None:
        return []
    date = f"coalesce({_c(s, 'date')}, a.published)"
    where, params = ["pa.role = 'actor'", "pb.role = 'recipient'", "pa.key <> pb.key"], []
    if as_of:
        where.append(f"({date} IS NULL OR substr({date}, 1, 10) <= ?)")
        params.append(as_of)
    if since:
        where.append(f"({date} IS NULL OR {date} >= ?)")
        params.append(since)
    kind_expr = _kind_case(_c(s, "type"))
    having = ""
    if kind:
        having = " HAVING kind = ?"
        params.append(kind)
    rows = conn.execute(
        f"WITH parts AS ({parts}) "
        f"SELECT pa.key AS source, pb.key AS target, {kind_expr} AS kind, "
        f"max(pa.label) AS source_label, max(pb.label) AS target_label, "
        f"count(DISTINCT {_c(s, 'id')}) AS weight, min({date}) AS first, max({date}) AS last, "
        f"count(DISTINCT a.outlet) AS outlets "
        f'FROM "{s.table}" r JOIN articles a ON a.id = r.article_id '
        f"JOIN parts pa ON pa.rid = {_c(s, 'id')} JOIN parts pb ON pb.rid = {_c(s, 'id')} "
        f"WHERE {' AND '.join(where)} GROUP BY 1, 2, 3{having} ORDER BY weight DESC LIMIT ?",
        [*params, limit],
    ).fetchall()
    return [dict(r) for r in rows]


def edge_evidence(
    conn: sqlite3.Connection, source: str, target: str, kind: str | None = None, *,
    as_of: str | None = None, limit: int = 50,
) -> list[Any]:
    """The report ids behind one edge (the caller loads them with their sentences)."""
    rel = relation_schema(conn)
    ev = first_table(conn, *EVIDENCE_TABLES)
    if rel is not None and ev is not None:
        c, ec = rel["cols"], columns(conn, ev)
        fk = pick(ec, "relation_id", "rel_id")
        rid = pick(ec, "report_id", "event_report_id", "event_id")
        if fk and rid:
            params: list[Any] = [source, target]
            cond = f'r."{c["source"]}" = ? AND r."{c["target"]}" = ?'
            if kind and c["kind"]:
                cond += f' AND r."{c["kind"]}" = ?'
                params.append(kind)
            rows = conn.execute(
                f'SELECT DISTINCT e."{rid}" FROM "{ev}" e JOIN "{rel["table"]}" r '
                f'ON r."{c["id"]}" = e."{fk}" WHERE {cond} LIMIT ?', [*params, limit]
            ).fetchall()
            if rows:
                return [r[0] for r in rows]
    s = report_schema(conn)
    if s is None:
        return []
    parts = participants_sql(s)
    if parts is None:
        return []
    date = f"coalesce({_c(s, 'date')}, a.published)"
    where = ["pa.role = 'actor'", "pa.key = ?", "pb.role = 'recipient'", "pb.key = ?"]
    params = [source, target]
    if kind:
        where.append(f"{_kind_case(_c(s, 'type'))} = ?")
        params.append(kind)
    if as_of:
        where.append(f"({date} IS NULL OR substr({date}, 1, 10) <= ?)")
        params.append(as_of)
    rows = conn.execute(
        f"WITH parts AS ({parts}) SELECT DISTINCT {_c(s, 'id')} FROM \"{s.table}\" r "
        f"JOIN articles a ON a.id = r.article_id JOIN parts pa ON pa.rid = {_c(s, 'id')} "
        f"JOIN parts pb ON pb.rid = {_c(s, 'id')} WHERE {' AND '.join(where)} "
        f"ORDER BY {date} LIMIT ?", [*params, limit]
    ).fetchall()
    return [r[0] for r in rows]


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
