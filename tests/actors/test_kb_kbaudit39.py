"""The kbaudit39 audit of the twenty-second round's KB spells (docs/actors.md, "the kbaudit39
pass"): the sample that `scripts/kb_audit_sample.py` draws from
`eval/data/kb_round22_spells.jsonl` with seed 39 is the one judged in
`eval/data/kb_round22_audit.jsonl`, every judgement has a verdict and a page, and the one
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
SPELLS = ROOT / "eval" / "data" / "kb_round22_spells.jsonl"
AUDIT = ROOT / "eval" / "data" / "kb_round22_audit.jsonl"
VERDICTS = {"right", "close", "wrong", "unverified"}
PASSES = {
    "kbafrW35",
    "kbafrC35",
    "kbafrS35",
    "kbasia35",
    "kbeu35",
    "kbam35",
    "kbcar35",
    "kbmena35",
    "kbfocus36a",
    "kbfocus36b",
    "kbfocus36c",
    "kbabsent35",
    "kbsenior35",
    "kbsenior36",
    "kbsenior37",
    "kbsenior38",
    "kbigo37",
    "kbigo38",
    "kbspeak38",
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


def test_the_spells_are_the_round_s_branches() -> None:
    spells = _sampler().read_spells(SPELLS)
    assert len(spells) == 247
    assert {s["pass"] for s in spells} == PASSES
    assert all(s["title"] and s["country"] and s["start"] for s in spells)
    # kbaudit35's fix of Adeang (a round-21 spell) is not among them
    assert not any(s["actor_id"] == "david-adeang" for s in spells)


def test_the_judged_spells_are_the_drawn_sample() -> None:
    sampler = _sampler()
    drawn = sampler.draw(sampler.read_spells(SPELLS), seed=39, size=40)
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
    assert counts == {"right": 32, "close": 2, "wrong": 1, "unverified": 5}


@pytest.mark.slow
def test_the_wrong_spell_is_fixed(kb: KnowledgeBase) -> None:
    # Gürak was retired at the Supreme Military Council of 2025-08-05 (millihakimiyet.com,
    # samanyoluhaber.com 2025-08-07): his spell, written open, ends with August 2025
    assert holder_ids(kb, "chief of staff", "TUR", date(2023, 8, 3)) == {"metin-gurak"}
    assert holder_ids(kb, "chief of staff", "TUR", date(2025, 8, 5)) == {"metin-gurak"}
    assert holder_ids(kb, "chief of staff", "TUR", date(2025, 9, 1)) == set()
