"""The candidate lookup of dedup: shared fingerprints counted in SQLite, stock phrases left out."""

from __future__ import annotations

import sqlite3

import pytest

from newsgraph.store import duplicates


@pytest.fixture
def conn() -> sqlite3.Connection:
    c = sqlite3.connect(":memory:")
    c.execute(
        "CREATE TABLE article_fingerprints (hash INTEGER NOT NULL, article_id TEXT NOT NULL, "
        "PRIMARY KEY (hash, article_id)) WITHOUT ROWID"
    )
    rows = [(h, "a") for h in range(1, 11)]  # a: 1..10
    rows += [(h, "b") for h in range(1, 6)]  # b: 1..5
    rows += [(h, "c") for h in (1, 2, 3, 4, 5)]  # c: the same five as b
    rows += [(h, "d") for h in (9, 10)]  # d: two only
    rows += [(99, f"stock{i}") for i in range(5)]  # a stock phrase: in five articles
    rows += [(99, "a"), (99, "b")]
    c.executemany("INSERT INTO article_fingerprints VALUES (?, ?)", rows)
    return c


def test_most_shared_first_ties_by_greater_id_and_stock_phrases_ignored(
    conn: sqlite3.Connection,
) -> None:
    mine = [1, 2, 3, 4, 5, 9, 10, 99]
    found = duplicates.fingerprint_candidates(conn, mine, min_shared=3, limit=10, max_df=4)
    assert list(found.items()) == [("a", 7), ("c", 5), ("b", 5)]  # 99 is in 7 articles > 4
    with_stock = duplicates.fingerprint_candidates(conn, mine, min_shared=3, limit=2, max_df=10)
    assert list(with_stock.items()) == [("a", 8), ("b", 6)]


def test_long_articles_are_looked_up_in_several_statements_with_the_same_result(
    conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    mine = [1, 2, 3, 4, 5, 9, 10, 99, 1000, 1001]
    whole = duplicates.fingerprint_candidates(conn, mine, min_shared=2, limit=3, max_df=4)
    monkeypatch.setattr(duplicates, "_HASHES_PER_STATEMENT", 3)
    assert duplicates.fingerprint_candidates(conn, mine, min_shared=2, limit=3, max_df=4) == whole
    assert list(whole) == ["a", "c", "b"]
    assert duplicates.fingerprint_candidates(conn, [], min_shared=1, limit=3, max_df=4) == {}
