"""Interior minister of Lesotho, defence ministers of Malawi and Mozambique, a checked pass
(issue 14, kbafrS40): Tom Thabane at Lesotho's home affairs from June 2002 to the reshuffle of
November 2004 that made Lesao Lehohla minister, Ken Kandodo at Malawi's defence from Joyce
Banda's first cabinet (May 2012) to the last page read naming him in office (2013-12-09), and
Tobias Dai at Mozambique's defence from the first page read naming him in office
(2000-07-20) to the KB's spell from 2004-10-13, read from stored copies of public pages
(docs/actors.md, "the kbafrS40 pass"); a day inside each new spell, the handover days, the
gaps left open and the names.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    # Lesotho, home affairs: Thabane between the foreign ministry and communications
    ("interior minister", "LSO", date(2002, 9, 1)): "tom-thabane",
    ("interior minister", "LSO", date(2003, 6, 1)): "tom-thabane",
    ("interior minister", "LSO", date(2004, 6, 1)): "tom-thabane",
    # Malawi, defence: Kandodo in Joyce Banda's cabinets
    ("defence minister", "MWI", date(2012, 6, 1)): "ken-kandodo",
    ("defence minister", "MWI", date(2013, 6, 1)): "ken-kandodo",
    # Mozambique, defence: Dai under Chissano, before the KB's spell
    ("defence minister", "MOZ", date(2001, 6, 1)): "tobias-dai",
    ("defence minister", "MOZ", date(2002, 6, 1)): "tobias-dai",
    ("defence minister", "MOZ", date(2004, 6, 1)): "tobias-dai",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_lesotho_home_affairs_handovers(kb: KnowledgeBase) -> None:
    """Thabane from June 2002 (his foreign ministry ends as Mohlabi Tsekoa's starts) to
    October 2004, the last whole month before the reshuffle of 2004-11-19; Lehohla's shipped
    start (November 2004) follows with no day of two holders; 2000 to May 2002 stays open."""
    lso = ("interior minister", "LSO")
    assert holder_ids(kb, *lso, date(2002, 5, 31)) == set()
    assert holder_ids(kb, *lso, date(2002, 6, 1)) == {"tom-thabane"}
    assert holder_ids(kb, "foreign minister", "LSO", date(2002, 6, 1)) == {"mohlabi-tsekoa"}
    assert holder_ids(kb, *lso, date(2004, 10, 31)) == {"tom-thabane"}
    assert holder_ids(kb, *lso, date(2004, 11, 1)) == {"lesao-lehohla"}
    assert holder_ids(kb, *lso, date(2001, 6, 1)) == set()


def test_malawi_defence_handovers(kb: KnowledgeBase) -> None:
    """Kandodo from the month of Joyce Banda's first cabinet (May 2012, as Uladi Mussa at
    home affairs) to 2013-12-09; the days to Peter Mutharika's swearing-in (2014-05-31) and
    Bingu wa Mutharika's years stay open."""
    mwi = ("defence minister", "MWI")
    assert holder_ids(kb, *mwi, date(2012, 4, 30)) == set()
    assert holder_ids(kb, *mwi, date(2012, 5, 1)) == {"ken-kandodo"}
    assert holder_ids(kb, "interior minister", "MWI", date(2012, 5, 1)) == {"uladi-mussa"}
    assert holder_ids(kb, *mwi, date(2013, 12, 8)) == {"ken-kandodo"}
    assert holder_ids(kb, *mwi, date(2013, 12, 9)) == set()
    assert holder_ids(kb, *mwi, date(2014, 3, 1)) == set()
    assert holder_ids(kb, *mwi, date(2014, 5, 31)) == {"peter-mutharika"}
    assert holder_ids(kb, *mwi, date(2008, 6, 1)) == set()


def test_mozambique_defence_handovers(kb: KnowledgeBase) -> None:
    """Dai from the SADC meeting he opened on Thursday 2000-07-20; the new spell meets the
    KB's from 2004-10-13 (one holder on the day), which runs to his dismissal (2008-03-26);
    January to mid-July 2000 stays open."""
    moz = ("defence minister", "MOZ")
    assert holder_ids(kb, *moz, date(2000, 7, 19)) == set()
    assert holder_ids(kb, *moz, date(2000, 7, 20)) == {"tobias-dai"}
    assert holder_ids(kb, *moz, date(2004, 10, 12)) == {"tobias-dai"}
    assert holder_ids(kb, *moz, date(2004, 10, 13)) == {"tobias-dai"}
    assert holder_ids(kb, *moz, date(2000, 3, 1)) == set()


def test_gaps_left(kb: KnowledgeBase) -> None:
    """Searched and not dated: Mauritius's defence and home affairs of 2000-05, Zambia's
    defence of 2004 and home affairs of 2006, the Seychelles' home affairs of 2015,
    Madagascar's defence of 2014, Eswatini's foreign ministry of 2012 and Zimbabwe's home
    affairs of July 2000 (the month between Dabengwa and Nkomo) stay empty."""
    assert holder_ids(kb, "defence minister", "MUS", date(2002, 6, 1)) == set()
    assert holder_ids(kb, "interior minister", "MUS", date(2004, 6, 1)) == set()
    assert holder_ids(kb, "defence minister", "ZMB", date(2004, 6, 1)) == set()
    assert holder_ids(kb, "interior minister", "ZMB", date(2006, 3, 1)) == set()
    assert holder_ids(kb, "interior minister", "SYC", date(2015, 6, 1)) == set()
    assert holder_ids(kb, "defence minister", "MDG", date(2014, 7, 1)) == set()
    assert holder_ids(kb, "foreign minister", "SWZ", date(2012, 6, 1)) == set()
    assert holder_ids(kb, "interior minister", "ZWE", date(2000, 7, 15)) == set()


def test_names(kb: KnowledgeBase) -> None:
    """Ken Kandodo's names are his alone; Thabane and Dai keep their keys ("Dai" stays no
    one's bare key, written in catalogue order)."""
    assert alias_ids(kb, "Ken Kandodo") == {"ken-kandodo"}
    assert alias_ids(kb, "Ken Edward Kandodo") == {"ken-kandodo"}
    assert alias_ids(kb, "Kandodo") == {"ken-kandodo"}
    assert alias_ids(kb, "Tom Thabane") == {"tom-thabane"}
    assert alias_ids(kb, "Thabane") == {"tom-thabane"}
    assert alias_ids(kb, "Dai, Tobias") == {"tobias-dai"}
    assert alias_ids(kb, "Dai") == set()
    assert alias_ids(kb, "Ken") == set()
