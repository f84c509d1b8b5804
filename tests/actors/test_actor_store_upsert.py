"""Ingest writes the KB entry of a mentioned actor once, and again only when the entry changed."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

from newsgraph.store import open_store
from newsgraph.store.actors import actor_fingerprint, write_actors
from newsgraph.types import Actor, RoleSpell

IRAN = Actor(
    id="iran",
    type="state",
    name="Iran",
    country="IRN",
    aliases=("Islamic Republic of Iran",),
    roles=(RoleSpell(title="state", country="IRN"),),
)


def _row(db: Path) -> tuple[str, str]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT name, fingerprint FROM actors WHERE id = 'iran'").fetchone()


def test_unchanged_actor_is_not_rewritten_and_a_changed_one_is(db_path: Path) -> None:
    with open_store(db_path) as store, store.transaction():
        write_actors(store.conn, "a1", (IRAN,))
    assert _row(db_path) == ("Iran", actor_fingerprint(IRAN))

    # Someone edits the stored row by hand; the same KB entry again leaves it alone ...
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE actors SET name = 'edited' WHERE id = 'iran'")
    with open_store(db_path) as store, store.transaction():
        write_actors(store.conn, "a2", (IRAN,))
    assert _row(db_path)[0] == "edited"

    # ... but a changed KB entry is written, with its aliases and roles.
    renamed = replace(IRAN, name="Islamic Republic of Iran", aliases=("Persia",))
    with open_store(db_path) as store, store.transaction():
        write_actors(store.conn, "a3", (renamed,))
    assert _row(db_path) == ("Islamic Republic of Iran", actor_fingerprint(renamed))
    with sqlite3.connect(db_path) as conn:
        aliases = {r[0] for r in conn.execute("SELECT alias FROM actor_aliases")}
        roles = conn.execute("SELECT count(*) FROM actor_roles").fetchone()[0]
    assert "Persia" in aliases and roles == 1
