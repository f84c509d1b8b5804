"""Quality gate: the events evaluation in quick mode must not fall below the pinned floors
(measured: see docs/events.md)."""

from __future__ import annotations

import pytest
from eval import events as ev


def test_event_eval_floor() -> None:
    if not (ev.DATASETS / "cameo" / "PETR.UnitTest.records.xml").exists():
        pytest.skip("dataset not found")
    res = ev.run(quick=True)
    assert res["cameo_examples_type"]["f1"] >= 0.70  # measured 0.747 (quick), 0.610 (full)
    assert res["spurious"]["share_of_predicted"] <= 0.58  # measured 0.538 (quick)
    assert res["petr_dyad"]["f1"] >= 0.03  # measured 0.043 (quick)
