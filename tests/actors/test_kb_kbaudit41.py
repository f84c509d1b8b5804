"""The kbaudit41 audit of the twenty-fourth round's first wave of KB spells (docs/actors.md,
"the kbaudit41 pass"): the list of the wave's spells is the 38 that its seven KB branches
added (kbaudit40's fix left out), the sample that `scripts/kb_audit_sample.py` draws from
`eval/data/kb_round24_spells.jsonl` with seed 41 and size 38 (the whole list, in the order
drawn) is the one judged in `eval/data/kb_round24_audit.jsonl`, every judgement has a verdict
and a page, and the three spells found wrong are fixed in the shipped KB."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_audits import (
    ROOT,
    assert_drawn_sample_judged,
    assert_judgements,
    assert_whole_list_drawn,
    audit_sampler,
    read_audit,
)
from tests.actors.kb_holders import holder_ids

from newsgraph.resolve.kb import KnowledgeBase

SPELLS = ROOT / "eval" / "data" / "kb_round24_spells.jsonl"
AUDIT = ROOT / "eval" / "data" / "kb_round24_audit.jsonl"
PASSES = {"kbafrW40", "kbafrE40", "kbafrS40", "kbeu40", "kbasia40", "kbmena40", "kbam40"}
SIZE = 38


def test_the_spells_are_the_wave_s_branches() -> None:
    spells = audit_sampler().read_spells(SPELLS)
    assert len(spells) == SIZE
    assert {s["pass"] for s in spells} == PASSES
    assert all(s["title"] and s["country"] and s["start"] for s in spells)
    # kbaudit40's fix of Tangara (a spell of the round before) is not among them
    assert not any(s["actor_id"] == "mamadou-tangara" for s in spells)
    assert len({(s["actor_id"], s["title"], s["country"], s["start"]) for s in spells}) == SIZE


def test_the_judged_spells_are_the_drawn_sample() -> None:
    spells, drawn = assert_drawn_sample_judged(SPELLS, AUDIT, seed=41, size=SIZE)
    assert_whole_list_drawn(spells, drawn)  # the list being short, every spell was judged


def test_every_judgement_has_a_verdict_and_a_page() -> None:
    assert_judgements(
        read_audit(AUDIT), {"right": 30, "close": 1, "wrong": 3, "unverified": 4}, size=SIZE
    )


def test_the_wrong_spells_are_kbafrw40_s_ghana_interior() -> None:
    wrong = [row["spell"] for row in read_audit(AUDIT) if row["verdict"] == "wrong"]
    assert {s["actor_id"] for s in wrong} == {
        "kwamena-bartels",
        "albert-kan-dapaah",
        "papa-owusu-ankomah",
    }
    assert {(s["pass"], s["country"], s["title"]) for s in wrong} == {
        ("kbafrW40", "GHA", "interior minister")
    }


@pytest.mark.slow
def test_the_wrong_spells_are_fixed(kb: KnowledgeBase) -> None:
    # each spell had been written from the first (and, for Owusu-Ankomah, the last) page the
    # pass read: Owusu-Ankomah held the interior from 2005-02-03 to the reshuffle of
    # 2006-04-27 (the-uncensored-wiki.com's copy, wikileaks 05ACCRA87), Kan-Dapaah from his
    # appointment of 2006-05-05 (3news.com), Bartels from August 2007 (in office by 2007-10-08,
    # ourworldleaders.com; the post unfilled on 2007-07-19, recogin.com)
    gha = "GHA"
    assert holder_ids(kb, "interior minister", gha, date(2005, 3, 1)) == {"papa-owusu-ankomah"}
    assert holder_ids(kb, "interior minister", gha, date(2006, 4, 1)) == {"papa-owusu-ankomah"}
    assert holder_ids(kb, "interior minister", gha, date(2006, 5, 2)) == set()
    assert holder_ids(kb, "interior minister", gha, date(2006, 6, 1)) == {"albert-kan-dapaah"}
    assert holder_ids(kb, "interior minister", gha, date(2007, 10, 8)) == {"kwamena-bartels"}
    assert holder_ids(kb, "interior minister", gha, date(2008, 1, 15)) == {"kwamena-bartels"}
    # the ends the audit confirmed are kept
    assert holder_ids(kb, "interior minister", gha, date(2007, 7, 15)) == {"albert-kan-dapaah"}
    assert holder_ids(kb, "interior minister", gha, date(2008, 6, 1)) == {"kwame-addo-kufuor"}
