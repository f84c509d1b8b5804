"""`newsgraph watch` against feeds and pages served from 127.0.0.1: new items appear, a
restart ingests nothing twice, failing feeds are reported, backed off and retried, and bad
input (not a feed, not HTML, too large, redirect loop, no date, robots.txt) is recorded with
its reason while the watch goes on."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from feedserver import FeedServer, day, stream_bytes

from newsgraph.config import Settings
from newsgraph.ingest import IngestOptions
from newsgraph.store import Store, open_store
from newsgraph.store.watch import watch_health
from newsgraph.watch.fetch import USER_AGENT
from newsgraph.watch.model import RoundReport, WatchSource
from newsgraph.watch.run import MAX_ATTEMPTS, Watcher, backoff

pytestmark = pytest.mark.model

T0 = datetime(2024, 12, 5, 8, 0, tzinfo=UTC)


def watcher(store: Store, specs: list[WatchSource], settings: Settings, pipeline, **kw) -> Watcher:  # type: ignore[no-untyped-def]
    return Watcher(store, specs, settings=settings, pipeline=pipeline, every=60, **kw)


def feed(url: str) -> WatchSource:
    return WatchSource(url, "feed")


def articles(db: Path) -> list[sqlite3.Row]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    rows = conn.execute("SELECT * FROM articles ORDER BY source_id").fetchall()
    conn.close()
    return rows


def by_source(report: RoundReport, source: str):  # type: ignore[no-untyped-def]
    return next(s for s in report.sources if s.source == source)


def test_new_items_appear_and_a_restart_ingests_nothing_twice(
    http: FeedServer, db_path: Path, settings: Settings, pipeline
) -> None:
    items = [
        {"link": http.page("/a1", 1), "title": "Feed title one", "date": day(1)},
        {"link": http.page("/a2", 2), "title": "Feed title two", "date": day(2)},
    ]
    url = http.feed("/feed.xml", "Wire Daily", items)
    with open_store(db_path) as store:
        w = watcher(store, [feed(url)], settings, pipeline)
        r = w.run_round(T0)
        w.close()
    s = by_source(r, url)
    assert (s.status, s.new_items, s.ingested) == ("ok", 2, 2), s
    rows = articles(db_path)
    assert [(a["title"], a["outlet"], a["published"], a["url"]) for a in rows] == [
        ("Feed title one", "Wire Daily", "2024-12-01", http.url + "/a1"),
        ("Feed title two", "Wire Daily", "2024-12-02", http.url + "/a2"),
    ]
    assert USER_AGENT in http.user_agents and USER_AGENT.startswith("newsgraph/")

    # a new item; a fresh Watcher (a restart) on the same store
    items.append({"link": http.page("/a3", 3), "title": "Feed title three", "date": day(3)})
    http.feed("/feed.xml", "Wire Daily", items)
    http.hits.clear()
    with open_store(db_path) as store:
        w = watcher(store, [feed(url)], settings, pipeline)
        r = w.run_round(T0 + timedelta(minutes=10))
        r2 = w.run_round(T0 + timedelta(minutes=20))
        w.close()
    s = by_source(r, url)
    assert (s.new_items, s.ingested, s.unchanged) == (1, 1, 0)
    assert "/a1" not in http.hits and "/a2" not in http.hits  # done items are not fetched again
    assert http.hits.count("/a3") == 1
    assert (by_source(r2, url).new_items, by_source(r2, url).ingested) == (0, 0)
    assert len(articles(db_path)) == 3
    assert r.analysis is not None  # the cross-outlet analysis ran after the round


def test_items_left_pending_by_a_crash_are_not_stored_twice(
    http: FeedServer, db_path: Path, settings: Settings, pipeline
) -> None:
    """A kill between storing a batch and marking its items done: the items come back
    pending; their articles, stored since, mark them done without a fetch. An item made
    pending again by the feed (a new version) is fetched, and the unchanged page is
    recognised by its content hash as already stored."""
    url = http.feed(
        "/f.xml", "Wire", [{"link": http.page(f"/p{i}", 10 + i), "date": day(2)} for i in range(3)]
    )
    with open_store(db_path) as store:
        watcher(store, [feed(url)], settings, pipeline).run_round(T0)
        store.conn.execute("UPDATE watch_items SET status = 'pending'")  # the crash window
        store.conn.commit()
        http.hits.clear()
        r = watcher(store, [feed(url)], settings, pipeline).run_round(T0 + timedelta(hours=1))
        left = store.conn.execute(
            "SELECT count(*) FROM watch_items WHERE status != 'done'"
        ).fetchone()[0]
        assert not [h for h in http.hits if h.startswith("/p")]
        s = by_source(r, url)
        assert (s.ingested, s.unchanged) == (0, 3) and left == 0

        store.conn.execute(  # pending again, as a new version would make it
            "UPDATE watch_items SET status = 'pending', "
            "watermark = (SELECT max(rowid) FROM articles)"
        )
        store.conn.commit()
        r = watcher(store, [feed(url)], settings, pipeline).run_round(T0 + timedelta(hours=2))
    s = by_source(r, url)
    assert (s.ingested, s.unchanged) == (0, 3)
    assert len([h for h in http.hits if h.startswith("/p")]) == 3
    assert len(articles(db_path)) == 3


def test_failing_feeds_are_reported_backed_off_and_retried(
    http: FeedServer, db_path: Path, settings: Settings, pipeline
) -> None:
    good = http.feed("/good.xml", "Good", [{"link": http.page("/g1", 21), "date": day(4)}])
    http.routes["/down.xml"] = (500, "text/plain", b"internal error")
    bad = http.url + "/down.xml"
    http.routes["/broken.xml"] = (200, "application/rss+xml", b"<rss><channel><item><title>x")
    broken = http.url + "/broken.xml"
    with open_store(db_path) as store:
        w = watcher(store, [feed(bad), feed(broken), feed(good)], settings, pipeline)
        r = w.run_round(T0)
        assert by_source(r, good).ingested == 1  # one bad feed never stops the others
        assert (by_source(r, bad).status, by_source(r, bad).error) == ("failed", "HTTP 500")
        assert by_source(r, broken).status == "failed"
        assert "feed" in (by_source(r, broken).error or "")
        health = {h["source"]: h for h in watch_health(store.conn)}
        assert health[bad]["failures"] == 1 and health[bad]["last_error"] == "HTTP 500"
        assert health[good]["failures"] == 0

        # the feed comes back; too early it is left alone (backing off), then retried
        http.feed("/down.xml", "Back", [{"link": http.page("/b1", 22), "date": day(4)}])
        early = w.run_round(T0 + timedelta(seconds=10))
        assert by_source(early, bad).status == "waiting"
        later = w.run_round(T0 + timedelta(seconds=61))
        assert (by_source(later, bad).status, by_source(later, bad).ingested) == ("ok", 1)
        assert by_source(later, broken).status == "failed"
        health = {h["source"]: h for h in watch_health(store.conn)}
        assert health[bad]["failures"] == 0 and health[broken]["failures"] == 2
        assert health[broken]["next_check"] == (
            (T0 + timedelta(seconds=61 + backoff(2, 60))).strftime("%Y-%m-%dT%H:%M:%SZ")
        )
        w.close()
    assert backoff(1, 60) == 60 and backoff(3, 60) == 240 and backoff(30, 60) == 86400


def test_bad_input_is_recorded_and_the_watch_goes_on(
    http: FeedServer, db_path: Path, settings: Settings, pipeline
) -> None:
    http.routes["/robots.txt"] = (200, "text/plain", b"User-agent: *\nDisallow: /private/\n")
    http.routes["/doc.pdf"] = (200, "application/pdf", b"%PDF-1.4 not html")
    http.routes["/huge"] = stream_bytes(50 * 1024 * 1024)  # 50 MB, generated as sent
    http.routes["/loop"] = (302, "text/html", b"/loop")
    http.routes["/page.html"] = (200, "text/html", b"<html><body>Not a feed at all</body></html>")
    http.page("/private/secret", 31)
    items = [
        {"link": http.url + "/doc.pdf", "date": day(5)},
        {"link": http.url + "/huge", "date": day(5)},
        {"link": http.url + "/loop", "date": day(5)},
        {"link": http.url + "/missing", "date": day(5)},
        {"link": http.url + "/private/secret", "date": day(5)},
        {"link": http.page("/undated", 32), "title": "No date here"},  # an item with no date
        {"link": http.page("/fine", 33), "date": day(5)},
    ]
    url = http.feed("/mixed.xml", "Mixed", items)
    not_feed = http.url + "/page.html"
    with open_store(db_path) as store:
        w = watcher(store, [feed(not_feed), feed(url)], settings, pipeline)
        r = w.run_round(T0)
        assert by_source(r, not_feed).status == "failed"
        assert "not an RSS or Atom feed" in (by_source(r, not_feed).error or "")
        s = by_source(r, url)
        assert (s.status, s.ingested, s.skipped) == ("ok", 2, 5), s
        reasons = dict(
            store.conn.execute("SELECT origin, reason FROM skips WHERE stage = 'watch'").fetchall()
        )
        assert "not an HTML page (content type application/pdf)" in reasons[http.url + "/doc.pdf"]
        assert "page larger than 10 MB" in reasons[http.url + "/huge"]
        assert "redirect loop" in reasons[http.url + "/loop"]
        assert reasons[http.url + "/missing"] == "HTTP 404"
        assert "robots.txt" in reasons[http.url + "/private/secret"]
        assert "/private/secret" not in http.hits
        undated = store.conn.execute(
            "SELECT published, warnings, title FROM articles WHERE url = ?",
            (http.url + "/undated",),
        ).fetchone()
        assert undated["title"] == "No date here" and "feed item has no date" in undated[1]
        # given up on: not fetched again next round
        http.hits.clear()
        w.run_round(T0 + timedelta(minutes=5))
        assert not {"/doc.pdf", "/huge", "/loop", "/missing"} & set(http.hits)
        w.close()


def test_a_page_that_times_out_is_retried_then_given_up(
    http: FeedServer, db_path: Path, settings: Settings, pipeline
) -> None:
    http.routes["/flaky"] = (503, "text/plain", b"busy")
    url = http.feed("/f.xml", "Flaky", [{"link": http.url + "/flaky", "date": day(6)}])
    with open_store(db_path) as store:
        w = watcher(store, [feed(url)], settings, pipeline)
        r = w.run_round(T0)
        assert by_source(r, url).retrying == 1
        http.page("/flaky", 41)  # recovers
        r = w.run_round(T0 + timedelta(minutes=1))
        assert by_source(r, url).ingested == 1
        http.routes["/f.xml"] = (
            200,
            "application/rss+xml",
            http.routes["/f.xml"][2].replace(b"/flaky", b"/gone"),
        )
        http.routes["/gone"] = (503, "text/plain", b"busy")
        for i in range(MAX_ATTEMPTS):
            w.run_round(T0 + timedelta(minutes=2 + i))
        status, reason = store.conn.execute(
            "SELECT status, reason FROM watch_items WHERE link = ?", (http.url + "/gone",)
        ).fetchone()
        w.close()
    assert status == "failed" and "HTTP 503" in reason


def test_folders_new_and_changed_files(
    tmp_path: Path, db_path: Path, settings: Settings, pipeline
) -> None:
    from feedserver import article_text

    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a.txt").write_text(article_text(51))
    src = WatchSource(str(folder.resolve()), "folder")
    with open_store(db_path) as store:
        w = watcher(store, [src], settings, pipeline, options=IngestOptions(outlet="Inbox"))
        assert by_source(w.run_round(T0), src.spec).ingested == 1
        assert by_source(w.run_round(T0 + timedelta(minutes=1)), src.spec).new_items == 0
        (folder / "b.txt").write_text(article_text(52))
        (folder / "a.txt").write_text(article_text(53))  # changed
        r = w.run_round(T0 + timedelta(minutes=2))
        w.close()
    assert (by_source(r, src.spec).new_items, by_source(r, src.spec).ingested) == (2, 2)
    rows = articles(db_path)
    assert len(rows) == 3 and {a["outlet"] for a in rows} == {"Inbox"}


def test_local_feed_file_and_feed_list(http: FeedServer, tmp_path: Path) -> None:
    from newsgraph.errors import UsageError
    from newsgraph.watch.sources import resolve_sources

    url = http.feed("/x.xml", "X", [])
    local = tmp_path / "local.rss"
    local.write_bytes(http.routes["/x.xml"][2])
    listing = tmp_path / "feeds.txt"
    listing.write_text(f"# my feeds\n{url}\nlocal.rss\n\n{tmp_path}\n")
    got = resolve_sources([str(listing), url])
    assert got == [
        WatchSource(url, "feed"),
        WatchSource(str(local.resolve()), "feed"),
        WatchSource(str(tmp_path.resolve()), "folder"),
    ]
    with pytest.raises(UsageError, match="no such folder or file"):
        resolve_sources([str(tmp_path / "nope")])


@pytest.mark.slow
def test_kill_9_mid_round_loses_nothing(
    http: FeedServer, db_path: Path, settings: Settings, pipeline
) -> None:
    """A real `newsgraph watch --once` process, one article per batch, killed with SIGKILL
    while it waits for the second page: the first article is stored, and a restarted watch
    stores the other two, nothing twice."""
    import os
    import signal
    import subprocess
    import sys
    import threading
    import time

    from feedserver import article_page, hang

    release = threading.Event()
    http.page("/k0", 61)
    http.routes["/k1"] = hang(release, article_page(62))
    http.page("/k2", 63)
    url = http.feed(
        "/k.xml", "Killed", [{"link": http.url + f"/k{i}", "date": day(7)} for i in range(3)]
    )
    exe = Path(sys.executable).with_name("newsgraph")
    env = {**os.environ, "NEWSGRAPH_BATCH_SIZE": "1"}
    proc = subprocess.Popen(
        [str(exe), "--db", str(db_path), "watch", url, "--once", "-q"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 120
        while "/k1" not in http.hits:
            assert proc.poll() is None, proc.stderr.read()  # type: ignore[union-attr]
            assert time.monotonic() < deadline, "the watch never asked for the second page"
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
    finally:
        release.set()
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    assert [a["url"] for a in articles(db_path)] == [http.url + "/k0"]
    with open_store(db_path) as store:
        r = watcher(store, [feed(url)], settings, pipeline).run_round(T0)
        states = store.conn.execute(
            "SELECT status, count(*) FROM watch_items GROUP BY 1"
        ).fetchall()
    s = by_source(r, url)
    assert (s.new_items, s.ingested, s.unchanged) == (0, 2, 0)
    assert [tuple(x) for x in states] == [("done", 3)]
    assert sorted(a["url"] for a in articles(db_path)) == [http.url + f"/k{i}" for i in range(3)]


def test_a_local_feed_file_naming_saved_pages(
    tmp_path: Path, db_path: Path, settings: Settings, pipeline
) -> None:
    from feedserver import article_page, rss

    pages = tmp_path / "pages"
    pages.mkdir()
    links = []
    for i in range(2):
        (pages / f"p{i}.html").write_bytes(article_page(80 + i))
        links.append({"link": (pages / f"p{i}.html").as_uri(), "date": day(9)})
    links.append({"link": (pages / "gone.html").as_uri(), "date": day(9)})
    feed_file = tmp_path / "saved.rss"
    feed_file.write_bytes(rss("Saved Wire", links))
    with open_store(db_path) as store:
        r = watcher(store, [WatchSource(str(feed_file), "feed")], settings, pipeline).run_round(T0)
    s = by_source(r, str(feed_file))
    assert (s.status, s.ingested, s.skipped) == ("ok", 2, 1), s
    assert {a["outlet"] for a in articles(db_path)} == {"Saved Wire"}


def test_a_page_that_does_not_answer_times_out(http: FeedServer) -> None:
    import threading

    from feedserver import article_page, hang

    from newsgraph.watch.fetch import Fetcher, FetchError

    release = threading.Event()
    http.routes["/slow"] = hang(release, article_page(90))
    f = Fetcher(timeout=0.3)
    try:
        with pytest.raises(FetchError) as exc:
            f.page(http.url + "/slow")
    finally:
        release.set()
        f.close()
    assert exc.value.reason == "timed out" and not exc.value.permanent


def test_an_unchanged_feed_costs_a_304(
    http: FeedServer, db_path: Path, settings: Settings, pipeline
) -> None:
    from feedserver import rss

    body = rss("Etag Wire", [{"link": http.page("/e1", 91), "date": day(9)}])
    seen: list[str | None] = []

    def feed_route(h: Any) -> None:
        seen.append(h.headers.get("If-None-Match"))
        if h.headers.get("If-None-Match") == '"v1"':
            h.send_response(304)
            h.end_headers()
            return
        h.send_response(200)
        h.send_header("Content-Type", "application/rss+xml")
        h.send_header("ETag", '"v1"')
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    http.routes["/etag.xml"] = feed_route
    url = http.url + "/etag.xml"
    with open_store(db_path) as store:
        w = watcher(store, [feed(url)], settings, pipeline)
        first = by_source(w.run_round(T0), url)
        second = by_source(w.run_round(T0 + timedelta(minutes=1)), url)
        w.close()
    assert (first.status, first.ingested) == ("ok", 1)
    assert (second.status, second.ingested) == ("unchanged", 0)
    assert seen == [None, '"v1"']
