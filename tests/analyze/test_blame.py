"""Whom an article blames for its lead attack (``analyze.blame``): the rules in order, and the
attribution shown where a user looks (``articles show``, the articles export, the API), on a
real SQLite file through the real CLI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from newsgraph.analyze.blame import attribute
from newsgraph.cli import cli
from newsgraph.store import open_store

ARTICLES = [
    {
        "id": "strike-1",
        "title": "Air strike kills 12 in market town",
        "text": "An air strike killed 12 civilians in the town of Saraqeb in Idlib province in "
        "Syria on Tuesday, rescuers said. The Syrian National Coalition blamed government "
        "forces for the attack.",
        "outlet": "Wire One",
        "published": "2017-03-07",
    },
    {
        "id": "quiet-1",
        "title": "Talks resume",
        "text": "Negotiators met in Geneva on Monday to discuss a new round of talks.",
        "outlet": "Wire Two",
        "published": "2017-03-06",
    },
]


def run(db: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["--db", str(db), *args], catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    return result.output


@pytest.fixture(scope="module")
def blame_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("blame")
    corpus = tmp / "articles.jsonl"
    corpus.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    db = tmp / "news.db"
    run(db, "ingest", str(corpus))
    run(db, "analyze")
    return db


@pytest.mark.model
def test_unnamed_strike_is_blamed_on_whom_the_accusation_names(blame_db: Path) -> None:
    shown = json.loads(run(blame_db, "articles", "show", "strike-1", "--json"))
    b = shown["main_event"]["blamed"]
    assert b is not None, shown["main_event"]
    # "government forces" names no state: the forces of the state the strike is in
    assert (b["rule"], b["country"], b["sector"], b["inferred"]) == (
        "accusation",
        "SYR",
        "MIL",
        True,
    )
    assert b["text"] == "government forces"
    assert b["actor_id"] in (None, "SYR.MIL")  # the KB's organ when the store holds it
    text = run(blame_db, "articles", "show", "strike-1")
    assert "blamed for the lead attack: " in text and "accusation" in text
    # the lead attack is the air strike, whatever the main event is
    with open_store(blame_db, read_only=True) as store:
        lead = store.conn.execute(
            "SELECT article_id, type, trigger FROM event_reports WHERE id = ?", (b["event_id"],)
        ).fetchone()
    assert tuple(lead) == (shown["id"], "ASSAULT", "air strike")
    # the export and the API give the same attribution
    rows = [json.loads(line) for line in run(blame_db, "export", "--what", "articles").splitlines()]
    exported = next(r for r in rows if r["source_id"] == "strike-1")
    assert exported["main_event"]["blamed"] == b
    from fastapi.testclient import TestClient

    from newsgraph.web import create_app

    with TestClient(create_app(blame_db, warm=False)) as c:
        api = c.get(f"/api/articles/{shown['id']}").json()
    assert api["main_event"]["blamed"] == b


@pytest.mark.model
def test_no_attack_no_blame(blame_db: Path) -> None:
    shown = json.loads(run(blame_db, "articles", "show", "quiet-1", "--json"))
    assert shown["main_event"] is None or shown["main_event"]["blamed"] is None


def party(
    actor_id: str | None, text: str, country: str | None = None, sector: str | None = None
) -> dict[str, Any]:
    return {
        "actor_id": actor_id,
        "name": None,
        "text": text,
        "country": country,
        "sector": sector,
        "discovered": False,
    }


def lead(attacker: dict[str, Any] | None, place_country: str | None = None) -> dict[str, Any]:
    return {"event_id": 1, "canonical_id": 7, "place_country": place_country, "attacker": attacker}


def test_rules_in_order() -> None:
    isis = party("ISIS", "Islamic State", None, "INS")
    opp = party("fsa", "the Free Syrian Army", "SYR", "REB")
    named = attribute(lead(isis), article_country=None, accused=[opp], others=[(opp, 3)])
    assert named is not None and (named["actor_id"], named["rule"]) == ("ISIS", "named")
    # an unnamed state organ: the state where the attack took place, from the KB when known
    regime = party(None, "the regime", None, "GOV")
    organ = attribute(
        lead(regime, "SYR"),
        article_country="IRQ",
        accused=[opp],
        others=[],
        organs={"SYR.GOV": {"name": "Government of Syria"}},
    )
    assert organ is not None
    assert (organ["actor_id"], organ["country"], organ["rule"], organ["inferred"]) == (
        "SYR.GOV",
        "SYR",
        "state organ",
        True,
    )
    # no attacker: the accusation, then the other reports, the most named first
    nobody = lead(None)
    acc = attribute(nobody, article_country=None, accused=[opp], others=[(isis, 5)])
    assert acc is not None and (acc["actor_id"], acc["rule"]) == ("fsa", "accusation")
    oth = attribute(nobody, article_country=None, accused=[], others=[(opp, 1), (isis, 2)])
    assert oth is not None and (oth["actor_id"], oth["rule"]) == ("ISIS", "other reports")
    assert attribute(nobody, article_country=None, accused=[], others=[]) is None
    # a name the pipeline coined is not a named attacker: others first, then its text
    coined = {**party("print-tweet-views", "Print Tweet Views"), "discovered": True}
    assert (
        attribute(lead(coined), article_country=None, accused=[], others=[(isis, 1)])["rule"]
        == "other reports"
    )
    last = attribute(lead(coined), article_country=None, accused=[], others=[])
    assert last is not None and (last["rule"], last["text"]) == ("unresolved", "Print Tweet Views")
    # a state organ where no state is known is only its text
    unknown = attribute(lead(regime), article_country=None, accused=[], others=[])
    assert unknown is not None and (unknown["rule"], unknown["inferred"]) == ("unresolved", False)


def test_every_rule_gives_the_same_fields() -> None:
    keys = {"actor_id", "name", "text", "country", "sector", "rule", "inferred", "event_id"}
    coined = {**party("print-tweet-views", "Print Tweet Views"), "discovered": True}
    for got in (
        attribute(lead(coined), article_country=None, accused=[], others=[]),
        attribute(lead(None), article_country=None, accused=[party("x", "X")], others=[]),
    ):
        assert got is not None and set(got) == keys | {"canonical_id"}, got
