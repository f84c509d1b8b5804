"""The kbaudit40 audit of the twenty-third round's KB spells (docs/actors.md, "the kbaudit40
pass"): the list of the round's spells is the 24 that its six KB branches added, the sample that
`scripts/kb_audit_sample.py` draws from `eval/data/kb_round23_spells.jsonl` with seed 40 and size
24 (the whole list, in the order drawn) is the one judged in `eval/data/kb_round23_audit.jsonl`,
every judgement has a verdict and a page, and the one spell found wrong is fixed in the shipped
KB."""

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

SPELLS = ROOT / "eval" / "data" / "kb_round23_spells.jsonl"
AUDIT = ROOT / "eval" / "data" / "kb_round23_audit.jsonl"
PASSES = {"kbafrW39", "kbafrE39", "kbafrS39", "kbeu39", "kbasia39", "kbam39"}
SIZE = 24


def test_the_spells_are_the_round_s_branches() -> None:
    spells = audit_sampler().read_spells(SPELLS)
    assert len(spells) == SIZE
    assert {s["pass"] for s in spells} == PASSES
    assert all(s["title"] and s["country"] and s["start"] for s in spells)
    # kbaudit39's fix of Gürak (a spell of the round before) is not among them
    assert not any(s["actor_id"] == "metin-gurak" for s in spells)
    assert len({(s["actor_id"], s["title"], s["country"], s["start"]) for s in spells}) == SIZE


def test_the_judged_spells_are_the_drawn_sample() -> None:
    spells, drawn = assert_drawn_sample_judged(SPELLS, AUDIT, seed=40, size=SIZE)
    # the list being short, every spell was judged
    assert sorted(s["actor_id"] for s in drawn) == sorted(s["actor_id"] for s in spells)


def test_every_judgement_has_a_verdict_and_a_page() -> None:
    assert_judgements(
        read_audit(AUDIT), {"right": 22, "close": 0, "wrong": 1, "unverified": 1}, size=SIZE
    )


@pytest.mark.slow
def test_the_wrong_spell_is_fixed(kb: KnowledgeBase) -> None:
    # Tangara's one spell of 2010-06 to 2012-11 ran through Mambury Njie's foreign ministry of
    # April to 2012-08-23 (it.xcv.wiki, wikimili.com): two spells now, the months between
    # nobody's (Njie is not in the KB)
    gmb = "GMB"
    assert holder_ids(kb, "foreign minister", gmb, date(2011, 6, 1)) == {"mamadou-tangara"}
    assert holder_ids(kb, "foreign minister", gmb, date(2012, 4, 1)) == {"mamadou-tangara"}
    # filled by kbafrW45: Mambury Njie, 2012-04-23 to 2012-08-23
    assert holder_ids(kb, "foreign minister", gmb, date(2012, 7, 1)) == {"mambury-njie"}
    assert holder_ids(kb, "foreign minister", gmb, date(2012, 8, 23)) == {"mamadou-tangara"}
    assert holder_ids(kb, "foreign minister", gmb, date(2012, 10, 1)) == {"mamadou-tangara"}
    assert holder_ids(kb, "foreign minister", gmb, date(2012, 12, 1)) == {"susan-waffa-ogoo"}
