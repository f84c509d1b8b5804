-- Time expressions, normalised TimeML-style (extract/timexes). One row per expression;
-- offsets into articles.text. value is NULL when unresolved (note says why).
CREATE TABLE timexes (
    id          INTEGER PRIMARY KEY,
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sent        INTEGER NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    text        TEXT NOT NULL,          -- the expression as written
    type        TEXT NOT NULL,          -- DATE | TIME | DURATION | SET
    value       TEXT,                   -- 2024-12-01, 2024-W48, 2024-Q3, 199, P14M, PAST_REF, ...
    anchor      TEXT,                   -- the value it was resolved against (ISO), or NULL
    anchor_kind TEXT,                   -- publication | previous | none
    precision   TEXT,                   -- day | week | weekend | month | quarter | year | decade | ...
    mod         TEXT,                   -- TimeML mod: START | MID | END | APPROX | MORE_THAN | ...
    tense       TEXT,                   -- tense of the governing verb: past | present | future
    note        TEXT                    -- why unresolved, or a warning ("impossible date")
);
CREATE INDEX timexes_article ON timexes(article_id, sent);
CREATE INDEX timexes_value ON timexes(value);
