-- An uncertain mention stays unresolved with the actors it might be (JSON list of ids, e.g. a
-- near fuzzy match under the threshold), so `newsgraph actors unresolved` can show them.
ALTER TABLE mentions ADD COLUMN candidates TEXT;
