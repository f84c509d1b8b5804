"""SQL for duplicate lookup and linking (clean/dedup.py) and the cleaned text's offset map."""

from __future__ import annotations

import json
import sqlite3
from datetime import date

from newsgraph.store.paging import chunks
from newsgraph.types import Article, RemovedSpan

# Removed spans that may carry an agency credit ("AFP Sunday 8 Oct 2017", "Reporting by ...").
_CREDIT_KINDS = ("dateline", "byline", "footer")


def write_article_extras(conn: sqlite3.Connection, a: Article) -> None:
    """After the article's row: its fingerprints, its offset map, and relinks of the stored
    articles it turned out to be the original of (their copies follow, so links stay flat)."""
    if a.fingerprints:
        conn.executemany(
            "INSERT OR IGNORE INTO article_fingerprints(hash, article_id) VALUES (?, ?)",
            [(h, a.id) for h in a.fingerprints],
        )
    if a.offset_map:
        conn.execute(
            "UPDATE articles SET offset_map = ? WHERE id = ?",
            (json.dumps([list(p) for p in a.offset_map]), a.id),
        )
    for old, kind, similarity in a.supersedes:
        conn.execute(
            "UPDATE articles SET duplicate_of = ?, duplicate_kind = coalesce(duplicate_kind, ?), "
            "similarity = coalesce(similarity, ?) WHERE duplicate_of = ?",
            (a.id, kind, similarity, old),
        )
        conn.execute(
            "UPDATE articles SET duplicate_of = ?, duplicate_kind = ?, similarity = ? WHERE id = ?",
            (a.id, kind, similarity, old),
        )


_HASHES_PER_STATEMENT = 2_000  # well under SQLite's limit on bound parameters


def fingerprint_candidates(
    conn: sqlite3.Connection, hashes: list[int], *, min_shared: int, limit: int, max_df: int
) -> dict[str, int]:
    """Stored article id -> fingerprints shared with ``hashes`` (at least ``min_shared``), the
    ``limit`` articles sharing most (ties: the greater id).

    A fingerprint found in more than ``max_df`` articles is a stock phrase and is not used;
    telling so reads at most ``max_df + 1`` rows of it, so the cost does not grow with the
    corpus. The counting happens in SQLite (one statement for an article of up to 2,000
    fingerprints, about 100,000 words), not row by row in Python.
    """
    chunks = [
        hashes[i : i + _HASHES_PER_STATEMENT] for i in range(0, len(hashes), _HASHES_PER_STATEMENT)
    ]
    if len(chunks) == 1:
        return dict(_shared(conn, chunks[0], max_df, min_shared, limit))
    counts: dict[str, int] = {}
    for chunk in chunks:
        for aid, n in _shared(conn, chunk, max_df, 1, -1):  # LIMIT -1: no limit
            counts[aid] = counts.get(aid, 0) + n
    best = sorted((n, aid) for aid, n in counts.items() if n >= min_shared)[::-1][:limit]
    return {aid: n for n, aid in best}


def _shared(
    conn: sqlite3.Connection, hashes: list[int], max_df: int, min_shared: int, limit: int
) -> list[tuple[str, int]]:
    if not hashes:
        return []
    values = ",".join("(?)" for _ in hashes)
    return conn.execute(
        f"WITH q(h) AS (VALUES {values}), "
        "usable(h) AS (SELECT h FROM q WHERE (SELECT count(*) FROM (SELECT 1 FROM "
        "article_fingerprints g WHERE g.hash = q.h LIMIT ?)) <= ?) "
        "SELECT f.article_id, count(*) AS n FROM usable "
        "JOIN article_fingerprints f ON f.hash = usable.h "
        "GROUP BY f.article_id HAVING n >= ? ORDER BY n DESC, f.article_id DESC LIMIT ?",
        [*hashes, max_df + 1, max_df, min_shared, limit],
    ).fetchall()


def fingerprint_counts(conn: sqlite3.Connection, ids: list[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for chunk in chunks(ids):
        out.update(
            conn.execute(
                "SELECT article_id, count(*) FROM article_fingerprints WHERE article_id IN "
                f"({','.join('?' * len(chunk))}) GROUP BY article_id",
                chunk,
            ).fetchall()
        )
    return out


def candidate_article(
    conn: sqlite3.Connection, article_id: str, *, text: bool = True
) -> Article | None:
    """A stored article with what duplicate checking needs: text, dates, link, credits.
    With ``text=False``, its text is "" and its credits are not read (a caller that has the
    article's shingles and agencies already)."""
    text_column = "text" if text else "'' AS text"
    row = conn.execute(
        f"SELECT id, source_id, origin, format, outlet, published, {text_column}, duplicate_of, "
        "duplicate_kind FROM articles WHERE id = ?",
        (article_id,),
    ).fetchone()
    if row is None:
        return None
    spans = (
        conn.execute(
            f'SELECT start, "end", kind, text FROM removed_spans WHERE article_id = ? AND kind IN '
            f"({','.join('?' * len(_CREDIT_KINDS))})",
            (article_id, *_CREDIT_KINDS),
        ).fetchall()
        if text
        else []
    )
    return Article(
        id=row["id"],
        source_id=row["source_id"],
        origin=row["origin"],
        format=row["format"],
        raw_text="",
        text=row["text"],
        outlet=row["outlet"],
        published=date.fromisoformat(row["published"]) if row["published"] else None,
        duplicate_of=row["duplicate_of"],
        duplicate_kind=row["duplicate_kind"],
        removed=tuple(RemovedSpan(s[0], s[1], s[2], s[3]) for s in spans),
    )


def article_published(conn: sqlite3.Connection, article_id: str) -> date | None:
    row = conn.execute("SELECT published FROM articles WHERE id = ?", (article_id,)).fetchone()
    return date.fromisoformat(row[0]) if row and row[0] else None


def offset_map(conn: sqlite3.Connection, article_id: str) -> tuple[tuple[int, int], ...]:
    row = conn.execute("SELECT offset_map FROM articles WHERE id = ?", (article_id,)).fetchone()
    if not row or not row[0]:
        return ()
    return tuple((int(c), int(r)) for c, r in json.loads(row[0]))
