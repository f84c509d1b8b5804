"""Corpus actors merged across articles by name variants, and the roll-up of a state's officials
at the event's date, through the real CLI and API on a real SQLite file (real model, KB)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from tests.cli_run import outcome

from newsgraph.names import person_name_variants
from newsgraph.store import open_store
from newsgraph.store.actors import add_discovered, renamed, variant_renames
from newsgraph.types import Actor, ActorRef, EventReport, Mention

# One article each, ingested in this order (the merge sees the articles stored before).
ARTICLES = (
    (
        "a.txt",
        "2018-03-01",
        "Police in Leeds arrested Jonas Pilkington on Tuesday. "
        "James Merriweather, a farmer, said the harvest was poor. "
        "Jack Letts travelled to Syria in 2014.",
    ),
    (
        "b.txt",
        "2018-03-02",
        "J. Pilkington denied the charges in court on Wednesday. "
        "Jim Merriweather said prices would rise. "
        "John Letts said he had not heard from his son.",
    ),
    (
        "c.txt",
        "2018-03-03",
        "Jane Pilkington and Jonas Pilkington were both in court. J. Pilkington spoke first.",
    ),
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("merge")
    for name, day, text in ARTICLES:
        (tmp / name).write_text(text + "\n", encoding="utf-8")
        code, out = outcome(
            "--db", str(tmp / "t.db"), "ingest", str(tmp / name), "--published", day, "-q"
        )
        assert code == 0, out
    return tmp / "t.db"


def discovered(db: Path) -> dict[str, dict]:  # type: ignore[type-arg]
    code, out = outcome("--db", str(db), "actors", "discovered", "--format", "json")
    assert code == 0, out
    return {r["actor_id"]: r for r in json.loads(out)}


def test_name_variants_across_articles_are_one_corpus_actor(db: Path) -> None:
    rows = discovered(db)
    # "J. Pilkington" (b) and "Jim Merriweather" (b) take the actors a named in full
    assert "j-pilkington" not in rows and "jim-merriweather" not in rows
    assert rows["jonas-pilkington"]["articles"] == 3
    assert "J. Pilkington" in rows["jonas-pilkington"]["variants"]
    assert rows["james-merriweather"]["articles"] == 2
    assert "Jim Merriweather" in rows["james-merriweather"]["variants"]
    # two given names are two people: the son and the father stay apart
    assert {"jack-letts", "john-letts"} <= set(rows)
    with sqlite3.connect(db) as conn:
        ids = {r[0] for r in conn.execute("SELECT actor_id FROM mentions WHERE text LIKE 'J%'")}
    assert "j-pilkington" not in ids and "jim-merriweather" not in ids


def test_an_initial_two_stored_people_share_merges_with_neither(db: Path) -> None:
    with open_store(db) as store, store.transaction():
        conn = store.conn
        jane = Actor(id="jane-pilkington", type="person", name="Jane Pilkington", origin="corpus")
        add_discovered(conn, [jane])
        new = Actor(id="j-pilkington", type="person", name="J. Pilkington", origin="corpus")
        assert variant_renames(conn, [new]) == {}
        conn.rollback()


def test_renamed_reaches_nested_participants() -> None:
    ref = ActorRef(text="Jim Smith", start=0, end=9, actor_id="jim-smith")
    rep = EventReport(
        article_id="x",
        sent=0,
        trigger="met",
        trigger_start=10,
        trigger_end=13,
        actors=(ref,),
        recipients=(),
        type="CONSULT",
        mode=None,
        context=None,
        cameo=None,
        quad=None,
        date=None,
        date_precision=None,
        date_text=None,
        place=None,
    )
    m = Mention(
        article_id="x",
        sent=0,
        start=0,
        end=9,
        text="Jim Smith",
        label="PERSON",
        actor_id="jim-smith",
        method="corpus",
        confidence=0.8,
    )
    a = Actor(id="jim-smith", type="person", name="Jim Smith", origin="corpus")
    ids = {"jim-smith": "james-smith"}
    assert renamed((rep,), ids)[0].actors[0].actor_id == "james-smith"
    assert renamed((m,), ids)[0].actor_id == "james-smith"
    assert renamed((a,), ids)[0].id == "james-smith"
    kb_actor = Actor(id="jim-smith", type="person", name="Jim Smith", origin="kb.yaml:1")
    assert renamed((kb_actor,), ids)[0].id == "jim-smith"  # only corpus actors are renamed


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("J. Smith", "John Smith", True),
        ("Jim Jeffrey", "James Jeffrey", True),
        ("Nasr Hariri", "Nasr al-Hariri", True),
        ("Neil Christopher Prakash", "Neil Prakash", True),
        ("Jack Letts", "John Letts", False),
        ("Hassan Hassan", "Mohammed Hassan", False),
        ("Abu Ahmed", "Abu Bakr Ahmed", False),
        ("John Paul Smith", "John Peter Smith", False),
        ("Smith", "John Smith", False),
    ],
)
def test_person_name_variants(a: str, b: str, same: bool) -> None:
    assert person_name_variants(a, b) is same
    assert person_name_variants(b, a) is same


# ---------------------------------------------------------------- the roll-up at the event's date

ROLLUP = (
    # Zarif was Iran's foreign minister from 2013-08-15 to 2021-08-25
    (
        "z1.txt",
        "2019-05-01",
        "Iranian Foreign Minister Mohammad Javad Zarif criticised the United States on Monday.",
    ),
    (
        "z2.txt",
        "2022-06-01",
        "Mohammad Javad Zarif criticised the United States on Monday. "
        "Zarif is a former foreign minister.",
    ),
)


@pytest.fixture(scope="module")
def rollup_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("rollup")
    for name, day, text in ROLLUP:
        (tmp / name).write_text(text + "\n", encoding="utf-8")
        code, out = outcome(
            "--db", str(tmp / "t.db"), "ingest", str(tmp / name), "--published", day, "-q"
        )
        assert code == 0, out
    return tmp / "t.db"


def events(db: Path, *args: str) -> list[dict]:  # type: ignore[type-arg]
    code, out = outcome("--db", str(db), "events", *args, "--format", "json")
    assert code == 0, out
    return list(json.loads(out))


def test_a_state_matches_its_officials_only_while_in_office(rollup_db: Path) -> None:
    both = events(rollup_db, "--actor", "mohammad-javad-zarif")
    assert sorted(r["report_date"][:4] for r in both) == ["2019", "2022"]
    rolled = events(rollup_db, "--actor", "irn")
    assert [r["report_date"][:4] for r in rolled] == ["2019"]  # not the former minister
    assert events(rollup_db, "--actor", "IRN", "--exact") == []


def test_the_api_actor_filter_rolls_up_at_the_event_date(rollup_db: Path) -> None:
    from fastapi.testclient import TestClient

    from newsgraph.web import create_app

    with TestClient(create_app(rollup_db)) as c:

        def dates(q: str) -> list[str]:
            r = c.get(f"/api/timeline?{q}&min_confidence=0")
            assert r.status_code == 200, r.text
            return sorted(str(i.get("date_start") or i.get("date"))[:4] for i in r.json()["items"])

        assert dates("actor=irn") == ["2019"]
        assert dates("actor=irn&exact=true") == []
        assert len(dates("actor=mohammad-javad-zarif")) == 2
