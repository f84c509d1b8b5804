"""Re-resolving stored mentions after the KB changed (``newsgraph actors alias``), no re-parse.

Uses what the mentions table keeps: the normalised text, the article's date, and each
coreferent mention's antecedent offset.
"""

from __future__ import annotations

import sqlite3
from datetime import date

from newsgraph.names import norm_alias
from newsgraph.resolve.kb import KnowledgeBase
from newsgraph.store import actors as sql


def reresolve_text(conn: sqlite3.Connection, kb: KnowledgeBase, text: str) -> int:
    """Point every stored mention of ``text`` (and the mentions that corefer with them) at the
    actor the KB now gives it. Returns the number of mentions updated. Call in a transaction."""
    hits = kb.lookup(text)
    if len(hits) != 1:
        return 0
    actor_id = hits[0].actor_id
    updated = 0
    for row in sql.mentions_for_reresolve(conn, norm_alias(text)):
        day = date.fromisoformat(row["published"]) if row["published"] else None
        role, country, sector = kb.status_at(actor_id, day)
        sql.update_mention(conn, row["id"], actor_id, "dictionary", 1.0, role, country, sector)
        updated += 1
        todo = [(row["article_id"], row["start"])]
        seen: set[tuple[str, int]] = set()
        while todo:
            key = todo.pop()
            if key in seen:
                continue
            seen.add(key)
            for mid, start in sql.dependent_mentions(conn, *key):
                sql.update_mention(conn, mid, actor_id, "coreference", 0.9, role, country, sector)
                todo.append((key[0], start))
                updated += 1
    return updated


def reresolve_actor(conn: sqlite3.Connection, kb: KnowledgeBase, old_id: str, new_id: str) -> int:
    """Point every stored mention of the corpus actor ``old_id`` at the KB actor ``new_id``
    (``newsgraph actors add`` / ``alias`` promoting a discovered actor), with the role, country
    and sector the KB gives it on each article's date. Returns the number updated."""
    updated = 0
    for row in sql.mentions_of_actor(conn, old_id):
        day = date.fromisoformat(row["published"]) if row["published"] else None
        role, country, sector = kb.status_at(new_id, day)
        method = "coreference" if row["method"] == "coreference" else "dictionary"
        conf = 0.9 if method == "coreference" else 1.0
        sql.update_mention(conn, row["id"], new_id, method, conf, role, country, sector)
        updated += 1
    if old_id != new_id:
        sql.forget_discovered(conn, old_id)
    return updated
