"""The hand-judged shown reports on other outlets' news and their scorer (eval/events_other)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from eval import EVALUATORS, events_other


def test_judged_file_is_whole() -> None:
    rows = events_other._load()
    first = [r for r in rows if r.get("added") is None]
    assert len(first) == events_other.N_JUDGED
    for r in rows:
        assert r["source_id"].split(":")[0] in {"polnear", "fakes"}
        assert r["sentence"] and r["type"] and isinstance(r["confidence"], float)
        assert isinstance(r["type_ok"], bool)
        wrong = not r["type_ok"] or r["actor_ok"] is False or r["recipient_ok"] is False
        assert bool(r.get("reason")) == wrong, r
        assert bool(r.get("cause")) == (not r["type_ok"]), r


def test_scorer_counts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def row(t: bool, a: bool | None, conf: float, **kw: object) -> dict[str, object]:
        base = {"source_id": "fakes:1", "type": "ASSAULT", "confidence": conf, "type_ok": t}
        return base | {"actor_ok": a, "recipient_ok": None, "cause": None if t else "x"} | kw

    rows = [
        row(True, True, 0.95),
        row(True, False, 0.75),
        row(False, None, 0.72, gone=True),
        row(True, True, 0.9, added="after-fix"),
    ]
    path = tmp_path / "j.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    monkeypatch.setattr(events_other, "JUDGED", path)
    out = events_other.run()
    assert out["all"]["n"] == 3 and out["all"]["type_right"] == 2
    assert out["all"]["full_p"] == pytest.approx(1 / 3)
    assert out["now"]["n"] == 3 and out["now"]["type_p"] == 1.0
    assert out["band 0.7-0.8"]["type_right"] == 1 and out["band 0.7-0.8"]["n"] == 2
    assert out["cause x"] == {"wrong": 1}
    assert "events_other" in EVALUATORS
