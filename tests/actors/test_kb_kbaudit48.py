"""The kbaudit48 audit of the twenty-seventh round's second wave (kbafr46, kbeumena46, kbasia46,
kbam46; docs/actors.md, "the kbaudit48 pass"): the list of the passes' spells is the 13 role
spells that the four merges added, the sample that `scripts/kb_audit_sample.py` draws from
`eval/data/kb_round27c_spells.jsonl` with seed 48 and size 13 (the whole list, in the order
drawn) is the one judged in `eval/data/kb_round27c_audit.jsonl`, every judgement has a verdict
and a page, the spell found wrong (Alfred Carlot's end at Vanuatu's foreign ministry, written
from the last dated page the pass read, months before he left) is fixed in the shipped KB, every
other judged spell stands in it as listed, and the four periods that kbeumena46 added to
`scripts/offices_absent.yaml` (Sweden's and Australia's interior) are judged there too."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
import yaml
from tests.actors.kb_audits import (
    ROOT,
    assert_judgements,
    assert_spells_stand,
    assert_whole_list_drawn,
    audit_sampler,
    judged_spells_are,
    read_audit,
)
from tests.actors.kb_holders import holder_ids

from newsgraph.resolve.kb import KnowledgeBase

SPELLS = ROOT / "eval" / "data" / "kb_round27c_spells.jsonl"
AUDIT = ROOT / "eval" / "data" / "kb_round27c_audit.jsonl"
ABSENT = ROOT / "scripts" / "offices_absent.yaml"
SIZE = 13
FIXED = {"alfred-carlot"}
UNVERIFIED = {("franklin-almeyda-rancier", "2004-08-16"), ("matai-seremaiah", "2023-10")}


def _spell_rows() -> list[dict[str, Any]]:
    return [row for row in read_audit(AUDIT) if row["kind"] == "spell"]


def _absent_rows() -> list[dict[str, Any]]:
    return [row for row in read_audit(AUDIT) if row["kind"] == "absent"]


def test_the_spells_are_the_passes() -> None:
    spells = audit_sampler().read_spells(SPELLS)
    assert len(spells) == SIZE
    by_pass: dict[str, int] = {}
    for s in spells:
        by_pass[s["pass"]] = by_pass.get(s["pass"], 0) + 1
    assert by_pass == {"kbafr46": 1, "kbam46": 6, "kbeumena46": 1, "kbasia46": 5}
    assert all(s["title"] and s["country"] and s["start"] and s["end"] for s in spells)
    assert len({(s["actor_id"], s["title"], s["country"], s["start"]) for s in spells}) == SIZE
    files = {s["pass"]: s["file"] for s in spells}
    assert files == {
        "kbafr46": "people_africa.yaml",
        "kbam46": "people_americas.yaml",
        "kbeumena46": "people_europe.yaml",
        "kbasia46": "people_oceania.yaml",
    }
    # Matai Seremaiah's two spells; Napat's and Ati's in the `extend:` section
    assert sorted(s["actor_id"] for s in spells if s["pass"] == "kbasia46") == [
        "alfred-carlot",
        "jotham-napat",
        "marc-ati",
        "matai-seremaiah",
        "matai-seremaiah",
    ]


def test_the_judged_spells_are_the_drawn_sample() -> None:
    sampler = audit_sampler()
    spells = sampler.read_spells(SPELLS)
    drawn = sampler.draw(spells, seed=48, size=SIZE)
    rows = _spell_rows()
    assert judged_spells_are(drawn, rows)
    assert [row["draw"] for row in rows] == list(range(1, SIZE + 1))
    assert_whole_list_drawn(spells, drawn)  # the list being short, every spell was judged
    # the spell rows come first, the four absent periods after them
    kinds = [row["kind"] for row in read_audit(AUDIT)]
    assert kinds == ["spell"] * SIZE + ["absent"] * 4


def test_every_judgement_has_a_verdict_and_a_page() -> None:
    assert_judgements(
        _spell_rows(), {"right": 10, "close": 0, "wrong": 1, "unverified": 2}, size=SIZE
    )


def test_the_wrong_and_unverified_spells() -> None:
    rows = _spell_rows()
    wrong = {row["spell"]["actor_id"]: row for row in rows if row["verdict"] == "wrong"}
    assert set(wrong) == FIXED
    # Carlot's end was the last dated page the pass read; pages of January and February 2013
    # name him foreign minister of Kilman's next government
    assert (wrong["alfred-carlot"]["start"], wrong["alfred-carlot"]["end"]) == ("coarser", "no")
    unverified = {
        (row["spell"]["actor_id"], row["spell"]["start"])
        for row in rows
        if row["verdict"] == "unverified"
    }
    assert unverified == UNVERIFIED
    # neither has a date found against it: Almeyda's start and Seremaiah's end are not found
    by_id = {(row["spell"]["actor_id"], row["spell"]["start"]): row for row in rows}
    almeyda = by_id[("franklin-almeyda-rancier", "2004-08-16")]
    assert (almeyda["start"], almeyda["end"]) == ("unverified", "yes")
    seremaiah = by_id[("matai-seremaiah", "2023-10")]
    assert (seremaiah["start"], seremaiah["end"]) == ("yes", "unverified")
    # every office is confirmed, and no date but Carlot's end is found against
    assert all(row["office"] == "yes" for row in rows)
    assert [row["spell"]["actor_id"] for row in rows if "no" in (row["start"], row["end"])] == [
        "alfred-carlot"
    ]


def test_the_absent_periods_judged() -> None:
    rows = _absent_rows()
    assert all(row["verdict"] == "right" and row["pages"] for row in rows)
    judged = {(row["state"], row["office"], row["start"], row["end"]) for row in rows}
    entries = yaml.safe_load(ABSENT.read_text(encoding="utf-8"))
    listed = {
        (
            e["state"],
            e["office"],
            e.get("start") and e["start"].isoformat(),
            e.get("end") and e["end"].isoformat(),
        )
        for e in entries
        if e["state"] in ("SWE", "AUS") and e["office"] == "interior"
    }
    # the four periods kbeumena46 added, unchanged by the audit
    expected = {
        ("SWE", "interior", None, "2014-10-03"),
        ("SWE", "interior", "2022-10-18", None),
        ("AUS", "interior", None, "2007-12-01"),
        ("AUS", "interior", "2013-09-18", "2017-12-20"),
    }
    assert judged == expected
    assert listed == expected


@pytest.mark.slow
def test_the_judged_spells_stand_in_the_shipped_kb(kb: KnowledgeBase) -> None:
    assert_spells_stand(kb, _spell_rows(), FIXED)


@pytest.mark.slow
def test_the_wrong_spell_is_fixed(kb: KnowledgeBase) -> None:
    # kbasia46 ended Alfred Carlot on 2012-09-26 (the last dated page it read); the RNZ and
    # vanuatudigest.com name him foreign minister on 2013-01-23, 2013-01-29 and 2013-02-15, in
    # Kilman's fourth government, which ended on 2013-03-23, Edward Natapei's shipped start
    carlot = next(actor for actor in kb if actor.id == "alfred-carlot")
    assert [(r.title, r.country, r.start, r.end) for r in carlot.roles] == [
        ("foreign minister", "VUT", date(2011, 6, 30), date(2013, 3, 23))
    ]
    vut = "VUT"
    for day in (date(2012, 9, 26), date(2012, 11, 19), date(2013, 1, 29), date(2013, 2, 15)):
        assert holder_ids(kb, "foreign minister", vut, day) == {"alfred-carlot"}
    assert holder_ids(kb, "foreign minister", vut, date(2013, 3, 22)) == {"alfred-carlot"}
    assert holder_ids(kb, "foreign minister", vut, date(2013, 3, 23)) == {"edward-natapei"}


@pytest.mark.slow
def test_handovers_the_audit_confirmed(kb: KnowledgeBase) -> None:
    # Guatemala's Gobernación: Soto to Vielmann on 2004-07-22, Vielmann to Torrebiarte on
    # 2007-03-27
    gtm = "GTM"
    im = "interior minister"
    assert holder_ids(kb, im, gtm, date(2004, 7, 21)) == {"arturo-soto-guatemala"}
    assert holder_ids(kb, im, gtm, date(2004, 7, 22)) == {"carlos-vielmann"}
    assert holder_ids(kb, im, gtm, date(2007, 3, 26)) == {"carlos-vielmann"}
    assert "carlos-vielmann" not in holder_ids(kb, im, gtm, date(2007, 3, 27))
    # the Dominican Republic's interior: Almeyda to Fadul's decree of 2011-03-03
    dom = "DOM"
    assert holder_ids(kb, im, dom, date(2011, 3, 2)) == {"franklin-almeyda-rancier"}
    assert "franklin-almeyda-rancier" not in holder_ids(kb, im, dom, date(2011, 3, 3))
    # Mauritania's defence: Ould Mohamed Lemine from the list of 2007-04-28, kept by the junta's
    # government of 2008-08-31, to the government of national unity of 2009-06-27
    mrt = "MRT"
    lemine = "mohamed-mahmoud-ould-mohamed-lemine"
    assert lemine in holder_ids(kb, "defence minister", mrt, date(2007, 4, 28))
    assert lemine in holder_ids(kb, "defence minister", mrt, date(2008, 9, 1))
    assert lemine not in holder_ids(kb, "defence minister", mrt, date(2009, 6, 27))
    # Vanuatu's foreign ministry of 2023: Ati in Kilman's cabinet to his fall on 2023-10-06
    vut = "VUT"
    assert holder_ids(kb, "foreign minister", vut, date(2023, 9, 15)) == {"marc-ati"}
    assert "marc-ati" not in holder_ids(kb, "foreign minister", vut, date(2023, 10, 6))
