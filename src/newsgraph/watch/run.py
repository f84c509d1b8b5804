"""A watch round: check every source that is due, ingest what is new, then bring the
cross-outlet analysis up to date once.

Per source, in this order, each step committed before the next starts:

1. list what the source has now (a folder's files with size and mtime; a feed's entries with
   the feed's metadata) and record the new or changed ones as ``pending``, together with the
   feed's validators (ETag, Last-Modified), in one transaction;
2. fetch and ingest the pending items in batches; a batch's items become ``done`` once its
   articles are committed.

A crash anywhere leaves items pending, never lost. A pending item whose article was stored
after it became pending (a kill between the two commits) is marked done without a fetch; and
the pipeline's content-hash check ("already stored") is a second guard against storing twice.

A source whose check fails (unreachable, HTTP 500, not a feed) is left for later with an
exponential back-off, and the round goes on with the other sources. An item whose page fails
for a reason that can pass
(a timeout, a 5xx) is retried in later rounds, up to ``MAX_ATTEMPTS``; one that cannot
succeed (404, not HTML, too large, redirect loop, disallowed by robots.txt) is given up on at
once, with the reason recorded in the store's ``skips`` (``newsgraph stats`` shows both).
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from newsgraph.config import Settings
from newsgraph.ingest import IngestOptions
from newsgraph.ingest.html import html_document
from newsgraph.ingest.reader import iter_files, read_file
from newsgraph.ingest.source import Source
from newsgraph.pipeline import Pipeline, ingest_documents
from newsgraph.store import Store
from newsgraph.store import watch as state
from newsgraph.types import RawDoc, Skip
from newsgraph.watch.feeds import FeedError, parse_feed
from newsgraph.watch.fetch import Fetcher, FetchError
from newsgraph.watch.model import RoundReport, SourceReport, WatchSource
from newsgraph.watch.sources import parse_every, resolve_sources

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5  # transient failures of one item's page before it is given up on
MAX_BACKOFF = 24 * 3600.0  # a failing source is checked at least once a day

__all__ = ["MAX_ATTEMPTS", "Watcher", "backoff", "parse_every", "watch_sources"]


def backoff(failures: int, every: float) -> float:
    """Seconds to wait after the ``failures``-th consecutive failure: the interval, then
    doubling (1x, 2x, 4x ...), at most a day."""
    return float(min(every * 2 ** max(0, failures - 1), MAX_BACKOFF))


def _iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Watcher:
    """Watches ``sources`` into ``store``. ``run_round`` does one round; ``run`` loops."""

    def __init__(
        self,
        store: Store,
        sources: Iterable[WatchSource],
        *,
        settings: Settings,
        pipeline: Pipeline | None = None,
        fetcher: Fetcher | None = None,
        every: float = 600.0,
        options: IngestOptions | None = None,
    ) -> None:
        self.store = store
        self.sources = list(sources)
        self.settings = settings
        self._pipeline = pipeline
        self.options = options or IngestOptions()
        self.fetcher = fetcher or Fetcher(max_bytes=self.options.max_bytes)
        self.every = every
        db = str(store.path.resolve())
        self._excluded = {db, f"{db}-wal", f"{db}-shm", f"{db}-journal"}

    @property
    def pipeline(self) -> Pipeline:
        if self._pipeline is None:  # the spaCy model loads on the first item, not before
            self._pipeline = Pipeline(self.settings)
        return self._pipeline

    def close(self) -> None:
        self.fetcher.close()

    # ------------------------------------------------------------------ rounds
    def run(
        self,
        *,
        once: bool = False,
        on_round: Callable[[RoundReport], None] | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        while True:
            started = time.monotonic()
            report = self.run_round()
            if on_round:
                on_round(report)
            if once:
                return
            sleep(max(0.0, self.every - (time.monotonic() - started)))

    def run_round(self, now: datetime | None = None) -> RoundReport:
        now = now or datetime.now(UTC)
        self.fetcher.new_round()
        report = RoundReport(_iso(now))
        for src in self.sources:
            try:
                report.sources.append(self._source_round(src, now))
            except Exception as exc:  # noqa: BLE001 - one source never stops the others
                log.exception("watch: %s failed", src.spec)
                report.sources.append(
                    SourceReport(src.spec, src.kind, "failed", error=f"{type(exc).__name__}: {exc}")
                )
        if report.ingested:
            from newsgraph.analyze.update import update_analysis

            report.analysis = update_analysis(self.store)
        return report

    def _source_round(self, src: WatchSource, now: datetime) -> SourceReport:
        out = SourceReport(src.spec, src.kind)
        conn = self.store.conn
        with self.store.transaction():
            row = state.ensure_source(conn, src.spec, src.kind)
        if row["next_check"] and row["next_check"] > _iso(now):
            out.status = "waiting"
            out.error = f"backing off after {row['failures']} failure(s) until {row['next_check']}"
            return out
        try:
            if src.kind == "folder":
                self._list_folder(row, now, out)
            else:
                self._list_feed(row, now, out)
        except (FetchError, FeedError, OSError) as exc:
            reason = getattr(exc, "reason", None) or str(exc)
            with self.store.transaction():
                failures = (row["failures"] or 0) + 1
                wait = backoff(failures, self.every)
                state.record_failure(
                    conn, row["id"], _iso(now), reason, _iso(now + timedelta(seconds=wait))
                )
            out.status, out.error = "failed", reason
            return out
        pending = self._not_yet_stored(row, state.pending_items(conn, row["id"]), out)
        size = self.settings.batch_size
        for i in range(0, len(pending), size):
            batch = pending[i : i + size]
            if src.kind == "folder":
                self._ingest_files(row, batch, out)
            else:
                self._ingest_pages(row, batch, out)
        return out

    def _not_yet_stored(
        self, row: dict[str, Any], pending: list[dict[str, Any]], out: SourceReport
    ) -> list[dict[str, Any]]:
        """Pending items, less those whose article was stored after they became pending (a
        run killed between storing a batch and marking it done): those are marked done."""
        left, stored = [], []
        for item in pending:
            source_id, origin = self._input(row, item)
            article = state.stored_since(self.store.conn, source_id, origin, item["watermark"])
            if article is None:
                left.append(item)
            else:
                stored.append((item, article))
        if stored:
            with self.store.transaction():
                for item, article in stored:
                    state.finish_item(
                        self.store.conn, row["id"], item["key"], "done", article_id=article
                    )
            out.unchanged += len(stored)
        return left

    @staticmethod
    def _input(row: dict[str, Any], item: dict[str, Any]) -> tuple[str, str]:
        """(source id, origin) of the item's article, as the pipeline records them."""
        if row["kind"] == "folder":
            return item["key"], str(Path(row["source"]) / item["key"])
        return str(item["link"]), str(item["link"])

    # ------------------------------------------------------------------ listing
    def _list_folder(self, row: dict[str, Any], now: datetime, out: SourceReport) -> None:
        folder = Path(row["source"])
        if not folder.is_dir():
            raise FileNotFoundError(f"{folder}: folder not found")
        items = []
        for found in iter_files(str(folder)):
            if isinstance(found, Skip):
                out.messages.append(f"{found.origin}: {found.reason}")
                continue
            path, rel = found
            if str(path.resolve()) in self._excluded:
                continue
            st = os.stat(path)
            items.append({"key": rel, "version": f"{st.st_size}:{st.st_mtime_ns}"})
        with self.store.transaction():
            out.new_items = state.add_items(self.store.conn, row["id"], items)
            state.record_check(self.store.conn, row["id"], _iso(now))

    def _list_feed(self, row: dict[str, Any], now: datetime, out: SourceReport) -> None:
        spec = row["source"]
        etag = last_modified = None
        if spec.lower().startswith(("http://", "https://")):
            r = self.fetcher.get(spec, etag=row["etag"], last_modified=row["last_modified"])
            if r.status == 304:
                with self.store.transaction():
                    state.record_check(self.store.conn, row["id"], _iso(now))
                out.status = "unchanged"
                return
            data, base, etag, last_modified = r.body, r.url, r.etag, r.last_modified
            ctype: str | None = r.content_type
        else:
            data, base, ctype = Path(spec).read_bytes(), Path(spec).resolve().as_uri(), None
        feed = parse_feed(data, base, ctype)
        outlet = feed.title or _host(spec)
        if feed.no_link:
            out.messages.append(f"{feed.no_link} item(s) without a link to an article page")
        with self.store.transaction():
            out.new_items = state.add_items(
                self.store.conn, row["id"], [e.as_item(outlet) for e in feed.entries]
            )
            state.record_check(
                self.store.conn,
                row["id"],
                _iso(now),
                title=feed.title,
                etag=etag,
                last_modified=last_modified,
                warning=feed.warning,
            )
        if feed.warning:
            out.messages.append(feed.warning)

    # ------------------------------------------------------------------ ingesting
    def _ingest_files(
        self, row: dict[str, Any], batch: list[dict[str, Any]], out: SourceReport
    ) -> None:
        folder = Path(row["source"])
        docs: list[RawDoc | Skip] = []
        for item in batch:
            path = folder / item["key"]
            if not path.is_file():  # gone since it was listed: nothing to read
                docs.append(Skip(str(path), "read", "file removed before it was read"))
                continue
            docs += read_file(path, Source(str(path), item["key"], path.name, self.options))
        self._ingest(row, batch, docs, out)

    def _ingest_pages(
        self, row: dict[str, Any], batch: list[dict[str, Any]], out: SourceReport
    ) -> None:
        docs: list[RawDoc | Skip] = []
        given_up: list[tuple[dict[str, Any], str, str]] = []  # (item, status, reason)
        ready = []
        for item in batch:
            link = item["link"]
            try:
                page = self.fetcher.page(link)
            except FetchError as exc:
                if exc.permanent:
                    given_up.append((item, "skipped", exc.reason))
                    continue
                with self.store.transaction():
                    tries = state.retry_item(self.store.conn, row["id"], item["key"], exc.reason)
                if tries >= MAX_ATTEMPTS:
                    given_up.append((item, "failed", f"{exc.reason} ({tries} attempts)"))
                else:
                    out.retrying += 1
                    out.messages.append(f"{link}: {exc.reason}; retried next round")
                continue
            meta = {
                "title": item["title"],
                "url": link,
                "outlet": item["outlet"],
                "published": item["published"],
                "published_source": "metadata" if item["published"] else None,
            }
            options = replace(self.options, outlet=self.options.outlet or item["outlet"])
            src = Source(link, link, "", options)
            doc = html_document(page.body, src, meta={k: v for k, v in meta.items() if v})
            if isinstance(doc, RawDoc) and not item["published"]:
                doc = replace(doc, warnings=(*doc.warnings, "feed item has no date"))
            docs.append(doc)
            ready.append(item)
        if given_up:
            with self.store.transaction():
                for item, status, reason in given_up:
                    state.finish_item(
                        self.store.conn, row["id"], item["key"], status, reason=reason
                    )
                    self.store.record_skip(
                        Skip(item["link"], "watch", reason, source_id=item["link"], status=status)
                    )
                    out.skipped += 1
                    out.messages.append(f"{item['link']}: {reason}")
        if ready:
            self._ingest(row, ready, docs, out)

    def _ingest(
        self,
        row: dict[str, Any],
        items: list[dict[str, Any]],
        docs: list[RawDoc | Skip],
        out: SourceReport,
    ) -> None:
        report = ingest_documents(
            docs, self.store, settings=self.settings, pipeline=self.pipeline, analyze=False
        )
        out.ingested += report.ingested
        out.unchanged += report.unchanged
        out.skipped += report.failed
        out.messages += report.messages
        with self.store.transaction():
            for item in items:
                source_id, origin = self._input(row, item)
                state.finish_item(
                    self.store.conn,
                    row["id"],
                    item["key"],
                    "done",
                    article_id=state.article_of(self.store.conn, source_id, origin),
                )


def _host(spec: str) -> str | None:
    from urllib.parse import urlsplit

    return urlsplit(spec).hostname if "://" in spec else None


def watch_sources(
    specs: list[str],
    store: Store,
    *,
    settings: Settings,
    every: str | float = 600.0,
    once: bool = False,
    options: IngestOptions | None = None,
    on_round: Callable[[RoundReport], None] | None = None,
) -> None:
    """The library face of ``newsgraph watch``."""
    seconds = parse_every(every) if isinstance(every, str) else float(every)
    watcher = Watcher(
        store, resolve_sources(specs), settings=settings, every=seconds, options=options
    )
    try:
        watcher.run(once=once, on_round=on_round)
    finally:
        watcher.close()
