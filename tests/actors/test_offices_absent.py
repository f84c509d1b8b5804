"""Offices that did not exist (issue 14, item 1): ``scripts/offices_absent.yaml`` lists, with
sources, the days on which a state had no such office (or was no state yet), and
``scripts/kb_coverage.py`` reads the share of the days the office existed from it. An absent
period may never overlap a KB spell of that office: a holder on a day means the office existed
that day (fix the entry, never the KB)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Any

import pycountry
import pytest
import yaml

from newsgraph.types import RoleSpell

ROOT = Path(__file__).resolve().parents[2]


def _cov() -> Any:
    sys.path.insert(0, str(ROOT / "scripts"))
    import kb_coverage  # type: ignore[import-not-found]

    return kb_coverage


def test_every_entry_is_well_formed() -> None:
    """A sovereign state, one of the measure's offices, dates that parse (end after start), a
    why and a source; no two periods of a state and office overlap."""
    cov = _cov()
    raw = yaml.safe_load((ROOT / "scripts/offices_absent.yaml").read_text(encoding="utf-8"))
    assert raw, "no entries"

    seen: dict[tuple[str, str], list[tuple[date, date]]] = {}
    for e in raw:
        assert set(e) <= {"state", "office", "start", "end", "why", "source"}, e
        iso = e["state"]
        assert pycountry.countries.get(alpha_3=iso) is not None, iso
        assert iso not in cov.NOT_SOVEREIGN, iso
        assert e["office"] in cov.OFFICES, e
        start = e.get("start") or date(2000, 1, 1)
        end = e.get("end") or date(2100, 1, 1)
        assert isinstance(start, date) and isinstance(end, date), e
        assert start < end, e
        assert str(e.get("why") or "").strip() and str(e.get("source") or "").strip(), e
        for s2, e2 in seen.get((iso, e["office"]), []):
            assert end <= s2 or e2 <= start, e
        seen.setdefault((iso, e["office"]), []).append((start, end))


def test_absent_days_and_the_share_of_the_days_the_office_existed() -> None:
    """A day with no holder inside an absent period is not a gap; a day with a holder outside
    it counts; an office absent on every day has no share."""
    cov = _cov()
    entries = (
        {"state": "XXX", "office": "defence", "start": date(2000, 1, 11), "end": date(2000, 1, 21),
         "why": "no ministry"},
        {"state": "XXX", "office": "foreign", "start": None, "end": None, "why": "other office"},
    )  # fmt: skip
    since, until = date(2000, 1, 1), date(2000, 1, 31)  # 30 days
    absent = cov.absent_days("XXX", "defence", since, until, entries)
    assert sorted(absent) == [date(2000, 1, d) for d in range(11, 21)]
    assert set(absent.values()) == {"no ministry"}
    assert cov.absent_days("YYY", "defence", since, until, entries) == {}
    # a holder on days 1-10 and 21-25: 15 of the 20 days the office existed; 15 of 30 raw
    t = "defence minister"
    spells = [
        RoleSpell(t, "XXX", start=date(2000, 1, 1), end=date(2000, 1, 11)),
        RoleSpell(t, "XXX", start=date(2000, 1, 21), end=date(2000, 1, 26)),
    ]
    assert cov.covered_share(spells, since, until) == pytest.approx(0.5)
    assert cov.existed_share(spells, since, until, absent) == pytest.approx(0.75)
    assert cov.existed_share([], since, until, absent) == 0.0
    every = cov.absent_days("XXX", "foreign", since, until, entries)
    assert len(every) == 30
    assert cov.existed_share(spells, since, until, every) is None
    # --gaps: the uncovered run 2000-01-11 .. 2000-01-20 is NO OFFICE, 26 .. 30 NO HOLDER
    runs = cov.uncovered_runs(spells, since, until)
    assert runs == [(date(2000, 1, 11), date(2000, 1, 20)), (date(2000, 1, 26), date(2000, 1, 30))]
    assert cov.split_runs(date(2000, 1, 9), date(2000, 1, 22), absent) == [
        (date(2000, 1, 9), date(2000, 1, 10), None),
        (date(2000, 1, 11), date(2000, 1, 20), "no ministry"),
        (date(2000, 1, 21), date(2000, 1, 22), None),
    ]
    assert cov.full_count([{"defence": 0.96}, {"defence": None}, {"defence": 0.5}], "defence") == (
        1,
        2,
    )


@pytest.mark.slow
def test_no_absent_period_overlaps_a_kb_spell_of_the_office() -> None:
    """If the KB codes a holder of the office on a day, the office existed that day: no entry
    of ``offices_absent.yaml`` may cover it (the spells the measure reads, the head of state's
    for the head of government where the KB has no prime minister)."""
    cov = _cov()
    kb = cov.shipped_kb()
    clashes = []
    for e in cov.offices_absent():
        start, end = e["start"], e["end"] or date(2100, 1, 1)
        for r in cov.state_office_spells(kb, e["state"], e["office"]):
            r_start = r.start or date(1, 1, 1)
            r_end = r.end or date(9999, 1, 1)
            if r_start < end and start < r_end:
                clashes.append((e["state"], e["office"], str(start), str(end), r.title,
                                str(r.start), str(r.end)))  # fmt: skip
    assert not clashes, clashes
