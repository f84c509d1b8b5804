"""The kbaudit46 audit of the twenty-seventh round's KB spells (docs/actors.md, "the kbaudit46
pass"): the list of the round's spells is the 13 role spells that its four KB branches
(kbeumena45, kbafrW45, kbafrE45, kbasia45) added or changed, the sample that
`scripts/kb_audit_sample.py` draws from `eval/data/kb_round27_spells.jsonl` with seed 46 and
size 13 (the whole list, in the order drawn) is the one judged in
`eval/data/kb_round27_audit.jsonl`, every judgement has a verdict and a page, the one spell
judged close (George Chaponda's start at Malawi's foreign ministry, the first whole month
after a swearing-in the pages date) is fixed in the shipped KB, the two unverified spells are
the ones written from the first or last day a dated page names the holder, and every other
judged spell stands in the shipped KB as listed."""

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

SPELLS = ROOT / "eval" / "data" / "kb_round27_spells.jsonl"
AUDIT = ROOT / "eval" / "data" / "kb_round27_audit.jsonl"
PASSES = {"kbeumena45", "kbafrW45", "kbafrE45", "kbasia45"}
SIZE = 13
FIXED = {"george-chaponda"}
UNVERIFIED = {"andre-bumaya", "halebonoe-setsabi"}


def test_the_spells_are_the_round_s_branches() -> None:
    spells = audit_sampler().read_spells(SPELLS)
    assert len(spells) == SIZE
    assert {s["pass"] for s in spells} == PASSES
    assert all(s["title"] and s["country"] and s["start"] for s in spells)
    assert len({(s["actor_id"], s["title"], s["country"], s["start"]) for s in spells}) == SIZE
    by_pass = {p: sum(s["pass"] == p for s in spells) for p in PASSES}
    assert by_pass == {"kbeumena45": 1, "kbafrW45": 4, "kbafrE45": 4, "kbasia45": 4}
    assert {s["file"] for s in spells} == {
        "people_africa.yaml",
        "people_asia.yaml",
        "people_europe.yaml",
    }
    # the spells changed in place (judged whole): Chaponda's end and Kasaila's and Bumaya's
    # starts (kbafrE45), Pandey's end (kbasia45); Senghore's two spells are both listed
    changed = {"george-chaponda", "francis-kasaila", "andre-bumaya", "mahendra-bahadur-pandey"}
    assert changed <= {s["actor_id"] for s in spells}
    assert sum(s["actor_id"] == "aboubacar-senghore" for s in spells) == 2
    # as the pass wrote them: Chaponda's start is the one before the audit's fix
    chaponda = [s for s in spells if s["actor_id"] == "george-chaponda"]
    assert [(s["start"], s["end"]) for s in chaponda] == [("2014-07", "2016-04-07")]


def test_the_judged_spells_are_the_drawn_sample() -> None:
    spells, drawn = assert_drawn_sample_judged(SPELLS, AUDIT, seed=46, size=SIZE)
    assert_whole_list_drawn(spells, drawn)  # the list being short, every spell was judged


def test_every_judgement_has_a_verdict_and_a_page() -> None:
    assert_judgements(
        read_audit(AUDIT), {"right": 10, "close": 1, "wrong": 0, "unverified": 2}, size=SIZE
    )


def test_the_close_and_unverified_spells() -> None:
    rows = read_audit(AUDIT)
    assert not [row for row in rows if row["verdict"] == "wrong"]
    close = [row for row in rows if row["verdict"] == "close"]
    # Chaponda's start is the first whole month after his swearing-in of 2014-06-19
    assert [row["spell"]["actor_id"] for row in close] == ["george-chaponda"]
    assert (close[0]["start"], close[0]["end"]) == ("close", "yes")
    assert close[0]["fix"]
    unverified = {row["spell"]["actor_id"]: row for row in rows if row["verdict"] == "unverified"}
    assert set(unverified) == UNVERIFIED
    # no unverified spell has a date found against it; every office was confirmed
    assert all("no" not in (row["start"], row["end"]) for row in unverified.values())
    assert all(row["office"] == "yes" for row in rows)
    # Bumaya's end (Murigande's appointment of 2002-11-15) is confirmed, his start is not
    assert (unverified["andre-bumaya"]["start"], unverified["andre-bumaya"]["end"]) == (
        "unverified",
        "yes",
    )
    # by pass: kbeumena45, kbafrW45 and kbasia45 all right, kbafrE45 one of four
    for p in ("kbeumena45", "kbafrW45", "kbasia45"):
        assert all(row["verdict"] == "right" for row in rows if row["spell"]["pass"] == p)
    right_e45 = [r for r in rows if r["spell"]["pass"] == "kbafrE45" and r["verdict"] == "right"]
    assert [r["spell"]["actor_id"] for r in right_e45] == ["francis-kasaila"]


@pytest.mark.slow
def test_the_judged_spells_stand_in_the_shipped_kb(kb: KnowledgeBase) -> None:
    assert_spells_stand(kb, read_audit(AUDIT), FIXED)


@pytest.mark.slow
def test_the_close_spell_is_fixed(kb: KnowledgeBase) -> None:
    # kbafrE16's start of Chaponda's spell, kept by kbafrE45, was July 2014; he was named and
    # sworn in with the first half of Mutharika's cabinet on Thursday 2014-06-19
    mwi = "MWI"
    assert holder_ids(kb, "foreign minister", mwi, date(2014, 6, 18)) == set()
    assert holder_ids(kb, "foreign minister", mwi, date(2014, 6, 19)) == {"george-chaponda"}
    assert holder_ids(kb, "foreign minister", mwi, date(2014, 6, 30)) == {"george-chaponda"}
    # the end the audit confirmed stays as written
    assert holder_ids(kb, "foreign minister", mwi, date(2016, 4, 6)) == {"george-chaponda"}
    assert holder_ids(kb, "foreign minister", mwi, date(2016, 4, 7)) == {"francis-kasaila"}
    chaponda = next(actor for actor in kb if actor.id == "george-chaponda")
    assert (date(2014, 6, 19), date(2016, 4, 7)) in {(r.start, r.end) for r in chaponda.roles}


@pytest.mark.slow
def test_handovers_the_audit_confirmed(kb: KnowledgeBase) -> None:
    # Malawi's foreign ministry: Kasaila from the reshuffle of 2016-04-07 to that of
    # 2017-07-17 (Fabiano)
    mwi = "MWI"
    assert holder_ids(kb, "foreign minister", mwi, date(2017, 7, 16)) == {"francis-kasaila"}
    assert holder_ids(kb, "foreign minister", mwi, date(2017, 7, 17)) == {"emmanuel-fabiano"}
    # Rwanda's: Bumaya to Kagame's reshuffle of Friday 2002-11-15 (Murigande)
    rwa = "RWA"
    assert holder_ids(kb, "foreign minister", rwa, date(2002, 11, 14)) == {"andre-bumaya"}
    assert holder_ids(kb, "foreign minister", rwa, date(2002, 11, 15)) == {"charles-murigande"}
    # Nepal's: Shrestha from his oath of 2011-09-04 to Regmi's government of 2013-03-14;
    # Pandey from Koirala's cabinet expansion of 2014-02-25 to Oli's government of
    # 2015-10-12, Thapa from it to Dahal's of 2016-08-04; Mahat from 2016-08-26
    npl = "NPL"
    assert holder_ids(kb, "foreign minister", npl, date(2011, 9, 4)) == {"narayan-kaji-shrestha"}
    assert holder_ids(kb, "foreign minister", npl, date(2013, 3, 13)) == {"narayan-kaji-shrestha"}
    assert "narayan-kaji-shrestha" not in holder_ids(kb, "foreign minister", npl, date(2013, 3, 14))
    assert holder_ids(kb, "foreign minister", npl, date(2014, 2, 25)) == {"mahendra-bahadur-pandey"}
    assert holder_ids(kb, "foreign minister", npl, date(2015, 10, 11)) == {
        "mahendra-bahadur-pandey"
    }
    assert holder_ids(kb, "foreign minister", npl, date(2015, 10, 12)) == {"kamal-thapa"}
    assert holder_ids(kb, "foreign minister", npl, date(2016, 8, 3)) == {"kamal-thapa"}
    assert "kamal-thapa" not in holder_ids(kb, "foreign minister", npl, date(2016, 8, 4))
    assert holder_ids(kb, "foreign minister", npl, date(2016, 8, 26)) == {"prakash-sharan-mahat"}
    # the Gambia's: Mambury Njie from 2012-04-23 to 2012-08-23
    gmb = "GMB"
    assert "mambury-njie" in holder_ids(kb, "foreign minister", gmb, date(2012, 4, 23))
    assert "mambury-njie" not in holder_ids(kb, "foreign minister", gmb, date(2012, 8, 23))
