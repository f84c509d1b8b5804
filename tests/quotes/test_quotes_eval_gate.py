"""Quality gate: PolNeAR quote extraction must not fall below the measured figures."""

from __future__ import annotations

import pytest
from eval import quotes as quotes_eval

pytestmark = [pytest.mark.model, pytest.mark.slow]


def test_polnear_floor() -> None:
    if not (quotes_eval.DATA / "dev").is_dir():
        pytest.skip("PolNeAR not available")
    # measured on these 12 articles (2026-12-06): overlap F1 source 0.713, cue 0.700, content
    # 0.756; content exact 0.559; speaker 0.896
    r = quotes_eval.evaluate("dev", limit=12)
    assert r["dev/source_overlap"]["f1"] >= 0.68
    assert r["dev/cue_overlap"]["f1"] >= 0.67
    assert r["dev/content_overlap"]["f1"] >= 0.72
    assert r["dev/content_exact"]["f1"] >= 0.53
    assert r["dev/speaker_acc"]["accuracy"] >= 0.86
