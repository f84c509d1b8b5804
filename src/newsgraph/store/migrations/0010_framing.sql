-- How articles name actors (labels) and explicit statements of backing ("Turkish-backed groups").
CREATE TABLE labels (
    id         INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sent       INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    actor_id   TEXT,
    label      TEXT NOT NULL,
    kind       TEXT NOT NULL,          -- modifier | apposition | predicate | reference
    method     TEXT NOT NULL,          -- mention | salience
    confidence REAL NOT NULL
);
CREATE INDEX labels_article ON labels(article_id);
CREATE INDEX labels_actor ON labels(actor_id, label);

CREATE TABLE backing (
    id             INTEGER PRIMARY KEY,
    article_id     TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sent           INTEGER NOT NULL,
    start          INTEGER NOT NULL,
    "end"          INTEGER NOT NULL,
    text           TEXT NOT NULL,
    supporter_id   TEXT,
    supporter_text TEXT NOT NULL,
    supported_id   TEXT,
    supported_text TEXT NOT NULL,
    pattern        TEXT NOT NULL       -- adjectival | passive | active
);
CREATE INDEX backing_article ON backing(article_id);
