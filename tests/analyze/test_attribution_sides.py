"""Who is on whose side in an attribution contradiction, through the real CLI: a state's
armed opposition is not the state ("the Syrian army" against "the Nusra Front" is a
contradiction), and two armed groups of one country's opposition are not two sides of an
attribution; a state and its military stay one side. Made-up articles."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from tests.analyze.cli_store import analysed_store
from tests.cli_run import run_on

from newsgraph.store import analysis as sql
from newsgraph.store import open_store

pytestmark = pytest.mark.model

# Unrelated articles: with two articles alone every shared word is in all of them, so no
# word is rarer than another and no story forms.
FILLER = [
    (
        "Ministers meet in Geneva",
        "The foreign ministers of Norway and Chile met in Geneva on "
        "Tuesday to discuss fishing quotas.",
    ),
    (
        "Floods hit Bavaria",
        "Heavy rain flooded villages across Bavaria on Sunday, and "
        "firefighters evacuated hundreds of homes.",
    ),
    (
        "Parliament passes budget",
        "The Kenyan parliament passed the annual budget on Tuesday after a long debate over taxes.",
    ),
]


def _article(i: str, title: str, text: str, outlet: str) -> dict[str, Any]:
    return {
        "id": i,
        "title": title,
        "text": text + "\n",
        "outlet": outlet,
        "published": "2024-12-03",
    }


def _attributions(tmp_path: Path, first: tuple[str, str], second: tuple[str, str]) -> list[Any]:
    """The attribution contradictions of a store of the two articles (two outlets) and the
    filler, after checking that the two attacks are one event told by both outlets."""
    articles = [
        _article("a-1", *first, "Outlet East"),
        _article("a-2", *second, "Outlet West"),
        *(_article(f"f-{k}", t, x, "Outlet North") for k, (t, x) in enumerate(FILLER)),
    ]
    db = analysed_store(tmp_path, articles)
    events = json.loads(run_on(db, "events", "--canonical", "--format", "json", stdout=True))
    assert any(e["type"] == "ASSAULT" and e["n_outlets"] == 2 for e in events), events
    found = json.loads(
        run_on(
            db,
            "contradictions",
            "--min-confidence",
            "0",
            "--kind",
            "attribution",
            "--format",
            "json",
            stdout=True,
        )
    )
    return found  # type: ignore[no-any-return]


def test_a_state_and_its_armed_opposition_are_two_sides(tmp_path: Path) -> None:
    found = _attributions(
        tmp_path,
        (
            "Syrian army shells Saraqib market, killing five",
            "The Syrian army shelled the crowded vegetable market of Saraqib in Idlib province "
            "on Monday, killing five civilians, a monitor said. The shells fell near the Omari "
            "mosque, the monitor added.",
        ),
        (
            "Nusra Front shells Saraqib market, killing five",
            "Nusra Front militants shelled the vegetable market of Saraqib on Monday, killing "
            "five civilians, state television reported. Traders said rockets landed beside the "
            "Omari mosque.",
        ),
    )
    assert len(found) == 1, found
    (c,) = found
    actors = {a for side in c["sides"] for a in side["actors"]}
    assert actors == {"SYR.MIL", "hts"}
    assert c["scope"] == "outlets"
    # and in clustering, Syria does not stand for its rebels as it does for its army
    with open_store(tmp_path / "news.db") as store:
        views = list(sql.iter_report_views(store.conn, unassigned_only=False))
    countries = {a: r.countries.get(a) for r in views for a in r.actors}
    assert countries["SYR.MIL"] == "SYR" and countries["hts"] is None, countries


def test_a_state_and_its_military_are_one_side(tmp_path: Path) -> None:
    found = _attributions(
        tmp_path,
        (
            "Syrian army shells Saraqib market, killing five",
            "The Syrian army shelled the crowded vegetable market of Saraqib in Idlib province "
            "on Monday, killing five civilians, a monitor said. The shells fell near the Omari "
            "mosque, the monitor added.",
        ),
        (
            "Syria shells Saraqib market, killing five",
            "Syria shelled the vegetable market of Saraqib on Monday, killing five civilians, "
            "the opposition reported. Traders said rockets landed beside the Omari mosque.",
        ),
    )
    assert found == []


def test_two_groups_of_one_countrys_opposition_are_one_side(tmp_path: Path) -> None:
    found = _attributions(
        tmp_path,
        (
            "YPG shells Saraqib market, killing five",
            "YPG fighters shelled the crowded vegetable market of Saraqib in Idlib province on "
            "Monday, killing five civilians, a monitor said. The shells fell near the Omari "
            "mosque, the monitor added.",
        ),
        (
            "SDF shells Saraqib market, killing five",
            "Syrian Democratic Forces fighters shelled the vegetable market of Saraqib on "
            "Monday, killing five civilians, state television reported. Traders said rockets "
            "landed beside the Omari mosque.",
        ),
    )
    assert found == []
