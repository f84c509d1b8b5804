"""Who the events stage names as an attacker, as blame reads it: a place phrase is never the
attacker, a state's demonym before a rebel noun is that country's armed opposition (not the
state), and "execute" with people as its object is an attack. Made-up articles through the
real CLI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from tests.analyze.cli_store import analysed_store, run

# Titles without an attack word: the headline rule stays out of these tests.
ARTICLES = [
    {
        "id": "side-1",
        "title": "Checkpoint news from Derna",
        "text": "A Libyan rebel Islamist group attacked an army checkpoint near Derna on "
        "Monday, killing four soldiers, the army said.",
        "published": "2018-04-10",
    },
    {
        "id": "side-2",
        "title": "News from Mhardeh",
        "text": "Libyan rebels shelled the town of Ghat on Monday, killing three civilians, "
        "local officials said.",
        "published": "2018-05-08",
    },
    {
        "id": "troops-1",
        "title": "News from the north",
        "text": "Libyan troops attacked a camp near Sabha on Monday, killing nine fighters, "
        "officials said. Libyan fighter jets bombed the camp on Tuesday.",
        "published": "2018-05-15",
    },
    {
        "id": "place-1",
        "title": "Police station news",
        "text": "Opposition fighters in Libya detonated two bombs near a police station in "
        "Benghazi on Sunday, killing five people, officials said.",
        "published": "2018-04-02",
    },
    {
        "id": "place-2",
        "title": "Market news",
        "text": "Nine people were killed in Iraq car bombings on Friday, police said. Twelve "
        "people were killed in a Basra suicide bombing on Saturday, officials said.",
        "published": "2018-04-07",
    },
    {
        "id": "owner-1",
        "title": "News from Raqqa",
        "text": "US air strikes killed 14 fighters near the town of Raqqa on Tuesday, officials "
        "said.",
        "published": "2018-04-04",
    },
    {
        "id": "exec-1",
        "title": "Prisoners news",
        "text": "Islamic State militants executed 23 prisoners in the desert town of Palmyra on "
        "Friday, a monitor said. Two men were executed in the square on Saturday.",
        "published": "2016-04-10",
    },
    {
        "id": "exec-2",
        "title": "Bank completes merger",
        "text": "The bank executed the plan on Friday and executed an order worth two million "
        "dollars, its chief said. The firm executed a contract with the city of Leeds.",
        "published": "2016-04-08",
    },
]


@pytest.fixture(scope="module")
def sides_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return analysed_store(
        tmp_path_factory.mktemp("sides"),
        [{**a, "outlet": f"Wire {i % 3}"} for i, a in enumerate(ARTICLES)],
    )


def reports(db: Path, source_id: str) -> list[dict[str, Any]]:
    rows = json.loads(run(db, "events", "--min-confidence", "0", "--format", "json"))
    return [r for r in rows if r["source_id"] == source_id]


def attackers(db: Path, source_id: str) -> list[dict[str, Any]]:
    return [a for r in reports(db, source_id) if r["type"] == "ASSAULT" for a in r["actor"]]


def blamed(db: Path, source_id: str) -> dict[str, Any] | None:
    shown = json.loads(run(db, "articles", "show", source_id, "--json"))
    return (shown["main_event"] or {}).get("blamed")


@pytest.mark.model
def test_a_demonym_before_a_rebel_noun_is_the_rebels_not_the_state(sides_db: Path) -> None:
    for source_id in ("side-1", "side-2"):
        actors = attackers(sides_db, source_id)
        assert actors, reports(sides_db, source_id)
        assert all(a["id"] != "LBY" for a in actors), actors
        assert (actors[0]["country"], actors[0]["sector"]) == ("LBY", "REB"), actors
        b = blamed(sides_db, source_id)
        assert b is not None
        assert (b["actor_id"], b["country"], b["sector"], b["rule"]) == (
            None,
            "LBY",
            "REB",
            "named",
        ), b


@pytest.mark.model
def test_a_demonym_before_a_state_organ_stays_the_state(sides_db: Path) -> None:
    actors = attackers(sides_db, "troops-1")
    # "fighter jets" are aircraft: the noun's own sector, not the "fighter" before it
    assert [(a["country"], a["sector"]) for a in actors] == [("LBY", "MIL")] * 2, actors
    b = blamed(sides_db, "troops-1")
    assert b is not None and b["country"] == "LBY" and b["sector"] == "MIL", b


@pytest.mark.model
def test_a_place_phrase_is_never_the_attacker(sides_db: Path) -> None:
    actors = attackers(sides_db, "place-1")
    assert actors and all(a["country"] != "LBY" for a in actors), actors
    assert actors[0]["sector"] == "REB", actors
    # "in Iraq car bombings", "in a Basra suicide bombing": where, not who
    assert not [a for a in attackers(sides_db, "place-2") if a["country"] == "IRQ"]
    b = blamed(sides_db, "place-2")
    assert b is None or b["country"] != "IRQ", b


@pytest.mark.model
def test_a_state_before_an_air_strike_is_its_owner(sides_db: Path) -> None:
    actors = attackers(sides_db, "owner-1")
    assert [a["id"] for a in actors] == ["USA"], actors


@pytest.mark.model
def test_executing_people_is_an_attack(sides_db: Path) -> None:
    found = [r for r in reports(sides_db, "exec-1") if r["trigger"].startswith("execut")]
    assert len(found) == 2, reports(sides_db, "exec-1")
    assert {r["type"] for r in found} == {"ASSAULT"}
    b = blamed(sides_db, "exec-1")
    assert b is not None and b["actor_id"] == "isis", b


@pytest.mark.model
def test_executing_a_plan_an_order_or_a_contract_is_no_event(sides_db: Path) -> None:
    assert not [r for r in reports(sides_db, "exec-2") if r["trigger"].startswith("execut")]
