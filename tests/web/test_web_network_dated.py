"""The relations graph rolls a person up to a state on the days of a role spell only, as
`--actor STATE` does: a made-up KB person (user KB file beside the store) with two dated
spells in two roles of two states, events inside and outside each spell, ingested through
the real CLI into a real SQLite file and read through the real API (real model)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from tests.cli_run import run

pytestmark = pytest.mark.model

# Made up: foreign minister of Belgium 2010-01 to 2015-06, defence minister of the Netherlands
# 2018-01 to 2021-06 (a role's ``end`` is the first day it is no longer held).
USER_KB = """
actors:
  - id: ottilie-vandermeer
    type: person
    name: Ottilie Vandermeer
    roles:
      - {title: foreign minister, country: BEL, sector: GOV, start: 2010-01-04, end: 2015-06-01}
      - {title: defence minister, country: NLD, sector: GOV, start: 2018-01-08, end: 2021-06-01}
"""

SENTENCE = "Ottilie Vandermeer criticised the United States on Monday."
# (file, publication day, a sentence of its own): the Monday before is the event's date
ARTICLES = (
    (
        "in-bel.txt",
        "2012-03-07",
        "The dispute was about fishing quotas in Belgium and the Netherlands.",
    ),  # BEL's minister
    (
        "between.txt",
        "2017-05-03",
        "The dispute was about steel tariffs in Belgium and the Netherlands.",
    ),  # no office
    (
        "in-nld.txt",
        "2019-10-02",
        "The dispute was about a naval exercise in Belgium and the Netherlands.",
    ),  # NLD's minister
    (
        "after.txt",
        "2023-02-01",
        "The dispute was about a pipeline in Belgium and the Netherlands.",
    ),  # no office
)
PERSON = "ottilie-vandermeer"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("dated-network")
    (tmp / "t.kb.yaml").write_text(USER_KB, encoding="utf-8")  # the store's user KB file
    for name, day, own in ARTICLES:
        (tmp / name).write_text(f"{SENTENCE} {own}\n", encoding="utf-8")
        run("--db", str(tmp / "t.db"), "ingest", str(tmp / name), "--published", day, "-q")
    return tmp / "t.db"


def years(evidence: list[dict[str, Any]]) -> list[str]:
    return sorted(str(e["date"])[:4] for e in evidence)


def test_the_cli_graph_has_the_person_s_four_dated_pieces_of_evidence(db: Path) -> None:
    edges = json.loads(run("--db", str(db), "relations", "--format", "json"))
    mine = [e for e in edges if e["source"] == PERSON and e["target"] == "USA"]
    assert len(mine) == 1, edges  # ungrouped: one edge, whatever the date
    assert years(mine[0]["evidence"]) == ["2012", "2017", "2019", "2023"]


def test_the_grouped_graph_rolls_the_person_up_only_inside_a_spell(db: Path) -> None:
    from fastapi.testclient import TestClient

    from newsgraph.web import create_app

    with TestClient(create_app(db)) as c:

        def network(q: str = "") -> dict[tuple[str, str], dict[str, Any]]:
            r = c.get(f"/api/network?{q}")
            assert r.status_code == 200, r.text
            return {(e["source"], e["target"]): e for e in r.json()["edges"]}

        def evidence(source: str, group: str = "true") -> list[str]:
            r = c.get(
                "/api/network/evidence",
                params={"source": source, "target": "USA", "group": group},
            )
            assert r.status_code == 200, r.text
            assert r.json()["total"] == len(r.json()["items"])
            return years(r.json()["items"])

        grouped = network()
        assert {k: e["weight"] for k, e in grouped.items()} == {
            ("BEL", "USA"): 1,
            ("NLD", "USA"): 1,
            (PERSON, "USA"): 2,  # 2017 and 2023: no office of any state then
        }
        assert grouped[("BEL", "USA")]["first"].startswith("2012")
        assert grouped[("NLD", "USA")]["first"].startswith("2019")
        assert evidence("BEL") == ["2012"]
        assert evidence("NLD") == ["2019"]
        assert evidence(PERSON) == ["2017", "2023"]
        assert evidence(PERSON, group="false") == ["2012", "2017", "2019", "2023"]

        # actor=STATE: the person's evidence of the state's spell only, grouped or not
        assert set(network("actor=bel")) == {("BEL", "USA")}
        ungrouped = network("actor=nld&group=false")
        assert {k: e["weight"] for k, e in ungrouped.items()} == {(PERSON, "USA"): 1}
        assert ungrouped[(PERSON, "USA")]["first"].startswith("2019")
        assert network("actor=nld&group=false&exact=true") == {}
        # as of a day inside the first spell, only it
        assert set(network("as_of=2013-01-01")) == {("BEL", "USA")}
