"""Quality gate: the events evaluation in quick mode must not fall below the pinned floors
(measured: see docs/events.md)."""

from __future__ import annotations

import pytest
from eval import events as ev


def test_event_eval_floor() -> None:
    if not (ev.DATASETS / "cameo" / "PETR.UnitTest.records.xml").exists():
        pytest.skip("dataset not found")
    res = ev.run(quick=True)
    assert res["cameo_examples_type"]["f1"] >= 0.57  # measured 0.622 (quick), 0.501 (full)
    assert res["spurious"]["share_of_predicted"] <= 0.67  # measured 0.617 (quick)
