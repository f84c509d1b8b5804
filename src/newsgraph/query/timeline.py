"""The timeline and the event page: canonical events when the store has them, else event
reports; an event opens to its reports, one column per outlet, each with its sentence."""

from __future__ import annotations

import json
import sqlite3
from functools import cache
from importlib import resources
from typing import Any

from newsgraph.store import article_queries, canonical_queries, report_queries
from newsgraph.store.report_queries import EventFilters


@cache
def plover_types() -> tuple[str, ...]:
    """The PLOVER event types, as the published event-report schema lists them."""
    path = resources.files("newsgraph") / "schema" / "event-report.schema.json"
    schema = json.loads(path.read_text(encoding="utf-8"))
    return tuple(schema["properties"]["type"]["enum"])


def timeline(
    conn: sqlite3.Connection, f: EventFilters, *, limit: int = 100, offset: int = 0
) -> dict[str, Any]:
    """{origin: canonical|reports, items, total, limit, offset}; items carry ``event_id``."""
    if canonical_queries.has_canonical(conn):
        out = canonical_queries.list_canonical(conn, f, limit=limit, offset=offset)
        out["origin"] = "canonical"
        return out
    out = report_queries.list_reports(conn, f, limit=limit, offset=offset)
    for r in out["items"]:
        r["event_id"] = f"r{r['id']}"
        r["outlets"] = [r["outlet"] or "(unknown)"]
        r["n_reports"] = 1
    out["origin"] = "reports"
    return out


def event_detail(conn: sqlite3.Connection, event_id: str) -> dict[str, Any] | None:
    """An event with its reports grouped by outlet (one column each), sentences included.

    ``r<id>`` is one event report: it opens its canonical event (``report_id`` set); until
    canonical events exist, it opens with the reports
    of the same type on the same day; ``c<id>`` is a canonical event.
    """
    if event_id.startswith("c"):
        d = canonical_queries.canonical_detail(conn, event_id[1:])
        if d is None:
            return None
        reports = d.pop("reports")
    elif event_id.startswith("r"):
        rid: Any = event_id[1:]
        if rid.isdigit():
            rid = int(rid)
        cid = canonical_queries.canonical_of_report(conn, rid)
        if cid is not None:  # the report's canonical event, with this report marked
            d = event_detail(conn, f"c{cid}")
            if d is not None:
                d["report_id"] = rid
                return d
        found = report_queries.reports_by_ids(conn, [rid])
        if not found:
            return None
        head = found[0]
        day = (head.get("date") or head.get("published") or "")[:10]
        if head.get("type") and len(day) == 10:
            same = report_queries.list_reports(
                conn, EventFilters(type=head["type"], since=day, until=day), limit=200
            )["items"]
            keys = _actor_keys(head)
            reports = [head] + [
                r for r in same if r["id"] != head["id"] and (not keys or keys & _actor_keys(r))
            ]
        else:
            reports = [head]
        d = {
            "event_id": event_id,
            "type": head.get("type"),
            "date": day or None,
            "trigger": head.get("trigger"),
            "origin": "reports",
            "contradictions": [],
        }
    else:
        return None
    with_sentences(conn, reports)
    columns: dict[str, list[dict[str, Any]]] = {}
    for r in reports:
        columns.setdefault(r.get("outlet") or "(unknown)", []).append(r)
    d["outlets"] = [{"outlet": k, "reports": v} for k, v in columns.items()]
    d["n_reports"] = len(reports)
    return d


def _actor_keys(r: dict[str, Any]) -> set[str]:
    return {a.get("actor_id") or a.get("text") or "" for a in r.get("actors", [])} - {""}


def with_sentences(conn: sqlite3.Connection, reports: list[dict[str, Any]]) -> list[dict[str, Any]]:
    sents = article_queries.sentences_text(
        conn, [(r["article_id"], r["sent"]) for r in reports if r.get("sent") is not None]
    )
    for r in reports:
        sent = r.get("sent")
        r["sentence"] = sents.get((r["article_id"], sent)) if sent is not None else None
    return reports
