"""The kbaudit35 audit of the round-21 KB spells of the later waves (docs/actors.md, "the
kbaudit35 pass"): the sample that `scripts/kb_audit_sample.py` draws from
`eval/data/kb_round21b_spells.jsonl` with seed 22 is the one judged in
`eval/data/kb_round21b_audit.jsonl`, every judgement has a verdict and a page, and the one
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

SPELLS = ROOT / "eval" / "data" / "kb_round21b_spells.jsonl"
AUDIT = ROOT / "eval" / "data" / "kb_round21b_audit.jsonl"
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


def test_the_spells_are_the_later_ten_branches() -> None:
    spells = audit_sampler().read_spells(SPELLS)
    assert len(spells) == 115
    assert {s["pass"] for s in spells} == PASSES
    assert all(s["title"] and s["country"] and s["start"] for s in spells)


def test_the_judged_spells_are_the_drawn_sample() -> None:
    assert_drawn_sample_judged(SPELLS, AUDIT, seed=22, size=40)


def test_every_judgement_has_a_verdict_and_a_page() -> None:
    assert_judgements(read_audit(AUDIT), {"right": 37, "close": 0, "wrong": 1, "unverified": 2})


@pytest.mark.slow
def test_the_wrong_spell_is_fixed(kb: KnowledgeBase) -> None:
    # Adeang took foreign affairs in Scotty's government of 2004-06-22, not in October 2004
    # (liquisearch.com's copy of his en.wikipedia page; pireport.org 2004-10-27: he "remains")
    assert holder_ids(kb, "foreign minister", "NRU", date(2004, 6, 21)) == set()
    assert holder_ids(kb, "foreign minister", "NRU", date(2004, 6, 22)) == {"david-adeang"}
    assert holder_ids(kb, "foreign minister", "NRU", date(2004, 9, 30)) == {"david-adeang"}
