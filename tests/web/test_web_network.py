"""The actor network API on the sample corpus: date bounds, states grouped with their
government and officials, evidence totals, and one counting rule shared with `relations`."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from newsgraph.analyze.relations import build_relations
from newsgraph.query.graph import build_graph
from newsgraph.store import open_store
from newsgraph.store.relations import date_span

pytestmark = pytest.mark.model

ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def test_date_range_bounds_weeks_by_their_days(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.db") as s:
        s.conn.execute(
            "INSERT INTO articles (id, source_id, origin, format, raw_text, text, published) "
            "VALUES ('a', 'src', 'x', 'text', 'x', 'x', '2024-12-09')"
        )
        for i, d in enumerate(("2024-W48", "2024-12-08", "2024-11")):
            s.conn.execute(
                "INSERT INTO event_reports (id, article_id, sent, trigger, trigger_start, "
                "trigger_end, type, date) VALUES (?, 'a', 0, 'x', 0, 1, 'ASSAULT', ?)",
                (i + 1, d),
            )
        s.conn.commit()
        # as text, "2024-W48" sorts after "2024-12-08"; as days, the week ends on Dec 1
        assert date_span(s.conn) == {"first": "2024-11-01", "last": "2024-12-08"}


def test_network_dates_are_days_inside_the_data(client: Any) -> None:
    for group in ("true", "false"):
        g = client.get("/api/network", params={"group": group}).json()
        first, last = g["dates"]["first"], g["dates"]["last"]
        assert ISO_DAY.match(first) and ISO_DAY.match(last), g["dates"]
        assert first <= last
        days = [d for e in g["edges"] for d in (e["first"], e["last"]) if d]
        assert days and min(days) == first and max(days) == last


def test_states_grouped_with_government_and_officials(client: Any) -> None:
    grouped = client.get("/api/network").json()
    apart = client.get("/api/network", params={"group": "false"}).json()
    assert grouped["grouped"] is True and apart["grouped"] is False
    apart_ids = {n["id"] for n in apart["nodes"]}
    nodes = {n["id"]: n for n in grouped["nodes"]}
    # the sample has Iran and its government (and officials) as separate actors
    assert {"IRN", "IRN.GOV"} <= apart_ids
    assert "IRN.GOV" not in nodes and "IRN.GOV" in nodes["IRN"]["members"]
    assert not any("." in i for i in nodes), "a state's sector id left ungrouped"
    for n in grouped["nodes"]:
        assert n["members"][0] == n["id"]
    # an armed group holding a state's government stays its own node
    if "hts" in apart_ids:
        assert "hts" in nodes
    assert len(grouped["nodes"]) < len(apart["nodes"])
    # no edge from a state to itself
    assert all(e["source"] != e["target"] for e in grouped["edges"])
    # the actor filter finds the grouped node by a member's id
    only = client.get("/api/network", params={"actor": "IRN.GOV", "exact": "true"}).json()
    assert only["edges"] and all("IRN" in (e["source"], e["target"]) for e in only["edges"])


def test_evidence_total_matches_edge_weight(client: Any) -> None:
    for group in ("true", "false"):
        g = client.get("/api/network", params={"group": group}).json()
        assert g["edges"]
        for e in g["edges"]:
            ev = client.get(
                "/api/network/evidence",
                params={
                    "source": e["source"],
                    "target": e["target"],
                    "kind": e["kind"],
                    "limit": 1,
                    "group": group,
                },
            ).json()
            assert ev["total"] == e["weight"], (e, ev["total"])
            assert len(ev["items"]) == 1


def test_timeline_refuses_an_unknown_type(client: Any) -> None:
    assert client.get("/api/timeline", params={"type": "BOGUS"}).status_code == 422
    assert client.get("/api/timeline", params={"type": "assault"}).status_code == 200


def _weights_relations(conn: sqlite3.Connection) -> dict[tuple[str, str, str], int]:
    return {(e.source, e.target, e.kind): len(e.evidence) for e in build_relations(conn)}


def _weights_web(conn: sqlite3.Connection) -> dict[tuple[str, str, str], int]:
    g = build_graph(conn).query(limit=100_000)
    return {(e["source"], e["target"], e["kind"]): e["weight"] for e in g["edges"]}


def test_web_graph_counts_a_sentence_as_relations_does(sample_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "copy.db"
    shutil.copy(sample_db, db)
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    assert _weights_web(conn) == _weights_relations(conn)
    # code one related sentence twice (a second report with the same actors): still one
    # piece of evidence for both
    # (the first relation that an event report gives: some come from other evidence, such as
    # "Turkish-backed" modifiers)
    rid, key = next(
        (row[0], key)
        for key in _weights_relations(conn)
        for row in [
            conn.execute(
                "SELECT e.id FROM event_reports e JOIN event_actors x ON x.event_id = e.id "
                "AND x.role = 'actor' AND x.actor_id = ? JOIN event_actors y "
                "ON y.event_id = e.id AND y.role = 'recipient' AND y.actor_id = ? LIMIT 1",
                key[:2],
            ).fetchone()
        ]
        if row is not None
    )
    new = conn.execute("SELECT max(id) + 1 FROM event_reports").fetchone()[0]
    cols = [r[1] for r in conn.execute("PRAGMA table_info(event_reports)") if r[1] != "id"]
    names = ", ".join(f'"{c}"' for c in cols)
    conn.execute(
        f"INSERT INTO event_reports (id, {names}) SELECT ?, {names} FROM event_reports "
        "WHERE id = ?",
        (new, rid),
    )
    acols = [r[1] for r in conn.execute("PRAGMA table_info(event_actors)") if r[1] != "event_id"]
    anames = ", ".join(f'"{c}"' for c in acols)
    conn.execute(
        f"INSERT INTO event_actors (event_id, {anames}) SELECT ?, {anames} FROM event_actors "
        "WHERE event_id = ?",
        (new, rid),
    )
    conn.commit()
    before = _weights_relations(conn)[key]
    assert _weights_web(conn) == _weights_relations(conn)
    assert _weights_web(conn)[key] == before


def test_map_leaves_out_places_that_stand_for_a_government(client: Any, sample_db: Path) -> None:
    conn = sqlite3.connect(sample_db)
    located, metonyms = conn.execute(
        "SELECT sum(metonym = 0), sum(metonym = 1) FROM places "
        "WHERE lat IS NOT NULL AND lon IS NOT NULL"
    ).fetchone()
    only_metonym = {
        r[0]
        for r in conn.execute(
            "SELECT name FROM places WHERE lat IS NOT NULL GROUP BY name HAVING min(metonym) = 1"
        )
    }
    conn.close()
    assert metonyms, "the sample has metonymic places (a capital or a building that speaks)"
    for params in ({}, {"outlet": "RT"}):
        pts = client.get("/api/map", params=params).json()["points"]
        assert not only_metonym & {p["name"] for p in pts}
    pts = client.get("/api/map").json()["points"]
    assert sum(p["places"] for p in pts) == located


def test_cli_relations_and_api_network_give_the_same_edges(sample_db: Path) -> None:
    """The real `newsgraph relations` command and `/api/network` (ungrouped) answer the same
    edges with the same weights and first/last days on the sample store."""
    import json

    from click.testing import CliRunner
    from fastapi.testclient import TestClient

    from newsgraph.cli import cli
    from newsgraph.web.app import create_app

    r = CliRunner().invoke(cli, ["--db", str(sample_db), "relations", "--format", "json"])
    assert r.exit_code == 0, r.output
    cli_edges = {
        (e["source"], e["target"], e["kind"]): (
            e["weight"],
            min(x["date"] for x in e["evidence"]),
            max(x["date"] for x in e["evidence"]),
        )
        for e in json.loads(r.output)
    }
    with TestClient(create_app(sample_db, warm=False)) as client:
        body = client.get("/api/network", params={"group": "false", "limit": 2000}).json()
    api_edges = {
        (e["source"], e["target"], e["kind"]): (e["weight"], e["first"], e["last"])
        for e in body["edges"]
    }
    assert cli_edges and api_edges == cli_edges
