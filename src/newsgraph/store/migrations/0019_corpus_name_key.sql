-- A corpus person's surname key (``names.person_surname_key``: "hariri" for "Nasr al-Hariri"),
-- indexed: the writer merges the people of a new article whose name is a variant of one
-- stored before ("J. Smith", "Jim Smith" after "John Smith"; ``store.actors.variant_renames``).
-- Corpus people stored before this migration have none and are not merge targets.
ALTER TABLE actors ADD COLUMN name_key TEXT;
CREATE INDEX actors_name_key ON actors(name_key) WHERE name_key IS NOT NULL;
