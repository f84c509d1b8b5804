"""The kbaudit47 audit of the twenty-seventh round's kbam45 pass (docs/actors.md, "the
kbaudit47 pass"): the list of the pass's spells is the 6 role spells that kbam45 added (Saint
Kitts and Nevis's foreign ministers of 2000-01 and 2008-13, Paraguay's interior ministers of
1999-2003), the sample that `scripts/kb_audit_sample.py` draws from
`eval/data/kb_round27b_spells.jsonl` with seed 47 and size 6 (the whole list, in the order
drawn) is the one judged in `eval/data/kb_round27b_audit.jsonl`, every judgement has a verdict
and a page, the spell found wrong (Walter Bower's end at Paraguay's interior ministry, written
from the last dated page the pass read, months before the changes that moved him) is fixed in
the shipped KB, and every other judged spell stands in it as listed."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_audits import (
    ROOT,
    assert_drawn_sample_judged,
    assert_judgements,
    assert_spells_stand,
    assert_whole_list_drawn,
    audit_sampler,
    read_audit,
)
from tests.actors.kb_holders import holder_ids

from newsgraph.resolve.kb import KnowledgeBase

SPELLS = ROOT / "eval" / "data" / "kb_round27b_spells.jsonl"
AUDIT = ROOT / "eval" / "data" / "kb_round27b_audit.jsonl"
SIZE = 6
FIXED = {"walter-bower"}
UNVERIFIED = {("sam-condor", "2000-05-08"), ("julio-cesar-fanego", "2000-10-03")}


def test_the_spells_are_the_pass_s() -> None:
    spells = audit_sampler().read_spells(SPELLS)
    assert len(spells) == SIZE
    assert {s["pass"] for s in spells} == {"kbam45"}
    assert all(s["title"] and s["country"] and s["start"] and s["end"] for s in spells)
    assert len({(s["actor_id"], s["title"], s["country"], s["start"]) for s in spells}) == SIZE
    assert {s["file"] for s in spells} == {"people_americas.yaml"}
    by_cell = {(s["title"], s["country"]): 0 for s in spells}
    for s in spells:
        by_cell[(s["title"], s["country"])] += 1
    assert by_cell == {("foreign minister", "KNA"): 3, ("interior minister", "PRY"): 3}
    # two spells of Sam Condor (2000-01 and 2010-13), Denzil Douglas's of 2008-10 in the
    # `extend:` section; three new people at Paraguay's interior ministry
    assert sorted(s["actor_id"] for s in spells) == [
        "denzil-douglas",
        "julio-cesar-fanego",
        "sam-condor",
        "sam-condor",
        "victor-hermoza",
        "walter-bower",
    ]


def test_the_judged_spells_are_the_drawn_sample() -> None:
    spells, drawn = assert_drawn_sample_judged(SPELLS, AUDIT, seed=47, size=SIZE)
    assert_whole_list_drawn(spells, drawn)  # the list being short, every spell was judged


def test_every_judgement_has_a_verdict_and_a_page() -> None:
    assert_judgements(
        read_audit(AUDIT), {"right": 3, "close": 0, "wrong": 1, "unverified": 2}, size=SIZE
    )


def test_the_wrong_and_unverified_spells() -> None:
    rows = read_audit(AUDIT)
    wrong = {row["spell"]["actor_id"]: row for row in rows if row["verdict"] == "wrong"}
    assert set(wrong) == FIXED
    # Bower's end was the day after the last dated page the pass read, months before the
    # changes of August to October 2000 that moved him to Public Works
    assert (wrong["walter-bower"]["start"], wrong["walter-bower"]["end"]) == ("yes", "no")
    unverified = {
        (row["spell"]["actor_id"], row["spell"]["start"])
        for row in rows
        if row["verdict"] == "unverified"
    }
    assert unverified == UNVERIFIED
    # both unverified starts lack a day, neither has a date against it, both ends are confirmed
    for row in rows:
        if row["verdict"] == "unverified":
            assert (row["start"], row["end"]) == ("unverified", "yes"), row["spell"]
    # every office is confirmed
    assert all(row["office"] == "yes" for row in rows)


@pytest.mark.slow
def test_the_judged_spells_stand_in_the_shipped_kb(kb: KnowledgeBase) -> None:
    assert_spells_stand(kb, read_audit(AUDIT), FIXED)


@pytest.mark.slow
def test_the_wrong_spell_is_fixed(kb: KnowledgeBase) -> None:
    # kbam45 ended Walter Bower on 2000-06-12 (the day after the last dated page it read);
    # IPS (2000-08-14), EFE (2000-10-03), the column of 2000-10-03 and emol.com (2001-04-10)
    # date his move to Public Works to the series of changes after the election of 2000-08-13,
    # completed on 2000-10-03, where Fanego's shipped start stands
    bower = next(actor for actor in kb if actor.id == "walter-bower")
    assert [(r.title, r.country, r.start, r.end) for r in bower.roles] == [
        ("interior minister", "PRY", date(1999, 3, 30), date(2000, 10, 3))
    ]
    pry = "PRY"
    assert holder_ids(kb, "interior minister", pry, date(2000, 6, 12)) == {"walter-bower"}
    assert holder_ids(kb, "interior minister", pry, date(2000, 8, 14)) == {"walter-bower"}
    assert holder_ids(kb, "interior minister", pry, date(2000, 10, 2)) == {"walter-bower"}
    assert holder_ids(kb, "interior minister", pry, date(2000, 10, 3)) == {"julio-cesar-fanego"}


@pytest.mark.slow
def test_handovers_the_audit_confirmed(kb: KnowledgeBase) -> None:
    # Saint Kitts and Nevis's foreign ministry: Condor to Harris's start of 2001-08-10, Harris
    # to 2008-01-25, Douglas from then to the Cabinet sworn in on Sunday 2010-02-07, Condor
    # from that day to his resignation delivered on Thursday 2013-01-31
    kna = "KNA"
    fm = "foreign minister"
    assert holder_ids(kb, fm, kna, date(2001, 8, 9)) == {"sam-condor"}
    assert holder_ids(kb, fm, kna, date(2001, 8, 10)) == {"timothy-harris"}
    assert holder_ids(kb, fm, kna, date(2008, 1, 24)) == {"timothy-harris"}
    assert holder_ids(kb, fm, kna, date(2008, 1, 25)) == {"denzil-douglas"}
    assert holder_ids(kb, fm, kna, date(2010, 2, 6)) == {"denzil-douglas"}
    assert holder_ids(kb, fm, kna, date(2010, 2, 7)) == {"sam-condor"}
    assert holder_ids(kb, fm, kna, date(2013, 1, 30)) == {"sam-condor"}
    assert "sam-condor" not in holder_ids(kb, fm, kna, date(2013, 1, 31))
    # Paraguay's interior: Bower from the cabinet sworn in on Tuesday 1999-03-30, Fanego to
    # his resignation of Tuesday 2002-02-05, Hermoza from Thursday 2002-06-06 to 2003-02-13,
    # when Osvaldo Benítez takes over
    pry = "PRY"
    assert holder_ids(kb, "interior minister", pry, date(1999, 3, 30)) == {"walter-bower"}
    assert holder_ids(kb, "interior minister", pry, date(2002, 2, 4)) == {"julio-cesar-fanego"}
    assert "julio-cesar-fanego" not in holder_ids(kb, "interior minister", pry, date(2002, 2, 5))
    assert holder_ids(kb, "interior minister", pry, date(2002, 6, 6)) == {"victor-hermoza"}
    assert holder_ids(kb, "interior minister", pry, date(2003, 2, 12)) == {"victor-hermoza"}
    assert holder_ids(kb, "interior minister", pry, date(2003, 2, 13)) == {"osvaldo-benitez"}
