"""SQL for each article's main event (``article_main_events``, migration 0014): the fact writer
and the reads behind ``query.main_events``."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any

from newsgraph.store.events import EventQuery, iter_event_reports
from newsgraph.store.facts import fact_writer
from newsgraph.types import MainEvent


@fact_writer("main_event")
def write_main_event(conn: sqlite3.Connection, article_id: str, items: tuple[Any, ...]) -> None:
    """Replace the article's main event. The report it points at is found by its provenance
    (sentence, trigger offsets, type): the ``events`` fact is written before this one."""
    conn.execute("DELETE FROM article_main_events WHERE article_id = ?", (article_id,))
    for m in items:
        assert isinstance(m, MainEvent)
        row = conn.execute(
            "SELECT id FROM event_reports WHERE article_id = ? AND sent = ? AND trigger_start = ?"
            " AND type = ? ORDER BY id LIMIT 1",
            (article_id, m.sent, m.trigger_start, m.type),
        ).fetchone()
        if row is None:
            continue  # no such report stored: nothing to point at
        conn.execute(
            "INSERT INTO article_main_events(article_id, event_id, sent, trigger_start,"
            " trigger_end, score, evidence) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                article_id,
                row[0],
                m.sent,
                m.trigger_start,
                m.trigger_end,
                m.score,
                json.dumps(dict(m.evidence)),
            ),
        )


def main_event_rows(
    conn: sqlite3.Connection, article_ids: Iterable[str] | None = None
) -> dict[str, dict[str, Any]]:
    """article id -> {event_id, score, evidence, report} (the report as ``iter_event_reports``
    gives it) for the given articles, or for every article with a main event."""
    ids = None if article_ids is None else sorted(set(article_ids))
    if ids is not None and not ids:
        return {}
    sql = "SELECT article_id, event_id, score, evidence FROM article_main_events"
    params: list[Any] = []
    if ids is not None:
        sql += f" WHERE article_id IN ({', '.join('?' * len(ids))})"
        params = list(ids)
    mains = {
        r["article_id"]: {
            "event_id": r["event_id"],
            "score": r["score"],
            "evidence": json.loads(r["evidence"] or "{}"),
        }
        for r in conn.execute(sql, params)
    }
    if not mains:
        return {}
    by_event = {m["event_id"]: aid for aid, m in mains.items()}
    q = EventQuery(article_id=next(iter(mains)) if len(mains) == 1 else None)
    for rep in iter_event_reports(conn, q):
        aid = by_event.get(rep["id"])
        if aid is not None:
            mains[aid]["report"] = rep
    return {aid: m for aid, m in mains.items() if "report" in m}


def main_event_ids(conn: sqlite3.Connection) -> set[int]:
    """The ids of the event reports that are their article's main event."""
    return {r[0] for r in conn.execute("SELECT event_id FROM article_main_events")}


def main_event_types(conn: sqlite3.Connection, article_ids: Iterable[str]) -> dict[str, str]:
    """article id -> the PLOVER type of its main event, for those of the articles that have one."""
    ids = sorted(set(article_ids))
    out: dict[str, str] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        out.update(
            (r[0], r[1])
            for r in conn.execute(
                "SELECT m.article_id, r.type FROM article_main_events m "
                "JOIN event_reports r ON r.id = m.event_id "
                f"WHERE m.article_id IN ({', '.join('?' * len(chunk))})",
                chunk,
            )
        )
    return out
