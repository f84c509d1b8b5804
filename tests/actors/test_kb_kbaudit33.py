"""The kbaudit33 audit of the round-21 KB spells (docs/actors.md, "the kbaudit33 pass"): the
sample that `scripts/kb_audit_sample.py` draws is the one judged in
`eval/data/kb_round21_audit.jsonl`, every judgement has a verdict and a page, and the two
spells found wrong are fixed in the shipped KB."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_audits import (
    ROOT,
    assert_judgements,
    audit_sampler,
    judged_spells_are,
    read_audit,
)
from tests.actors.kb_holders import holder_ids

from newsgraph.resolve.kb import KnowledgeBase

AUDIT = ROOT / "eval" / "data" / "kb_round21_audit.jsonl"


def test_the_judged_spells_are_the_drawn_sample() -> None:
    sampler = audit_sampler()
    spells = sampler.read_spells(sampler.SPELLS)
    assert len(spells) == 150
    drawn = sampler.draw(spells)
    assert judged_spells_are(drawn, read_audit(AUDIT))


def test_every_judgement_has_a_verdict_and_a_page() -> None:
    assert_judgements(read_audit(AUDIT), {"right": 29, "close": 2, "wrong": 2, "unverified": 7})


@pytest.mark.slow
def test_the_wrong_spells_are_fixed(kb: KnowledgeBase) -> None:
    # Anefal ends on his inauguration as governor of Yap (fsmgov.org/press/pr01100b.htm)
    assert holder_ids(kb, "foreign minister", "FSM", date(2007, 1, 7)) == {"sebastian-anefal"}
    assert holder_ids(kb, "foreign minister", "FSM", date(2007, 1, 8)) == set()
    # Sambú's foreign spell starts on 2004-05-12 (pt.wikipedia.org)
    assert holder_ids(kb, "foreign minister", "GNB", date(2004, 5, 11)) == set()
    assert holder_ids(kb, "foreign minister", "GNB", date(2004, 5, 12)) == {"soares-sambu"}
