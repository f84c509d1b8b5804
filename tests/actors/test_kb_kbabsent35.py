"""Offices that did not exist, checked (issue 14, kbabsent35): the interior offices of Ireland,
Denmark, Norway, the Federated States of Micronesia, Palau and the Holy See (police under a
justice ministry or the Governorate, no interior or security minister), Brazil's before and
after its ministry of public security of 2018-19, Iceland's before and after its interior
ministry of 2011-17, and the defence offices of Saint Kitts and Nevis (its defence force under
the national security minister), San Marino (no regular armed forces) and Malta from 2013 (the
armed forces under the home affairs minister) in ``scripts/offices_absent.yaml``, read from
stored copies of public pages (docs/actors.md, "the kbabsent35 pass"); the spells of Iceland's
three interior ministers of 2011-17 and Monaco's interior minister from 2024; the entries are
loaded and counted by ``scripts/kb_coverage.py``, and the names stay no one's alone.
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

# (state, office, start, end) of the pass's entries; None: the entry gives none
ENTRIES = {
    ("IRL", "interior", date(2000, 1, 1), None),
    ("DNK", "interior", date(2000, 1, 1), None),
    ("NOR", "interior", date(2000, 1, 1), None),
    ("BRA", "interior", date(2000, 1, 1), date(2018, 2, 1)),
    ("BRA", "interior", date(2019, 1, 1), None),
    ("ISL", "interior", date(2000, 1, 1), date(2011, 1, 1)),
    ("ISL", "interior", date(2017, 5, 1), None),
    ("FSM", "interior", date(2000, 1, 1), None),
    ("PLW", "interior", date(2000, 1, 1), None),
    ("VAT", "interior", date(2000, 1, 1), None),
    ("KNA", "defence", date(2000, 1, 1), None),
    ("SMR", "defence", date(2000, 1, 1), None),
    ("MLT", "defence", date(2013, 3, 13), None),
}
# the cells whose office existed on no day of the measure's period: no share
NEVER = {
    *((iso, "interior") for iso in ("IRL", "DNK", "NOR", "FSM", "PLW", "VAT")),
    *((iso, "defence") for iso in ("KNA", "SMR")),
}


def _cov() -> Any:
    sys.path.insert(0, str(ROOT / "scripts"))
    import kb_coverage  # type: ignore[import-not-found]

    return kb_coverage


def test_the_entries_are_loaded() -> None:
    """Each of the pass's entries is in ``offices_absent.yaml`` with its dates, a why and a
    source naming the pass."""
    cov = _cov()
    got = {(e["state"], e["office"], e["start"], e["end"]): e for e in cov.offices_absent()}
    for key in ENTRIES:
        assert key in got, key
        assert "kbabsent35" in got[key]["source"], key
        assert got[key]["why"].strip(), key


def test_the_absent_days_are_counted() -> None:
    """The measure reads the entries: a whole-period entry leaves the office no day, so the
    state is out of the M/K count; Brazil's entries leave 2018-02-01 to 2018-12-31 (Raul
    Jungmann's ministry of public security), Iceland's 2011-01-01 to 2017-04-30, Malta's
    defence the days before 2013-03-13."""
    cov = _cov()
    for iso, office in NEVER:
        absent = cov.absent_days(iso, office, SINCE, UNTIL)
        assert len(absent) == (UNTIL - SINCE).days, (iso, office)
        assert cov.existed_share([], SINCE, UNTIL, absent) is None, (iso, office)
    bra = cov.absent_days("BRA", "interior", SINCE, UNTIL)
    assert date(2018, 1, 31) in bra and date(2019, 1, 1) in bra
    assert date(2018, 2, 1) not in bra and date(2018, 12, 31) not in bra
    assert len(bra) == (UNTIL - SINCE).days - (date(2019, 1, 1) - date(2018, 2, 1)).days
    isl = cov.absent_days("ISL", "interior", SINCE, UNTIL)
    assert date(2010, 12, 31) in isl and date(2017, 5, 1) in isl
    assert date(2011, 1, 1) not in isl and date(2017, 4, 30) not in isl
    mlt = cov.absent_days("MLT", "defence", SINCE, UNTIL)
    assert date(2013, 3, 12) not in mlt and date(2013, 3, 13) in mlt


@pytest.mark.slow
def test_the_shares_over_the_days_the_office_existed() -> None:
    """On the shipped KB: Brazil's interior at 100% of the days it existed (Jungmann's
    spell), Iceland's at 94.7% of its interior ministry's days with the three ministers below
    (the weeks of 2014-11-21 to 12-04 and 2017-01-11 to 05-01, when a minister of justice held
    the police inside the interior ministry, stay open), the whole-period cells no share."""
    cov = _cov()
    kb = cov.shipped_kb()
    _, existed = cov.office_coverage(kb, ("BRA", "ISL", "IRL", "KNA", "MLT"), SINCE, UNTIL)
    assert existed["BRA"]["interior"] == pytest.approx(1.0)
    isl = existed["ISL"]["interior"]
    assert isl is not None and 0.94 <= isl < 0.95
    assert existed["IRL"]["interior"] is None
    assert existed["KNA"]["defence"] is None
    assert existed["MLT"]["defence"] == pytest.approx(0.0)  # 2000-13: the prime minister's


SPELLS = {
    ("interior minister", "ISL", date(2012, 6, 1)): "ogmundur-jonasson",
    ("interior minister", "ISL", date(2014, 1, 1)): "hanna-birna-kristjansdottir",
    ("interior minister", "ISL", date(2016, 1, 1)): "olof-nordal",
    ("interior minister", "MCO", date(2025, 1, 1)): "lionel-beffre",
}

test_each_new_spell_names_its_holder = pytest.mark.slow(each_spell_names_its_holder(SPELLS))


@pytest.mark.slow
def test_iceland_interior_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """The ministry's first day (2011-01-01), Hanna Birna's start (2013-05-23) and resignation
    (2014-11-21), Ólöf Nordal's appointment (2014-12-04) and the division of the duties
    (2017-01-11); the weeks between stay nobody's."""
    isl = "ISL"
    assert holder_ids(kb, "interior minister", isl, date(2010, 12, 31)) == set()
    assert holder_ids(kb, "interior minister", isl, date(2011, 1, 1)) == {"ogmundur-jonasson"}
    assert holder_ids(kb, "interior minister", isl, date(2013, 5, 22)) == {"ogmundur-jonasson"}
    assert holder_ids(kb, "interior minister", isl, date(2013, 5, 23)) == {
        "hanna-birna-kristjansdottir"
    }
    assert holder_ids(kb, "interior minister", isl, date(2014, 11, 20)) == {
        "hanna-birna-kristjansdottir"
    }
    assert holder_ids(kb, "interior minister", isl, date(2014, 11, 25)) == set()
    assert holder_ids(kb, "interior minister", isl, date(2014, 12, 4)) == {"olof-nordal"}
    assert holder_ids(kb, "interior minister", isl, date(2017, 1, 10)) == {"olof-nordal"}
    assert holder_ids(kb, "interior minister", isl, date(2017, 1, 11)) == set()
    assert holder_ids(kb, "interior minister", "MCO", date(2024, 8, 4)) == set()  # Cellario
    assert holder_ids(kb, "interior minister", "MCO", date(2024, 8, 5)) == {"lionel-beffre"}


@pytest.mark.slow
def test_names(kb: KnowledgeBase) -> None:
    """The new people's names resolve, with and without their letters; the Icelandic
    patronymics (written in catalogue order) are no one's alone; "Beffre" is his."""
    assert alias_ids(kb, "Ögmundur Jónasson") == {"ogmundur-jonasson"}
    assert alias_ids(kb, "Ogmundur Jonasson") == {"ogmundur-jonasson"}
    assert alias_ids(kb, "Hanna Birna Kristjánsdóttir") == {"hanna-birna-kristjansdottir"}
    assert alias_ids(kb, "Ólöf Nordal") == {"olof-nordal"}
    assert alias_ids(kb, "Olof Nordal") == {"olof-nordal"}
    assert alias_ids(kb, "Lionel Beffre") == {"lionel-beffre"}
    assert alias_ids(kb, "Beffre") == {"lionel-beffre"}
    for word in ("Jónasson", "Kristjánsdóttir", "Nordal", "Hanna", "Birna", "Ólöf"):
        assert not alias_ids(kb, word) & {
            "ogmundur-jonasson",
            "hanna-birna-kristjansdottir",
            "olof-nordal",
        }, word
