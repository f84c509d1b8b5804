"""Ministers of the Middle East and North Africa, a sixth checked pass (issue 14, kbmena18).

Each spell was read from stored copies of public pages (docs/actors.md, "the kbmena18
pass"); these tests name the holder on a day inside each new spell, check the gaps left
open, and check that the pass took no bare surname from anyone.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    ("interior minister", "KWT", date(2015, 6, 1)): "mohammad-khalid-al-hamad-al-sabah",
    ("defence minister", "KWT", date(2017, 6, 1)): "mohammad-khalid-al-hamad-al-sabah",
    ("interior minister", "KWT", date(2017, 6, 1)): "khaled-al-jarrah-al-sabah",
    ("defence minister", "KWT", date(2012, 6, 1)): "ahmad-al-khalid-al-sabah",
    ("interior minister", "SYR", date(2001, 6, 1)): "mohammad-harba",
    ("defence minister", "LBY", date(2013, 10, 1)): "abdullah-al-thani-libya",
    ("foreign minister", "LBY", date(2015, 6, 1)): "mohammed-al-dairi",
    ("foreign minister", "JOR", date(2001, 6, 1)): "abdul-ilah-khatib",
    ("interior minister", "YEM", date(2014, 12, 1)): "jalal-al-ruwaishan",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_kuwaiti_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Ahmad Al-Khalid from the cabinet of 2012-02-14, Ahmad Al-Humoud before it; Mohammad
    Al-Khalid from 2013-08-04, Ahmad Al-Humoud before it; the swap of December 2016 (to the
    month) and Nasser Sabah from 2017-12-11; nobody at defence in 2015 (Khaled Al-Jarrah's
    start there found only to the year)."""
    assert holder_ids(kb, "defence minister", "KWT", date(2012, 2, 10)) == {
        "ahmad-al-humoud-al-sabah"
    }
    assert holder_ids(kb, "interior minister", "KWT", date(2013, 8, 1)) == {
        "ahmad-al-humoud-al-sabah"
    }
    assert holder_ids(kb, "defence minister", "KWT", date(2017, 12, 12)) == {
        "nasser-sabah-al-ahmad-al-sabah"
    }
    # filled by kbmena35
    assert holder_ids(kb, "defence minister", "KWT", date(2015, 6, 1)) == {
        "khaled-al-jarrah-al-sabah"
    }


def test_syrian_interior_handover_of_2001(kb: KnowledgeBase) -> None:
    """Harba to decree No. 622 of 2001-12-13, Ali Hammoud from it; nobody before the
    government of 2000-03-13 (Harba's appointment not found)."""
    assert holder_ids(kb, "interior minister", "SYR", date(2001, 12, 14)) == {"ali-hammoud"}
    assert holder_ids(kb, "interior minister", "SYR", date(2000, 1, 15)) == set()


def test_names_take_no_bare_word(kb: KnowledgeBase) -> None:
    """The surname "Al-Sabah" stays shared (Ahmad Al-Khalid joins it); "Harba" names Mohammad
    Harba, the bare "Khalid" nobody."""
    assert "ahmad-al-khalid-al-sabah" in kb.sharing("Al-Sabah")
    assert alias_ids(kb, "Harba") == {"mohammad-harba"}
    assert not alias_ids(kb, "Khalid")
    assert not alias_ids(kb, "Al-Khalid")


def test_libyan_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Al-Thani's defence ministry runs on after he became prime minister (2014-03-11; to
    2014-09-28 since kbasia39); nobody at defence in his crisis government (2014-09-28, the
    post left vacant); al-Dairi from that
    government's swearing-in to the Government of National Accord (2016-03-30), Siala after;
    Mohamed Abdelaziz (2013-14) left out for the Sahrawi leader's namesake."""
    assert holder_ids(kb, "defence minister", "LBY", date(2014, 3, 10)) == {
        "abdullah-al-thani-libya"
    }
    # filled by kbasia39: al-Thani kept the defence ministry as prime minister to 2014-09-28
    assert holder_ids(kb, "defence minister", "LBY", date(2014, 3, 12)) == {
        "abdullah-al-thani-libya"
    }
    assert holder_ids(kb, "defence minister", "LBY", date(2015, 6, 1)) == set()
    assert holder_ids(kb, "foreign minister", "LBY", date(2014, 9, 27)) == set()
    assert holder_ids(kb, "foreign minister", "LBY", date(2016, 3, 29)) == {"mohammed-al-dairi"}
    assert holder_ids(kb, "foreign minister", "LBY", date(2016, 3, 30)) == {"mohamed-taha-siala"}
    assert holder_ids(kb, "foreign minister", "LBY", date(2013, 6, 1)) == set()
    assert not alias_ids(kb, "Mohamed Abdelaziz")
    assert alias_ids(kb, "al-Dairi") == {"mohammed-al-dairi"}


def test_jordanian_foreign_handover_of_2002(kb: KnowledgeBase) -> None:
    """Khatib to the government sworn on 2002-01-14, Marwan Muasher from it."""
    assert holder_ids(kb, "foreign minister", "JOR", date(2002, 1, 13)) == {"abdul-ilah-khatib"}
    assert holder_ids(kb, "foreign minister", "JOR", date(2002, 1, 15)) == {"marwan-muasher"}


def test_yemeni_interior_handovers_of_2014_15(kb: KnowledgeBase) -> None:
    """Abdo al-Tarb to Bahah's government (2014-11-09), al-Ruwaishan in it to its resignation
    (2015-01-22), nobody then to Hussein Arab (2015-12-01); "Ruwaishan" is his."""
    assert holder_ids(kb, "interior minister", "YEM", date(2014, 11, 8)) == {"abdo-al-tarb"}
    assert holder_ids(kb, "interior minister", "YEM", date(2015, 6, 1)) == set()
    assert alias_ids(kb, "Ruwaishan") == {"jalal-al-ruwaishan"}
