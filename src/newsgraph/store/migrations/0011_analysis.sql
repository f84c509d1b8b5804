-- Cross-outlet analysis: canonical events (clusters of event reports), their reports,
-- figures linked to them, and contradictions between reports.
CREATE TABLE canonical_events (
    id              INTEGER PRIMARY KEY,
    type            TEXT NOT NULL,
    date            TEXT,              -- consensus: the date most original articles give
    date_spread     TEXT NOT NULL DEFAULT '{}',  -- JSON {date: [origin article ids]}
    place_id        TEXT,              -- consensus GeoNames id (or ~name)
    place_name      TEXT,
    place_country   TEXT,
    place_lat       REAL,
    place_lon       REAL,
    place_spread    TEXT NOT NULL DEFAULT '{}',  -- JSON {place id: [origin article ids]}
    actors          TEXT NOT NULL DEFAULT '[]',  -- JSON list of actor ids / ~texts
    recipients      TEXT NOT NULL DEFAULT '[]',
    countries       TEXT NOT NULL DEFAULT '[]',
    actor_counts    TEXT NOT NULL DEFAULT '{}',  -- JSON {participant: reports naming it}
    recipient_counts TEXT NOT NULL DEFAULT '{}',
    participant_countries TEXT NOT NULL DEFAULT '{}',
    point           TEXT,              -- JSON [lat, lon] of its first located report
    cell            TEXT,              -- half-degree grid cell of its first own place
    factual         INTEGER,           -- 1: asserted; 0: negated, hypothetical or future  -- JSON {actor id: ISO3}
    span_start      TEXT,              -- the window of its first report (an undated report:
    span_end        TEXT,              -- the week before its article was published)
    triggers        TEXT NOT NULL DEFAULT '[]',
    origins         TEXT NOT NULL DEFAULT '[]',  -- original articles (copies count once)
    n_reports       INTEGER NOT NULL DEFAULT 0,
    n_outlets       INTEGER NOT NULL DEFAULT 0,
    outlets         TEXT NOT NULL DEFAULT '[]',
    first_reported  TEXT,
    last_reported   TEXT,
    updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX canonical_events_date ON canonical_events(date);
CREATE INDEX canonical_events_type ON canonical_events(type);

CREATE TABLE canonical_event_reports (
    report_id    INTEGER PRIMARY KEY REFERENCES event_reports(id) ON DELETE CASCADE,
    canonical_id INTEGER NOT NULL REFERENCES canonical_events(id) ON DELETE CASCADE
);
CREATE INDEX canonical_event_reports_event ON canonical_event_reports(canonical_id);

CREATE TABLE figure_events (
    figure_id    INTEGER PRIMARY KEY REFERENCES figures(id) ON DELETE CASCADE,
    canonical_id INTEGER NOT NULL REFERENCES canonical_events(id) ON DELETE CASCADE,
    method       TEXT NOT NULL        -- sentence | article
);
CREATE INDEX figure_events_event ON figure_events(canonical_id);

CREATE TABLE contradictions (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL,       -- date | number | attribution | dispute
    canonical_id INTEGER REFERENCES canonical_events(id) ON DELETE CASCADE,
    summary      TEXT NOT NULL,
    sides        TEXT NOT NULL,       -- JSON list: each side's value, outlets and reports
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX contradictions_kind ON contradictions(kind);
CREATE INDEX contradictions_event ON contradictions(canonical_id);
