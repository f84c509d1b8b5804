-- Near-duplicate and wire-copy lookup (clean/dedup.py), and the cleaned text's offset map.
-- SimHash in 4 bands of 16 bits (0001) finds too few rewritten copies; every article's sampled
-- shingle hashes ("fingerprints": h % 8 == 0) are indexed here instead. A lookup reads only the
-- rows of the new article's own fingerprints.
CREATE TABLE article_fingerprints (
    hash       INTEGER NOT NULL,               -- signed 64-bit shingle hash
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (hash, article_id)
) WITHOUT ROWID;
CREATE INDEX article_fingerprints_article ON article_fingerprints(article_id);
CREATE INDEX articles_duplicate_of ON articles(duplicate_of);

-- JSON [[clean_offset, raw_offset], ...]: anchors mapping articles.text back to raw_text.
ALTER TABLE articles ADD COLUMN offset_map TEXT;
