"""Two ingests into one store at once: what the other one stored meanwhile is not stored twice.

A batch checks which of its articles are stored before it parses them (minutes, for a big
batch), and writes them afterwards. Another process may store the same articles in between
(two ingests of the same corpus). The write transaction (``BEGIN IMMEDIATE``: one writer at
a time) checks again; the articles found stored are left out of the write and counted as
already stored (or as exact duplicates, if stored from another input), as if they had been
found stored before parsing.
"""

from __future__ import annotations

from newsgraph.store import Store
from newsgraph.types import Article, Parsed, Skip


def drop_stored_meanwhile(
    db: Store, fresh: list[Article], parsed: list[Parsed], skips: list[Skip]
) -> tuple[list[Article], list[Parsed], list[Skip], list[Article]]:
    """(fresh, parsed, skips) without the articles now stored, and those articles.

    Call inside the write transaction, so that nothing can be stored between the check and
    the write.
    """
    stored = db.existing_ids([a.id for a in fresh]) if fresh else set()
    if not stored:
        return fresh, parsed, skips, []
    late = [a for a in fresh if a.id in stored]
    return (
        [a for a in fresh if a.id not in stored],
        [p for p in parsed if p.article.id not in stored],
        [s for s in skips if s.article_id not in stored or s.stage in ("read", "clean")],
        late,
    )


def classify_late(db: Store, late: list[Article]) -> tuple[int, list[Skip]]:
    """How many of ``late`` were stored from the same input (already stored), and a
    ``duplicate`` Skip for each of the others (the same text from another input)."""
    known = 0
    copies: list[Skip] = []
    for a in late:
        if db.input_known(a.id, a.source_id, a.origin):
            known += 1
            continue
        copies.append(
            Skip(
                a.origin,
                "dedup",
                f"exact duplicate of article {a.id} (stored by another ingest meanwhile)",
                article_id=a.id,
                source_id=a.source_id,
                status="duplicate",
            )
        )
    return known, copies
