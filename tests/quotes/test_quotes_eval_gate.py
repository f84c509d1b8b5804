"""Quality gate: PolNeAR quote extraction must not fall below the measured figures."""

from __future__ import annotations

import pytest
from eval import quotes as quotes_eval

pytestmark = [pytest.mark.model, pytest.mark.slow]


def test_polnear_floor() -> None:
    if not (quotes_eval.DATA / "dev").is_dir():
        pytest.skip("PolNeAR not available")
    # measured on these 12 articles: source 0.687, cue 0.671, content 0.727, speaker 0.887
    r = quotes_eval.evaluate("dev", limit=12)
    assert r["dev/source_overlap"]["f1"] >= 0.65
    assert r["dev/cue_overlap"]["f1"] >= 0.63
    assert r["dev/content_overlap"]["f1"] >= 0.69
    assert r["dev/content_exact"]["f1"] >= 0.47
    assert r["dev/speaker_acc"]["accuracy"] >= 0.85
