"""The API on a synthetic store (schema of every capability, thousands of rows): paging,
ordering, canonical events, the cached graph and map, and the web benchmark's generator."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from bench.synthetic import fill_synthetic

from newsgraph.store import open_store


@pytest.fixture(scope="module")
def synth(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    from newsgraph.web import create_app

    db = tmp_path_factory.mktemp("synth") / "synth.db"
    with open_store(db) as s:
        counts = fill_synthetic(s.conn, 3000)
    assert counts["event_reports"] == 3000
    with TestClient(create_app(db, warm=False)) as c:
        yield c


def test_timeline_pages_cover_every_event_once(synth: Any) -> None:
    first = synth.get("/api/timeline", params={"limit": 500}).json()
    assert first["origin"] == "canonical"
    seen, offset = [], 0
    while True:
        p = synth.get("/api/timeline", params={"limit": 500, "offset": offset}).json()
        seen += [(e["date"], e["id"]) for e in p["items"]]
        offset += 500
        if offset >= p["total"]:
            break
    assert len(seen) == first["total"] == len({i for _, i in seen})
    dated = [d for d, _ in seen if d]
    assert dated == sorted(dated)
    assert all(d for d, _ in seen[: len(dated)])  # undated last


def test_timeline_filters_on_canonical(synth: Any) -> None:
    all_ = synth.get("/api/timeline", params={"limit": 1}).json()["total"]
    syr = synth.get("/api/timeline", params={"actor": "SYR", "exact": True, "limit": 50}).json()
    assert 0 < syr["total"] < all_
    # without exact, Syria also matches its government, forces and officials: a superset
    rolled = synth.get("/api/timeline", params={"actor": "syr", "limit": 1}).json()
    assert syr["total"] <= rolled["total"] < all_
    e = synth.get(f"/api/events/{syr['items'][0]['event_id']}").json()
    assert any(
        a.get("actor_id") == "SYR"
        for col in e["outlets"]
        for r in col["reports"]
        for a in r["actors"]
    )
    typed = synth.get("/api/timeline", params={"type": "ASSAULT", "limit": 100}).json()
    assert typed["items"] and all(x["type"] == "ASSAULT" for x in typed["items"])
    march = synth.get(
        "/api/timeline", params={"since": "2024-03-01", "until": "2024-03-31", "limit": 500}
    ).json()
    assert march["items"] and all("2024-03-01" <= x["date"] <= "2024-03-31" for x in march["items"])


def test_event_shows_contradictions(synth: Any) -> None:
    c = synth.get("/api/contradictions", params={"limit": 1}).json()["items"][0]
    d = synth.get(f"/api/events/c{c['canonical_id']}").json()
    assert d["contradictions"] and d["contradictions"][0]["kind"] == "date"


def test_graph_as_of_grows_with_time(synth: Any) -> None:
    early = synth.get("/api/network", params={"as_of": "2024-02-01", "limit": 2000}).json()
    late = synth.get("/api/network", params={"limit": 2000}).json()
    w = {(e["source"], e["target"], e["kind"]): e["weight"] for e in late["edges"]}
    assert sum(e["weight"] for e in early["edges"]) < sum(w.values())
    for e in early["edges"]:
        assert e["weight"] <= w.get((e["source"], e["target"], e["kind"]), e["weight"])
        assert e["last"] is None or e["last"] <= "2024-02-01"
    top = late["edges"][0]
    ev = synth.get(
        "/api/network/evidence",
        params={
            "source": top["source"],
            "target": top["target"],
            "kind": top["kind"],
            "limit": 500,
        },
    ).json()["items"]
    assert len(ev) == min(500, top["weight"])


def test_map_cached_equals_direct(synth: Any) -> None:
    cached = synth.get("/api/map", params={"since": "2024-06-01"}).json()["points"]
    assert cached
    # the outlet filter takes the direct SQL path: all outlets together must agree
    outlets = synth.get("/api/outlets").json()
    total = sum(
        p["events"]
        for o in outlets
        for p in synth.get("/api/map", params={"since": "2024-06-01", "outlet": o}).json()["points"]
    )
    assert total == sum(p["events"] for p in cached)


def test_search_and_pages(synth: Any) -> None:
    r = synth.get("/api/search", params={"q": "officials"}).json()
    assert r["items"] and r["total"] <= 1000
    q = synth.get("/api/search", params={"q": "officials", "kind": "quotes"}).json()
    assert q["items"] and "\x02" in q["items"][0]["snippet"]
    a = synth.get("/api/articles", params={"limit": 10, "offset": 290}).json()
    assert a["total"] == 300 and len(a["items"]) == 10
    assert synth.get("/api/actors/SYR").json()["relations"]
    assert synth.get("/api/compare", params={"actor": "SYR"}).json()["coverage"]["events"]


def test_cache_follows_the_file(tmp_path: Path) -> None:
    from newsgraph.web.cache import StoreCache

    db = tmp_path / "c.db"
    with open_store(db) as s:
        cache = StoreCache(db)
        assert cache.get("k", lambda: 1) == 1
        assert cache.get("k", lambda: 2) == 1
        s.conn.execute("CREATE TABLE t (a)")
        s.conn.commit()
        assert cache.get("k", lambda: 3) == 3


def test_report_opens_its_canonical_event(synth: Any) -> None:
    d = synth.get("/api/events/r1").json()
    assert d["origin"] == "canonical" and d["report_id"] == 1
    assert any(r["id"] == 1 for col in d["outlets"] for r in col["reports"])
    assert synth.get("/api/events/r99999999").status_code == 404
    assert synth.get("/api/events/x1").status_code == 404


def test_network_actor_filter_any_case_and_exact(synth: Any) -> None:
    exact = synth.get("/api/network", params={"actor": "syr", "exact": True}).json()
    assert exact["edges"] and all("SYR" in (e["source"], e["target"]) for e in exact["edges"])
    rolled = synth.get("/api/network", params={"actor": "SYR"}).json()
    key = [(e["source"], e["target"], e["kind"]) for e in exact["edges"]]
    assert set(key) <= {(e["source"], e["target"], e["kind"]) for e in rolled["edges"]}


def test_contradictions_say_their_threshold(synth: Any) -> None:
    """The list shows by default what ``contradictions`` shows (confidence >= 0.6), says
    which threshold it used, and ``min_confidence=0`` shows all that are stored."""
    default = synth.get("/api/contradictions", params={"limit": 500}).json()
    every = synth.get("/api/contradictions", params={"limit": 500, "min_confidence": 0}).json()
    assert default["min_confidence"] == 0.6 and every["min_confidence"] == 0
    assert 0 < default["total"] < every["total"]
    assert all(c["confidence"] >= 0.6 for c in default["items"])
    assert any(c["confidence"] < 0.6 for c in every["items"])
    assert synth.get("/api/contradictions", params={"min_confidence": 2}).status_code == 422
