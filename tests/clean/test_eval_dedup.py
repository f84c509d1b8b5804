"""Quality gate: duplicate linking on FA-KES (quick mode). Floors a little below measured."""

from __future__ import annotations

import pytest
from eval.dedup import run


@pytest.mark.slow
def test_dedup_quality_gate() -> None:
    result = run(quick=True)
    if not result:
        pytest.skip("dataset not found")
    assert result["fakes_pairs"]["recall"] >= 0.9  # measured 1.0 (quick)
    assert result["fakes_pairs"]["precision"] >= 0.9  # measured 1.0
    assert result["edited_copy_1_sentences"]["recall"] >= 0.95  # measured 1.0
    for k in (1, 3, 5):  # the lookup finds every copy whose overlap passes the thresholds
        assert result[f"edited_copy_{k}_sentences"]["lookup_recall"] >= 0.95  # measured 1.0
