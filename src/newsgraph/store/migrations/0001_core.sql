-- Core tables: articles, what the cleaner removed, what was skipped, per-stage status.
CREATE TABLE articles (
    id               TEXT PRIMARY KEY,          -- newsgraph id: content hash of the raw text
    source_id        TEXT NOT NULL,             -- the id the article had in its input
    origin           TEXT NOT NULL,             -- path (and line / record) it was read from
    format           TEXT NOT NULL,             -- text | html | jsonl | csv | warc
    outlet           TEXT,
    title            TEXT,
    url              TEXT,
    published        TEXT,                      -- ISO date, or NULL (then warnings say so)
    published_source TEXT,                      -- metadata | html | text | option
    language         TEXT,
    raw_text         TEXT NOT NULL,
    text             TEXT NOT NULL,             -- cleaned text: every offset points here
    warnings         TEXT NOT NULL DEFAULT '[]',-- JSON list of strings
    duplicate_of     TEXT REFERENCES articles(id),
    duplicate_kind   TEXT,                      -- near | wire
    similarity       REAL,
    simhash          INTEGER,                   -- 64-bit SimHash of the text's shingles (signed)
    band0            INTEGER, band1 INTEGER, band2 INTEGER, band3 INTEGER,  -- 16-bit bands for LSH
    ingested_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX articles_source_id ON articles(source_id);
CREATE INDEX articles_outlet ON articles(outlet);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_band0 ON articles(band0);
CREATE INDEX articles_band1 ON articles(band1);
CREATE INDEX articles_band2 ON articles(band2);
CREATE INDEX articles_band3 ON articles(band3);

CREATE TABLE removed_spans (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start      INTEGER NOT NULL,               -- offsets into articles.raw_text
    "end"      INTEGER NOT NULL,
    kind       TEXT NOT NULL,
    text       TEXT NOT NULL
);
CREATE INDEX removed_spans_article ON removed_spans(article_id);

-- Inputs (or records within an input) that never became an article, and why.
CREATE TABLE skips (
    id         INTEGER PRIMARY KEY,
    origin     TEXT NOT NULL,
    source_id  TEXT,
    article_id TEXT,
    stage      TEXT NOT NULL,
    status     TEXT NOT NULL,                  -- skipped | failed | duplicate
    reason     TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX skips_origin ON skips(origin);

-- Every article's status at every stage: ok, skipped with reason, failed with reason.
CREATE TABLE stage_status (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    stage      TEXT NOT NULL,
    status     TEXT NOT NULL,                  -- ok | skipped | failed
    reason     TEXT,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    PRIMARY KEY (article_id, stage)
);

-- Sentence boundaries of the cleaned text, so every fact can show its sentence.
CREATE TABLE sentences (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    PRIMARY KEY (article_id, idx)
);
