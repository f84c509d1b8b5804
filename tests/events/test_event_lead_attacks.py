"""Lead attacks an article tells in the constructions of other outlets' war news (issue 19,
branch evlead12): the harm of a gapped conjunct ("were killed and 30 others wounded in a car
bomb blast"), combat between sides ("were killed in clashes with ..."), and "left N people
dead". Sentences made up for these tests (real pipeline)."""

from __future__ import annotations

from typing import Any

import pytest
from test_event_cases import find, run_text

from newsgraph.extract.events.confidence import ANALYSIS_MIN_CONFIDENCE


def _unnamed_attack(pipeline: Any, text: str) -> Any:
    evs, _ = run_text(pipeline, text)
    ev = find(evs, "ASSAULT")
    assert ev.confidence >= ANALYSIS_MIN_CONFIDENCE
    return ev


@pytest.mark.parametrize(
    "text",
    [
        "At least nine people were killed and 30 others wounded in a car bomb blast near the "
        "bridge on Monday, a monitor said.",
        "Six people were killed and 40 hurt on Friday in a mortar attack on the old quarter.",
    ],
)
def test_the_attack_of_a_gapped_conjunct_is_the_killing_s(pipeline: Any, text: str) -> None:
    assert not _unnamed_attack(pipeline, text).actors


@pytest.mark.parametrize(
    "text",
    [
        "Eight soldiers were killed in clashes with insurgents near the border on Sunday.",
        "Ten people were killed in the fighting between the army and the rebels.",
        "Four guards were killed in a gunfight at the checkpoint.",
    ],
)
def test_people_killed_in_combat_tell_an_attack_with_no_side_as_attacker(
    pipeline: Any, text: str
) -> None:
    assert not _unnamed_attack(pipeline, text).actors


@pytest.mark.parametrize(
    "text",
    [
        "Air strikes on the market in the north of the province left seven people dead.",
        "The shelling left three civilians dead and 20 wounded.",
        "The bombing left dozens of people injured.",
    ],
)
def test_an_attack_that_left_people_dead_is_an_attack(pipeline: Any, text: str) -> None:
    ev = _unnamed_attack(pipeline, text)
    assert not ev.actors


@pytest.mark.parametrize(
    "text",
    [
        "Three people were killed and five hurt in a car crash on the motorway.",
        "The storm left ten people dead.",
        "The explosion left the building damaged.",
        "The fighting left the town without power.",
        "The company was hurt by the fighting over its merger.",
    ],
)
def test_harm_with_no_attack_or_to_no_people_is_no_attack(pipeline: Any, text: str) -> None:
    evs, _ = run_text(pipeline, text)
    assert not [e for e in evs if e.type == "ASSAULT"]
