"""Read queries for event reports (``event_reports``, their participants in
``event_actors``) filtered as ``newsgraph events`` filters them."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from newsgraph.store.actors import ActorMatch, match_actor, matching_actor_ids
from newsgraph.store.paging import Page, chunks, page, placeholders

FLAGS = ("negated", "hypothetical", "future", "historical", "reported")


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


# The columns of ``event_reports`` a report is shown with: (expression, name).
_COLUMNS = (
    *(
        (f"r.{c}", c)
        for c in (
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
        )
    ),
    ("r.place_lat", "lat"),
    ("r.place_lon", "lon"),
    ("r.place_country", "place_country"),
    ("r.confidence", "confidence"),
    ("r.actors", "actors"),
    ("r.recipients", "recipients"),
    ("r.speaker_text", "speaker"),
    *((f"r.{f}", f) for f in FLAGS),
)


def resolve_actor_id(conn: sqlite3.Connection, value: str) -> str | None:
    """``value`` as an actor id some report names (exact, else case-insensitive)."""
    q = "SELECT 1 FROM event_actors WHERE actor_id = ? LIMIT 1"
    if conn.execute(q, (value,)).fetchone():
        return value
    row = conn.execute(
        "SELECT id FROM actors WHERE id = ? COLLATE NOCASE LIMIT 1", (value,)
    ).fetchone()
    if row and conn.execute(q, (row[0],)).fetchone():
        return str(row[0])
    return None


def report_where(f: EventFilters, conn: sqlite3.Connection | None = None) -> tuple[str, list[Any]]:
    """`` WHERE ...`` over ``event_reports r`` (and ``articles a`` where it names ``a.``) for
    the filters, with its parameters; ``conn`` looks actor names up (else: text matches)."""
    where: list[str] = []
    params: list[Any] = []
    if f.type:
        where.append("r.type = ?")
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
    win = "r.date_basis = 'window'"
    lo = f"(CASE WHEN {win} THEN r.date_start ELSE r.date_end END)"
    hi = f"(CASE WHEN {win} THEN r.date_end ELSE r.date_start END)"
    if f.since:
        where.append(f"{lo} >= ?")
        params.append(f.since)
    if f.until:
        where.append(f"{hi} <= ?")
        params.append(f.until + ("-99" if len(f.until) < 10 else ""))
    for flag in f.exclude:
        if flag in FLAGS:
            where.append(f"coalesce(r.{flag}, 0) = 0")
    if f.min_confidence is not None:
        where.append("coalesce(r.confidence, 0) >= ?")
        params.append(f.min_confidence)
    if f.ids:
        where.append(f"r.id IN ({placeholders(f.ids)})")
        params += list(f.ids)
    for role, value in (("actor", f.actor), ("recipient", f.recipient)):
        if value:
            cond, p = _participant_cond(role, value, conn, exact=f.exact)
            where.append(cond)
            params += p
    return (" WHERE " + " AND ".join(where)) if where else "", params


def _participant_cond(
    role: str, value: str, conn: sqlite3.Connection | None = None, *, exact: bool = False
) -> tuple[str, list[Any]]:
    if conn is not None:
        m = match_actor(conn, value, exact=exact)
        known = resolve_actor_id(conn, value)
        if known is not None and (
            m is None or known not in matching_actor_ids(conn, value, exact=exact)
        ):
            m = ActorMatch((known,))
        if m is not None:  # an actor id (and what it rolls up): the participants' index
            sql, p = m.event_ids(role)
            return f"r.id IN ({sql})", p
    return (
        "EXISTS (SELECT 1 FROM event_actors p WHERE p.event_id = r.id AND p.role LIKE ? "
        "AND (p.actor_id = ? COLLATE NOCASE OR lower(p.text) LIKE ? OR lower(p.name) LIKE ?))"
    ), [role + "%", value, f"%{value.lower()}%", f"%{value.lower()}%"]


def _select() -> str:
    parts = ["r.id AS id", "r.article_id AS article_id"]
    parts += [f'{expr} AS "{name}"' for expr, name in _COLUMNS]
    parts += ["a.outlet AS outlet", "a.title AS title", "a.published AS published", "a.url AS url"]
    return ", ".join(parts)


def list_reports(
    conn: sqlite3.Connection, f: EventFilters, *, limit: int = 100, offset: int = 0
) -> Page:
    """Event reports by event date (undated last), with their participants and outlet."""
    where, params = report_where(f, conn)
    src = "event_reports r" + (" JOIN articles a ON a.id = r.article_id" if "a." in where else "")
    total = conn.execute(f"SELECT count(*) FROM {src}{where}", params).fetchone()[0]
    ids = ordered_ids(conn, src, where, params, "r.date_start", "r.id", limit, offset)
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
    rows: dict[Any, dict[str, Any]] = {}
    for chunk in chunks(ids):
        where, params = report_where(EventFilters(ids=tuple(chunk)))
        for r in conn.execute(
            f"SELECT {_select()} FROM event_reports r JOIN articles a ON a.id = r.article_id"
            f"{where}",
            params,
        ):
            rows[r["id"]] = dict(r)
    return _with_refs([rows[i] for i in ids if i in rows])


def event_types(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    return [
        dict(r)
        for r in conn.execute(
            "SELECT type, count(*) AS n FROM event_reports GROUP BY 1 ORDER BY 2 DESC"
        )
    ]


def _with_refs(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Flags as booleans; actors and recipients from their JSON columns."""
    for r in rows:
        for flag in FLAGS:
            r[flag] = bool(r.get(flag))
        r["actors"] = _parse_refs(r.get("actors"))
        r["recipients"] = _parse_refs(r.get("recipients"))
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


def participants_sql() -> str:
    """A subquery of (rid, role, key, label) rows: who took part in which report, as what.

    ``key`` is the actor id, or the text for an unresolved actor; ``role`` is actor/recipient.
    """
    return (
        "SELECT p.event_id AS rid, CASE WHEN lower(p.role) LIKE 'recip%' OR lower(p.role) = "
        "'target' THEN 'recipient' ELSE 'actor' END AS role, "
        "coalesce(p.actor_id, p.text, p.name, '?') AS key, "
        "coalesce(p.name, p.text, p.actor_id, '?') AS label FROM event_actors p"
    )
