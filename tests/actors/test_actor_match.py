"""The one "actor matches" function of the CLI and the API, and corpus actors in the store
(real SQLite file, no model)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from newsgraph.resolve.kb import KnowledgeBase
from newsgraph.resolve.roles import status_on
from newsgraph.store import open_store
from newsgraph.store.actors import (
    add_discovered,
    discovered_actor,
    matching_actor_ids,
    state_in_office,
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


def test_a_head_of_several_states_is_grouped_under_their_own(db_path: Path) -> None:
    """The monarch of the Commonwealth realms is king of Antigua and Barbuda, Canada, ... as
    of the United Kingdom: the relations graph groups him under his own country, not under
    the first id; a person with offices abroad only keeps the first id."""
    realms = ("ATG", "AUS", "CAN", "GBR")
    king = Actor(
        id="the-king",
        type="person",
        name="The King",
        country="GBR",
        roles=tuple(
            RoleSpell(title="king", country=c, sector="GOV", start=date(2022, 9, 8)) for c in realms
        ),
    )
    envoy = Actor(
        id="an-envoy",
        type="person",
        name="An Envoy",
        roles=tuple(
            RoleSpell(title="envoy", country=c, sector="GOV", start=date(2020, 1, 1))
            for c in ("CAN", "AUS")
        ),
    )
    states = [Actor(id=c, type="state", name=c) for c in realms]
    with open_store(db_path) as store, store.transaction():
        upsert_actors(store.conn, [*states, king, envoy])
        expr, params = state_in_office("p.id", "p.first_day", "p.last_day")
        sql = f"SELECT {expr} FROM (SELECT ? AS id, ? AS first_day, ? AS last_day) p"
        one = store.conn.execute(sql, [*params, "the-king", "2023-05-06", "2023-05-06"])
        assert one.fetchone()[0] == "GBR"
        before = store.conn.execute(sql, [*params, "the-king", "2021-01-01", "2021-01-01"])
        assert before.fetchone()[0] is None
        other = store.conn.execute(sql, [*params, "an-envoy", "2023-05-06", "2023-05-06"])
        assert other.fetchone()[0] == "AUS"
        assert "the-king" in matching_actor_ids(store.conn, "can")  # Canada's head of state


def test_of_equal_roles_the_status_is_the_one_at_home() -> None:
    """Of several roles of one rank held on a day, a person's status takes the one in their
    own country, before the latest begun (a monarch of several realms); a higher rank abroad
    still wins, and a person with no country of their own keeps the latest begun."""
    day = date(2015, 6, 1)
    realms = (("GBR", date(1952, 2, 6)), ("CAN", date(1952, 2, 6)), ("KNA", date(1983, 9, 19)))
    spells = tuple(RoleSpell(title="queen", country=c, sector="GOV", start=s) for c, s in realms)
    queen = Actor(id="q", type="person", name="Q", country="GBR", roles=spells)
    assert status_on(queen, day) == ("GBR queen", "GBR", "GOV")
    stateless = Actor(id="s", type="person", name="S", roles=spells)
    assert status_on(stateless, day)[1] == "KNA"
    minister = RoleSpell(title="foreign minister", country="GBR", sector="GOV", start=day)
    abroad = RoleSpell(title="president", country="IRL", sector="GOV", start=date(2010, 1, 1))
    both = Actor(id="b", type="person", name="B", country="GBR", roles=(minister, abroad))
    assert status_on(both, day)[1] == "IRL"
