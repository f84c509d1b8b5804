"""The real `newsgraph watch --once`, `stats` with feed health, `events --since-ingested` and
the API's ``since_ingested``, on a real SQLite file and a 127.0.0.1 server."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from feedserver import FeedServer, day
from tests.cli_run import outcome

pytestmark = pytest.mark.model


def test_watch_once_stats_and_what_is_new(http: FeedServer, db_path: Path) -> None:
    good = http.feed(
        "/news.xml",
        "Wire Daily",
        [{"link": http.page(f"/n{i}", 70 + i), "date": day(8)} for i in range(2)],
    )
    http.routes["/down.xml"] = (500, "text/plain", b"oops")
    code, out = outcome("--db", str(db_path), "watch", good, http.url + "/down.xml", "--once")
    assert code == 1, out  # a source failed: reported, and the exit code says so
    assert "ingested 2" in out and "HTTP 500" in out

    code, out = outcome("--db", str(db_path), "stats")
    assert code == 0 and "watched sources" in out
    assert "FAILING (1 in a row" in out and "HTTP 500" in out and "2 done" in out
    code, out = outcome("--db", str(db_path), "stats", "--json")
    health = {s["source"]: s for s in json.loads(out)["watch"]}
    assert health[good]["items"] == {"done": 2} and health[http.url + "/down.xml"]["failures"] == 1

    conn = sqlite3.connect(db_path)
    from newsgraph.extract.events.confidence import DEFAULT_MIN_CONFIDENCE

    n_reports = conn.execute(  # what `events` shows by default
        "SELECT count(*) FROM event_reports WHERE confidence >= ?", (DEFAULT_MIN_CONFIDENCE,)
    ).fetchone()[0]
    conn.close()
    assert n_reports > 0
    code, out = outcome(
        "--db", str(db_path), "events", "--since-ingested", "1h", "--format", "json"
    )
    assert code == 0 and len(json.loads(out)) == n_reports
    code, out = outcome(
        "--db", str(db_path), "events", "--since-ingested", "2099-01-01", "--format", "json"
    )
    assert code == 0 and json.loads(out) == []
    code, out = outcome(
        "--db", str(db_path), "events", "--canonical", "--since-ingested", "2h", "--format", "json"
    )
    assert code == 0 and len(json.loads(out)) >= 1
    code, out = outcome("--db", str(db_path), "events", "--since-ingested", "yesterday-ish")
    assert code == 2 and "--since-ingested" in out

    from fastapi.testclient import TestClient

    from newsgraph.web import create_app

    with TestClient(create_app(db_path)) as client:
        new = client.get("/api/timeline", params={"since_ingested": "2000-01-01"}).json()
        none = client.get("/api/timeline", params={"since_ingested": "2099-01-01T00:00:00Z"})
        bad = client.get("/api/timeline", params={"since_ingested": "soon"})
    assert new["total"] >= 1 and none.json()["total"] == 0 and bad.status_code == 422


def test_watch_usage_errors(tmp_path: Path, db_path: Path) -> None:
    code, out = outcome("--db", str(db_path), "watch", str(tmp_path / "missing"), "--once")
    assert code != 0 and "no such folder or file" in out
    code, out = outcome("--db", str(db_path), "watch", str(tmp_path), "--every", "often")
    assert code == 2 and "not a duration" in out
