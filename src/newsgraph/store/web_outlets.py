"""Read queries for comparing outlets on one actor: labels (framing), coverage, quotes,
and contradictions between outlets."""

from __future__ import annotations

import contextlib
import itertools
import json
import sqlite3
from typing import Any

from newsgraph.store import framing as framing_sql
from newsgraph.store.web_actors import quote_columns
from newsgraph.store.web_events import _c, participants_sql, report_schema, resolve_actor_id
from newsgraph.store.web_schema import (
    Page,
    columns,
    empty_page,
    first_table,
    page,
    pick,
    table_exists,
)

FRAMING_TABLES = ("framing", "framing_labels", "actor_labels", "labels")
CONTRADICTION_TABLES = ("contradictions",)


def framing(conn: sqlite3.Connection, actor_id: str, limit: int = 200) -> dict[str, Any]:
    """How each outlet labels the actor: {origin, rows: [{outlet, label, n, example}]}."""
    if table_exists(conn, "labels") and "actor_id" in columns(conn, "labels"):
        rows = list(itertools.islice(framing_sql.label_counts(conn, actor=actor_id), limit))
        if rows:
            return {"origin": "labels", "rows": rows}
    table = first_table(conn, *FRAMING_TABLES)
    if table is not None and "actor_id" in columns(conn, table):
        c = columns(conn, table)
        label = pick(c, "label", "text", "term")
        n = pick(c, "count", "n")
        outlet = pick(c, "outlet")
        example = pick(c, "example", "example_sentence", "examples")
        if label and outlet:
            rows = conn.execute(
                f'SELECT "{outlet}" AS outlet, "{label}" AS label, '
                f"{f'sum({n})' if n else 'count(*)'} AS n, "
                f"{f'max({example})' if example else 'NULL'} AS example "
                f'FROM "{table}" WHERE actor_id = ? GROUP BY 1, 2 ORDER BY 1, 3 DESC LIMIT ?',
                (actor_id, limit),
            ).fetchall()
            if rows:
                return {"origin": table, "rows": [dict(r) for r in rows]}
    if not table_exists(conn, "mentions") or "actor_id" not in columns(conn, "mentions"):
        return {"origin": None, "rows": []}
    rows = conn.execute(
        "SELECT coalesce(a.outlet, '(unknown)') AS outlet, m.text AS label, count(*) AS n, "
        "NULL AS example FROM mentions m JOIN articles a ON a.id = m.article_id "
        "WHERE m.actor_id = ? GROUP BY 1, lower(m.text) ORDER BY 1, 3 DESC LIMIT ?",
        (actor_id, limit),
    ).fetchall()
    return {"origin": "mentions", "rows": [dict(r) for r in rows]}


def coverage(conn: sqlite3.Connection, actor_id: str, limit: int = 200) -> dict[str, Any]:
    """Events involving the actor (grouped by type and date) and which outlets report each."""
    s = report_schema(conn)
    outlets = [
        r[0]
        for r in conn.execute(
            "SELECT DISTINCT coalesce(outlet, '(unknown)') FROM articles ORDER BY 1"
        )
    ]
    if s is None:
        return {"outlets": outlets, "events": []}
    parts = participants_sql(s)
    if parts is None:
        return {"outlets": outlets, "events": []}
    date = f"substr(coalesce({_c(s, 'date')}, a.published), 1, 10)"
    known = resolve_actor_id(conn, s, actor_id)
    if known is not None and s.participants:
        pc = s.p_cols
        parts = (
            f'SELECT "{pc["fk"]}" AS rid, "{pc["actor_id"]}" AS key '
            f'FROM "{s.participants}" WHERE "{pc["actor_id"]}" = ?'
        )
        actor_id = known
    if (
        known is not None
        and s.participants
        and table_exists(conn, "canonical_event_reports")
        and table_exists(conn, "canonical_events")
    ):
        return _canonical_coverage(conn, s, known, outlets, limit)
    rows = conn.execute(
        f"WITH parts AS ({parts}) SELECT {date} AS date, {_c(s, 'type')} AS type, "
        f"group_concat(DISTINCT coalesce(a.outlet, '(unknown)')) AS outlets, "
        f"min({_c(s, 'id')}) AS report_id, count(DISTINCT {_c(s, 'id')}) AS reports, "
        f"max({_c(s, 'trigger')}) AS trigger "
        f'FROM "{s.table}" r JOIN articles a ON a.id = r.article_id '
        f"WHERE {_c(s, 'id')} IN (SELECT rid FROM parts WHERE key = ?) "
        f"GROUP BY 1, 2 ORDER BY 1, 2 LIMIT ?",
        (actor_id, actor_id, limit) if known is not None else (actor_id, limit),
    ).fetchall()
    events = []
    for r in rows:
        d = dict(r)
        d["outlets"] = sorted(set((d["outlets"] or "").split(",")) - {""})
        d["event_id"] = f"r{d['report_id']}"
        events.append(d)
    return {"outlets": outlets, "events": events, "origin": "reports"}


def _canonical_coverage(
    conn: sqlite3.Connection, s: Any, actor_id: str, outlets: list[str], limit: int
) -> dict[str, Any]:
    """Canonical events with a report naming the actor (the first ``limit`` by date), and
    the outlets reporting each."""
    pc = s.p_cols
    ids = [
        r[0]
        for r in conn.execute(
            "SELECT e.id FROM canonical_events e WHERE e.id IN (SELECT m.canonical_id FROM "
            f'"{s.participants}" p JOIN canonical_event_reports m ON m.report_id = '
            f'p."{pc["fk"]}" WHERE p."{pc["actor_id"]}" = ?) '
            "ORDER BY e.date IS NULL, e.date, e.id LIMIT ?",
            (actor_id, limit),
        )
    ]
    if not ids:
        return {"outlets": outlets, "events": [], "origin": "canonical"}
    rows = conn.execute(
        "SELECT e.id AS canonical_id, e.date AS date, e.type AS type, "
        "group_concat(DISTINCT coalesce(a.outlet, '(unknown)')) AS outlets, "
        f"count(DISTINCT m.report_id) AS reports, max({_c(s, 'trigger')}) AS trigger "
        "FROM canonical_events e JOIN canonical_event_reports m ON m.canonical_id = e.id "
        f'JOIN "{s.table}" r ON {_c(s, "id")} = m.report_id '
        f"JOIN articles a ON a.id = r.article_id WHERE e.id IN ({','.join('?' * len(ids))}) "
        "GROUP BY e.id ORDER BY e.date IS NULL, e.date, e.id",
        ids,
    ).fetchall()
    events = []
    for r in rows:
        d = dict(r)
        d["outlets"] = sorted(set((d["outlets"] or "").split(",")) - {""})
        d["event_id"] = f"c{d['canonical_id']}"
        events.append(d)
    return {"outlets": outlets, "events": events, "origin": "canonical"}


def quotes_by_outlet(conn: sqlite3.Connection, actor_id: str) -> list[dict[str, Any]]:
    qc = quote_columns(conn)
    if qc is None or not (qc["speaker_id"] or qc["speaker_text"]):
        return []
    cond = f'q."{qc["speaker_id"]}" = ?' if qc["speaker_id"] else f'q."{qc["speaker_text"]}" = ?'
    return [
        dict(r)
        for r in conn.execute(
            "SELECT coalesce(a.outlet, '(unknown)') AS outlet, count(*) AS n FROM quotes q "
            f"JOIN articles a ON a.id = q.article_id WHERE {cond} GROUP BY 1 ORDER BY 2 DESC",
            (actor_id,),
        )
    ]


def list_contradictions(
    conn: sqlite3.Connection,
    *,
    kind: str | None = None,
    actor_id: str | None = None,
    min_confidence: float = 0.0,
    limit: int = 50,
    offset: int = 0,
) -> Page:
    """Contradictions as stored by the cross-outlet capability (JSON columns decoded), those
    with a confidence of at least ``min_confidence``; the page says which threshold it used."""
    table = first_table(conn, *CONTRADICTION_TABLES)
    if table is None:
        return {**empty_page(limit, offset), "min_confidence": min_confidence}
    c = columns(conn, table)
    where: list[str] = []
    params: list[Any] = []
    kc = pick(c, "kind", "type")
    if kind and kc:
        where.append(f'"{kc}" = ?')
        params.append(kind)
    if min_confidence > 0 and "confidence" in c:
        where.append('"confidence" >= ?')
        params.append(min_confidence)
    if actor_id:
        text_cols = [x for x in c if x not in ("id",)]
        where.append("(" + " OR ".join(f'instr("{x}", ?) > 0' for x in text_cols) + ")")
        params += [actor_id] * len(text_cols)
    w = (" WHERE " + " AND ".join(where)) if where else ""
    total = conn.execute(f'SELECT count(*) FROM "{table}"{w}', params).fetchone()[0]
    rows = conn.execute(
        f'SELECT * FROM "{table}"{w} ORDER BY rowid LIMIT ? OFFSET ?', [*params, limit, offset]
    ).fetchall()
    return {
        **page([_decode(dict(r)) for r in rows], total, limit, offset),
        "min_confidence": min_confidence,
    }


def _decode(d: dict[str, Any]) -> dict[str, Any]:
    for k, v in d.items():
        if isinstance(v, str) and v[:1] in "[{":
            with contextlib.suppress(ValueError):
                d[k] = json.loads(v)
    return d
