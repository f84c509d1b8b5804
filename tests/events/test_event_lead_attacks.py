"""Lead attacks an article tells in the constructions of other outlets' war news (issue 19,
branch evlead12): the harm of a gapped conjunct ("were killed and 30 others wounded in a car
bomb blast": the parser hangs the attack on the second conjunct). Sentences made up for
these tests (real pipeline)."""

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
        "Three people were killed and five hurt in a car crash on the motorway.",
        "Two workers were killed and four injured in a fire at the factory.",
    ],
)
def test_a_gapped_conjunct_with_no_attack_is_no_attack(pipeline: Any, text: str) -> None:
    evs, _ = run_text(pipeline, text)
    assert not [e for e in evs if e.type == "ASSAULT"]
