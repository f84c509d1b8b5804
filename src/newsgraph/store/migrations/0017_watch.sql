-- `newsgraph watch`: what each watched source (a folder, a feed) has given, so that a restart,
-- a kill -9 or a cron `--once` run picks up where the last one left off.
CREATE TABLE watch_sources (
    id             INTEGER PRIMARY KEY,
    source         TEXT NOT NULL UNIQUE,       -- the folder path (absolute) or the feed URL/file
    kind           TEXT NOT NULL,              -- folder | feed
    title          TEXT,                       -- the feed's own title (its outlet)
    etag           TEXT,                       -- HTTP validators for a conditional GET
    last_modified  TEXT,
    last_checked   TEXT,                       -- ISO UTC times
    last_ok        TEXT,
    failures       INTEGER NOT NULL DEFAULT 0, -- consecutive failed checks
    next_check     TEXT,                       -- backing off: not checked before this time
    last_error     TEXT,
    items_seen     INTEGER NOT NULL DEFAULT 0,
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- One row per feed item or folder file: pending until its article is stored (or it is given
-- up on with a recorded reason). Feed metadata is kept as the feed gave it.
CREATE TABLE watch_items (
    source_id    INTEGER NOT NULL REFERENCES watch_sources(id) ON DELETE CASCADE,
    key          TEXT NOT NULL,                -- the item's guid (else link), or the file's path
    version      TEXT NOT NULL DEFAULT '',     -- a file's size:mtime; an item's updated date
    status       TEXT NOT NULL,                -- pending | done | skipped | failed
    link         TEXT,
    title        TEXT,
    published    TEXT,
    outlet       TEXT,
    article_id   TEXT,
    attempts     INTEGER NOT NULL DEFAULT 0,
    watermark    INTEGER NOT NULL DEFAULT 0,   -- max(articles.rowid) when it became pending
    reason       TEXT,
    first_seen   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    PRIMARY KEY (source_id, key)
);
CREATE INDEX watch_items_status ON watch_items(status);

-- "What is new since": events and articles by the time they were stored.
CREATE INDEX articles_ingested_at ON articles(ingested_at);
