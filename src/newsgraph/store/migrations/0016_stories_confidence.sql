-- Cross-outlet analysis (issue 19): stories (articles about the same news, by shared text),
-- what the outlets agree on for each canonical event, and a confidence and explanation for
-- every contradiction.
CREATE TABLE article_stories (
    article_id  TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    story_id    INTEGER NOT NULL,
    similarity  REAL NOT NULL,        -- to the article it joined (1.0: it started the story)
    joined      TEXT,                 -- the article it was found similar to, NULL: its own
    lead_type   TEXT,                 -- the PLOVER type of its main event
    region      TEXT                  -- "SYR:09": the country and region it is most about
);
CREATE INDEX article_stories_story ON article_stories(story_id);

ALTER TABLE canonical_events ADD COLUMN story_id INTEGER;
-- JSON {"date": {value, origins, outlets}, "place": ..., "participants": [...],
-- "figures": [...]}: what two or more original articles agree on (copies counted once)
ALTER TABLE canonical_events ADD COLUMN agreement TEXT NOT NULL DEFAULT '{}';
ALTER TABLE canonical_events ADD COLUMN n_origins INTEGER NOT NULL DEFAULT 0;

ALTER TABLE contradictions ADD COLUMN confidence REAL NOT NULL DEFAULT 0;
ALTER TABLE contradictions ADD COLUMN explanation TEXT NOT NULL DEFAULT '{}';  -- JSON
ALTER TABLE contradictions ADD COLUMN scope TEXT;  -- outlets | one outlet over time | one article

-- A figure's scope: event (what one event did) or cumulative (a running total: "since 2011").
ALTER TABLE figures ADD COLUMN scope TEXT NOT NULL DEFAULT 'event';
