"""The kbaudit42 audit of the twenty-fourth round's second wave of KB spells (docs/actors.md,
"the kbaudit42 pass"): the list of the wave's spells is the 7 that its three KB branches (kbafr41,
kbam41, kbeurasia41) added or changed (kbaudit41's fixes and main's own edits of
institutions_world.yaml and states.yaml left out), the sample that `scripts/kb_audit_sample.py`
draws from `eval/data/kb_round24b_spells.jsonl` with seed 42 and size 7 (the whole list, in the
order drawn) is the one judged in `eval/data/kb_round24b_audit.jsonl`, every judgement has a
verdict and a page, none was found wrong, and every judged spell stands in the shipped KB as
listed (no spell was changed by the audit)."""

from __future__ import annotations

from datetime import date, timedelta

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
from newsgraph.resolve.kb_files import parse_kb_date

SPELLS = ROOT / "eval" / "data" / "kb_round24b_spells.jsonl"
AUDIT = ROOT / "eval" / "data" / "kb_round24b_audit.jsonl"
PASSES = {"kbafr41", "kbam41", "kbeurasia41"}
SIZE = 7


def test_the_spells_are_the_wave_s_branches() -> None:
    spells = audit_sampler().read_spells(SPELLS)
    assert len(spells) == SIZE
    assert {s["pass"] for s in spells} == PASSES
    assert all(s["title"] and s["country"] and s["start"] for s in spells)
    assert len({(s["actor_id"], s["title"], s["country"], s["start"]) for s in spells}) == SIZE
    # kbaudit41's fixes (Ghana's interior ministers, spells of the first wave) are not among
    # them, nor main's own edits of the round (institutions_world.yaml, states.yaml)
    fixed = {"papa-owusu-ankomah", "albert-kan-dapaah", "kwamena-bartels"}
    assert not any(s["actor_id"] in fixed for s in spells)
    assert {s["file"] for s in spells} <= {
        "people_africa.yaml",
        "people_americas.yaml",
        "people_asia.yaml",
        "people_oceania.yaml",
    }
    # the spells each pass wrote: two new people (kbafr41: Ivala; a refined start: Ougoureh
    # Kifleh Ahmed), three new people (kbam41), two corrected starts (kbeurasia41)
    by_pass = {p: sorted(s["actor_id"] for s in spells if s["pass"] == p) for p in PASSES}
    assert by_pass == {
        "kbafr41": ["clotaire-christian-ivala", "ougoureh-kifleh-ahmed"],
        "kbam41": ["camillo-gonsalves", "douglas-slater", "joketani-cokanasiga"],
        "kbeurasia41": ["hina-rabbani-khar", "moldomusa-kongantiev"],
    }


def test_the_judged_spells_are_the_drawn_sample() -> None:
    spells, drawn = assert_drawn_sample_judged(SPELLS, AUDIT, seed=42, size=SIZE)
    assert_whole_list_drawn(spells, drawn)  # the list being short, every spell was judged


def test_every_judgement_has_a_verdict_and_a_page() -> None:
    assert_judgements(
        read_audit(AUDIT), {"right": 6, "close": 0, "wrong": 0, "unverified": 1}, size=SIZE
    )


def test_the_unverified_spell_is_ivala_s() -> None:
    # Ivala's two days are the days a page names him in office, not his start and end: the
    # office is confirmed, neither change of minister is dated on a page read
    rows = [row for row in read_audit(AUDIT) if row["verdict"] == "unverified"]
    assert [row["spell"]["actor_id"] for row in rows] == ["clotaire-christian-ivala"]
    assert rows[0]["office"] == "yes"
    assert (rows[0]["start"], rows[0]["end"]) == ("unverified", "unverified")
    # no judged office is wrong
    assert all(row["office"] == "yes" for row in read_audit(AUDIT))


@pytest.mark.slow
def test_the_judged_spells_stand_in_the_shipped_kb(kb: KnowledgeBase) -> None:
    actors = {actor.id: actor for actor in kb}
    for spell in audit_sampler().read_spells(SPELLS):
        start = parse_kb_date(spell["start"])
        end = parse_kb_date(spell["end"], end=True)
        roles = {(r.title, r.country, r.start, r.end) for r in actors[spell["actor_id"]].roles}
        assert (spell["title"], spell["country"], start, end) in roles, spell
        # the holder on the spell's first and last day (the end is exclusive)
        for day in (start, end - timedelta(days=1)):
            assert spell["actor_id"] in holder_ids(kb, spell["title"], spell["country"], day)


@pytest.mark.slow
def test_the_corrected_starts_the_audit_confirmed(kb: KnowledgeBase) -> None:
    # kbeurasia41's two corrected starts, confirmed by the audit: Kongantiev from the day
    # Nogoibayev was sacked (2008-01-14, Eurasia Daily Monitor), Hina Rabbani Khar from her
    # oath (Tuesday 2011-07-19, Dawn, the Express Tribune)
    assert holder_ids(kb, "interior minister", "KGZ", date(2008, 1, 13)) == set()
    assert holder_ids(kb, "interior minister", "KGZ", date(2008, 1, 14)) == {"moldomusa-kongantiev"}
    assert holder_ids(kb, "foreign minister", "PAK", date(2011, 7, 18)) == set()
    assert holder_ids(kb, "foreign minister", "PAK", date(2011, 7, 19)) == {"hina-rabbani-khar"}
    # Saint Vincent's foreign ministry of 2013: Slater to August, Camillo Gonsalves from his
    # oath of Monday 2013-09-16 (Searchlight), the first half of September nobody's
    assert holder_ids(kb, "foreign minister", "VCT", date(2013, 8, 31)) == {"douglas-slater"}
    assert holder_ids(kb, "foreign minister", "VCT", date(2013, 9, 10)) == set()
    assert holder_ids(kb, "foreign minister", "VCT", date(2013, 9, 16)) == {"camillo-gonsalves"}
