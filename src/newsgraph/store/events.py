"""SQL for event reports: the fact writer and the read queries behind ``newsgraph events`` and
``newsgraph export --what event-reports``."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, fields
from typing import Any

from newsgraph.calendar import date_range
from newsgraph.store.actors import EVENT_FIRST_DAY, EVENT_LAST_DAY, ActorMatch, match_actor
from newsgraph.store.facts import fact_writer, json_list
from newsgraph.types import ActorRef, EventReport

FLAGS = ("negated", "hypothetical", "future", "historical", "reported")


_REF_FIELDS = tuple(f.name for f in fields(ActorRef))


def _ref(r: ActorRef | None) -> dict[str, Any] | None:
    # ``asdict`` would deep-copy; ActorRef's fields are all plain values.
    return {f: getattr(r, f) for f in _REF_FIELDS} if r is not None else None


@fact_writer("events")
def write_events(conn: sqlite3.Connection, article_id: str, items: tuple[Any, ...]) -> None:
    conn.execute("DELETE FROM event_reports WHERE article_id = ?", (article_id,))
    # Ids are given here, as SQLite would (max + 1: the key is not AUTOINCREMENT), so that
    # the reports and their actors go in two statements, not two per report.
    (last,) = conn.execute("SELECT coalesce(max(id), 0) FROM event_reports").fetchone()
    reports, actors = [], []
    for eid, e in enumerate(items, start=last + 1):
        assert isinstance(e, EventReport)
        pl = e.place
        reports.append(
            (
                eid,
                article_id,
                e.sent,
                e.trigger,
                e.trigger_start,
                e.trigger_end,
                e.type,
                e.mode,
                e.context,
                e.cameo,
                e.quad,
                e.date,
                e.date_precision,
                e.date_text,
                *((e.date_start, e.date_end) if e.date_start else date_range(e.date)),
                pl.name or pl.text if pl else None,
                pl.text if pl else None,
                pl.start if pl else None,
                pl.end if pl else None,
                pl.geonames_id if pl else None,
                pl.lat if pl else None,
                pl.lon if pl else None,
                pl.country if pl else None,
                pl.precision if pl else None,
                int(e.negated),
                int(e.hypothetical),
                int(e.future),
                int(e.historical),
                int(e.reported),
                e.speaker.text if e.speaker else None,
                e.speaker.actor_id if e.speaker else None,
                json.dumps(_ref(e.speaker), ensure_ascii=False) if e.speaker else None,
                json_list([_ref(a) for a in e.actors], ensure_ascii=False),
                json_list([_ref(a) for a in e.recipients], ensure_ascii=False),
                e.confidence,
                e.date_basis,
            )
        )
        actors += [
            (eid, role, r.actor_id, r.text, r.name, r.country, r.sector, r.start, r.end)
            for role, refs in (("actor", e.actors), ("recipient", e.recipients))
            for r in refs
        ]
    conn.executemany(
        "INSERT INTO event_reports(id, article_id, sent, trigger, trigger_start, trigger_end,"
        " type, mode, context, cameo, quad, date, date_precision, date_text, date_start,"
        " date_end, place_name, place_text,"
        " place_start, place_end, place_geonames_id, place_lat, place_lon, place_country,"
        " place_precision, negated, hypothetical, future, historical, reported, speaker_text,"
        " speaker_actor_id, speaker, actors, recipients, confidence, date_basis) VALUES "
        f"({', '.join('?' * 37)})",
        reports,
    )
    conn.executemany(
        "INSERT INTO event_actors(event_id, role, actor_id, text, name, country, sector, "
        'start, "end") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        actors,
    )


@dataclass(frozen=True)
class EventQuery:
    actor: str | None = None  # actor id, or text (case-insensitive substring) of a participant
    recipient: str | None = None
    type: str | None = None
    since: str | None = None  # ISO date: events dated on or after (undated events excluded;
    # a window counts when it lies inside the range)
    until: str | None = None
    outlet: str | None = None
    include_reported: bool = True
    exclude_hypothetical: bool = False
    exclude_negated: bool = False
    exclude_historical: bool = False
    exclude_future: bool = False
    min_confidence: float | None = None
    article_id: str | None = None
    ingested_since: str | None = None  # ISO UTC time: reports of articles stored since then
    exact: bool = False  # --exact: a state's id does not also match its government, officials


def iter_event_reports(
    conn: sqlite3.Connection, q: EventQuery | None = None
) -> Iterator[dict[str, Any]]:
    """Event reports with their article, outlet, report date and sentence text, filtered."""
    q = q or EventQuery()
    where: list[str] = []
    params: list[Any] = []
    for role, value in (("actor", q.actor), ("recipient", q.recipient)):
        if value:
            m = match_actor(conn, value, exact=q.exact) or ActorMatch((value,))
            cond, p = m.condition("p.actor_id", EVENT_FIRST_DAY, EVENT_LAST_DAY)
            where.append(
                "EXISTS (SELECT 1 FROM event_actors p WHERE p.event_id = e.id AND p.role = ? "
                f"AND ({cond} OR lower(p.text) LIKE ? OR lower(coalesce(p.name, '')) LIKE ?))"
            )
            like = f"%{value.lower()}%"
            params += [role, *p, like, like]
    if q.type:
        where.append("e.type = ?")
        params.append(q.type.upper())
    # A date counts when the days it covers meet the range; a window (an undated report's
    # bounds) only when it lies inside the range: it may be any day of it.
    if q.since:
        where.append(
            "(CASE WHEN e.date_basis = 'window' THEN e.date_start ELSE e.date_end END) >= ?"
        )
        params.append(q.since)
    if q.until:
        where.append(
            "(CASE WHEN e.date_basis = 'window' THEN e.date_end ELSE e.date_start END) <= ?"
        )
        params.append(q.until)
    if q.outlet:
        where.append("a.outlet = ?")
        params.append(q.outlet)
    if q.article_id:
        where.append("e.article_id = ?")
        params.append(q.article_id)
    if q.ingested_since:
        where.append("a.ingested_at >= ?")
        params.append(q.ingested_since)
    for flag, on in (
        ("reported", not q.include_reported),
        ("hypothetical", q.exclude_hypothetical),
        ("negated", q.exclude_negated),
        ("historical", q.exclude_historical),
        ("future", q.exclude_future),
    ):
        if on:
            where.append(f"e.{flag} = 0")
    if q.min_confidence is not None:
        where.append("e.confidence >= ?")
        params.append(q.min_confidence)
    sql = (
        "SELECT e.*, a.source_id, a.outlet, a.url, a.published AS report_date, "
        'substr(a.text, s.start + 1, s."end" - s.start) AS sentence, '
        's.start AS sentence_start, s."end" AS sentence_end '
        "FROM event_reports e JOIN articles a ON a.id = e.article_id "
        "LEFT JOIN sentences s ON s.article_id = e.article_id AND s.idx = e.sent"
    )
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += (
        " ORDER BY e.date_start IS NULL, e.date_start, a.published, e.article_id, e.sent, "
        "e.trigger_start"
    )
    for row in conn.execute(sql, params):
        yield _row(row)


def _row(row: sqlite3.Row) -> dict[str, Any]:
    d = dict(row)
    d["actors"] = json.loads(d["actors"] or "[]")
    d["recipients"] = json.loads(d["recipients"] or "[]")
    d["speaker"] = json.loads(d["speaker"]) if d.get("speaker") else None
    for f in FLAGS:
        d[f] = bool(d[f])
    return d
