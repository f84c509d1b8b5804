"""Djibouti's defence minister of 1999-2001 and Gabon's interior minister of November 2005, a
checked pass (issue 14, kbafr41): Ougoureh Kifleh Ahmed's start at Djibouti's defence
ministry refined from 2001-07-16 (the first page kbafrE20 read naming him) to 1999 (the year
a copy of his German article gives), and Clotaire-Christian Ivala, Gabon's interior minister
on the days he announced the results of the presidential election of 2005, read from stored
copies of public pages (docs/actors.md, "the kbafr41 pass"); a day inside each spell, the
handover days, the gaps left open and the names kept from being anyone's alone.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    # Djibouti, defence (the refined start: 1999, the year only)
    ("defence minister", "DJI", date(1999, 6, 1)): "ougoureh-kifleh-ahmed",
    ("defence minister", "DJI", date(2000, 1, 1)): "ougoureh-kifleh-ahmed",
    ("defence minister", "DJI", date(2001, 7, 15)): "ougoureh-kifleh-ahmed",
    # Gabon, interior
    ("interior minister", "GAB", date(2005, 11, 29)): "clotaire-christian-ivala",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_djibouti_defence_handovers_and_gap(kb: KnowledgeBase) -> None:
    """Ougoureh Kifleh Ahmed from 1999 to the government of 2011-05-12 (his shipped end),
    Abdoulkader Kamil Mohamed from then to his premiership (2013-04-01); the year from then to
    Hassan Darar Houffaneh's first dated day (2014-04-18) stays open, as kbafrC34 left it."""
    dji = "DJI"
    assert holder_ids(kb, "defence minister", dji, date(2011, 5, 11)) == {"ougoureh-kifleh-ahmed"}
    assert holder_ids(kb, "defence minister", dji, date(2011, 5, 12)) == {
        "abdoulkader-kamil-mohamed"
    }
    assert holder_ids(kb, "defence minister", dji, date(2013, 6, 1)) == set()
    assert holder_ids(kb, "defence minister", dji, date(2014, 4, 18)) == {"hassan-darar-houffaneh"}


def test_gabon_interior_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Idriss Ngari to 2004 (year only, his shipped end); nobody read for 2005 before the day
    Ivala announced the election's results (2005-11-29); Ivala on that day only; the rest of
    2005 open to André Mba Obame's year-only 2006."""
    gab = "GAB"
    assert holder_ids(kb, "interior minister", gab, date(2004, 12, 31)) == {"idriss-ngari"}
    assert holder_ids(kb, "interior minister", gab, date(2005, 6, 1)) == set()
    assert holder_ids(kb, "interior minister", gab, date(2005, 11, 28)) == set()
    assert holder_ids(kb, "interior minister", gab, date(2005, 11, 29)) == {
        "clotaire-christian-ivala"
    }
    assert holder_ids(kb, "interior minister", gab, date(2005, 12, 15)) == set()
    assert holder_ids(kb, "interior minister", gab, date(2006, 6, 1)) == {"andre-mba-obame"}


def test_names(kb: KnowledgeBase) -> None:
    """The new name resolves, with and without its hyphen; "Ivala" (written in catalogue
    order only, for his namesake Jean-Claude Ivala of 2023) and "Clotaire" are no one's
    alone; the refined spell keeps Ougoureh Kifleh Ahmed's names."""
    assert alias_ids(kb, "Clotaire-Christian Ivala") == {"clotaire-christian-ivala"}
    assert alias_ids(kb, "Clotaire Christian Ivala") == {"clotaire-christian-ivala"}
    assert alias_ids(kb, "Ivala, Clotaire-Christian") == {"clotaire-christian-ivala"}
    assert alias_ids(kb, "Ivala") == set()
    assert alias_ids(kb, "Clotaire") == set()
    assert alias_ids(kb, "Ougoureh Kifleh Ahmed") == {"ougoureh-kifleh-ahmed"}
    assert alias_ids(kb, "Ougoureh Kifleh") == {"ougoureh-kifleh-ahmed"}
    assert not any("clotaire-christian-ivala" in s.ids for s in kb.shared_surnames())
