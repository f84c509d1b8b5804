-- Issue 13: how each event report was dated, and each article's main event.
-- date_basis: explicit (a time expression of its sentence) | inherited (the paragraph's
-- reference time) | window (undated; date_start/date_end bound it, date stays NULL) | NULL.
ALTER TABLE event_reports ADD COLUMN date_basis TEXT;

-- The lead event of an article (who did what to whom, when, where): one row per article that
-- has one, pointing at the event report it is, with the evidence that made it the main one.
CREATE TABLE article_main_events (
    article_id    TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    event_id      INTEGER NOT NULL REFERENCES event_reports(id) ON DELETE CASCADE,
    sent          INTEGER NOT NULL,                -- provenance: sentence index
    trigger_start INTEGER NOT NULL,                -- character offsets of the trigger
    trigger_end   INTEGER NOT NULL,
    score         REAL NOT NULL,
    evidence      TEXT NOT NULL DEFAULT '{}'       -- JSON: position, frequency, type, ... weights
);
CREATE INDEX article_main_events_event ON article_main_events(event_id);
