"""The kbaudit39 audit of the twenty-second round's KB spells (docs/actors.md, "the kbaudit39
pass"): the sample that `scripts/kb_audit_sample.py` draws from
`eval/data/kb_round22_spells.jsonl` with seed 39 is the one judged in
`eval/data/kb_round22_audit.jsonl`, every judgement has a verdict and a page, and the one
spell found wrong is fixed in the shipped KB."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_audits import (
    ROOT,
    assert_drawn_sample_judged,
    assert_judgements,
    audit_sampler,
    read_audit,
)
from tests.actors.kb_holders import holder_ids

from newsgraph.resolve.kb import KnowledgeBase

SPELLS = ROOT / "eval" / "data" / "kb_round22_spells.jsonl"
AUDIT = ROOT / "eval" / "data" / "kb_round22_audit.jsonl"
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


def test_the_spells_are_the_round_s_branches() -> None:
    spells = audit_sampler().read_spells(SPELLS)
    assert len(spells) == 247
    assert {s["pass"] for s in spells} == PASSES
    assert all(s["title"] and s["country"] and s["start"] for s in spells)
    # kbaudit35's fix of Adeang (a round-21 spell) is not among them
    assert not any(s["actor_id"] == "david-adeang" for s in spells)


def test_the_judged_spells_are_the_drawn_sample() -> None:
    assert_drawn_sample_judged(SPELLS, AUDIT, seed=39, size=40)


def test_every_judgement_has_a_verdict_and_a_page() -> None:
    assert_judgements(read_audit(AUDIT), {"right": 32, "close": 2, "wrong": 1, "unverified": 5})


@pytest.mark.slow
def test_the_wrong_spell_is_fixed(kb: KnowledgeBase) -> None:
    # Gürak was retired at the Supreme Military Council of 2025-08-05 (millihakimiyet.com,
    # samanyoluhaber.com 2025-08-07): his spell, written open, ends with August 2025
    assert holder_ids(kb, "chief of staff", "TUR", date(2023, 8, 3)) == {"metin-gurak"}
    assert holder_ids(kb, "chief of staff", "TUR", date(2025, 8, 5)) == {"metin-gurak"}
    assert holder_ids(kb, "chief of staff", "TUR", date(2025, 9, 1)) == set()
