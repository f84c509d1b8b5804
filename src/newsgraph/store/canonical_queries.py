"""Read queries for canonical events (event reports clustered across articles) and the
contradictions attached to them."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from typing import Any

from newsgraph.store import report_queries
from newsgraph.store.analysis import sql_canonical_start, sql_canonical_window
from newsgraph.store.outlet_queries import decode_json
from newsgraph.store.paging import Page, page, placeholders
from newsgraph.store.report_queries import EventFilters

COUNT_CAP = 2000  # broad per-report filters count matching events up to this


def has_canonical(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM canonical_events LIMIT 1").fetchone() is not None


def list_canonical(
    conn: sqlite3.Connection, f: EventFilters, *, limit: int = 100, offset: int = 0
) -> Page:
    """Canonical events by date (undated last). Type and dates filter the canonical event;
    the other filters keep the events having at least one report that passes them."""
    cid = "e.id"
    # weeks sort and compare by their Monday, not as text; an event known only by its
    # reports' window sorts by the window's first day (undated: only when nothing bounds it)
    day = sql_canonical_start("e.date", cid)
    where: list[str] = []
    params: list[Any] = []
    if f.type:
        where.append("e.type = ?")
        params.append(f.type.upper())
    if f.since:
        where.append(f"{day} >= ?")
        params.append(f.since)
    if f.until:
        where.append(f"substr({day}, 1, 10) <= ?")
        params.append(f.until)
    per_report = replace(f, type=None, since=None, until=None)
    capped = False
    if per_report != EventFilters():
        rwhere, rparams = report_queries.report_where(per_report, conn)
        join = " JOIN articles a ON a.id = r.article_id" if "a." in rwhere else ""
        if f.actor or f.recipient or f.outlet:  # selective, index-driven: the matching set
            where.append(
                f"{cid} IN (SELECT m.canonical_id FROM canonical_event_reports m WHERE "
                f"m.report_id IN (SELECT r.id FROM event_reports r{join}{rwhere}))"
            )
        else:  # broad (outlet, factuality, confidence): probe events in date order
            joiner = " AND " if rwhere else " WHERE "
            where.append(
                "EXISTS (SELECT 1 FROM canonical_event_reports m JOIN event_reports r ON r.id = "
                f"m.report_id{join}{rwhere}{joiner}m.canonical_id = {cid})"
            )
            capped = True
        params += rparams
    w = (" WHERE " + " AND ".join(where)) if where else ""
    src = "canonical_events e"
    if capped:  # counting every match would probe every event: count up to a cap
        total = conn.execute(
            f"SELECT count(*) FROM (SELECT 1 FROM {src}{w} LIMIT ?)", [*params, COUNT_CAP]
        ).fetchone()[0]
    elif f.actor or f.recipient or f.outlet:  # one pass over the (selective) matching set
        found = conn.execute(f"SELECT {cid}, {day} FROM {src}{w}", params).fetchall()
        found.sort(key=lambda r: (r[1] is None, r[1] or "", r[0]))
        total = len(found)
        ids = [r[0] for r in found[offset : offset + limit]]
    else:
        total = conn.execute(f"SELECT count(*) FROM {src}{w}", params).fetchone()[0]
    if capped or not (f.actor or f.recipient or f.outlet):
        ids = report_queries.ordered_ids(conn, src, w, params, day, cid, limit, offset)
    if not ids:
        return page([], total, limit, offset)
    rows = {
        r["id"]: dict(r)
        for r in conn.execute(
            f"SELECT {cid} AS id, e.date AS date, "
            f"{sql_canonical_window(cid, 'start')} AS window_start, "
            f"{sql_canonical_window(cid, 'end')} AS window_end, "
            "e.type AS type, e.place_name AS place_name, NULL AS label, "
            "e.n_reports AS n_reports_col "
            f"FROM {src} WHERE {cid} IN ({placeholders(ids)})",
            ids,
        )
    }
    items = [rows[i] for i in ids if i in rows]
    for item in items:  # known by a window only: shown as the window, never as a date
        start, end = item.pop("window_start"), item.pop("window_end")
        windowed = not item["date"] and start is not None
        item["date_basis"] = "window" if windowed else None
        item["date_start"], item["date_end"] = (start, end) if windowed else (None, None)
    _attach_members(conn, items)
    out = page(items, total, limit, offset)
    out["total_capped"] = capped and total >= COUNT_CAP
    return out


def _attach_members(conn: sqlite3.Connection, items: list[dict[str, Any]]) -> None:
    """Outlets, report count, flags (set when every report has it) and the first report's
    trigger and actors for each item, in two queries."""
    if not items:
        return
    ids = [i["id"] for i in items]
    flags = ", ".join(f'min(coalesce(r.{f}, 0)) AS "{f}"' for f in report_queries.FLAGS)
    agg = {
        r["cid"]: dict(r)
        for r in conn.execute(
            "SELECT m.canonical_id AS cid, min(m.report_id) AS first_report, count(*) AS n, "
            f"group_concat(DISTINCT coalesce(a.outlet, '(unknown)')) AS outlets, {flags} "
            "FROM canonical_event_reports m JOIN event_reports r ON r.id = m.report_id "
            "JOIN articles a ON a.id = r.article_id "
            f"WHERE m.canonical_id IN ({placeholders(ids)}) GROUP BY 1",
            ids,
        )
    }
    firsts = {
        r["id"]: r
        for r in report_queries.reports_by_ids(conn, [a["first_report"] for a in agg.values()])
    }
    for item in items:
        a = agg.get(item["id"], {})
        first = firsts.get(a.get("first_report"), {})
        n_col = item.pop("n_reports_col", None)
        item["event_id"] = f"c{item['id']}"
        item["type"] = item.get("type") or first.get("type")
        item["trigger"] = first.get("trigger")
        item["actors"] = first.get("actors", [])
        item["recipients"] = first.get("recipients", [])
        item["article_id"] = first.get("article_id")
        item["outlets"] = sorted(set((a.get("outlets") or "").split(",")) - {""})
        item["n_reports"] = n_col or a.get("n", 0)
        for flag in report_queries.FLAGS:
            item[flag] = bool(a.get(flag))
    kinds = _contradiction_kinds(conn, ids)
    for item in items:
        item["contradictions"] = kinds.get(item["id"], [])


def _contradiction_kinds(conn: sqlite3.Connection, ids: list[Any]) -> dict[Any, list[str]]:
    out: dict[Any, list[str]] = {}
    for r in conn.execute(
        f"SELECT canonical_id, kind FROM contradictions WHERE canonical_id IN "
        f"({placeholders(ids)})",
        ids,
    ):
        out.setdefault(r[0], []).append(r[1])
    return out


def canonical_detail(conn: sqlite3.Connection, cid: str) -> dict[str, Any] | None:
    key: Any = int(cid) if cid.isdigit() else cid
    row = conn.execute("SELECT * FROM canonical_events WHERE id = ?", (key,)).fetchone()
    if row is None:
        return None
    d = decode_json(dict(row))
    ids = [
        r[0]
        for r in conn.execute(
            "SELECT report_id FROM canonical_event_reports WHERE canonical_id = ? LIMIT 500",
            (key,),
        )
    ]
    d["reports"] = report_queries.reports_by_ids(conn, ids)
    d["event_id"] = f"c{cid}"
    d["origin"] = "canonical"
    triggers = d.get("triggers")
    if not d.get("trigger") and isinstance(triggers, list) and triggers:
        d["trigger"] = triggers[0]
    d["contradictions"] = contradictions_of(conn, key, ids)
    # what the outlets agree on, beside what they contradict: original articles, copies once
    d.setdefault("corroboration", d.get("n_origins"))
    return d


def contradictions_of(
    conn: sqlite3.Connection, cid: Any, report_ids: list[Any]
) -> list[dict[str, Any]]:
    return [
        decode_json(dict(r))
        for r in conn.execute(
            "SELECT * FROM contradictions WHERE canonical_id = ? LIMIT 100", (cid,)
        )
    ]


def canonical_of_report(conn: sqlite3.Connection, report_id: Any) -> Any | None:
    """The canonical event a report was clustered into, or None."""
    row = conn.execute(
        "SELECT canonical_id FROM canonical_event_reports WHERE report_id = ?", (report_id,)
    ).fetchone()
    return row[0] if row else None


def canonical_ids_of_articles(
    conn: sqlite3.Connection,
    article_ids: list[str] | None = None,
    *,
    ingested_since: str | None = None,
) -> set[Any]:
    """Ids of the canonical events with a report from one of ``article_ids``, or from an
    article stored at or after ``ingested_since`` (ISO UTC time)."""
    sub, params = [], []
    if article_ids is not None:
        sub.append(f"r.article_id IN ({placeholders(article_ids)})" if article_ids else "0")
        params += list(article_ids)
    if ingested_since:
        sub.append("r.article_id IN (SELECT id FROM articles WHERE ingested_at >= ?)")
        params.append(ingested_since)
    where = (" WHERE " + " AND ".join(sub)) if sub else ""
    return {
        r[0]
        for r in conn.execute(
            "SELECT DISTINCT m.canonical_id FROM canonical_event_reports m WHERE m.report_id IN "
            f"(SELECT r.id FROM event_reports r{where})",
            params,
        )
    }
