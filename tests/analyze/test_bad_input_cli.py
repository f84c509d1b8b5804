"""Issue 19's bad input through the real CLI (``newsgraph ingest``, ``analyze``, ``events
--canonical``, ``contradictions``, ``figures`` on a real SQLite file): one article; one outlet
only; a thousand reports of one event; articles with no dates or places; numbers inside a
quote, a headline and a caption. No crash, no invented contradiction. (The library-level
checks of the same inputs are in ``test_analysis_bad_input.py``.)"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from tests.analyze.cli_store import analysed_store, run
from tests.analyze.test_attribution_sides import FILLER
from tests.cli_run import outcome, run_on

pytestmark = pytest.mark.model


def _json(db: Path, *args: str) -> Any:
    return json.loads(run_on(db, *args, "--format", "json", stdout=True))


def _contradictions(db: Path, *args: str) -> list[dict[str, Any]]:
    return _json(db, "contradictions", *args)  # type: ignore[no-any-return]


def test_one_article(tmp_path: Path) -> None:
    db = analysed_store(
        tmp_path,
        [
            {
                "id": "solo-1",
                "title": "Jets bomb rebel positions near Idlib",
                "text": "Russian jets bombed rebel positions near Idlib on Monday, killing 9 "
                "fighters, monitors said. Activists said the jets bombed the positions again "
                "in the evening.\n",
                "outlet": "Solo",
                "published": "2024-12-03",
            }
        ],
    )
    events = _json(db, "events", "--canonical")
    assert events and all(e["n_outlets"] == 1 for e in events)
    assert _contradictions(db, "--min-confidence", "0") == []
    before = run(db, "events", "--canonical", "--format", "json")
    run(db, "analyze")  # again: nothing changes
    assert run(db, "events", "--canonical", "--format", "json") == before


def test_one_outlet_only_reports_nothing_between_outlets(tmp_path: Path) -> None:
    db = analysed_store(
        tmp_path,
        [
            {
                "id": "only-1",
                "title": "Jets bomb Saraqib",
                "text": "Russian jets bombed the town of Saraqib on Sunday, killing 9 people, "
                "a monitor said.\n",
                "outlet": "Only",
                "published": "2024-12-02",
            },
            {
                "id": "only-2",
                "title": "Saraqib toll rises",
                "text": "The toll from Sunday's bombing of Saraqib by Russian jets rose to 14 "
                "people, the monitor said on Tuesday.\n",
                "outlet": "Only",
                "published": "2024-12-03",
            },
        ],
    )
    found = _contradictions(db, "--min-confidence", "0")
    assert all(c["scope"] != "outlets" for c in found), found
    # a toll that rose in one outlet is an update, not shown as a trusted contradiction
    assert [c for c in _contradictions(db) if c["kind"] == "number"] == []


def test_a_thousand_reports_of_one_event(tmp_path: Path) -> None:
    said = ["a monitor said", "residents said", "rescuers said", "activists said", "a medic said"]
    a = [
        f"Russian jets bombed the town of Saraqib on Sunday, killing 9 people, {said[i % 5]}."
        for i in range(500)
    ]
    b = [
        f"Russian warplanes struck Saraqib on Sunday and killed 9 people there, {said[i % 5]}."
        for i in range(500)
    ]
    db = analysed_store(
        tmp_path,
        [
            {
                "id": "many-a",
                "title": "Jets bomb Saraqib",
                "text": "\n\n".join(a),
                "outlet": "Wire A",
                "published": "2024-12-02",
            },
            {
                "id": "many-b",
                "title": "Warplanes strike Saraqib",
                "text": "\n\n".join(b),
                "outlet": "Wire B",
                "published": "2024-12-02",
            },
        ],
    )
    events = _json(db, "events", "--canonical")
    assert sum(e["n_reports"] for e in events) >= 1_000
    assert max(e["n_reports"] for e in events) >= 500
    # one date, one toll, one attacker, however often told: nothing to contradict
    assert _contradictions(db, "--min-confidence", "0") == []


def test_articles_with_no_dates_or_places(tmp_path: Path) -> None:
    db = analysed_store(
        tmp_path,
        [
            {
                "id": "nodate-1",
                "title": "Troops shell positions",
                "text": "Government troops shelled rebel positions, killing 4 fighters, "
                "officials said.\n",
                "outlet": "Nodate A",
            },
            {
                "id": "nodate-2",
                "title": "Rebels say positions shelled",
                "text": "Rebels said government troops shelled their positions and killed 7 "
                "fighters.\n",
                "outlet": "Nodate B",
            },
        ],
    )
    events = _json(db, "events", "--canonical")
    assert events and all(e["date"] is None for e in events)
    assert [c for c in _contradictions(db, "--min-confidence", "0") if c["kind"] == "date"] == []
    run(db, "figures")  # the table of undated figures prints


def test_numbers_in_a_quote_a_headline_and_a_caption(tmp_path: Path) -> None:
    db = analysed_store(
        tmp_path,
        [
            {
                "id": "q-1",
                "title": "Air strike kills 12 civilians in Ariha",
                "text": "An air strike killed 12 civilians in the town of Ariha on Monday, medics "
                "said.\n\nPhotograph 1 of 22: rescuers search the rubble in Ariha.\n\n"
                '"I lost 3 of my neighbours, one of the victims was a child," said a '
                "rescuer, 42, who was doing 50 on the road when the strike hit.\n",
                "outlet": "Outlet One",
                "published": "2024-12-03",
            },
            {
                "id": "q-2",
                "title": "12 killed as strike hits Ariha",
                "text": "Twelve civilians were killed when an air strike hit Ariha on Monday, "
                "a monitor said.\n",
                "outlet": "Outlet Two",
                "published": "2024-12-03",
            },
        ],
    )
    assert _contradictions(db, "--min-confidence", "0", "--kind", "number") == []
    counts = {f["count"] for f in _json(db, "figures")}
    assert not counts & {22, 42, 50, 1}, counts


def test_an_open_bound_far_below_another_toll_is_stored_not_shown(tmp_path: Path) -> None:
    """ "at least 10" against 40 of one strike (two outlets): both can be true if the toll
    rose, so the number contradiction is stored below the default confidence, with its
    reason; ``analyze --rebuild --no-open-bound-reach`` reads open bounds to infinity and
    drops it; a reach under 1 is a usage error."""
    strike = "Russian jets bombed the town of Saraqib on Sunday, killing {} civilians, {} said."
    db = analysed_store(
        tmp_path,
        [
            {
                "id": "early-1",
                "title": "Jets bomb Saraqib",
                "text": strike.format("at least 10", "a monitor") + "\n",
                "outlet": "Early",
                "published": "2024-12-03",
            },
            {
                "id": "late-1",
                "title": "Saraqib toll rises",
                "text": strike.format("40", "medics") + "\n",
                "outlet": "Late",
                "published": "2024-12-03",
            },
            *(
                {"id": f"f-{k}", "title": t, "text": x + "\n", "outlet": "Other"}
                for k, (t, x) in enumerate(FILLER)
            ),
        ],
    )

    def numbers(*args: str) -> list[dict[str, Any]]:
        return [c for c in _contradictions(db, *args) if c["kind"] == "number"]

    assert numbers() == []
    (stored,) = numbers("--min-confidence", "0")
    assert stored["confidence"] < 0.6
    assert "open bound" in json.dumps(stored)
    run(db, "analyze", "--rebuild", "--no-open-bound-reach")
    assert numbers("--min-confidence", "0") == []
    code, out = outcome("--db", str(db), "analyze", "--open-bound-reach", "0.5")
    assert code == 2 and "open-bound-reach" in out
