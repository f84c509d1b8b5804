"""Foreign, defence and interior ministers of Tonga, Fiji, Papua New Guinea and Vanuatu, a
checked pass (issue 14, kbpng34): Lord Tuʻivakanō's own foreign and defence ministries of
2011-14, Frank Bainimarama's home affairs of 2007 and Ratu Epeli Ganilau's defence ministry of
2008-10 in Fiji, Bart Philemon's foreign ministry of 2001 and the defence ministers Martin Aini
and Bob Dadae of 2006-11 in Papua New Guinea, and Marc Ati's foreign ministry of 2020-22 in
Vanuatu, read from stored copies of public pages (docs/actors.md, "the kbpng34 pass"); a day
inside each new spell, the handover days, the gaps left open and the names.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    # Tonga, foreign and defence (the prime minister his own minister)
    ("foreign minister", "TON", date(2013, 6, 1)): "lord-tuivakano",
    ("defence minister", "TON", date(2013, 6, 1)): "lord-tuivakano",
    # Fiji, home affairs of the interim government (army and police), then defence
    ("defence minister", "FJI", date(2007, 6, 1)): "frank-bainimarama",
    ("interior minister", "FJI", date(2007, 6, 1)): "frank-bainimarama",
    ("defence minister", "FJI", date(2009, 8, 19)): "epeli-ganilau",
    # Papua New Guinea, foreign and defence
    ("foreign minister", "PNG", date(2001, 2, 27)): "bart-philemon",
    ("defence minister", "PNG", date(2006, 10, 1)): "martin-aini",
    ("defence minister", "PNG", date(2009, 6, 1)): "bob-dadae",
    # Vanuatu, foreign
    ("foreign minister", "VUT", date(2021, 6, 1)): "marc-ati",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_tonga_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Tuʻivakanō from January 2011 to Pohiva's government of 2014-12-30; Sevele's foreign
    ministry of 2009-10 and the defence ministry before 2011 and from 2015 stay open."""
    for office in ("foreign minister", "defence minister"):
        assert holder_ids(kb, office, "TON", date(2011, 1, 1)) == {"lord-tuivakano"}, office
        assert holder_ids(kb, office, "TON", date(2014, 12, 29)) == {"lord-tuivakano"}, office
        assert holder_ids(kb, office, "TON", date(2010, 6, 1)) == set(), office
    assert holder_ids(kb, "foreign minister", "TON", date(2014, 12, 30)) == {"akilisi-pohiva"}
    assert holder_ids(kb, "defence minister", "TON", date(2014, 12, 30)) == set()
    # filled by kboce42: Lord Maʻafu, minister of the armed forces from 2019-10-10
    assert holder_ids(kb, "defence minister", "TON", date(2020, 6, 1)) == {"lord-maafu"}


def test_fiji_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Bainimarama's home affairs from the cabinet of 2007-01-08 to the reshuffle of
    2008-01-04, Ganilau's defence from then to his resignation on the evening of 2010-11-16;
    the month after the coup and the interior ministry after January 2008 stay open
    (Cokanasiga's ministry of 2010-14, open here, was added by kbam41)."""
    for office in ("defence minister", "interior minister"):
        assert holder_ids(kb, office, "FJI", date(2007, 1, 7)) == set(), office
        assert holder_ids(kb, office, "FJI", date(2007, 1, 8)) == {"frank-bainimarama"}, office
        assert holder_ids(kb, office, "FJI", date(2008, 1, 3)) == {"frank-bainimarama"}, office
    assert holder_ids(kb, "defence minister", "FJI", date(2008, 1, 4)) == {"epeli-ganilau"}
    assert holder_ids(kb, "interior minister", "FJI", date(2008, 1, 4)) == set()
    assert holder_ids(kb, "defence minister", "FJI", date(2010, 11, 16)) == {"epeli-ganilau"}
    # filled by kbam41: Joketani Cokanasiga, acting from 2010-11-17, minister to 2014-09
    assert holder_ids(kb, "defence minister", "FJI", date(2010, 11, 17)) == {"joketani-cokanasiga"}
    assert holder_ids(kb, "defence minister", "FJI", date(2012, 6, 1)) == {"joketani-cokanasiga"}
    assert holder_ids(kb, "interior minister", "FJI", date(2010, 6, 1)) == set()


def test_papua_new_guinea_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Philemon from January to May 2001; Aini from July 2006 to the cabinet of 2007-08-29,
    Dadae from then to O'Neill's election (2011-08-02); the foreign ministry of 2000 (that of
    May 2001 to August 2002 filled by kbameu43: Pundari, Waiko), the defence ministry before
    July 2006 and of 2011-17 (Fabian Pok among them) and the police ministry before 2019 stay
    open."""
    png = "PNG"
    assert holder_ids(kb, "foreign minister", png, date(2000, 6, 1)) == set()
    assert holder_ids(kb, "foreign minister", png, date(2001, 5, 15)) == {"bart-philemon"}
    # filled by kbameu43
    assert holder_ids(kb, "foreign minister", png, date(2001, 9, 1)) == {"john-pundari"}
    assert holder_ids(kb, "defence minister", png, date(2006, 5, 1)) == set()
    assert holder_ids(kb, "defence minister", png, date(2007, 8, 28)) == {"martin-aini"}
    assert holder_ids(kb, "defence minister", png, date(2007, 8, 29)) == {"bob-dadae"}
    assert holder_ids(kb, "defence minister", png, date(2011, 8, 1)) == {"bob-dadae"}
    assert holder_ids(kb, "defence minister", png, date(2011, 8, 2)) == set()
    assert holder_ids(kb, "defence minister", png, date(2015, 6, 1)) == set()
    assert holder_ids(kb, "interior minister", png, date(2010, 6, 1)) == set()


def test_vanuatu_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Ati from Loughman's cabinet of 2020-04-20 to Kalsakau's of November 2022; the years
    before 2016 and after November 2022 stay open."""
    assert holder_ids(kb, "foreign minister", "VUT", date(2020, 4, 20)) >= {"marc-ati"}
    assert holder_ids(kb, "foreign minister", "VUT", date(2022, 10, 31)) == {"marc-ati"}
    # filled by kbasia46: Jotham Napat, Kalsakau's foreign minister from November 2022 to
    # 2023-08-08
    assert holder_ids(kb, "foreign minister", "VUT", date(2023, 6, 1)) == {"jotham-napat"}
    assert holder_ids(kb, "foreign minister", "VUT", date(2010, 6, 1)) == set()


def test_names(kb: KnowledgeBase) -> None:
    """Full names resolve to the new people; the surnames that others share are also written
    in catalogue order."""
    assert alias_ids(kb, "Epeli Ganilau") == {"epeli-ganilau"}
    assert alias_ids(kb, "Ratu Epeli Ganilau") == {"epeli-ganilau"}
    assert alias_ids(kb, "Ganilau, Epeli") == {"epeli-ganilau"}
    assert alias_ids(kb, "Bart Philemon") == {"bart-philemon"}
    assert alias_ids(kb, "Bartholomew Philemon") == {"bart-philemon"}
    assert alias_ids(kb, "Martin Aini") == {"martin-aini"}
    assert alias_ids(kb, "Bob Dadae") == {"bob-dadae"}
    assert alias_ids(kb, "Sir Bob Dadae") == {"bob-dadae"}
    assert alias_ids(kb, "Marc Ati") == {"marc-ati"}
    assert alias_ids(kb, "Mark Ati") == {"marc-ati"}
    assert alias_ids(kb, "Ati, Marc") == {"marc-ati"}
    assert alias_ids(kb, "Lord Tu'ivakano") == {"lord-tuivakano"}
    assert alias_ids(kb, "Frank Bainimarama") == {"frank-bainimarama"}
    # The given names of the new people are no one's surname.
    for word in ("Epeli", "Ratu", "Bart", "Bartholomew", "Martin", "Bob", "Marc", "Mark"):
        assert set(kb.sharing(word)) == set(), word
