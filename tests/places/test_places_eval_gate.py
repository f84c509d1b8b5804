"""Quality gate: the places evaluation in quick mode must not fall below the pinned floors
(measured figures: docs/places.md)."""

from __future__ import annotations

import pytest
from eval import places as ev
from eval.datasets import dataset

pytestmark = pytest.mark.model


def test_places_eval_floor() -> None:
    if dataset("fakes", "fakes_dev.csv") is None:
        pytest.skip("dataset not found")
    res = ev.run(quick=True)
    geo = res["geocoding"]
    assert geo["n_gold"] >= 250
    assert geo["precision"] >= 0.95  # measured 0.992 (quick)
    assert geo["recall"] >= 0.95  # measured 0.987 (quick)
    assert geo["country_acc"] >= 0.97
    assert res["fakes_location"]["accuracy"] >= 0.85
