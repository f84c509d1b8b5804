"""Corpus actors through the real CLI: listed, promoted, aliased without re-parsing; bad input
fails clearly and writes nothing; --actor is case-insensitive and a state rolls up."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from tests.cli_run import outcome

from newsgraph.cli import cli

TEXT = (
    "The US envoy Joseph Yun met officials in Seoul on Monday. Yun said talks would go on.\n"
    "Iranian Foreign Minister Abbas Araghchi met Turkish Foreign Minister Hakan Fidan in "
    "Ankara on Monday. Araghchi criticised Hayat Tahrir al-Sham.\n"
    "Aron Lund, an analyst, said the talks would fail.\n"
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("disc")
    (tmp / "a.txt").write_text(TEXT, encoding="utf-8")
    code, out = outcome(
        "--db", str(tmp / "t.db"), "ingest", str(tmp / "a.txt"), "--published", "2024-12-05", "-q"
    )
    assert code == 0, out
    return tmp / "t.db"


def test_discovered_actors_are_listed_with_what_the_text_says(db: Path) -> None:
    code, out = outcome("--db", str(db), "actors", "discovered", "--format", "json")
    assert code == 0, out
    rows = {r["actor_id"]: r for r in json.loads(out)}
    yun = rows["joseph-yun"]
    assert yun["mentions"] == 2 and yun["country"] == "USA" and yun["type"] == "person"
    assert "abbas-araghchi" not in rows  # KB actors are not "discovered"


def test_actor_filter_is_case_insensitive_and_a_state_rolls_up(db: Path) -> None:
    code, out = outcome("--db", str(db), "events", "--actor", "irn", "--format", "json")
    assert code == 0, out
    rolled = json.loads(out)
    assert rolled and all(
        any(p["id"] == "abbas-araghchi" for p in r["actor"] + r.get("recipient", []))
        or any(p["id"] == "abbas-araghchi" for p in r["actor"])
        for r in rolled
    )
    code, out = outcome("--db", str(db), "events", "--actor", "irn", "--exact", "--format", "json")
    assert code == 0 and json.loads(out) == []  # no event has Iran itself as its actor
    code, out = outcome("--db", str(db), "events", "--actor", "ABBAS-ARAGHCHI", "--format", "json")
    assert code == 0 and len(json.loads(out)) == len(rolled)


def test_add_promotes_a_discovered_actor_and_bad_input_writes_nothing(db: Path) -> None:
    user_kb = db.with_name("t.kb.yaml")
    code, out = outcome("--db", str(db), "actors", "add", "joseph-yun", "--type", "person")
    assert code == 0, out
    assert "2 stored mention(s) now point at it" in out
    assert "joseph-yun" in user_kb.read_text(encoding="utf-8")
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT method, country FROM mentions WHERE actor_id = 'joseph-yun'"
        ).fetchall()
        origin = conn.execute("SELECT origin FROM actors WHERE id = 'joseph-yun'").fetchone()[0]
    assert len(rows) == 2 and {r[0] for r in rows} <= {"dictionary", "coreference"}
    assert origin != "corpus"
    code, out = outcome("--db", str(db), "actors", "discovered", "--format", "json")
    assert "joseph-yun" not in {r["actor_id"] for r in json.loads(out)}

    before = user_kb.read_text(encoding="utf-8")
    code, out = outcome(
        "--db", str(db), "actors", "add", "joseph-yun", "--name", "J", "--type", "person"
    )
    assert code != 0 and "E317" in out and "already in the knowledge base" in out
    code, out = outcome("--db", str(db), "actors", "alias", "y" * 500, "hts")
    assert code != 0 and "E318" in out and "alias" in out
    assert user_kb.read_text(encoding="utf-8") == before

    code, out = outcome(
        "--db",
        str(db),
        "actors",
        "add",
        "zed-1",
        "--name",
        "Zed One",
        "--type",
        "person",
        "--alias",
        "Zeddy",
    )
    assert code == 0, out
    before = user_kb.read_text(encoding="utf-8")
    code, out = outcome(
        "--db",
        str(db),
        "actors",
        "add",
        "zed-2",
        "--name",
        "Zed Two",
        "--type",
        "person",
        "--alias",
        "Zeddy",
    )
    assert code != 0 and "E313" in out and "zed-1" in out  # an alias claimed by two actors
    assert user_kb.read_text(encoding="utf-8") == before


def test_alias_to_a_discovered_actor_promotes_it(db: Path) -> None:
    code, out = outcome("--db", str(db), "actors", "alias", "A. Lund", "aron-lund")
    assert code == 0, out
    assert "aron-lund" in db.with_name("t.kb.yaml").read_text(encoding="utf-8")
    with sqlite3.connect(db) as conn:
        methods = conn.execute(
            "SELECT method FROM mentions WHERE actor_id = 'aron-lund'"
        ).fetchall()
    assert methods and {m[0] for m in methods} <= {"dictionary", "coreference"}


def test_a_malformed_user_file_names_the_file(db: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.kb.yaml"
    bad.write_text("actors:\n  - {id: x, type: person, name: [\n", encoding="utf-8")
    result = CliRunner(env={"NEWSGRAPH_KB_PATHS": str(bad)}).invoke(
        cli, ["--db", str(db), "actors", "alias", "Yunnie", "hts"]
    )
    assert result.exit_code != 0
    assert "E302" in str(result.exception) and str(bad) in str(result.exception)
