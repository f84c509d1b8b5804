"""Mauritania's defence minister of 2007-09, a checked pass (issue 14, kbafr46): Mohamed Mahmoud
Ould Mohamed Lemine, from Zeine Ould Zeidane's government made public on 2007-04-28, kept in
2008, to the government of national unity made public in the night of 2009-06-26/27, read from
stored copies of public pages (docs/actors.md, "the kbafr46 pass"); a day inside the new spell,
the handover days, the gaps left open and the names.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    # Jeune Afrique, 2007-05-07: "Mohamed Ould Mohamed Lemine, nouveau ministre de la Défense"
    ("defence minister", "MRT", date(2007, 5, 7)): "mohamed-mahmoud-ould-mohamed-lemine",
    # AFP via france24.com, 2008-09-01: the minister of defence "kept" his portfolio
    ("defence minister", "MRT", date(2008, 9, 1)): "mohamed-mahmoud-ould-mohamed-lemine",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_mauritania_defence_handovers(kb: KnowledgeBase) -> None:
    """Nobody the day before the government made public on 2007-04-28, Ould Mohamed Lemine
    from that day to the day before the government of national unity made public in the night
    of 2009-06-26/27 (Yedali Ould Cheikh, not coded), nobody from then."""
    mrt = "MRT"
    assert holder_ids(kb, "defence minister", mrt, date(2007, 4, 27)) == set()
    assert holder_ids(kb, "defence minister", mrt, date(2007, 4, 28)) == {
        "mohamed-mahmoud-ould-mohamed-lemine"
    }
    assert holder_ids(kb, "defence minister", mrt, date(2009, 6, 26)) == {
        "mohamed-mahmoud-ould-mohamed-lemine"
    }
    assert holder_ids(kb, "defence minister", mrt, date(2009, 6, 27)) == set()


def test_gaps_left_open(kb: KnowledgeBase) -> None:
    """Mauritania's defence before 2007-04-28 and from 2009-06-27 to Ghazouani's start
    (2018-10-30: Yedali Ould Cheikh, the ministers of 2009-14 and Diallo Mamadou Bathia's start
    not read) stays nobody's; the interior of 2007-08 (Yall Zakaria, left out for his name)
    too."""
    mrt = "MRT"
    assert holder_ids(kb, "defence minister", mrt, date(2006, 1, 1)) == set()
    assert holder_ids(kb, "defence minister", mrt, date(2009, 7, 15)) == set()
    assert holder_ids(kb, "defence minister", mrt, date(2016, 1, 1)) == set()
    assert holder_ids(kb, "defence minister", mrt, date(2018, 10, 30)) == {"mohamed-ould-ghazouani"}
    assert holder_ids(kb, "interior minister", mrt, date(2007, 6, 1)) == set()


def test_names(kb: KnowledgeBase) -> None:
    """His name and its forms resolve to him alone; "Lemine" stays no one's bare alias and is
    now a surname the three Ould Mohamed Lemine share; "Mahmoud" and "Mohamed Mahmoud" are no
    one's alone, nor the short form "Mohamed Ould Mohamed Lemine"."""
    mmoml = {"mohamed-mahmoud-ould-mohamed-lemine"}
    assert alias_ids(kb, "Mohamed Mahmoud Ould Mohamed Lemine") == mmoml
    assert alias_ids(kb, "Mohammed Mahmoud Ould Mohamed Lemine") == mmoml
    assert alias_ids(kb, "Lemine, Mohamed Mahmoud Ould Mohamed") == mmoml
    for word in ("Lemine", "Mahmoud", "Mohamed Mahmoud", "Mohamed Ould Mohamed Lemine"):
        assert alias_ids(kb, word) == set(), word
    assert set(kb.sharing("Lemine")) == {
        "mohamed-ahmed-ould-mohamed-lemine",
        "mohamed-mahmoud-ould-mohamed-lemine",
        "mohamed-saleck-ould-mohamed-lemine",
    }
