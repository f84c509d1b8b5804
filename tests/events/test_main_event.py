"""Each article's main event: chosen, stored, exported, shown (issue 13, item 6)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from newsgraph.cli import cli
from newsgraph.extract.events.main_event import pick_main_event
from newsgraph.types import ActorRef, EventReport


def _ev(sent: int, type_: str = "CONSULT", **kw: Any) -> EventReport:
    base: dict[str, Any] = dict(
        article_id="a",
        sent=sent,
        trigger="met",
        trigger_start=100 * sent,
        trigger_end=100 * sent + 3,
        actors=(ActorRef("Kenya", 0, 5, "KEN", "Kenya", "KEN"),),
        recipients=(ActorRef("Ethiopia", 9, 17, "ETH", "Ethiopia", "ETH"),),
        type=type_,
        mode=None,
        context=None,
        cameo=None,
        quad=1,
        date=None,
        date_precision=None,
        date_text=None,
        place=None,
        confidence=0.7,
    )
    base.update(kw)
    return EventReport(**base)


def test_lead_event_wins_and_background_is_no_candidate() -> None:
    assert pick_main_event([]) is None
    evs = [_ev(0, historical=True), _ev(1), _ev(6, "ASSAULT")]
    m = pick_main_event(evs)
    assert m is not None and (m.sent, m.type) == (1, "CONSULT")
    assert m.trigger_start == 100 and m.evidence["position"] == 0.5
    only_future = [_ev(0, future=True, type="AID")]
    m2 = pick_main_event(only_future)
    assert m2 is not None and m2.sent == 0  # nothing else: the future report is kept


def test_frequency_and_headline_count() -> None:
    evs = [_ev(1, "SUPPORT", trigger="backed"), _ev(2, "ASSAULT", trigger="attacked")]
    evs += [_ev(i, "ASSAULT", trigger="shelled") for i in (4, 5, 6)]
    m = pick_main_event(evs, "Kenya attacks Ethiopia")
    assert m is not None and m.type == "ASSAULT" and m.evidence["frequency"] == 1.0
    assert m.evidence["headline"] > 0


def _run(db: Path, *args: str) -> str:
    res = CliRunner().invoke(cli, ["--db", str(db), *args], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    return res.stdout


@pytest.mark.model
def test_main_event_stored_shown_exported(sample_db: Path) -> None:
    from fastapi.testclient import TestClient

    from newsgraph.web import create_app

    conn = sqlite3.connect(sample_db)
    rows = conn.execute(
        "SELECT m.article_id, m.sent, m.trigger_start, e.sent, e.trigger_start, e.article_id "
        "FROM article_main_events m JOIN event_reports e ON e.id = m.event_id"
    ).fetchall()
    with_events = {r[0] for r in conn.execute("SELECT DISTINCT article_id FROM event_reports")}
    assert {r[0] for r in rows} == with_events
    assert all(r[1:3] == r[3:5] and r[0] == r[5] for r in rows)  # provenance is the report's
    aid = rows[0][0]
    shown = json.loads(_run(sample_db, "articles", "show", aid, "--json"))
    m = shown["main_event"]
    assert m["provenance"]["article_id"] == aid and m["summary"] and m["did"]["type"]
    sentence = m["provenance"]["sentence"]
    assert m["did"]["trigger"].split()[0] in sentence
    assert "main event" in _run(sample_db, "articles", "show", aid)
    with TestClient(create_app(sample_db)) as client:
        api = client.get(f"/api/articles/{aid}").json()
    assert api["main_event"]["event_id"] == m["event_id"]
    exported = [
        json.loads(x)
        for x in _run(sample_db, "export", "--what", "main-events", "--format", "jsonl").split("\n")
        if x.strip()
    ]
    assert {x["article_id"] for x in exported} == with_events
    arts = [
        json.loads(x)
        for x in _run(sample_db, "export", "--what", "articles", "--format", "jsonl").split("\n")
        if x.strip()
    ]
    assert all((a["main_event"] is not None) == (a["article_id"] in with_events) for a in arts)
