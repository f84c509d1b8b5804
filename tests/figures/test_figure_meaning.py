"""Figures with meaning (issue 19): ages, speeds, measures, gallery counters and "one of the
victims" are not counts; running totals are not one event's; members of an organisation are
not "people"."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.extract.figures import find_figures

pytestmark = pytest.mark.model


def _counts(nlp: Any, text: str) -> list[tuple[int | None, str, str, str]]:
    return [(f.count, f.category, f.group, f.scope) for f in find_figures(nlp(text), "a1")]


@pytest.mark.parametrize(
    "text",
    [
        "The driver, 42, was doing 50 on a 12mph bend when the crash killed him, police said.",
        "A 42-year-old man was killed when the car hit a wall.",
        "Those killed were aged 19 and 23, the police said.",
        "One of the victims was killed outside the school, witnesses said.",
        "Photograph 3 of 22: residents mourn those killed in the attack.",
        "The convoy travelled 30 km before the attack killed the driver.",
    ],
)
def test_not_counts(nlp: Any, text: str) -> None:
    assert _counts(nlp, text) == [], text


def test_a_count_is_still_a_count(nlp: Any) -> None:
    assert (12, "killed", "civilians", "event") in _counts(
        nlp, "At least 12 civilians were killed in the air strike on Tuesday."
    )


def test_running_total_is_cumulative(nlp: Any) -> None:
    found = _counts(nlp, "The war has killed more than 350,000 people since 2011.")
    assert found and all(scope == "cumulative" for *_, scope in found)


def test_members_of_an_organisation_are_not_people(nlp: Any) -> None:
    found = _counts(nlp, "At least 25 members of the Nusra Front were killed in the blast.")
    assert found and found[0][2] == "members", found


def test_between_two_numbers_is_not_their_sum(nlp: Any) -> None:
    found = _counts(nlp, "Between 500 and 1,300 people were killed in the attack.")
    assert all(c != 1800 for c, *_ in found), found


def test_a_group_among_the_killed_is_killed(nlp: Any) -> None:
    found = _counts(nlp, "Six civilians were among at least 22 people killed on Sunday.")
    assert (6, "killed", "civilians", "event") in found, found


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("35 Terrorists Killed in Ambush Near Palmyra", "fighters"),
        ("Seven Civilians Killed in Shelling of Market", "civilians"),
        ("Twelve Women Killed in Raid on Village", "women"),
    ],
)
def test_a_title_case_headline_keeps_its_group(nlp: Any, text: str, group: str) -> None:
    groups = {g for _, category, g, _ in _counts(nlp, text) if category == "killed"}
    assert groups == {group}, _counts(nlp, text)


def test_families_are_not_a_count_of_civilians(nlp: Any) -> None:
    counts = _counts(nlp, "Regime forces executed six families in the village on Tuesday.")
    assert not [c for c in counts if c[2] == "civilians"], counts


def test_a_superseded_toll_is_not_the_events(nlp: Any) -> None:
    counts = _counts(
        nlp, "The monitor updated its earlier death toll of 15, saying three more people died."
    )
    assert (15, "killed", "people", "earlier") in counts, counts
    assert (3, "killed", "people", "increment") in counts, counts
