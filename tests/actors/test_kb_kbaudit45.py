"""The kbaudit45 audit of the twenty-sixth round's KB spells (docs/actors.md, "the kbaudit45
pass"): the list of the round's spells is the 29 role spells that its five KB branches
(kbafrW44, kbafrE44, kbasia44, kbam44, kbeumena44) added or changed (kbaudit44's two fixes, in
the same range, left out), the sample that `scripts/kb_audit_sample.py` draws from
`eval/data/kb_round26_spells.jsonl` with seed 45 and size 29 (the whole list, in the order
drawn) is the one judged in `eval/data/kb_round26_audit.jsonl`, every judgement has a verdict and
a page, no spell was found wrong (so none is changed), the twelve unverified spells are the ones
written from the first or last day a dated page names the holder or not dated on any page read,
and every judged spell stands in the shipped KB as listed."""

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

SPELLS = ROOT / "eval" / "data" / "kb_round26_spells.jsonl"
AUDIT = ROOT / "eval" / "data" / "kb_round26_audit.jsonl"
PASSES = {"kbafrW44", "kbafrE44", "kbasia44", "kbam44", "kbeumena44"}
SIZE = 29
UNVERIFIED = {
    "severin-ntahomvukiye",
    "paul-tiensten",
    "inia-seruiratu",
    "sylvie-baipo-temon",
    "donaciano-gomes",
    "jose-antonio-moreno-ruffinelli",
    "juma-kapuya",
    "dieudonne-kombo-yaya",
    "antoine-mboumbou-miyakou",
    "tin-hlaing",
    "come-zoumara",
    "leila-rachid",
}


def test_the_spells_are_the_round_s_branches() -> None:
    spells = audit_sampler().read_spells(SPELLS)
    assert len(spells) == SIZE
    assert {s["pass"] for s in spells} == PASSES
    assert all(s["title"] and s["country"] and s["start"] for s in spells)
    assert len({(s["actor_id"], s["title"], s["country"], s["start"]) for s in spells}) == SIZE
    by_pass = {p: sum(s["pass"] == p for s in spells) for p in PASSES}
    assert by_pass == {
        "kbafrW44": 14,
        "kbafrE44": 4,
        "kbasia44": 4,
        "kbam44": 4,
        "kbeumena44": 3,
    }
    # kbaudit44's fixes of Ronald Assen and Heinz Moeller (merged in the same range) are not
    # the round's, nor is main's removal of Moeller's pre-audit copy (no line added)
    assert not {s["actor_id"] for s in spells} & {"ronald-assen", "heinz-moeller"}
    assert {s["file"] for s in spells} == {
        "people_africa.yaml",
        "people_americas.yaml",
        "people_asia.yaml",
        "people_europe.yaml",
        "people_oceania.yaml",
    }
    # the spells changed in place (judged whole): Matha's spell of 2016-23 split in two,
    # Baïpo-Temon's end, the Central African ends and starts at the reshuffle of January 2003
    # and Mézodé's start (kbafrW44), Kategaya's and Kapuya's starts (kbafrE44), Ramírez
    # Lezcano's start (kbam44)
    changed = {"lambert-noel-matha", "sylvie-baipo-temon", "joseph-mozoule", "pierre-angoa"}
    changed |= {"agba-otikpo-mezode", "jacquesson-mazette", "maurice-regonessa"}
    changed |= {"martial-beti-marace", "eriya-kategaya", "juma-kapuya", "ruben-ramirez-lezcano"}
    assert changed <= {s["actor_id"] for s in spells}
    assert sum(s["actor_id"] == "lambert-noel-matha" for s in spells) == 2


def test_the_judged_spells_are_the_drawn_sample() -> None:
    spells, drawn = assert_drawn_sample_judged(SPELLS, AUDIT, seed=45, size=SIZE)
    assert_whole_list_drawn(spells, drawn)  # the list being short, every spell was judged


def test_every_judgement_has_a_verdict_and_a_page() -> None:
    assert_judgements(
        read_audit(AUDIT), {"right": 16, "close": 1, "wrong": 0, "unverified": 12}, size=SIZE
    )


def test_the_close_and_unverified_spells() -> None:
    rows = read_audit(AUDIT)
    assert not [row for row in rows if row["verdict"] == "wrong"]
    close = [row for row in rows if row["verdict"] == "close"]
    # Kategaya's start is the first whole month after a handover the pages place in July 2001
    assert [row["spell"]["actor_id"] for row in close] == ["eriya-kategaya"]
    assert (close[0]["start"], close[0]["end"]) == ("close", "yes")
    unverified = {row["spell"]["actor_id"]: row for row in rows if row["verdict"] == "unverified"}
    assert set(unverified) == UNVERIFIED
    # no unverified spell has a date found against it: every one lacks a page for a start or
    # an end, and only Kombo Yaya's office is on no page read
    assert all("no" not in (row["start"], row["end"]) for row in unverified.values())
    assert all("unverified" in (row["start"], row["end"]) for row in unverified.values())
    assert {a for a, row in unverified.items() if row["office"] != "yes"} == {
        "dieudonne-kombo-yaya"
    }
    # Ntahomvukiye's IRIN item of 1999-07-28 has him address diplomats the week before
    assert unverified["severin-ntahomvukiye"]["start"] == "close"
    # by pass: kbeumena44 3 of 3 right, kbasia44 none confirmed
    right = {row["spell"]["pass"] for row in rows if row["verdict"] == "right"}
    assert right == {"kbafrW44", "kbafrE44", "kbam44", "kbeumena44"}
    assert all(row["verdict"] == "right" for row in rows if row["spell"]["pass"] == "kbeumena44")
    assert all(row["verdict"] == "unverified" for row in rows if row["spell"]["pass"] == "kbasia44")


@pytest.mark.slow
def test_the_judged_spells_stand_in_the_shipped_kb(kb: KnowledgeBase) -> None:
    assert_spells_stand(kb, read_audit(AUDIT))


@pytest.mark.slow
def test_handovers_the_audit_confirmed(kb: KnowledgeBase) -> None:
    # Gabon's interior: Matha to 2019-06-09, Edgard Anicet Mboumbou Miyakou from the
    # government of Monday 2019-06-10 to that of Monday 2019-12-02, Matha again to the coup of
    # 2023-08-30; Antoine Mboumbou Miyakou to the government of 2002-01-27
    gab = "GAB"
    assert holder_ids(kb, "interior minister", gab, date(2019, 6, 9)) == {"lambert-noel-matha"}
    assert holder_ids(kb, "interior minister", gab, date(2019, 6, 10)) == {
        "edgard-anicet-mboumbou-miyakou"
    }
    assert holder_ids(kb, "interior minister", gab, date(2019, 12, 1)) == {
        "edgard-anicet-mboumbou-miyakou"
    }
    assert holder_ids(kb, "interior minister", gab, date(2019, 12, 2)) == {"lambert-noel-matha"}
    assert holder_ids(kb, "interior minister", gab, date(2023, 8, 29)) == {"lambert-noel-matha"}
    assert holder_ids(kb, "interior minister", gab, date(2023, 8, 30)) == set()
    assert holder_ids(kb, "interior minister", gab, date(2002, 1, 26)) == {
        "antoine-mboumbou-miyakou"
    }
    # Slovenia's interior: Šuklje to Bajuk's government of 2000-06-07, Jambrek to the end of
    # November 2000, Bohinc to Janša's government of 2004-12-03
    svn = "SVN"
    assert holder_ids(kb, "interior minister", svn, date(2000, 6, 6)) == {"borut-suklje"}
    assert holder_ids(kb, "interior minister", svn, date(2000, 6, 7)) == {"peter-jambrek"}
    assert holder_ids(kb, "interior minister", svn, date(2000, 12, 1)) == {"rado-bohinc"}
    assert holder_ids(kb, "interior minister", svn, date(2004, 12, 2)) == {"rado-bohinc"}
    assert "rado-bohinc" not in holder_ids(kb, "interior minister", svn, date(2004, 12, 3))
    # the Central African Republic: the reshuffle after the arrests of August 2001, the decree
    # of January 2003 and Bozizé's coup of 2003-03-15; Zoumara from the reshuffle of Saturday
    # 2006-09-02; Baïpo-Temon from the decree of Friday 2018-12-14
    caf = "CAF"
    assert holder_ids(kb, "interior minister", caf, date(2001, 8, 30)) == {"joseph-mozoule"}
    assert holder_ids(kb, "defence minister", caf, date(2001, 8, 30)) == {"pierre-angoa"}
    assert holder_ids(kb, "interior minister", caf, date(2003, 1, 15)) == {"jacquesson-mazette"}
    assert holder_ids(kb, "defence minister", caf, date(2003, 1, 15)) == {"maurice-regonessa"}
    assert holder_ids(kb, "foreign minister", caf, date(2003, 1, 15)) == {"martial-beti-marace"}
    assert holder_ids(kb, "interior minister", caf, date(2003, 3, 15)) == set()
    assert holder_ids(kb, "foreign minister", caf, date(2006, 9, 1)) == {"jean-paul-ngoupande"}
    assert holder_ids(kb, "foreign minister", caf, date(2006, 9, 2)) == {"come-zoumara"}
    assert holder_ids(kb, "foreign minister", caf, date(2018, 12, 13)) == {"charles-armel-doubane"}
    assert holder_ids(kb, "foreign minister", caf, date(2018, 12, 14)) == {"sylvie-baipo-temon"}
    # Uganda's internal affairs: Butime to July 2001, Kategaya from August 2001
    uga = "UGA"
    assert holder_ids(kb, "interior minister", uga, date(2001, 7, 31)) == {"tom-butime"}
    assert holder_ids(kb, "interior minister", uga, date(2001, 8, 1)) == {"eriya-kategaya"}
    # Myanmar's home affairs: Tin Hlaing retired on Friday 2004-11-05, Maung Oo from that day
    mmr = "MMR"
    assert holder_ids(kb, "interior minister", mmr, date(2004, 11, 4)) == {"tin-hlaing"}
    assert holder_ids(kb, "interior minister", mmr, date(2004, 11, 5)) == {"maung-oo"}
    # Paraguay's foreign ministry: Ramírez Lezcano to Duarte Frutos's last day, 2008-08-14
    pry = "PRY"
    assert "ruben-ramirez-lezcano" in holder_ids(kb, "foreign minister", pry, date(2008, 8, 14))
    assert "ruben-ramirez-lezcano" not in holder_ids(kb, "foreign minister", pry, date(2008, 8, 15))
