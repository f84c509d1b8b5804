-- Quotes and claims (issue 6): who said what, through whom, and who disputes it.
-- Offsets are characters into articles.text; a zero-length cue (cue_start = cue_end) means
-- the quote has no cue of its own (method 'unattributed').
CREATE TABLE quotes (
    id               INTEGER PRIMARY KEY,
    quote_id         TEXT NOT NULL,              -- "<article_id>:q<n>", what disputes link to
    article_id       TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx              INTEGER NOT NULL,           -- order in the article
    sent             INTEGER NOT NULL,           -- sentence of the content's start
    kind             TEXT NOT NULL,              -- direct | indirect | mixed
    method           TEXT NOT NULL,              -- how it was attributed (docs/quotes.md)
    closed           INTEGER NOT NULL DEFAULT 1, -- 0: the quotation marks never closed
    cue              TEXT NOT NULL,
    cue_start        INTEGER NOT NULL,
    cue_end          INTEGER NOT NULL,
    content          TEXT NOT NULL,
    content_start    INTEGER NOT NULL,
    content_end      INTEGER NOT NULL,
    speaker_text     TEXT,                       -- NULL: no speaker found
    speaker_start    INTEGER,
    speaker_end      INTEGER,
    speaker_actor_id TEXT,                       -- NULL: unresolved (kept with its text)
    speaker_name     TEXT,
    speaker_country  TEXT,
    speaker_sector   TEXT,
    speaker_method   TEXT,                       -- mention | coreference | anonymous | title | pronoun | entity
    anonymous        INTEGER NOT NULL DEFAULT 0,
    affiliation      TEXT,                       -- e.g. "IRN", "TUR foreign ministry"
    speaker_role     TEXT,                       -- e.g. "official", "source"
    via              TEXT NOT NULL DEFAULT '[]', -- JSON list of names, speaker outwards
    via_spans        TEXT NOT NULL DEFAULT '[]', -- JSON list of [start, end], one per via
    via_kinds        TEXT NOT NULL DEFAULT '[]', -- JSON list: agency | medium | person | article
    disputes         TEXT NOT NULL DEFAULT '[]', -- JSON list of dispute objects
    UNIQUE (article_id, idx)
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker_actor ON quotes(speaker_actor_id);
CREATE UNIQUE INDEX quotes_quote_id ON quotes(quote_id);
