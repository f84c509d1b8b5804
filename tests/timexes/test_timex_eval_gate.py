"""Quality gate: TimeBank/AQUAINT quick evaluation must not fall below the pinned floors."""

from __future__ import annotations

import pytest
from eval import timex


def test_tbaq_quick_floor() -> None:
    if not timex.DATA.exists():
        pytest.skip("TBAQ dataset not found")
    r = timex.run(quick=True)
    # measured on the quick subset (every 8th file: 33 documents, 285 TIMEX3): span relaxed
    # F1 0.916, strict 0.864, value F1 0.767, value accuracy 0.837; floors a little below
    assert r["span_relaxed"]["f1"] >= FLOORS["span_relaxed"]
    assert r["span_strict"]["f1"] >= FLOORS["span_strict"]
    assert r["value_end_to_end"]["f1"] >= FLOORS["value_f1"]
    assert r["value_accuracy"]["accuracy"] >= FLOORS["value_accuracy"]


FLOORS = {"span_relaxed": 0.89, "span_strict": 0.84, "value_f1": 0.74, "value_accuracy": 0.81}
