"""SQL for `newsgraph watch`: the watched sources, what each has given, and their health.

An item (a feed entry, a folder's file) is written ``pending`` in the same transaction as the
feed's validators, before anything is fetched; it becomes ``done`` only after the batch that
ingested it was committed. A run killed in between finds it pending again with its article
stored since it became pending (``stored_since``: a rowid above the item's watermark): it is
marked done without being fetched.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from typing import Any

ITEM_FIELDS = ("link", "title", "published", "outlet")


def ensure_source(conn: sqlite3.Connection, source: str, kind: str) -> dict[str, Any]:
    """The state row of a watched source, created on first sight."""
    conn.execute(
        "INSERT INTO watch_sources(source, kind) VALUES (?, ?) ON CONFLICT(source) DO NOTHING",
        (source, kind),
    )
    row = conn.execute("SELECT * FROM watch_sources WHERE source = ?", (source,)).fetchone()
    return dict(row)


def record_check(
    conn: sqlite3.Connection,
    source_id: int,
    now: str,
    *,
    title: str | None = None,
    etag: str | None = None,
    last_modified: str | None = None,
    warning: str | None = None,
) -> None:
    """A successful check: the failure count is reset, the validators kept."""
    conn.execute(
        "UPDATE watch_sources SET last_checked = ?, last_ok = ?, failures = 0, next_check = NULL,"
        " last_error = ?, title = coalesce(?, title), etag = coalesce(?, etag),"
        " last_modified = coalesce(?, last_modified) WHERE id = ?",
        (now, now, warning, title, etag, last_modified, source_id),
    )


def record_failure(
    conn: sqlite3.Connection, source_id: int, now: str, error: str, next_check: str
) -> int:
    """A failed check; returns the number of consecutive failures."""
    conn.execute(
        "UPDATE watch_sources SET last_checked = ?, failures = failures + 1, next_check = ?,"
        " last_error = ? WHERE id = ?",
        (now, next_check, error, source_id),
    )
    row = conn.execute("SELECT failures FROM watch_sources WHERE id = ?", (source_id,)).fetchone()
    return int(row[0])


def item_versions(conn: sqlite3.Connection, source_id: int) -> dict[str, str]:
    """key -> version of every item a source has given."""
    return {
        r[0]: r[1]
        for r in conn.execute(
            "SELECT key, version FROM watch_items WHERE source_id = ?", (source_id,)
        )
    }


def add_items(conn: sqlite3.Connection, source_id: int, items: Iterable[Mapping[str, Any]]) -> int:
    """Record items (``key``, ``version`` and the feed's metadata) as pending, unless already
    seen at the same version. Returns how many were new or changed."""
    known = item_versions(conn, source_id)
    (mark,) = conn.execute("SELECT coalesce(max(rowid), 0) FROM articles").fetchone()
    rows = []
    for it in items:
        key, version = str(it["key"]), str(it.get("version") or "")
        if known.get(key) == version:
            continue
        known[key] = version
        rows.append((source_id, key, version, mark, *(it.get(f) for f in ITEM_FIELDS)))
    conn.executemany(
        "INSERT INTO watch_items(source_id, key, version, watermark, status, link, title,"
        " published, outlet) VALUES (?, ?, ?, ?, 'pending', ?, ?, ?, ?)"
        " ON CONFLICT(source_id, key) DO UPDATE SET version = excluded.version,"
        " watermark = excluded.watermark, status = 'pending', attempts = 0, reason = NULL,"
        " link = excluded.link, title = excluded.title, published = excluded.published,"
        " outlet = excluded.outlet, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')",
        rows,
    )
    conn.execute(
        "UPDATE watch_sources SET items_seen = (SELECT count(*) FROM watch_items"
        " WHERE source_id = ?) WHERE id = ?",
        (source_id, source_id),
    )
    return len(rows)


def pending_items(conn: sqlite3.Connection, source_id: int) -> list[dict[str, Any]]:
    return [
        dict(r)
        for r in conn.execute(
            "SELECT * FROM watch_items WHERE source_id = ? AND status = 'pending' "
            "ORDER BY first_seen, key",
            (source_id,),
        )
    ]


def finish_item(
    conn: sqlite3.Connection,
    source_id: int,
    key: str,
    status: str,
    *,
    article_id: str | None = None,
    reason: str | None = None,
) -> None:
    """``done`` (its article stored, or its skip recorded by the pipeline), ``skipped`` or
    ``failed`` (given up on, with the reason)."""
    conn.execute(
        "UPDATE watch_items SET status = ?, article_id = ?, reason = ?, attempts = attempts + 1,"
        " updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE source_id = ? AND key = ?",
        (status, article_id, reason, source_id, key),
    )


def retry_item(conn: sqlite3.Connection, source_id: int, key: str, reason: str) -> int:
    """A transient failure: stays pending; returns the attempts made so far."""
    conn.execute(
        "UPDATE watch_items SET attempts = attempts + 1, reason = ?,"
        " updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE source_id = ? AND key = ?",
        (reason, source_id, key),
    )
    row = conn.execute(
        "SELECT attempts FROM watch_items WHERE source_id = ? AND key = ?", (source_id, key)
    ).fetchone()
    return int(row[0]) if row else 0


def article_of(conn: sqlite3.Connection, source_id: str, origin: str) -> str | None:
    """The article stored from an input (its source id and origin), if any."""
    row = conn.execute(
        "SELECT id FROM articles WHERE source_id = ? AND origin = ? ORDER BY rowid DESC LIMIT 1",
        (source_id, origin),
    ).fetchone()
    return str(row[0]) if row else None


def stored_since(
    conn: sqlite3.Connection, source_id: str, origin: str, watermark: int
) -> str | None:
    """The article stored from an input after ``watermark`` (the newest article's rowid when
    the item became pending), if any: its item's batch was committed, then the run was killed
    before the item was marked done."""
    row = conn.execute(
        "SELECT id FROM articles WHERE source_id = ? AND origin = ? AND rowid > ? LIMIT 1",
        (source_id, origin, watermark),
    ).fetchone()
    return str(row[0]) if row else None


def watch_health(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every watched source with its item counts by status, failures and last error."""
    rows = [dict(r) for r in conn.execute("SELECT * FROM watch_sources ORDER BY id")]
    counts: dict[int, dict[str, int]] = {}
    for sid, status, n in conn.execute(
        "SELECT source_id, status, count(*) FROM watch_items GROUP BY 1, 2"
    ):
        counts.setdefault(sid, {})[status] = n
    for r in rows:
        r["items"] = counts.get(r["id"], {})
    return rows
