"""Whom an article blames for its lead attack (``analyze.blame``): the rules in order, and the
attribution shown where a user looks (``articles show``, the articles export, the API), on a
real SQLite file through the real CLI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from tests.analyze.cli_store import analysed_store, run

from newsgraph.analyze.blame import attribute, other_outlets
from newsgraph.analyze.headline import headline_attacker
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
        "id": "headline-1",
        "title": "Turkish drone strikes kill six fighters near Qamishli",
        "text": "Six fighters were killed in the strikes on Monday near the town of Qamishli in "
        "north-eastern Syria, a monitoring group said. Turkish officials did not comment.",
        "outlet": "Wire Three",
        "published": "2019-05-14",
    },
    {
        "id": "deal-1",
        "title": "Japan strikes trade deal with Vietnam",
        "text": "Japan and Vietnam agreed on Tuesday to cut tariffs on farm goods, officials in "
        "Tokyo said. The agreement covers rice and coffee.",
        "outlet": "Wire Three",
        "published": "2019-05-14",
    },
    {
        "id": "quiet-1",
        "title": "Talks resume",
        "text": "Negotiators met in Geneva on Monday to discuss a new round of talks.",
        "outlet": "Wire Two",
        "published": "2017-03-06",
    },
]


@pytest.fixture(scope="module")
def blame_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return analysed_store(tmp_path_factory.mktemp("blame"), ARTICLES)


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
    assert "blamed for the attack the article reports: " in text and "accusation" in text
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
def test_the_headline_names_the_attacker_the_text_does_not(blame_db: Path) -> None:
    # the text says only "killed in the strikes"; the title says whose strikes they were
    shown = json.loads(run(blame_db, "articles", "show", "headline-1", "--json"))
    b = shown["main_event"]["blamed"]
    assert b is not None, shown["main_event"]
    assert (b["rule"], b["country"], b["sector"], b["inferred"]) == (
        "headline",
        "TUR",
        "MIL",
        False,
    )
    assert "[rule: headline]" in run(blame_db, "articles", "show", "headline-1")


@pytest.mark.model
@pytest.mark.parametrize("source_id", ["quiet-1", "deal-1"])
def test_no_attack_no_blame(blame_db: Path, source_id: str) -> None:
    # "strikes deal": with no attack in the text and no toll, a headline's attack word is
    # another sense, and nobody is blamed
    shown = json.loads(run(blame_db, "articles", "show", source_id, "--json"))
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
    assert oth is not None and (oth["actor_id"], oth["rule"], oth["inferred"]) == (
        "ISIS",
        "other reports",
        True,
    )
    # one other article naming an attacker is no corroboration
    assert attribute(nobody, article_country=None, accused=[], others=[(isis, 1)]) is None
    assert attribute(nobody, article_country=None, accused=[], others=[]) is None
    # a name the pipeline coined is not a named attacker: others first, then its text
    coined = {**party("print-tweet-views", "Print Tweet Views"), "discovered": True}
    assert (
        attribute(lead(coined), article_country=None, accused=[], others=[(isis, 2)])["rule"]
        == "other reports"
    )
    last = attribute(lead(coined), article_country=None, accused=[], others=[])
    assert last is not None and (last["rule"], last["text"]) == ("unresolved", "Print Tweet Views")
    # a state organ where no state is known is only its text
    unknown = attribute(lead(regime), article_country=None, accused=[], others=[])
    assert unknown is not None and (unknown["rule"], unknown["inferred"]) == ("unresolved", False)


def test_other_reports_count_a_state_its_organs_and_officials_as_one_attacker() -> None:
    def report(origin: str, who: dict[str, Any]) -> dict[str, Any]:
        return {"article_id": origin, "origin": origin, "sent": 0, "party": who}

    state = party("SYR", "Syria", "SYR", None)
    army = party("SYR.MIL", "Armed forces of Syria", "SYR", "MIL")
    rebels = party("fsa", "the Free Syrian Army", "SYR", "REB")
    reports = [report("b", army), report("c", state), report("d", rebels), report("a", army)]
    # "the Syrian army" in one other article and "Syria" in another: two articles, one side,
    # shown as the first named; the state's rebels are another side; the article's own
    # report ("a") is not counted
    got = other_outlets(reports, "a")
    assert [(p["actor_id"], n) for p, n in got] == [("SYR.MIL", 2), ("fsa", 1)]
    blamed = attribute(lead(None), article_country=None, accused=[], others=got)
    assert blamed is not None and (blamed["actor_id"], blamed["rule"]) == (
        "SYR.MIL",
        "other reports",
    )


def test_headline_rule_comes_first_and_reporters_are_never_blamed() -> None:
    isis = party("ISIS", "Islamic State", None, "INS")
    rebels = party(None, "rebels", None, "REB")
    army = party(None, "army", "SYR", "MIL")
    got = attribute(lead(isis), article_country="SYR", accused=[], others=[], headline=rebels)
    # a side with no name does not override a named attacker of the text
    assert got is not None and (got["actor_id"], got["rule"]) == ("ISIS", "named")
    got = attribute(lead(None), article_country="SYR", accused=[], others=[], headline=rebels)
    assert got is not None and (got["text"], got["rule"]) == ("rebels", "headline")
    got = attribute(
        lead(isis),
        article_country=None,
        accused=[],
        others=[],
        headline=army,
        organs={"SYR.MIL": {"name": "Armed forces of Syria"}},
    )
    assert got is not None and (got["actor_id"], got["rule"]) == ("SYR.MIL", "headline")
    monitor = {**party("SOHR", "the Observatory", "GBR", "NGO"), "kind": "ngo"}
    outlet = {**party("SANA", "SANA", "SYR", "JRN"), "kind": "media"}
    assert attribute(lead(monitor), article_country=None, accused=[], others=[]) is None
    got = attribute(lead(monitor), article_country=None, accused=[outlet, isis], others=[])
    assert got is not None and (got["actor_id"], got["rule"]) == ("ISIS", "accusation")


def mention(actor_id: str | None, text: str, label: str, kind: str | None = None) -> dict[str, Any]:
    country = actor_id if kind == "state" else None
    return {**party(actor_id, text, country, None), "label": label, "kind": kind}


HEADLINE_MENTIONS = [
    mention("RUS", "Russian", "NORP", "state"),
    mention("ISR", "Israel", "GPE", "state"),
    mention("SYR", "Syria", "GPE", "state"),
    mention("LBN", "Lebanon", "GPE", "state"),
    mention("acme-front", "Acme Front", "ORG", "armed_group"),
    mention("jane-roe", "Jane Roe", "PERSON", "person"),
    mention(None, "Tartus", "GPE"),
]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # the phrase before the attack word, and its head
        ("Russian jets pound rebel villages for a third day", {"country": "RUS", "sector": "MIL"}),
        ("Israel strikes arms depot near the capital", {"actor_id": "ISR", "sector": "MIL"}),
        ("Acme Front militants storm army post in the north", {"actor_id": "acme-front"}),
        ("Lebanon army shells gunmen on border", {"country": "LBN", "text": "army"}),
        ("Rebel mortar fire kills two in market", {"actor_id": None, "text": "rebel"}),
        # passive: the victims come first; the attacker follows "by" or "in"
        ("Nine soldiers killed by Acme Front near the river", {"actor_id": "acme-front"}),
        ("Five dead in Russian raid on hill town", {"actor_id": "RUS", "sector": "MIL"}),
        ("Acme Front responsible for bus attack, monitor says", {"actor_id": "acme-front"}),
        # no attacker named
        ("Car bomb kills 12 in Tartus", None),
        ("Tartus car bomb kills 12", None),  # a city is where it was
        ("Militants attack checkpoint, kill four", None),  # names no side
        ("Jane Roe discusses chemical attack with envoy", None),  # people give no attacker
        ("Inspectors to visit Syria attack site", None),  # where it happened
        ("Envoy says talks on Syria attack victims to resume", None),  # a saying verb
        ("Army and rebels clash in the hills", None),  # two sides, no attacker
        ("Talks resume in Geneva", None),
    ],
)
def test_headline_attacker(title: str, expected: dict[str, Any] | None) -> None:
    got = headline_attacker(title, HEADLINE_MENTIONS, place_country="SYR")
    if expected is None:
        assert got is None, got
    else:
        assert got is not None, title
        assert {k: got[k] for k in expected} == expected, got


def test_every_rule_gives_the_same_fields() -> None:
    keys = {"actor_id", "name", "text", "country", "sector", "rule", "inferred", "event_id"}
    coined = {**party("print-tweet-views", "Print Tweet Views"), "discovered": True}
    for got in (
        attribute(lead(coined), article_country=None, accused=[], others=[]),
        attribute(lead(None), article_country=None, accused=[party("x", "X")], others=[]),
    ):
        assert got is not None and set(got) == keys | {"canonical_id"}, got
