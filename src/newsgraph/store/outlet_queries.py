"""Read queries for comparing outlets on one actor: labels (framing), coverage, quotes,
and contradictions between outlets."""

from __future__ import annotations

import contextlib
import itertools
import json
import sqlite3
from typing import Any

from newsgraph.store import framing as framing_sql
from newsgraph.store.paging import Page, page, placeholders
from newsgraph.store.report_queries import participants_sql, resolve_actor_id

# The columns of ``contradictions`` an actor filter looks for the actor's id in.
_CONTRADICTION_TEXT = (
    "kind",
    "canonical_id",
    "summary",
    "sides",
    "created_at",
    "confidence",
    "explanation",
    "scope",
)


def framing(conn: sqlite3.Connection, actor_id: str, limit: int = 200) -> dict[str, Any]:
    """How each outlet labels the actor: {origin, rows: [{outlet, label, n, example}]}."""
    rows = list(itertools.islice(framing_sql.label_counts(conn, actor=actor_id), limit))
    if rows:
        return {"origin": "labels", "rows": rows}
    rows = conn.execute(
        "SELECT coalesce(a.outlet, '(unknown)') AS outlet, m.text AS label, count(*) AS n, "
        "NULL AS example FROM mentions m JOIN articles a ON a.id = m.article_id "
        "WHERE m.actor_id = ? GROUP BY 1, lower(m.text) ORDER BY 1, 3 DESC LIMIT ?",
        (actor_id, limit),
    ).fetchall()
    return {"origin": "mentions", "rows": [dict(r) for r in rows]}


def coverage(conn: sqlite3.Connection, actor_id: str, limit: int = 200) -> dict[str, Any]:
    """Events involving the actor (grouped by type and date) and which outlets report each."""
    outlets = [
        r[0]
        for r in conn.execute(
            "SELECT DISTINCT coalesce(outlet, '(unknown)') FROM articles ORDER BY 1"
        )
    ]
    known = resolve_actor_id(conn, actor_id)
    if known is not None:
        return _canonical_coverage(conn, known, outlets, limit)
    rows = conn.execute(
        f"WITH parts AS ({participants_sql()}) SELECT "
        "substr(coalesce(r.date, a.published), 1, 10) AS date, r.type AS type, "
        "group_concat(DISTINCT coalesce(a.outlet, '(unknown)')) AS outlets, "
        "min(r.id) AS report_id, count(DISTINCT r.id) AS reports, max(r.trigger) AS trigger "
        "FROM event_reports r JOIN articles a ON a.id = r.article_id "
        "WHERE r.id IN (SELECT rid FROM parts WHERE key = ?) "
        "GROUP BY 1, 2 ORDER BY 1, 2 LIMIT ?",
        (actor_id, limit),
    ).fetchall()
    events = _coverage_events(rows, "r", "report_id")
    return {"outlets": outlets, "events": events, "origin": "reports"}


def _coverage_events(rows: list[sqlite3.Row], prefix: str, key: str) -> list[dict[str, Any]]:
    """Coverage rows with their outlets as a sorted list and the event id the pages link to
    (``r12`` a report, ``c3`` a canonical event)."""
    events = []
    for r in rows:
        d = dict(r)
        d["outlets"] = sorted(set((d["outlets"] or "").split(",")) - {""})
        d["event_id"] = f"{prefix}{d[key]}"
        events.append(d)
    return events


def _canonical_coverage(
    conn: sqlite3.Connection, actor_id: str, outlets: list[str], limit: int
) -> dict[str, Any]:
    """Canonical events with a report naming the actor (the first ``limit`` by date), and
    the outlets reporting each."""
    ids = [
        r[0]
        for r in conn.execute(
            "SELECT e.id FROM canonical_events e WHERE e.id IN (SELECT m.canonical_id FROM "
            "event_actors p JOIN canonical_event_reports m ON m.report_id = p.event_id "
            "WHERE p.actor_id = ?) ORDER BY e.date IS NULL, e.date, e.id LIMIT ?",
            (actor_id, limit),
        )
    ]
    if not ids:
        return {"outlets": outlets, "events": [], "origin": "canonical"}
    rows = conn.execute(
        "SELECT e.id AS canonical_id, e.date AS date, e.type AS type, "
        "group_concat(DISTINCT coalesce(a.outlet, '(unknown)')) AS outlets, "
        "count(DISTINCT m.report_id) AS reports, max(r.trigger) AS trigger "
        "FROM canonical_events e JOIN canonical_event_reports m ON m.canonical_id = e.id "
        "JOIN event_reports r ON r.id = m.report_id "
        f"JOIN articles a ON a.id = r.article_id WHERE e.id IN ({placeholders(ids)}) "
        "GROUP BY e.id ORDER BY e.date IS NULL, e.date, e.id",
        ids,
    ).fetchall()
    events = _coverage_events(rows, "c", "canonical_id")
    return {"outlets": outlets, "events": events, "origin": "canonical"}


def quotes_by_outlet(conn: sqlite3.Connection, actor_id: str) -> list[dict[str, Any]]:
    return [
        dict(r)
        for r in conn.execute(
            "SELECT coalesce(a.outlet, '(unknown)') AS outlet, count(*) AS n FROM quotes q "
            "JOIN articles a ON a.id = q.article_id WHERE q.speaker_actor_id = ? "
            "GROUP BY 1 ORDER BY 2 DESC",
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
    where: list[str] = []
    params: list[Any] = []
    if kind:
        where.append("kind = ?")
        params.append(kind)
    if min_confidence > 0:
        where.append("confidence >= ?")
        params.append(min_confidence)
    if actor_id:
        where.append("(" + " OR ".join(f'instr("{x}", ?) > 0' for x in _CONTRADICTION_TEXT) + ")")
        params += [actor_id] * len(_CONTRADICTION_TEXT)
    w = (" WHERE " + " AND ".join(where)) if where else ""
    total = conn.execute(f"SELECT count(*) FROM contradictions{w}", params).fetchone()[0]
    rows = conn.execute(
        f"SELECT * FROM contradictions{w} ORDER BY id LIMIT ? OFFSET ?", [*params, limit, offset]
    ).fetchall()
    return {
        **page([decode_json(dict(r)) for r in rows], total, limit, offset),
        "min_confidence": min_confidence,
    }


def decode_json(d: dict[str, Any]) -> dict[str, Any]:
    """``d`` with its JSON text values (``[...]``, ``{...}``) decoded, in place."""
    for k, v in d.items():
        if isinstance(v, str) and v[:1] in "[{":
            with contextlib.suppress(ValueError):
                d[k] = json.loads(v)
    return d
