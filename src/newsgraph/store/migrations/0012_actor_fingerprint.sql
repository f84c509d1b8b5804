-- A digest of each stored actor's knowledge-base entry: ingest rewrites an actor an article
-- mentions only when its entry changed, not once per article.
ALTER TABLE actors ADD COLUMN fingerprint TEXT;
