-- Full-text search (FTS5) over articles and quotes, kept in sync by triggers. The web app's Search page
-- and /api/search read it; the server opens the store read-only, so the writer keeps it fresh.
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, outlet,
    content = 'articles', content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text, outlet)
    VALUES (new.rowid, new.title, new.text, new.outlet);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text, outlet)
    VALUES ('delete', old.rowid, old.title, old.text, old.outlet);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text, outlet ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text, outlet)
    VALUES ('delete', old.rowid, old.title, old.text, old.outlet);
    INSERT INTO articles_fts(rowid, title, text, outlet)
    VALUES (new.rowid, new.title, new.text, new.outlet);
END;

-- Quotes (0005_quotes): content and speaker text.
CREATE VIRTUAL TABLE quotes_fts USING fts5(
    content, speaker_text,
    content = 'quotes', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild');

CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, content, speaker_text)
    VALUES (new.id, new.content, new.speaker_text);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, content, speaker_text)
    VALUES ('delete', old.id, old.content, old.speaker_text);
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE OF content, speaker_text ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, content, speaker_text)
    VALUES ('delete', old.id, old.content, old.speaker_text);
    INSERT INTO quotes_fts(rowid, content, speaker_text)
    VALUES (new.id, new.content, new.speaker_text);
END;

-- Read-side indexes for the web app. Article rows are large (raw and cleaned text), so a join
-- that needs only an article's outlet or date reads this covering index, not the table.
CREATE INDEX articles_id_outlet_published ON articles(id, outlet, published);
CREATE INDEX articles_outlet_published ON articles(outlet, published);
