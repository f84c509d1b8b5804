"""Quality gate: PolNeAR quote extraction must not fall below the measured figures."""

from __future__ import annotations

import pytest
from eval import quotes as quotes_eval

pytestmark = [pytest.mark.model, pytest.mark.slow]


def test_polnear_floor() -> None:
    if not (quotes_eval.DATA / "dev").is_dir():
        pytest.skip("PolNeAR not available")
    # measured on these 12 articles (2026-12-06, qt10): overlap F1 source 0.738, cue 0.721,
    # content 0.779; content exact 0.561; speaker 0.897
    r = quotes_eval.evaluate("dev", limit=12)
    assert r["dev/source_overlap"]["f1"] >= 0.70
    assert r["dev/cue_overlap"]["f1"] >= 0.69
    assert r["dev/content_overlap"]["f1"] >= 0.74
    assert r["dev/content_exact"]["f1"] >= 0.53
    assert r["dev/speaker_acc"]["accuracy"] >= 0.86
