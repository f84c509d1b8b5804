"""SQL for duplicate lookup and linking (clean/dedup.py) and the cleaned text's offset map."""

from __future__ import annotations

import json
import sqlite3
from datetime import date

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


def fingerprint_candidates(
    conn: sqlite3.Connection, hashes: list[int], *, min_shared: int, limit: int, max_df: int
) -> dict[str, int]:
    """Stored article id -> fingerprints shared with ``hashes`` (at least ``min_shared``).

    A fingerprint found in more than ``max_df`` articles is a stock phrase and is not used;
    each lookup reads at most ``max_df + 1`` rows, so the cost does not grow with the corpus.
    """
    counts: dict[str, int] = {}
    for h in hashes:
        rows = conn.execute(
            "SELECT article_id FROM article_fingerprints WHERE hash = ? LIMIT ?", (h, max_df + 1)
        ).fetchall()
        if len(rows) > max_df:
            continue
        for (aid,) in rows:
            counts[aid] = counts.get(aid, 0) + 1
    best = sorted((n, aid) for aid, n in counts.items() if n >= min_shared)[::-1][:limit]
    return {aid: n for n, aid in best}


def fingerprint_counts(conn: sqlite3.Connection, ids: list[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        out.update(
            conn.execute(
                "SELECT article_id, count(*) FROM article_fingerprints WHERE article_id IN "
                f"({','.join('?' * len(chunk))}) GROUP BY article_id",
                chunk,
            ).fetchall()
        )
    return out


def candidate_article(conn: sqlite3.Connection, article_id: str) -> Article | None:
    """A stored article with what duplicate checking needs: text, dates, link, credits."""
    row = conn.execute(
        "SELECT id, source_id, origin, format, outlet, published, text, duplicate_of, "
        "duplicate_kind FROM articles WHERE id = ?",
        (article_id,),
    ).fetchone()
    if row is None:
        return None
    spans = conn.execute(
        f'SELECT start, "end", kind, text FROM removed_spans WHERE article_id = ? AND kind IN '
        f"({','.join('?' * len(_CREDIT_KINDS))})",
        (article_id, *_CREDIT_KINDS),
    ).fetchall()
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
