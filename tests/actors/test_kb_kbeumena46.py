"""San Marino's Secretary of State for Internal Affairs of 2012-16 and the days on which Sweden
and Australia had no interior office, a checked pass (issue 14, kbeumena46): Gian Carlo
Venturini from the government sworn on 2012-12-05 to the next, sworn on 2016-12-27 (Guerrino
Zanotti's shipped start); in ``scripts/offices_absent.yaml``, Sweden's years without a
Minister of the Interior (for Home Affairs), 2000 to 2014-10-03 and from 2022-10-18, and
Australia's without a Minister for Home Affairs, 2000 to December 2007 and 2013-09-18 to
2017-12-20, all read from stored copies of public pages (docs/actors.md, "the kbeumena46
pass"); a day inside the new spell, its edges, the entries and their counted days, the gaps
left open (San Marino before 2012, Sweden's months of Morgan Johansson's combined ministry,
Monaco's foreign ministry before 2011, Andorra's interior before 2012, Yemen's defence of
2000-06 and 2015-18) and the names.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

ROOT = Path(__file__).resolve().parents[2]
SINCE, UNTIL = date(2000, 1, 1), date(2025, 6, 30)  # the measure's defaults

SPELLS = {
    # sanmarinortv.sm a10487 (2013): "il Segretario di Stato per gli Affari Interni, Giancarlo
    # Venturini"
    ("interior minister", "SMR", date(2013, 3, 1)): "gian-carlo-venturini",
    # dire.it 2016-11-07: "Professione: Segretario di Stato Affari Interni e Giustizia"
    ("interior minister", "SMR", date(2016, 11, 7)): "gian-carlo-venturini",
}

test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)

# (state, office, start, end) of the pass's entries in offices_absent.yaml
ENTRIES = {
    ("SWE", "interior", date(2000, 1, 1), date(2014, 10, 3)),
    ("SWE", "interior", date(2022, 10, 18), None),
    ("AUS", "interior", date(2000, 1, 1), date(2007, 12, 1)),
    ("AUS", "interior", date(2013, 9, 18), date(2017, 12, 20)),
}


def _cov() -> Any:
    sys.path.insert(0, str(ROOT / "scripts"))
    import kb_coverage  # type: ignore[import-not-found]

    return kb_coverage


def test_san_marino_interior_edges(kb: KnowledgeBase) -> None:
    """Venturini from his oath on the night of 2012-12-05 (the government "entrato nel pieno
    delle sue funzioni" at 23.21) to the day before Zanotti's, 2016-12-27."""
    smr = "SMR"
    assert holder_ids(kb, "interior minister", smr, date(2012, 12, 4)) == set()
    assert holder_ids(kb, "interior minister", smr, date(2012, 12, 5)) == {"gian-carlo-venturini"}
    assert holder_ids(kb, "interior minister", smr, date(2016, 12, 26)) == {"gian-carlo-venturini"}
    assert holder_ids(kb, "interior minister", smr, date(2016, 12, 27)) == {"guerrino-zanotti"}


def test_the_entries_are_loaded_and_counted() -> None:
    """Each entry is in ``offices_absent.yaml`` with its dates, a why and a source naming the
    pass; the measure counts the days outside the Swedish post's years of 2014-22 and the
    Australian post's of December 2007 to 2013 and from 2017-12-20 as absent."""
    cov = _cov()
    got = {(e["state"], e["office"], e["start"], e["end"]): e for e in cov.offices_absent()}
    for key in ENTRIES:
        assert key in got, key
        assert "kbeumena46" in got[key]["source"], key
        assert got[key]["why"].strip(), key
    swe = cov.absent_days("SWE", "interior", SINCE, UNTIL)
    assert date(2000, 1, 1) in swe and date(2014, 10, 2) in swe
    assert date(2014, 10, 3) not in swe and date(2022, 10, 17) not in swe
    assert date(2022, 10, 18) in swe
    aus = cov.absent_days("AUS", "interior", SINCE, UNTIL)
    assert date(2007, 11, 30) in aus and date(2007, 12, 1) not in aus
    assert date(2013, 9, 17) not in aus and date(2013, 9, 18) in aus
    assert date(2017, 12, 19) in aus and date(2017, 12, 20) not in aus


@pytest.mark.slow
def test_the_shares_over_the_days_the_office_existed() -> None:
    """On the shipped KB: Australia's interior at >= 99% of the days the post existed (the
    two days of December 2007 before Bob Debus's start and the nine of the interim ministry of
    2022 open), Sweden's at 70-72% (Morgan Johansson's months of 2017-19 and 2021-22 open)."""
    cov = _cov()
    kb = cov.shipped_kb()
    _, existed = cov.office_coverage(kb, ("SWE", "AUS"), SINCE, UNTIL)
    aus, swe = existed["AUS"]["interior"], existed["SWE"]["interior"]
    assert aus is not None and aus >= 0.99
    assert swe is not None and 0.70 <= swe < 0.72


@pytest.mark.slow
def test_gaps_left_open(kb: KnowledgeBase) -> None:
    """The cells searched and not dated stay open: San Marino's interior before 2012-12-05
    (Valeria Ciavatta's first and last days not read); Sweden's interior while Morgan
    Johansson held it with justice (left uncoded, as kbeu10 to kbeumena42 decided); Monaco's
    foreign ministry before 2011 (Franck Biancheri's year not read); Andorra's interior before
    2012-07-25; Yemen's defence of 2000-06 and 2015-18; Australia's interim days of 2022."""
    assert holder_ids(kb, "interior minister", "SMR", date(2010, 1, 1)) == set()
    assert holder_ids(kb, "interior minister", "SWE", date(2018, 1, 1)) == set()
    assert holder_ids(kb, "interior minister", "SWE", date(2022, 6, 1)) == set()
    assert holder_ids(kb, "foreign minister", "MCO", date(2009, 1, 1)) == set()
    assert holder_ids(kb, "interior minister", "AND", date(2010, 1, 1)) == set()
    assert holder_ids(kb, "defence minister", "YEM", date(2003, 1, 1)) == set()
    assert holder_ids(kb, "defence minister", "YEM", date(2017, 1, 1)) == set()
    assert holder_ids(kb, "interior minister", "AUS", date(2022, 5, 25)) == set()
    assert holder_ids(kb, "interior minister", "AUS", date(2022, 6, 1)) == {"clare-oneil"}


@pytest.mark.slow
def test_names(kb: KnowledgeBase) -> None:
    """Venturini's full name and its other spelling are his alone; written in catalogue order,
    the bare surname is nobody's (Angela and Mario Venturini are other San Marino figures), and
    "Gian Carlo" and "Giancarlo" are no one's shared names; Ciavatta stays the Phoenix head."""
    assert alias_ids(kb, "Gian Carlo Venturini") == {"gian-carlo-venturini"}
    assert alias_ids(kb, "Giancarlo Venturini") == {"gian-carlo-venturini"}
    assert "gian-carlo-venturini" not in alias_ids(kb, "Venturini")
    assert not kb.sharing("Venturini")
    for given in ("Gian Carlo", "Giancarlo"):
        assert not kb.sharing(given), given
    assert alias_ids(kb, "Valeria Ciavatta") == {"valeria-ciavatta"}
