"""Read queries for the web app's timeline: event reports (and canonical events when present).

The event tables belong to the events and cross-outlet capabilities; this module reads them
through :mod:`newsgraph.store.web_schema`, so a store without them answers with empty lists.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from newsgraph.store.actors import matching_actor_ids
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

FLAGS = ("negated", "hypothetical", "future", "historical", "reported")
REPORT_TABLES = ("event_reports", "events")
PARTICIPANT_TABLES = ("event_actors", "event_report_actors", "event_participants")


@dataclass(frozen=True)
class EventFilters:
    actor: str | None = None  # actor id, or text matched against the participant's text/name
    recipient: str | None = None
    type: str | None = None
    outlet: str | None = None
    since: str | None = None
    until: str | None = None
    exclude: tuple[str, ...] = ()  # factuality flags to leave out: negated, hypothetical ...
    min_confidence: float | None = None
    article_id: str | None = None
    ids: tuple[Any, ...] = field(default_factory=tuple)
    ingested_since: str | None = None  # ISO UTC time: reports of articles stored since then
    exact: bool = False  # a state's id matches only the state (else: its government, officials)


@dataclass(frozen=True)
class ReportSchema:
    table: str
    cols: dict[str, str | None]  # logical name -> column (or None)
    participants: str | None  # side table, or None
    p_cols: dict[str, str | None]


def report_schema(conn: sqlite3.Connection) -> ReportSchema | None:
    table = None
    for name in REPORT_TABLES:
        if table_exists(conn, name) and "article_id" in columns(conn, name):
            table = name
            break
    if table is None:
        return None
    c = columns(conn, table)
    cols = {
        "id": pick(c, "id", "report_id") or "rowid",
        "sent": pick(c, "sent", "sentence"),
        "trigger": pick(c, "trigger", "trigger_text"),
        "trigger_start": pick(c, "trigger_start", "start"),
        "trigger_end": pick(c, "trigger_end", "end"),
        "type": pick(c, "type", "event_type", "plover_type"),
        "mode": pick(c, "mode"),
        "context": pick(c, "context"),
        "cameo": pick(c, "cameo"),
        "quad": pick(c, "quad"),
        "date": pick(c, "date", "event_date"),
        "date_precision": pick(c, "date_precision"),
        "date_start": pick(c, "date_start"),
        "date_end": pick(c, "date_end"),
        "date_text": pick(c, "date_text"),
        "date_basis": pick(c, "date_basis"),
        "place_name": pick(c, "place_name", "place"),
        "lat": pick(c, "place_lat", "lat"),
        "lon": pick(c, "place_lon", "lon"),
        "place_country": pick(c, "place_country"),
        "confidence": pick(c, "confidence"),
        "actors": pick(c, "actors", "actors_json"),
        "recipients": pick(c, "recipients", "recipients_json"),
        "speaker": pick(c, "speaker_text", "speaker"),
        **{f: pick(c, f, f"is_{f}") for f in FLAGS},
    }
    part = None
    p_cols: dict[str, str | None] = {}
    for name in PARTICIPANT_TABLES:
        if table_exists(conn, name):
            pc = columns(conn, name)
            fk = pick(pc, "report_id", "event_report_id", "event_id")
            if fk:
                part = name
                p_cols = {
                    "fk": fk,
                    "role": pick(pc, "role", "side", "kind"),
                    "actor_id": pick(pc, "actor_id"),
                    "text": pick(pc, "text"),
                    "name": pick(pc, "name"),
                    "country": pick(pc, "country"),
                    "sector": pick(pc, "sector"),
                }
                break
    return ReportSchema(table, cols, part, p_cols)


def resolve_actor_id(conn: sqlite3.Connection, s: ReportSchema, value: str) -> str | None:
    """``value`` as an actor id used by the participants (exact, else case-insensitive)."""
    pc = s.p_cols
    if not s.participants or not pc.get("actor_id"):
        return None
    q = f'SELECT 1 FROM "{s.participants}" WHERE "{pc["actor_id"]}" = ? LIMIT 1'
    if conn.execute(q, (value,)).fetchone():
        return value
    if table_exists(conn, "actors") and "id" in columns(conn, "actors"):
        row = conn.execute(
            "SELECT id FROM actors WHERE id = ? COLLATE NOCASE LIMIT 1", (value,)
        ).fetchone()
        if row and conn.execute(q, (row[0],)).fetchone():
            return str(row[0])
    return None


def _c(s: ReportSchema, name: str, alias: str = "r") -> str:
    col = s.cols.get(name)
    return f'{alias}."{col}"' if col else "NULL"


def _where(
    s: ReportSchema, f: EventFilters, conn: sqlite3.Connection | None = None
) -> tuple[str, list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if f.type and s.cols["type"]:
        where.append(f"{_c(s, 'type')} = ?")
        params.append(f.type.upper())
    if f.outlet:  # driven by the outlet index, then the reports' article index
        where.append("r.article_id IN (SELECT id FROM articles WHERE outlet = ?)")
        params.append(f.outlet)
    if f.article_id:
        where.append("r.article_id = ?")
        params.append(f.article_id)
    if f.ingested_since:  # driven by the ingested_at index
        where.append("r.article_id IN (SELECT id FROM articles WHERE ingested_at >= ?)")
        params.append(f.ingested_since)
    # Same semantics as `newsgraph events --since/--until`: the event's dated span overlaps;
    # a window (an undated report's bounds) counts only when it lies inside the range.
    lo = _c(s, "date_end") if s.cols["date_end"] else _c(s, "date")
    hi = _c(s, "date_start") if s.cols["date_start"] else _c(s, "date")
    if s.cols.get("date_basis") and s.cols["date_start"] and s.cols["date_end"]:
        win = f"{_c(s, 'date_basis')} = 'window'"
        lo = f"(CASE WHEN {win} THEN {_c(s, 'date_start')} ELSE {lo} END)"
        hi = f"(CASE WHEN {win} THEN {_c(s, 'date_end')} ELSE {hi} END)"
    if f.since:
        where.append(f"{lo} >= ?")
        params.append(f.since)
    if f.until:
        where.append(f"{hi} <= ?")
        params.append(f.until + ("-99" if len(f.until) < 10 else ""))
    for flag in f.exclude:
        if flag in FLAGS and s.cols.get(flag):
            where.append(f"coalesce({_c(s, flag)}, 0) = 0")
    if f.min_confidence is not None and s.cols["confidence"]:
        where.append(f"coalesce({_c(s, 'confidence')}, 0) >= ?")
        params.append(f.min_confidence)
    if f.ids:
        where.append(f"{_c(s, 'id')} IN ({placeholders(f.ids)})")
        params += list(f.ids)
    for role, value in (("actor", f.actor), ("recipient", f.recipient)):
        if value:
            cond, p = _participant_cond(s, role, value, conn, exact=f.exact)
            where.append(cond)
            params += p
    return (" WHERE " + " AND ".join(where)) if where else "", params


def _participant_cond(
    s: ReportSchema,
    role: str,
    value: str,
    conn: sqlite3.Connection | None = None,
    *,
    exact: bool = False,
) -> tuple[str, list[Any]]:
    if s.participants and conn is not None and s.p_cols.get("actor_id"):
        ids = matching_actor_ids(conn, value, exact=exact)
        known = resolve_actor_id(conn, s, value)
        if known is not None and known not in ids:
            ids = [known]
        if ids:  # an actor id (and what it rolls up): answered from the participants' index
            pc = s.p_cols
            role_cond = f' AND "{pc["role"]}" = ?' if pc.get("role") else ""
            return (
                f'{_c(s, "id")} IN (SELECT "{pc["fk"]}" FROM "{s.participants}" '
                f'WHERE "{pc["actor_id"]}" IN ({placeholders(ids)}){role_cond})',
                [*ids] + ([role] if role_cond else []),
            )
    if s.participants:
        pc = s.p_cols
        params: list[Any] = []
        role_cond = ""
        if pc.get("role"):
            role_cond = f' AND p."{pc["role"]}" LIKE ?'
            params.append(role + "%")
        tests = []
        if pc.get("actor_id"):
            tests.append(f'p."{pc["actor_id"]}" = ? COLLATE NOCASE')
            params.append(value)
        for k in ("text", "name"):
            if pc.get(k):
                tests.append(f'lower(p."{pc[k]}") LIKE ?')
                params.append(f"%{value.lower()}%")
        return (
            f'EXISTS (SELECT 1 FROM "{s.participants}" p WHERE p."{pc["fk"]}" = '
            f"{_c(s, 'id')}{role_cond} AND ({' OR '.join(tests) or '0'}))"
        ), params
    col = s.cols["actors" if role == "actor" else "recipients"]
    if not col:
        return "0", []
    return f'instr(lower(r."{col}"), lower(?)) > 0', [value]


def _select(s: ReportSchema) -> str:
    names = [
        "sent",
        "trigger",
        "trigger_start",
        "trigger_end",
        "type",
        "mode",
        "context",
        "cameo",
        "quad",
        "date",
        "date_precision",
        "date_text",
        "date_start",
        "date_end",
        "date_basis",
        "place_name",
        "lat",
        "lon",
        "place_country",
        "confidence",
        "actors",
        "recipients",
        "speaker",
        *FLAGS,
    ]
    parts = [f"{_c(s, 'id')} AS id", "r.article_id AS article_id"]
    parts += [f'{_c(s, n)} AS "{n}"' for n in names]
    parts += ["a.outlet AS outlet", "a.title AS title", "a.published AS published", "a.url AS url"]
    return ", ".join(parts)


def list_reports(
    conn: sqlite3.Connection, f: EventFilters, *, limit: int = 100, offset: int = 0
) -> Page:
    """Event reports by event date (undated last), with their participants and outlet."""
    s = report_schema(conn)
    if s is None:
        return empty_page(limit, offset)
    where, params = _where(s, f, conn)
    src = f'"{s.table}" r' + (" JOIN articles a ON a.id = r.article_id" if "a." in where else "")
    day = _c(s, "date_start") if s.cols["date_start"] else _c(s, "date")
    total = conn.execute(f"SELECT count(*) FROM {src}{where}", params).fetchone()[0]
    ids = ordered_ids(conn, src, where, params, day, _c(s, "id"), limit, offset)
    return page(reports_by_ids(conn, ids), total, limit, offset)


def ordered_ids(
    conn: sqlite3.Connection,
    src: str,
    where: str,
    params: list[Any],
    day: str,
    key: str,
    limit: int,
    offset: int,
) -> list[Any]:
    """One page of ids ordered by ``day`` then id, undated last, in two index-friendly
    queries (dated rows walk the date index; no sort of the whole table)."""
    joiner = " AND " if where else " WHERE "
    dated = f"{where}{joiner}{day} IS NOT NULL"
    ids = [
        r[0]
        for r in conn.execute(
            f"SELECT {key} FROM {src}{dated} ORDER BY {day}, {key} LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
    ]
    if len(ids) < limit:
        n_dated = (
            offset + len(ids)
            if ids
            else conn.execute(f"SELECT count(*) FROM {src}{dated}", params).fetchone()[0]
        )
        ids += [
            r[0]
            for r in conn.execute(
                f"SELECT {key} FROM {src}{where}{joiner}{day} IS NULL ORDER BY {key} "
                "LIMIT ? OFFSET ?",
                [*params, limit - len(ids), max(0, offset - n_dated)],
            )
        ]
    return ids


def reports_by_ids(conn: sqlite3.Connection, ids: list[Any]) -> list[dict[str, Any]]:
    """Event reports by id, in the order of ``ids``."""
    s = report_schema(conn)
    if s is None or not ids:
        return []
    rows: dict[Any, dict[str, Any]] = {}
    for i in range(0, len(ids), 500):
        chunk = tuple(ids[i : i + 500])
        where, params = _where(s, EventFilters(ids=chunk))
        for r in conn.execute(
            f'SELECT {_select(s)} FROM "{s.table}" r JOIN articles a ON a.id = r.article_id{where}',
            params,
        ):
            rows[r["id"]] = dict(r)
    return _with_participants(conn, s, [rows[i] for i in ids if i in rows])


def event_types(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    s = report_schema(conn)
    if s is None or not s.cols["type"]:
        return []
    return [
        dict(r)
        for r in conn.execute(
            f'SELECT "{s.cols["type"]}" AS type, count(*) AS n FROM "{s.table}" '
            f"GROUP BY 1 ORDER BY 2 DESC"
        )
    ]


def _with_participants(
    conn: sqlite3.Connection, s: ReportSchema, rows: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    for r in rows:
        for flag in FLAGS:
            r[flag] = bool(r.get(flag))
        r["actors"] = _parse_refs(r.get("actors"))
        r["recipients"] = _parse_refs(r.get("recipients"))
    if s.participants and rows and not (s.cols["actors"] or s.cols["recipients"]):
        pc = s.p_cols
        by_id = {r["id"]: r for r in rows}
        sel = ", ".join(
            f'p."{pc[k]}" AS "{k}"' if pc.get(k) else f'NULL AS "{k}"'
            for k in ("fk", "role", "actor_id", "text", "name", "country", "sector")
        )
        ids = list(by_id)
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            for p in conn.execute(
                f'SELECT {sel} FROM "{s.participants}" p WHERE p."{pc["fk"]}" IN '
                f"({placeholders(chunk)})",
                chunk,
            ):
                d = dict(p)
                target = by_id.get(d.pop("fk"))
                if target is None:
                    continue
                role = (d.pop("role") or "actor").lower()
                key = "recipients" if role.startswith("recip") or role == "target" else "actors"
                target[key].append(d)
    return rows


def _parse_refs(value: Any) -> list[dict[str, Any]]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return [{"text": value}]
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        return []
    out = []
    for v in value:
        if isinstance(v, dict):
            out.append(
                {
                    k: v.get(k)
                    for k in ("actor_id", "id", "text", "name", "country", "sector")
                    if k in v
                }
            )
        elif isinstance(v, str):
            out.append({"text": v})
    for d in out:
        if "actor_id" not in d and "id" in d:
            d["actor_id"] = d.pop("id")
    return out


def first_report_table(conn: sqlite3.Connection) -> str | None:
    return first_table(conn, *REPORT_TABLES)


def participants_sql(s: ReportSchema) -> str | None:
    """A subquery of (rid, role, key, label) rows: who took part in which report, as what.

    ``key`` is the actor id, or the text for an unresolved actor; ``role`` is actor/recipient.
    """
    if s.participants:
        pc = s.p_cols
        role = (
            f"""CASE WHEN lower(p."{pc["role"]}") LIKE 'recip%' OR lower(p."{pc["role"]}") """
            f"""= 'target' THEN 'recipient' ELSE 'actor' END"""
            if pc.get("role")
            else "'actor'"
        )
        keys = [f'p."{pc[k]}"' for k in ("actor_id", "text", "name") if pc.get(k)]
        labels = [f'p."{pc[k]}"' for k in ("name", "text", "actor_id") if pc.get(k)]
        return (
            f'SELECT p."{pc["fk"]}" AS rid, {role} AS role, coalesce({", ".join(keys)}, '
            f"'?') AS key, coalesce({', '.join(labels)}, '?') AS label "
            f'FROM "{s.participants}" p'
        )
    parts = []
    for role, col in (("actor", s.cols["actors"]), ("recipient", s.cols["recipients"])):
        if col:
            v = "j.value"
            parts.append(
                f"SELECT {_c(s, 'id')} AS rid, '{role}' AS role, "
                f"CASE WHEN j.type = 'object' THEN coalesce(json_extract({v}, '$.actor_id'), "
                f"json_extract({v}, '$.id'), json_extract({v}, '$.text')) ELSE {v} END AS key, "
                f"CASE WHEN j.type = 'object' THEN coalesce(json_extract({v}, '$.name'), "
                f"json_extract({v}, '$.text')) ELSE {v} END AS label "
                f'FROM "{s.table}" r, json_each(CASE WHEN json_valid(r."{col}") '
                f"THEN r.\"{col}\" ELSE '[]' END) j"
            )
    return " UNION ALL ".join(parts) or None
