"""The kbaudit33 audit of the round-21 KB spells (docs/actors.md, "the kbaudit33 pass"): the
sample that `scripts/kb_audit_sample.py` draws is the one judged in
`eval/data/kb_round21_audit.jsonl`, every judgement has a verdict and a page, and the two
spells found wrong are fixed in the shipped KB."""

from __future__ import annotations

import importlib.util
import json
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest
from tests.actors.kb_holders import holder_ids

from newsgraph.resolve.kb import KnowledgeBase

ROOT = Path(__file__).resolve().parents[2]
AUDIT = ROOT / "eval" / "data" / "kb_round21_audit.jsonl"
VERDICTS = {"right", "close", "wrong", "unverified"}


def _sampler() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "kb_audit_sample", ROOT / "scripts" / "kb_audit_sample.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _audit() -> list[dict]:
    return [json.loads(line) for line in AUDIT.read_text(encoding="utf-8").splitlines() if line]


def test_the_judged_spells_are_the_drawn_sample() -> None:
    sampler = _sampler()
    spells = sampler.read_spells(sampler.SPELLS)
    assert len(spells) == 150
    drawn = sampler.draw(spells)
    keys = ("pass", "actor_id", "name", "title", "country", "start", "end")
    assert [{k: s[k] for k in keys} for s in drawn] == [row["spell"] for row in _audit()]


def test_every_judgement_has_a_verdict_and_a_page() -> None:
    rows = _audit()
    assert len(rows) == 40
    for row in rows:
        assert row["verdict"] in VERDICTS, row
        assert row["pages"] and all(p["url"] and p["words"] for p in row["pages"]), row
        if row["verdict"] == "wrong":
            assert row.get("fix"), row
    counts = {v: sum(r["verdict"] == v for r in rows) for v in VERDICTS}
    assert counts == {"right": 29, "close": 2, "wrong": 2, "unverified": 7}


@pytest.mark.slow
def test_the_wrong_spells_are_fixed(kb: KnowledgeBase) -> None:
    # Anefal ends on his inauguration as governor of Yap (fsmgov.org/press/pr01100b.htm)
    assert holder_ids(kb, "foreign minister", "FSM", date(2007, 1, 7)) == {"sebastian-anefal"}
    assert holder_ids(kb, "foreign minister", "FSM", date(2007, 1, 8)) == set()
    # Sambú's foreign spell starts on 2004-05-12 (pt.wikipedia.org)
    assert holder_ids(kb, "foreign minister", "GNB", date(2004, 5, 11)) == set()
    assert holder_ids(kb, "foreign minister", "GNB", date(2004, 5, 12)) == {"soares-sambu"}
