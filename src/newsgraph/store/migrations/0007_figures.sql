-- Casualty, displacement and detention figures, as structured facts.
CREATE TABLE figures (
    id          INTEGER PRIMARY KEY,
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sent        INTEGER NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    text        TEXT NOT NULL,
    count       INTEGER,          -- NULL for vague amounts ("dozens")
    low         INTEGER,          -- the range the wording allows: "at least 16" -> 16..NULL
    high        INTEGER,
    qualifier   TEXT,             -- at least | over | nearly | about | up to | NULL (exact)
    category    TEXT NOT NULL,    -- killed | injured | casualties | displaced | detained | missing
    grp         TEXT NOT NULL,    -- civilians | children | women | fighters | soldiers | people
    number_text TEXT NOT NULL
);
CREATE INDEX figures_article ON figures(article_id, sent);
CREATE INDEX figures_category ON figures(category, grp);
