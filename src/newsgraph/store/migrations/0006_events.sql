-- Event reports (issue 5): one row per event reported in one sentence of one article.
-- Offsets are character offsets into articles.text. actors/recipients keep the full lists as
-- JSON ([{text, start, end, actor_id, name, country, sector}]); event_actors repeats them one
-- row per participant for querying by actor.
CREATE TABLE event_reports (
    id                INTEGER PRIMARY KEY,
    article_id        TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sent              INTEGER NOT NULL,
    trigger           TEXT NOT NULL,
    trigger_start     INTEGER NOT NULL,
    trigger_end       INTEGER NOT NULL,
    type              TEXT NOT NULL,               -- PLOVER event type
    mode              TEXT,
    context           TEXT,
    cameo             TEXT,
    quad              INTEGER,                     -- 1 verbal coop .. 4 material conflict
    date              TEXT,                        -- the event's own date (never the report date)
    date_precision    TEXT,                        -- day | week | month | year
    date_text         TEXT,
    date_start        TEXT,                        -- first and last day the date covers (ISO)
    date_end          TEXT,
    place_name        TEXT,
    place_text        TEXT,
    place_start       INTEGER,
    place_end         INTEGER,
    place_geonames_id INTEGER,
    place_lat         REAL,
    place_lon         REAL,
    place_country     TEXT,
    place_precision   TEXT,
    negated           INTEGER NOT NULL DEFAULT 0,
    hypothetical      INTEGER NOT NULL DEFAULT 0,
    future            INTEGER NOT NULL DEFAULT 0,
    historical        INTEGER NOT NULL DEFAULT 0,
    reported          INTEGER NOT NULL DEFAULT 0,
    speaker_text      TEXT,
    speaker_actor_id  TEXT,
    speaker           TEXT,                        -- JSON ActorRef or NULL
    actors            TEXT NOT NULL DEFAULT '[]',  -- JSON list
    recipients        TEXT NOT NULL DEFAULT '[]',  -- JSON list
    confidence        REAL NOT NULL DEFAULT 0
);
CREATE INDEX event_reports_article ON event_reports(article_id, sent);
CREATE INDEX event_reports_type ON event_reports(type);
CREATE INDEX event_reports_date ON event_reports(date_start);

CREATE TABLE event_actors (
    event_id   INTEGER NOT NULL REFERENCES event_reports(id) ON DELETE CASCADE,
    role       TEXT NOT NULL,                      -- actor | recipient
    actor_id   TEXT,                               -- NULL: unresolved (text kept)
    text       TEXT NOT NULL,
    name       TEXT,
    country    TEXT,
    sector     TEXT,
    start      INTEGER,
    "end"      INTEGER
);
CREATE INDEX event_actors_event ON event_actors(event_id);
CREATE INDEX event_actors_actor ON event_actors(actor_id, role);
