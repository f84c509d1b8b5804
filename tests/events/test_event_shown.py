"""What is shown by default is what the sentence reports as happened: a negated report stays
in the store, below the default threshold. Sentences made up for these tests (real pipeline)."""

from __future__ import annotations

from typing import Any

import pytest
from test_event_cases import find, run_text

from newsgraph.extract.events.confidence import DEFAULT_MIN_CONFIDENCE


def test_a_negated_report_is_kept_but_not_shown(pipeline: Any) -> None:
    done, _ = run_text(pipeline, "The rebels attacked the army convoy near the bridge.")
    assert find(done, "ASSAULT").confidence >= DEFAULT_MIN_CONFIDENCE
    denied, _ = run_text(pipeline, "The rebels did not attack the army convoy near the bridge.")
    e = find(denied, "ASSAULT")
    assert e.negated
    assert 0 < e.confidence < DEFAULT_MIN_CONFIDENCE


def test_an_attack_between_named_people_is_criticism(pipeline: Any) -> None:
    words, _ = run_text(pipeline, "Governor Mark Ellison hit John Carver hard on his tax record.")
    e = find(words, "ACCUSE")
    assert e.trigger == "hit" and not [x for x in words if x.type == "ASSAULT"]
    assert e.cameo == "111"
    for text in (
        "Vladimir Putin attacked Ukraine in February.",
        "A gunman attacked John Carver outside his home.",
        "Government forces attacked the rebels near the town.",
    ):
        evs, _ = run_text(pipeline, text)
        find(evs, "ASSAULT")


@pytest.mark.parametrize(
    ("text", "type_", "shown"),
    [
        ("The senator suggested that the governor does not want voters to see it.", "REQUEST", 0),
        ("The senator suggested that the governor should resign at once.", "REQUEST", 1),
        ("The mayor warned residents that a rival victory would bring chaos.", "THREATEN", 0),
        ("The army warned the rebels that it would shell their positions.", "THREATEN", 1),
        ("The envoy warned that the alternative would be to release the prisoners.", "THREATEN", 1),
    ],
)
def test_a_statement_is_not_shown_as_the_act(
    pipeline: Any, text: str, type_: str, shown: int
) -> None:
    evs, _ = run_text(pipeline, text)
    e = find(evs, type_)
    assert (e.confidence >= DEFAULT_MIN_CONFIDENCE) == bool(shown), e.confidence
