"""Read queries for canonical events (event reports clustered across articles) and the
contradictions attached to them. Absent tables answer as "no canonical events"."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from typing import Any

from newsgraph.extract.events.periods import sql_start
from newsgraph.store import web_events
from newsgraph.store.analysis import sql_canonical_start, sql_canonical_window
from newsgraph.store.web_events import EventFilters
from newsgraph.store.web_outlets import _decode
from newsgraph.store.web_schema import (
    Page,
    columns,
    empty_page,
    first_table,
    page,
    pick,
    placeholders,
    table_exists,
)

CANONICAL_TABLES = ("canonical_events",)
COUNT_CAP = 2000  # broad per-report filters count matching events up to this
MEMBER_TABLES = ("canonical_event_reports", "canonical_members", "event_cluster_members")


def _schema(conn: sqlite3.Connection) -> dict[str, Any] | None:
    table = first_table(conn, *CANONICAL_TABLES)
    members = first_table(conn, *MEMBER_TABLES)
    if table is None or members is None:
        return None
    c, mc = columns(conn, table), columns(conn, members)
    fk = pick(mc, "canonical_id", "event_id", "cluster_id", "canonical_event_id")
    rid = pick(mc, "report_id", "event_report_id")
    if fk is None or rid is None:
        return None
    return {
        "table": table,
        "members": members,
        "fk": fk,
        "rid": rid,
        "id": pick(c, "id", "canonical_id") or "rowid",
        "date": pick(c, "date", "consensus_date"),
        "type": pick(c, "type", "event_type"),
        "place": pick(c, "place_name", "place", "consensus_place"),
        "n_outlets": pick(c, "n_outlets", "outlets"),
        "label": pick(c, "label", "summary", "title"),
        "outlets": pick(c, "outlets"),
        "n_reports": pick(c, "n_reports"),
    }


def has_canonical(conn: sqlite3.Connection) -> bool:
    s = _schema(conn)
    return (
        s is not None
        and conn.execute(f'SELECT 1 FROM "{s["table"]}" LIMIT 1').fetchone() is not None
    )


def list_canonical(
    conn: sqlite3.Connection, f: EventFilters, *, limit: int = 100, offset: int = 0
) -> Page:
    """Canonical events by date (undated last). Type and dates filter the canonical event;
    the other filters keep the events having at least one report that passes them."""
    s = _schema(conn)
    rs = web_events.report_schema(conn)
    if s is None or rs is None:
        return empty_page(limit, offset)
    cid = f'e."{s["id"]}"'
    date = f'e."{s["date"]}"' if s["date"] else "NULL"
    # weeks sort and compare by their Monday, not as text; an event known only by its
    # reports' window sorts by the window's first day (undated: only when nothing bounds it)
    day = sql_canonical_start(date, cid) if s["date"] else sql_start(date)
    where: list[str] = []
    params: list[Any] = []
    if f.type and s["type"]:
        where.append(f'e."{s["type"]}" = ?')
        params.append(f.type.upper())
    if f.since and s["date"]:
        where.append(f"{day} >= ?")
        params.append(f.since)
    if f.until and s["date"]:
        where.append(f"substr({day}, 1, 10) <= ?")
        params.append(f.until)
    per_report = replace(f, type=None, since=None, until=None)
    capped = False
    if per_report != EventFilters():
        rwhere, rparams = web_events._where(rs, per_report, conn)
        join = " JOIN articles a ON a.id = r.article_id" if "a." in rwhere else ""
        rid = web_events._c(rs, "id")
        if f.actor or f.recipient or f.outlet:  # selective, index-driven: the matching set
            where.append(
                f'{cid} IN (SELECT m."{s["fk"]}" FROM "{s["members"]}" m WHERE m."{s["rid"]}" '
                f'IN (SELECT {rid} FROM "{rs.table}" r{join}{rwhere}))'
            )
        else:  # broad (outlet, factuality, confidence): probe events in date order
            joiner = " AND " if rwhere else " WHERE "
            where.append(
                f'EXISTS (SELECT 1 FROM "{s["members"]}" m JOIN "{rs.table}" r ON {rid} = '
                f'm."{s["rid"]}"{join}{rwhere}{joiner}m."{s["fk"]}" = {cid})'
            )
            capped = True
        params += rparams
    w = (" WHERE " + " AND ".join(where)) if where else ""
    src = f'"{s["table"]}" e'
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
        ids = web_events.ordered_ids(conn, src, w, params, day, cid, limit, offset)
    if not ids:
        return page([], total, limit, offset)
    rows = {
        r["id"]: dict(r)
        for r in conn.execute(
            f"SELECT {cid} AS id, {date} AS date, "
            f"{sql_canonical_window(cid, 'start')} AS window_start, "
            f"{sql_canonical_window(cid, 'end')} AS window_end, "
            + (f'e."{s["type"]}"' if s["type"] else "NULL")
            + " AS type, "
            + (f'e."{s["place"]}"' if s["place"] else "NULL")
            + " AS place_name, "
            + (f'e."{s["label"]}"' if s["label"] else "NULL")
            + " AS label, "
            + (f'e."{s["outlets"]}"' if s["outlets"] else "NULL")
            + " AS outlets_json, "
            + (f'e."{s["n_reports"]}"' if s["n_reports"] else "NULL")
            + " AS n_reports_col "
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
    _attach_members(conn, s, items)
    out = page(items, total, limit, offset)
    out["total_capped"] = capped and total >= COUNT_CAP
    return out


def _attach_members(
    conn: sqlite3.Connection, s: dict[str, Any], items: list[dict[str, Any]]
) -> None:
    """Outlets, report count, flags (set when every report has it) and the first report's
    trigger and actors for each item, in two queries."""
    if not items:
        return
    rs = web_events.report_schema(conn)
    assert rs is not None
    ids = [i["id"] for i in items]
    flags = ", ".join(
        f'min(coalesce({web_events._c(rs, f)}, 0)) AS "{f}"' for f in web_events.FLAGS
    )
    agg = {
        r["cid"]: dict(r)
        for r in conn.execute(
            f'SELECT m."{s["fk"]}" AS cid, min(m."{s["rid"]}") AS first_report, count(*) AS n, '
            f"group_concat(DISTINCT coalesce(a.outlet, '(unknown)')) AS outlets, {flags} "
            f'FROM "{s["members"]}" m JOIN "{rs.table}" r ON {web_events._c(rs, "id")} = '
            f'm."{s["rid"]}" JOIN articles a ON a.id = r.article_id '
            f'WHERE m."{s["fk"]}" IN ({placeholders(ids)}) GROUP BY 1',
            ids,
        )
    }
    firsts = {
        r["id"]: r
        for r in web_events.reports_by_ids(conn, [a["first_report"] for a in agg.values()])
    }
    for item in items:
        a = agg.get(item["id"], {})
        first = firsts.get(a.get("first_report"), {})
        item.pop("outlets_json", None)
        n_col = item.pop("n_reports_col", None)
        item["event_id"] = f"c{item['id']}"
        item["type"] = item.get("type") or first.get("type")
        item["trigger"] = first.get("trigger")
        item["actors"] = first.get("actors", [])
        item["recipients"] = first.get("recipients", [])
        item["article_id"] = first.get("article_id")
        item["outlets"] = sorted(set((a.get("outlets") or "").split(",")) - {""})
        item["n_reports"] = n_col or a.get("n", 0)
        for flag in web_events.FLAGS:
            item[flag] = bool(a.get(flag))
    kinds = _contradiction_kinds(conn, ids)
    for item in items:
        item["contradictions"] = kinds.get(item["id"], [])


def _contradiction_kinds(conn: sqlite3.Connection, ids: list[Any]) -> dict[Any, list[str]]:
    if not table_exists(conn, "contradictions") or "canonical_id" not in columns(
        conn, "contradictions"
    ):
        return {}
    kc = pick(columns(conn, "contradictions"), "kind", "type")
    if kc is None:
        return {}
    out: dict[Any, list[str]] = {}
    for r in conn.execute(
        f'SELECT canonical_id, "{kc}" FROM contradictions WHERE canonical_id IN '
        f"({placeholders(ids)})",
        ids,
    ):
        out.setdefault(r[0], []).append(r[1])
    return out


def canonical_detail(conn: sqlite3.Connection, cid: str) -> dict[str, Any] | None:
    s = _schema(conn)
    if s is None:
        return None
    key: Any = int(cid) if cid.isdigit() else cid
    row = conn.execute(f'SELECT * FROM "{s["table"]}" WHERE "{s["id"]}" = ?', (key,)).fetchone()
    if row is None:
        return None
    d = _decode(dict(row))
    ids = [
        r[0]
        for r in conn.execute(
            f'SELECT "{s["rid"]}" FROM "{s["members"]}" WHERE "{s["fk"]}" = ? LIMIT 500', (key,)
        )
    ]
    d["reports"] = web_events.reports_by_ids(conn, ids)
    d["event_id"] = f"c{cid}"
    d["origin"] = "canonical"
    triggers = d.get("triggers")
    if not d.get("trigger") and isinstance(triggers, list) and triggers:
        d["trigger"] = triggers[0]
    d["contradictions"] = contradictions_of(conn, key, ids)
    return d


def contradictions_of(
    conn: sqlite3.Connection, cid: Any, report_ids: list[Any]
) -> list[dict[str, Any]]:
    table = first_table(conn, "contradictions")
    if table is None or not table_exists(conn, table):
        return []
    c = columns(conn, table)
    fk = pick(c, "canonical_id", "event_id", "cluster_id", "canonical_event_id")
    if fk is None:
        return []
    return [
        _decode(dict(r))
        for r in conn.execute(f'SELECT * FROM "{table}" WHERE "{fk}" = ? LIMIT 100', (cid,))
    ]


def canonical_of_report(conn: sqlite3.Connection, report_id: Any) -> Any | None:
    """The canonical event a report was clustered into, or None."""
    s = _schema(conn)
    if s is None:
        return None
    row = conn.execute(
        f'SELECT "{s["fk"]}" FROM "{s["members"]}" WHERE "{s["rid"]}" = ?', (report_id,)
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
    s = _schema(conn)
    rs = web_events.report_schema(conn)
    if s is None or rs is None:
        return set()
    rid = web_events._c(rs, "id")
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
            f'SELECT DISTINCT m."{s["fk"]}" FROM "{s["members"]}" m WHERE m."{s["rid"]}" IN '
            f'(SELECT {rid} FROM "{rs.table}" r{where})',
            params,
        )
    }
