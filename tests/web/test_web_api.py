"""The JSON API in-process (FastAPI TestClient) on the sample corpus, and its safety."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from newsgraph.store import open_store
from newsgraph.store.search_queries import fts_query

pytestmark = pytest.mark.model


def test_overview_counts_outlets_and_skips(client: Any) -> None:
    o = client.get("/api/overview").json()
    assert o["articles"] == 5
    assert o["outlets"] == 5
    assert o["first"] == "2024-12-03" and o["last"] == "2024-12-13"
    outlets = {r["outlet"] for r in o["outlets_detail"]}
    assert {"RT", "Tehran Times", "Defence Talks"} <= outlets
    assert isinstance(o["skipped"], list)
    assert o["facts"]["sentences"] > 50


def test_articles_paginated_and_filtered(client: Any) -> None:
    p = client.get("/api/articles", params={"limit": 2}).json()
    assert p["total"] == 5 and len(p["items"]) == 2 and p["limit"] == 2
    p2 = client.get("/api/articles", params={"limit": 2, "offset": 4}).json()
    assert len(p2["items"]) == 1
    rt = client.get("/api/articles", params={"outlet": "RT"}).json()
    assert rt["total"] == 1 and rt["items"][0]["outlet"] == "RT"
    assert client.get("/api/articles", params={"limit": 0}).status_code == 422
    assert client.get("/api/articles", params={"since": "not-a-date"}).status_code == 422


def test_article_detail_has_text_sentences_and_annotations(client: Any) -> None:
    first = client.get("/api/articles", params={"outlet": "RT"}).json()["items"][0]
    a = client.get(f"/api/articles/{first['id']}").json()
    assert a["text"] and a["sentences"]
    for s in a["sentences"]:
        assert 0 <= s["start"] < s["end"] <= len(a["text"])
    for ann in a["annotations"]:
        assert 0 <= ann["start"] < ann["end"] <= len(a["text"]), ann
    assert "raw_text" not in a
    assert client.get("/api/articles/nope").status_code == 404


def test_timeline_and_event_columns_per_outlet(client: Any) -> None:
    t = client.get("/api/timeline", params={"limit": 500}).json()
    assert t["origin"] in ("canonical", "reports")
    if not t["items"]:
        pytest.skip("no event reports in this store (events capability not present)")
    dates = [(e.get("date") or "") for e in t["items"]]
    assert t["total"] >= len(t["items"])
    e = next(e for e in t["items"] if e["outlets"])
    d = client.get(f"/api/events/{e['event_id']}").json()
    assert d["outlets"] and all(col["reports"] for col in d["outlets"])
    r = d["outlets"][0]["reports"][0]
    assert r["sentence"]["text"]
    s = r["sentence"]
    assert s["start"] <= r["trigger_start"] < r["trigger_end"] <= s["end"]
    assert (
        r["sentence"]["text"][r["trigger_start"] - s["start"] :][:3] == r["trigger"][:3]
        or r["trigger"] in s["text"]
    )
    assert dates  # ordered by date, undated last: checked by the query


def test_timeline_filters(client: Any) -> None:
    all_ = client.get("/api/timeline", params={"limit": 500}).json()
    if not all_["items"]:
        pytest.skip("no events in this store (events capability not present)")
    rt = client.get("/api/timeline", params={"outlet": "RT", "limit": 500}).json()
    assert rt["items"] and all("RT" in e["outlets"] for e in rt["items"])
    assert rt["total"] < all_["total"]
    kind = all_["items"][0]["type"]
    typed = client.get("/api/timeline", params={"type": kind, "limit": 500}).json()
    assert typed["items"] and all(e["type"] == kind for e in typed["items"])
    no_hist = client.get("/api/timeline", params={"exclude": "historical", "limit": 500}).json()
    assert not any(e["historical"] for e in no_hist["items"])
    assert no_hist["total"] <= all_["total"]
    assert client.get("/api/timeline", params={"exclude": "bogus"}).status_code == 422
    actor = next((a for e in all_["items"] for a in e["actors"] if a.get("actor_id")), None)
    if actor:
        got = client.get("/api/timeline", params={"actor": actor["actor_id"], "limit": 500})
        assert got.json()["items"]
    since = client.get("/api/timeline", params={"since": "2024-12-01", "limit": 500}).json()
    assert all((e["date"] or "9") >= "2024-12" for e in since["items"])


def test_network_and_evidence(client: Any) -> None:
    g = client.get("/api/network").json()
    assert {"nodes", "edges", "origin", "dates"} <= set(g)
    ids = {n["id"] for n in g["nodes"]}
    for e in g["edges"]:
        assert e["source"] in ids and e["target"] in ids
    if g["edges"]:
        e = g["edges"][0]
        ev = client.get(
            "/api/network/evidence",
            params={"source": e["source"], "target": e["target"], "kind": e["kind"]},
        ).json()
        assert ev["items"] and ev["items"][0]["sentence"]
        early = client.get("/api/network", params={"as_of": "1990-01-01"}).json()
        assert len(early["edges"]) <= len(g["edges"])


def test_search_articles_and_bad_syntax(client: Any) -> None:
    r = client.get("/api/search", params={"q": "Assad"}).json()
    assert r["total"] >= 1 and "\x02" in r["items"][0]["snippet"]
    # FTS5 syntax in user input is neutralised, never a 500
    for q in ['"', "NEAR(", "a AND OR", "*", "title:x", "')--"]:
        assert client.get("/api/search", params={"q": q}).status_code == 200
    assert client.get("/api/search", params={"q": "x", "kind": "quotes"}).status_code == 200
    assert fts_query('foo "bar* baz') == '"foo" "bar"* "baz"'


def test_search_outlet_filter_counts_and_lists_the_same_rows(client: Any) -> None:
    """The outlet filter narrows both the total and the rows, for articles and quotes."""
    for kind, word in (("articles", "Assad"), ("quotes", "Syria")):
        every = client.get("/api/search", params={"q": word, "kind": kind, "limit": 100}).json()
        outlets = {h["outlet"] for h in every["items"]}
        assert len(outlets) >= 2, kind
        one = sorted(outlets)[0]
        only = client.get(
            "/api/search", params={"q": word, "kind": kind, "outlet": one, "limit": 100}
        ).json()
        assert only["items"] and {h["outlet"] for h in only["items"]} == {one}
        assert only["total"] == len(only["items"]) < every["total"]


def test_every_api_answers_json(client: Any) -> None:
    for path in (
        "/api/overview",
        "/api/outlets",
        "/api/event-types",
        "/api/actors",
        "/api/quotes",
        "/api/map",
        "/api/contradictions",
        "/api/compare?actor=SYR",
        "/api/network?as_of=2024-12-01",
        "/api/openapi.json",
        "/openapi.json",
    ):
        r = client.get(path)
        assert r.status_code == 200, (path, r.text)
        assert r.headers["content-type"].startswith("application/json")


def test_security_headers_and_static(client: Any) -> None:
    r = client.get("/")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "default-src 'none'" in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert client.get("/static/js/common.js").status_code == 200
    assert client.get("/static/vendor/world-atlas-2.0.2/countries-50m.json").status_code == 200
    for bad in (
        "/static/../store/__init__.py",
        "/static/%2e%2e/app.py",
        "/static//etc/passwd",
        "/static/js/../../app.py",
        "/static/",
    ):
        assert client.get(bad).status_code == 404, bad


def test_foreign_host_header_is_refused(client: Any) -> None:
    assert client.get("/api/outlets", headers={"host": "evil.example"}).status_code == 400


def test_pages_render_with_escaped_ids(client: Any) -> None:
    for path in (
        "/",
        "/timeline",
        "/network",
        "/map",
        "/outlets",
        "/articles",
        "/search",
        "/api/docs",
        "/actors/SYR",
        "/events/r1",
    ):
        r = client.get(path)
        assert r.status_code == 200 and '<main id="app"' in r.text, path
    r = client.get('/articles/"><img src=x onerror=alert(1)>')
    assert r.status_code == 200
    assert "<img src=x" not in r.text and "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in r.text


def test_store_stays_read_only(sample_db: Path, client: Any) -> None:
    pool = client.app.state.pool
    with pool.connection() as conn, pytest.raises(sqlite3.OperationalError):
        conn.execute("CREATE TABLE x (a)")


def test_api_on_an_empty_store(tmp_path: Path) -> None:
    """A new store (every migration, no article) answers every API with empty results. The
    read layer reads the schema the migrations make: a store that lacks a migration is
    refused when it is opened, so no query guesses at tables or columns."""
    from fastapi.testclient import TestClient

    from newsgraph.web import create_app

    db = tmp_path / "empty.db"
    with open_store(db):
        pass
    with TestClient(create_app(db)) as c:
        for path in (
            "/api/overview",
            "/api/timeline",
            "/api/network",
            "/api/actors",
            "/api/quotes",
            "/api/map",
            "/api/contradictions",
            "/api/compare?actor=X",
            "/api/event-types",
            "/api/search?q=x&kind=quotes",
        ):
            r = c.get(path)
            assert r.status_code == 200, (path, r.text)
        assert c.get("/api/timeline").json()["items"] == []
        assert c.get("/api/network").json()["edges"] == []
        assert c.get("/api/events/r1").status_code == 404


def test_quotes_by_speaker_id_are_exact(client: Any) -> None:
    all_ = client.get("/api/quotes", params={"limit": 500}).json()["items"]
    ids = [q["speaker_id"] for q in all_ if q.get("speaker_id")]
    if not ids:
        pytest.skip("no resolved speakers in this store")
    got = client.get("/api/quotes", params={"speaker_id": ids[0], "limit": 500}).json()
    assert got["items"] and all(q["speaker_id"] == ids[0] for q in got["items"])
    # an id nobody speaks as matches nothing, even if it is a substring of speaker texts
    none = client.get("/api/quotes", params={"speaker_id": ids[0][:2]}).json()
    assert none["total"] == 0 or all(q["speaker_id"] == ids[0][:2] for q in none["items"])


def test_quote_search_names_speakers_as_the_cli_does(client: Any, sample_db: Path) -> None:
    # A speaker the resolver could not name keeps the words the article used, as in the CLI.
    with sqlite3.connect(sample_db) as conn:
        text, content = conn.execute(
            "SELECT speaker_text, content FROM quotes WHERE speaker_name IS NULL "
            "AND speaker_text IS NOT NULL ORDER BY id LIMIT 1"
        ).fetchone()
    word = max(content.split(), key=len).strip(".,“”\"'")
    hits = client.get("/api/search", params={"q": word, "kind": "quotes"}).json()["items"]
    assert text in {h["speaker"] for h in hits}


def test_map_by_outlet_splits_the_whole_map(client: Any) -> None:
    """One map implementation: each outlet's map counts that outlet's rows of the whole map,
    so the outlets' maps add up to it point by point, for places and for events."""
    whole = {(p["lat"], p["lon"]): p for p in client.get("/api/map").json()["points"]}
    assert whole
    summed: dict[tuple[float, float], list[int]] = {}
    for outlet in client.get("/api/outlets").json():
        for p in client.get("/api/map", params={"outlet": outlet}).json()["points"]:
            n = summed.setdefault((p["lat"], p["lon"]), [0, 0])
            n[0] += p["places"]
            n[1] += p["events"]
    assert summed == {k: [p["places"], p["events"]] for k, p in whole.items()}
    assert client.get("/api/map", params={"outlet": "no such outlet"}).json()["points"] == []
