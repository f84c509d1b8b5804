-- Actors: the knowledge base as loaded (synced by `newsgraph actors ...` and at ingest for the
-- actors an article mentions), and every actor mention of every article.
CREATE TABLE actors (
    id       TEXT PRIMARY KEY,           -- KB id: ISO3 for states, ISO3.GOV / ISO3.MIL, slugs
    type     TEXT NOT NULL,              -- state | institution | igo | ngo | armed_group | party | media | person | group
    name     TEXT NOT NULL,
    country  TEXT,                       -- ISO3
    sector   TEXT,                       -- primary PLOVER sector
    sectors  TEXT NOT NULL DEFAULT '[]', -- JSON list of secondary sectors
    qid      TEXT,                       -- Wikidata id
    note     TEXT,
    origin   TEXT                        -- file:line of the KB entry
);

CREATE TABLE actor_aliases (
    actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    alias    TEXT NOT NULL,
    norm     TEXT NOT NULL,              -- normalised form (case, accents, hyphens, "the")
    kind     TEXT NOT NULL,              -- name | alias | former | demonym | capital
    PRIMARY KEY (norm, actor_id)
);
CREATE INDEX actor_aliases_actor ON actor_aliases(actor_id);

CREATE TABLE actor_roles (
    actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    title    TEXT NOT NULL,
    country  TEXT,
    org      TEXT,
    sector   TEXT,
    start    TEXT,                       -- ISO date or NULL (open)
    "end"    TEXT                        -- first day not held, or NULL (still held)
);
CREATE INDEX actor_roles_actor ON actor_roles(actor_id);

CREATE TABLE mentions (
    id         INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sent       INTEGER NOT NULL,
    start      INTEGER NOT NULL,         -- offsets into articles.text
    "end"      INTEGER NOT NULL,
    text       TEXT NOT NULL,
    norm       TEXT NOT NULL,            -- normalised text: what `actors alias` re-resolves on
    label      TEXT NOT NULL,            -- PERSON | ORG | GPE | NORP | TITLE | PRON
    actor_id   TEXT,                     -- NULL: unresolved (no foreign key: the KB may change)
    method     TEXT NOT NULL,            -- dictionary | fuzzy | coreference | ner
    confidence REAL NOT NULL,
    role       TEXT,                     -- role held at the article's date, e.g. "IRN foreign minister"
    country    TEXT,
    sector     TEXT,
    antecedent INTEGER,                  -- start offset of the mention this one corefers with
    context    TEXT                      -- the sentence, for reading unresolved mentions
);
CREATE INDEX mentions_article ON mentions(article_id);
CREATE INDEX mentions_actor ON mentions(actor_id);
CREATE INDEX mentions_norm ON mentions(norm);

CREATE TABLE kb_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
