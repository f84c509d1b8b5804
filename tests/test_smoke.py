from __future__ import annotations

import sqlite3
from pathlib import Path

from newsgraph.store import open_store


def test_sample_corpus_ingested(sample_db: Path) -> None:
    with open_store(sample_db) as s:
        stats = s.stats()
    assert stats["articles"] == 5
    assert stats["by_outlet"]["Tehran Times"] == 1


def test_store_is_wal_with_version(db_path: Path) -> None:
    with open_store(db_path) as s:
        assert s.version >= 1
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_public_api_is_listed_and_importable() -> None:
    import newsgraph

    names = dir(newsgraph)
    for name in newsgraph.__all__:
        assert name in names
        assert getattr(newsgraph, name) is not None
