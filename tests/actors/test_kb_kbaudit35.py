"""The kbaudit35 audit of the round-21 KB spells of the later waves (docs/actors.md, "the
kbaudit35 pass"): the sample that `scripts/kb_audit_sample.py` draws from
`eval/data/kb_round21b_spells.jsonl` with seed 22 is the one judged in
`eval/data/kb_round21b_audit.jsonl`, every judgement has a verdict and a page, and the one
spell found wrong is fixed in the shipped KB."""

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
SPELLS = ROOT / "eval" / "data" / "kb_round21b_spells.jsonl"
AUDIT = ROOT / "eval" / "data" / "kb_round21b_audit.jsonl"
VERDICTS = {"right", "close", "wrong", "unverified"}
PASSES = {
    "kbcar33",
    "kbheads33",
    "kbocean33",
    "kbsaf33",
    "kbsam34",
    "kbeu34",
    "kbmena34",
    "kbafrW34",
    "kbpng34",
    "kbafrC34",
}


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


def test_the_spells_are_the_later_ten_branches() -> None:
    spells = _sampler().read_spells(SPELLS)
    assert len(spells) == 115
    assert {s["pass"] for s in spells} == PASSES
    assert all(s["title"] and s["country"] and s["start"] for s in spells)


def test_the_judged_spells_are_the_drawn_sample() -> None:
    sampler = _sampler()
    drawn = sampler.draw(sampler.read_spells(SPELLS), seed=22, size=40)
    keys = ("pass", "actor_id", "name", "title", "country", "start", "end")
    assert [{k: s[k] for k in keys} for s in drawn] == [row["spell"] for row in _audit()]
    assert [row["draw"] for row in _audit()] == list(range(1, 41))


def test_every_judgement_has_a_verdict_and_a_page() -> None:
    rows = _audit()
    assert len(rows) == 40
    for row in rows:
        assert row["verdict"] in VERDICTS, row
        assert row["pages"] and all(p["url"] and p["words"] for p in row["pages"]), row
        if row["verdict"] == "wrong":
            assert row.get("fix"), row
    counts = {v: sum(r["verdict"] == v for r in rows) for v in VERDICTS}
    assert counts == {"right": 37, "close": 0, "wrong": 1, "unverified": 2}


@pytest.mark.slow
def test_the_wrong_spell_is_fixed(kb: KnowledgeBase) -> None:
    # Adeang took foreign affairs in Scotty's government of 2004-06-22, not in October 2004
    # (liquisearch.com's copy of his en.wikipedia page; pireport.org 2004-10-27: he "remains")
    assert holder_ids(kb, "foreign minister", "NRU", date(2004, 6, 21)) == set()
    assert holder_ids(kb, "foreign minister", "NRU", date(2004, 6, 22)) == {"david-adeang"}
    assert holder_ids(kb, "foreign minister", "NRU", date(2004, 9, 30)) == {"david-adeang"}
