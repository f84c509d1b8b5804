"""Factuality as a class of words, not one word of a sample (issue 13, item 8)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.events.test_event_cases import run_text

PUB = date(2024, 3, 15)


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopia is ready to send troops to Somalia.",
        "Ethiopia is willing to send troops to Somalia.",
        "Kenya is prepared to withdraw its troops from Somalia.",
        "Uganda was determined to deploy soldiers in Congo.",
    ],
)
def test_an_act_governed_by_readiness_is_intended_not_done(pipeline: Any, text: str) -> None:
    evs, _ = run_text(pipeline, text, PUB)
    assert evs and all(e.future and e.date_start is None for e in evs)


def test_an_act_governed_by_unwillingness_is_negated(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "Kenya is unwilling to negotiate with al-Shabaab.", PUB)
    assert evs and all(e.negated for e in evs)


def test_an_imminent_attack_has_not_happened(pipeline: Any) -> None:
    evs, _ = run_text(
        pipeline, "A million people are bracing for an imminent attack by government forces.", PUB
    )
    attack = [e for e in evs if e.trigger == "attack"]
    assert attack and attack[0].future and attack[0].date_basis is None


def test_an_act_that_happened_is_not_future(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "Ethiopia sent troops to Somalia.", PUB)
    assert evs and not any(e.future for e in evs)


def test_historical_is_a_period_wholly_more_than_a_year_back(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "Last year, Ethiopian troops attacked the border town.", PUB)
    assert evs and all(e.date == "2023" and not e.historical for e in evs)
    evs, _ = run_text(pipeline, "In February 2023, Ethiopian troops attacked the town.", PUB)
    assert evs and all(e.historical for e in evs)
