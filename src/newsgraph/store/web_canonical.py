"""Read queries for canonical events (event reports clustered across articles) and the
contradictions attached to them. Absent tables answer as "no canonical events"."""

from __future__ import annotations

import sqlite3
from typing import Any

from newsgraph.store import web_events
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
        "table": table, "members": members, "fk": fk, "rid": rid,
        "id": pick(c, "id", "canonical_id") or "rowid",
        "date": pick(c, "date", "consensus_date"), "type": pick(c, "type", "event_type"),
        "place": pick(c, "place_name", "place", "consensus_place"),
        "n_outlets": pick(c, "n_outlets", "outlets"),
        "label": pick(c, "label", "summary", "title"),
    }


def has_canonical(conn: sqlite3.Connection) -> bool:
    s = _schema(conn)
    return s is not None and conn.execute(f'SELECT 1 FROM "{s["table"]}" LIMIT 1').fetchone() \
        is not None


def list_canonical(
    conn: sqlite3.Connection, f: EventFilters, *, limit: int = 100, offset: int = 0
) -> Page:
    """Canonical events having at least one report that passes the report filters."""
    s = _schema(conn)
    rs = web_events.report_schema(conn)
    if s is None or rs is None:
        return empty_page(limit, offset)
    where, params = web_events._where(rs, f)
    inner = (f'SELECT m."{s["fk"]}" FROM "{s["members"]}" m JOIN "{rs.table}" r '
             f'ON {web_events._c(rs, "id")} = m."{s["rid"]}" JOIN articles a ON a.id = '
             f"r.article_id{where}")
    cid = f'e."{s["id"]}"'
    date = f'e."{s["date"]}"' if s["date"] else "NULL"
    total = conn.execute(
        f'SELECT count(*) FROM "{s["table"]}" e WHERE {cid} IN ({inner})', params
    ).fetchone()[0]
    rows = conn.execute(
        f'SELECT {cid} AS id, {date} AS date, '
        + (f'e."{s["type"]}"' if s["type"] else "NULL") + " AS type, "
        + (f'e."{s["place"]}"' if s["place"] else "NULL") + " AS place_name, "
        + (f'e."{s["label"]}"' if s["label"] else "NULL") + " AS label "
        f'FROM "{s["table"]}" e WHERE {cid} IN ({inner}) '
        f"ORDER BY {date} IS NULL, {date}, {cid} LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    items = [dict(r) for r in rows]
    _attach_members(conn, s, items)
    return page(items, total, limit, offset)


def _attach_members(conn: sqlite3.Connection, s: dict[str, Any], items: list[dict[str, Any]]
                    ) -> None:
    if not items:
        return
    ids = [i["id"] for i in items]
    members: dict[Any, list[Any]] = {}
    for r in conn.execute(
        f'SELECT "{s["fk"]}", "{s["rid"]}" FROM "{s["members"]}" WHERE "{s["fk"]}" IN '
        f"({placeholders(ids)})", ids
    ):
        members.setdefault(r[0], []).append(r[1])
    all_ids = [x for v in members.values() for x in v[:50]]
    reports = {r["id"]: r for r in web_events.reports_by_ids(conn, all_ids)}
    for item in items:
        rs = [reports[x] for x in members.get(item["id"], [])[:50] if x in reports]
        first = rs[0] if rs else {}
        item["event_id"] = f"c{item['id']}"
        item["type"] = item.get("type") or first.get("type")
        item["trigger"] = first.get("trigger")
        item["actors"] = first.get("actors", [])
        item["recipients"] = first.get("recipients", [])
        item["article_id"] = first.get("article_id")
        item["outlets"] = sorted({r.get("outlet") or "(unknown)" for r in rs})
        item["n_reports"] = len(members.get(item["id"], []))
        for flag in web_events.FLAGS:
            item[flag] = bool(rs) and all(r.get(flag) for r in rs)
    kinds = _contradiction_kinds(conn, ids)
    for item in items:
        item["contradictions"] = kinds.get(item["id"], [])


def _contradiction_kinds(conn: sqlite3.Connection, ids: list[Any]) -> dict[Any, list[str]]:
    if not table_exists(conn, "contradictions") or \
            "canonical_id" not in columns(conn, "contradictions"):
        return {}
    kc = pick(columns(conn, "contradictions"), "kind", "type")
    if kc is None:
        return {}
    out: dict[Any, list[str]] = {}
    for r in conn.execute(
        f'SELECT canonical_id, "{kc}" FROM contradictions WHERE canonical_id IN '
        f"({placeholders(ids)})", ids
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
    ids = [r[0] for r in conn.execute(
        f'SELECT "{s["rid"]}" FROM "{s["members"]}" WHERE "{s["fk"]}" = ? LIMIT 500', (key,))]
    d["reports"] = web_events.reports_by_ids(conn, ids)
    d["event_id"] = f"c{cid}"
    d["origin"] = "canonical"
    triggers = d.get("triggers")
    if not d.get("trigger") and isinstance(triggers, list) and triggers:
        d["trigger"] = triggers[0]
    d["contradictions"] = contradictions_of(conn, key, ids)
    return d


def contradictions_of(conn: sqlite3.Connection, cid: Any, report_ids: list[Any]
                      ) -> list[dict[str, Any]]:
    table = first_table(conn, "contradictions")
    if table is None or not table_exists(conn, table):
        return []
    c = columns(conn, table)
    fk = pick(c, "canonical_id", "event_id", "cluster_id", "canonical_event_id")
    if fk is None:
        return []
    return [_decode(dict(r)) for r in conn.execute(
        f'SELECT * FROM "{table}" WHERE "{fk}" = ? LIMIT 100', (cid,))]
