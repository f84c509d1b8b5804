"""Each article's main event as one view: who did what to whom, when, where, with the
provenance of the report it is, and whom the article blames for its lead attack (``blamed``,
``analyze.blame``: the party, the rule that gave it, the lead attack's report). The one read
function the CLI (``articles show``), the API, the article page, the exports and the
cross-outlet analysis use (``main_event_of``, ``main_events_of``)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any

from newsgraph.analyze.blame import blame_of_articles
from newsgraph.query.events import report_row
from newsgraph.query.exports import exporter
from newsgraph.store.main_events import main_event_rows


def main_event_of(conn: sqlite3.Connection, article_id: str) -> dict[str, Any] | None:
    """The main event of one article, or None (no events, or stored before it existed)."""
    return main_events_of(conn, [article_id]).get(article_id)


def main_events_of(
    conn: sqlite3.Connection, article_ids: Iterable[str] | None = None
) -> dict[str, dict[str, Any]]:
    """article id -> main-event view, for the given articles (every article when None)."""
    rows = main_event_rows(conn, article_ids)
    blamed = blame_of_articles(conn, list(rows)) if rows else {}
    return {aid: _view(m, blamed.get(aid)) for aid, m in rows.items()}


def _view(m: dict[str, Any], blamed: dict[str, Any] | None = None) -> dict[str, Any]:
    r = report_row(m["report"])
    who = [p["name"] or p["text"] for p in r["actor"]]
    whom = [p["name"] or p["text"] for p in r["recipient"]]
    when = r["date"] or (
        f"{r['date_start']}..{r['date_end']}" if r["date_basis"] == "window" else None
    )
    where = (r["place"] or {}).get("name") or (r["place"] or {}).get("text")
    summary = " ".join(
        x
        for x in (
            " + ".join(who),
            r["type"] + (f"/{r['mode']}" if r["mode"] else ""),
            " + ".join(whom),
            f"on {when} ({r['date_basis']})" if when else "",
            f"in {where}" if where else "",
        )
        if x
    )
    return {
        "article_id": r["article_id"],
        "event_id": r["event_id"],
        "summary": summary,
        "who": r["actor"],
        "did": {
            "type": r["type"],
            "mode": r["mode"],
            "cameo": r["cameo"],
            "quad": r["quad"],
            "trigger": r["trigger"],
        },
        "whom": r["recipient"],
        "when": {
            k: r[k]
            for k in ("date", "date_precision", "date_basis", "date_start", "date_end", "date_text")
        },
        "where": r["place"],
        "factuality": r["factuality"],
        "confidence": r["confidence"],
        "score": m["score"],
        "evidence": m["evidence"],
        "blamed": blamed,
        "provenance": {
            "article_id": r["article_id"],
            "sent": r["sent"],
            "sentence": r["sentence"],
            "trigger_start": r["trigger_start"],
            "trigger_end": r["trigger_end"],
        },
    }


@exporter("main-events")
def export_main_events(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    """One row per article that has a main event."""
    yield from main_events_of(conn).values()
