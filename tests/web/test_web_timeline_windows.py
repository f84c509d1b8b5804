"""The timeline places an event known only by a window (or a week, a month) at its window,
sorted by its first day, and keeps only truly undated events in the undated block (issue 16)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from newsgraph.cli import cli
from newsgraph.extract.events.periods import start_of

pytestmark = pytest.mark.model


def _first_day(e: dict[str, Any]) -> str | None:
    if e.get("date"):
        d = start_of(e["date"])
        return d.isoformat() if d else None
    return e.get("date_start") if e.get("date_basis") == "window" else None


def _check_order(items: list[dict[str, Any]]) -> None:
    days = [_first_day(e) for e in items]
    placed = [d for d in days if d is not None]
    assert placed == sorted(placed), "events sort by their first day, windows by their start"
    first_undated = next((i for i, d in enumerate(days) if d is None), len(days))
    assert all(d is None for d in days[first_undated:]), "undated events come last, together"
    windows = [e for e in items if e.get("date_basis") == "window"]
    assert windows, "the sample has events known only by a window"
    assert all(not e.get("date") and e["date_start"] <= e["date_end"] for e in windows)


def test_api_timeline_places_windows_at_their_start(client: Any) -> None:
    t = client.get("/api/timeline", params={"limit": 500, "min_confidence": 0}).json()
    assert t["origin"] == "canonical"
    _check_order(t["items"])
    undated = [e for e in t["items"] if _first_day(e) is None]
    assert len(undated) < len(t["items"]) / 4  # not the "45 of 62 undated" of before


def test_events_canonical_places_windows_at_their_start(sample_db: Path) -> None:
    r = CliRunner().invoke(
        cli, ["--db", str(sample_db), "events", "--canonical", "--format", "json"]
    )
    assert r.exit_code == 0, r.output
    _check_order(json.loads(r.stdout))
    table = (
        CliRunner()
        .invoke(cli, ["--db", str(sample_db), "events", "--canonical"], env={"COLUMNS": "220"})
        .stdout
    )
    assert "(window)" in table
