"""The one "actor matches" function of the CLI and the API, and corpus actors in the store
(real SQLite file, no model)."""

from __future__ import annotations

from pathlib import Path

from newsgraph.resolve.kb import KnowledgeBase
from newsgraph.store import open_store
from newsgraph.store.actors import (
    add_discovered,
    discovered_actor,
    matching_actor_ids,
    sync_kb,
    upsert_actors,
)
from newsgraph.types import Actor, RoleSpell

IRN = Actor(id="IRN", type="state", name="Iran")
GOV = Actor(id="IRN.GOV", type="institution", name="Government of Iran", country="IRN")
MIL = Actor(id="IRN.MIL", type="institution", name="Armed forces of Iran", country="IRN")
MINISTER = Actor(
    id="abbas-araghchi",
    type="person",
    name="Abbas Araghchi",
    roles=(RoleSpell(title="foreign minister", country="IRN", sector="GOV"),),
)
GROUP = Actor(id="some-militia", type="armed_group", name="Some Militia", country="IRN")
ENVOY = Actor(
    id="jo-doe", type="person", name="Jo Doe", country="IRN", sector="GOV", origin="corpus"
)
HTS = Actor(id="hts", type="armed_group", name="HTS")


def test_ids_match_any_case_and_a_state_rolls_up(db_path: Path) -> None:
    with open_store(db_path) as store, store.transaction():
        upsert_actors(store.conn, [IRN, GOV, MIL, MINISTER, GROUP, HTS])
        add_discovered(store.conn, [ENVOY])
        conn = store.conn
        assert matching_actor_ids(conn, "HTS") == ["hts"]
        assert matching_actor_ids(conn, "irn", exact=True) == ["IRN"]
        rolled = matching_actor_ids(conn, "irn")
        assert rolled[0] == "IRN"
        assert set(rolled) == {"IRN", "IRN.GOV", "IRN.MIL", "abbas-araghchi", "jo-doe"}
        assert matching_actor_ids(conn, "Iran") == []  # not an id: callers match the text
        assert matching_actor_ids(conn, "ABBAS-ARAGHCHI") == ["abbas-araghchi"]


def test_corpus_actors_survive_a_kb_sync_and_a_kb_entry_wins(db_path: Path) -> None:
    with open_store(db_path) as store, store.transaction():
        add_discovered(store.conn, [ENVOY])
        add_discovered(
            store.conn,
            [
                Actor(
                    id="jo-doe", type="person", name="Jo Doe", aliases=("J. Doe",), origin="corpus"
                )
            ],
        )
        found = discovered_actor(store.conn, "JO-DOE")
        assert found is not None and found["country"] == "IRN"  # the first article's
        assert set(found["aliases"]) == {"Jo Doe", "J. Doe"}
        kb = KnowledgeBase([IRN, HTS], {})
        assert sync_kb(store.conn, kb)
        assert discovered_actor(store.conn, "jo-doe") is not None
        promoted = Actor(id="jo-doe", type="person", name="Jo Doe", origin="my.kb.yaml:3")
        sync_kb(store.conn, KnowledgeBase([IRN, HTS, promoted], {}))
        assert discovered_actor(store.conn, "jo-doe") is None  # now a KB actor
        row = store.conn.execute("SELECT origin FROM actors WHERE id = 'jo-doe'").fetchone()
        assert row[0] == "my.kb.yaml:3"
