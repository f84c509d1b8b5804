"""Foreign ministers of Grenada (2010-14) and Saint Lucia's national security minister from
2021, a checked pass (issue 14, kbsam34): Karl Hood, Tillman Thomas and Nickolas Steele at
Grenada's Foreign Affairs, Prime Minister Philip J. Pierre at Saint Lucia's National Security,
read from stored copies of public pages (docs/actors.md, "the kbsam34 pass"); a day inside each
new spell, the handover days, the gaps left open and the names kept from being anyone's alone.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    # Grenada, foreign
    ("foreign minister", "GRD", date(2011, 6, 1)): "karl-hood",
    ("foreign minister", "GRD", date(2012, 10, 1)): "tillman-thomas",
    ("foreign minister", "GRD", date(2014, 1, 1)): "nickolas-steele",
    # Saint Lucia, national security (the interior office)
    ("national security minister", "LCA", date(2023, 1, 1)): "philip-j-pierre",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_grenada_foreign_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Hood sworn in on 2010-11-19 in Peter David's place (David's spell, its start not read,
    left out); Hood's resignation and Thomas's assumption of the post on 2012-05-17; Thomas to
    the end of his government (February 2013); Steele from March 2013 to the reshuffle that took
    effect on 2014-12-01 (Clarice Modeste, his successor, left out: her end not read)."""
    grd = "GRD"
    assert holder_ids(kb, "foreign minister", grd, date(2010, 11, 18)) == set()  # Peter David
    assert holder_ids(kb, "foreign minister", grd, date(2010, 11, 19)) == {"karl-hood"}
    assert holder_ids(kb, "foreign minister", grd, date(2012, 5, 16)) == {"karl-hood"}
    assert holder_ids(kb, "foreign minister", grd, date(2012, 5, 17)) == {"tillman-thomas"}
    assert holder_ids(kb, "foreign minister", grd, date(2013, 3, 15)) == {"nickolas-steele"}
    assert holder_ids(kb, "foreign minister", grd, date(2014, 11, 30)) == {"nickolas-steele"}
    assert holder_ids(kb, "foreign minister", grd, date(2014, 12, 1)) == set()  # Modeste
    assert holder_ids(kb, "foreign minister", grd, date(2018, 6, 1)) == set()
    # Thomas keeps his premiership; his national security portfolio (start not read) is not coded
    assert holder_ids(kb, "prime minister", grd, date(2012, 10, 1)) == {"tillman-thomas"}
    assert holder_ids(kb, "national security minister", grd, date(2012, 10, 1)) == set()


def test_saint_lucia_national_security_handover(kb: KnowledgeBase) -> None:
    """Hermangild Francis to the change of government (2021-07-28); Pierre from August 2021
    (month only), open; the days between stay nobody's; Home Affairs (Albert-Poyotte, Norbert)
    is not the coded office."""
    lca = "LCA"
    assert holder_ids(kb, "national security minister", lca, date(2021, 7, 27)) == {
        "hermangild-francis"
    }
    assert holder_ids(kb, "national security minister", lca, date(2021, 7, 30)) == set()
    assert holder_ids(kb, "national security minister", lca, date(2021, 8, 1)) == {
        "philip-j-pierre"
    }
    assert holder_ids(kb, "national security minister", lca, date(2025, 6, 1)) == {
        "philip-j-pierre"
    }
    assert holder_ids(kb, "prime minister", lca, date(2023, 1, 1)) == {"philip-j-pierre"}
    assert holder_ids(kb, "national security minister", lca, date(2015, 1, 1)) == set()


def test_names(kb: KnowledgeBase) -> None:
    """The new people's names resolve; "Hood" and "Steele", English surnames borne by others in
    the news, are written in catalogue order only and stay no one's alone; "Thomas" and
    "Pierre" stay no one's."""
    assert alias_ids(kb, "Karl Hood") == {"karl-hood"}
    assert alias_ids(kb, "Hood, Karl") == {"karl-hood"}
    assert alias_ids(kb, "Nickolas Steele") == {"nickolas-steele"}
    assert alias_ids(kb, "Nikolas Steele") == {"nickolas-steele"}
    assert alias_ids(kb, "Tillman Thomas") == {"tillman-thomas"}
    assert alias_ids(kb, "Philip J. Pierre") == {"philip-j-pierre"}
    for word in ("Hood", "Steele", "Karl", "Nickolas", "Thomas", "Pierre"):
        assert not alias_ids(kb, word) & {
            "karl-hood",
            "nickolas-steele",
            "tillman-thomas",
            "philip-j-pierre",
        }, word
