"""Foreign, defence and home ministers of Nepal of 2000-02 and 2008-09, a checked pass (issue
14, kbasia40): Girija Prasad Koirala's fourth cabinet (Chakra Prasad Bastola at foreign
affairs, the prime minister at defence, Govinda Raj Joshi then Ram Chandra Poudel at home
affairs), Sher Bahadur Deuba's second (the prime minister at foreign affairs and defence, Khum
Bahadur Khadka at home affairs) and Pushpa Kamal Dahal's first (Upendra Yadav at foreign
affairs, Ram Bahadur Thapa "Badal" at defence), read from stored copies of public pages
(docs/actors.md, "the kbasia40 pass"); a day inside each new spell, the handover days, the gaps
left open and the names kept from being anyone's alone.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    # Nepal, the fourth Koirala cabinet (2000-03-21 to 2001-07-22)
    ("foreign minister", "NPL", date(2000, 6, 1)): "chakra-prasad-bastola",
    ("defence minister", "NPL", date(2000, 6, 1)): "girija-prasad-koirala",
    ("interior minister", "NPL", date(2000, 6, 1)): "govinda-raj-joshi",
    ("interior minister", "NPL", date(2001, 3, 1)): "ram-chandra-poudel",
    # Nepal, the second Deuba cabinet (2001-07-26 to 2002-10-04)
    ("foreign minister", "NPL", date(2002, 3, 1)): "sher-bahadur-deuba",
    ("defence minister", "NPL", date(2002, 3, 1)): "sher-bahadur-deuba",
    ("interior minister", "NPL", date(2002, 3, 1)): "khum-bahadur-khadka",
    # Nepal, the first Dahal cabinet (2008-08-22 to 2009-05-25)
    ("foreign minister", "NPL", date(2009, 1, 1)): "upendra-yadav",
    ("defence minister", "NPL", date(2009, 1, 1)): "ram-bahadur-thapa",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_nepal_koirala_cabinet_handovers(kb: KnowledgeBase) -> None:
    """Koirala's cabinet from 2000-03-21 (the days of Bhattarai's cabinet before it stay
    nobody's); Joshi's resignation of 2000-09-29, Poudel looking after home affairs from that
    day to his own resignation (2001-07-13); the cabinet's dissolution on 2001-07-22."""
    npl = "NPL"
    for office in ("foreign minister", "defence minister", "interior minister"):
        assert holder_ids(kb, office, npl, date(2000, 3, 20)) == set()
    assert holder_ids(kb, "foreign minister", npl, date(2000, 3, 21)) == {"chakra-prasad-bastola"}
    assert holder_ids(kb, "defence minister", npl, date(2000, 3, 21)) == {"girija-prasad-koirala"}
    assert holder_ids(kb, "interior minister", npl, date(2000, 3, 21)) == {"govinda-raj-joshi"}
    assert holder_ids(kb, "interior minister", npl, date(2000, 9, 28)) == {"govinda-raj-joshi"}
    assert holder_ids(kb, "interior minister", npl, date(2000, 9, 29)) == {"ram-chandra-poudel"}
    assert holder_ids(kb, "interior minister", npl, date(2001, 7, 12)) == {"ram-chandra-poudel"}
    assert holder_ids(kb, "interior minister", npl, date(2001, 7, 13)) == set()  # Bastola's days
    assert holder_ids(kb, "foreign minister", npl, date(2001, 7, 21)) == {"chakra-prasad-bastola"}
    assert holder_ids(kb, "defence minister", npl, date(2001, 7, 21)) == {"girija-prasad-koirala"}
    # Poudel keeps his presidency from 2023
    assert holder_ids(kb, "president", npl, date(2024, 1, 1)) == {"ram-chandra-poudel"}


def test_nepal_deuba_cabinet_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """The four days between the two cabinets (2001-07-22 to 07-25) stay nobody's; Deuba's
    cabinet from 2001-07-26 to his dismissal on 2002-10-04; the Chand and Thapa cabinets
    (2002-10 to 2004-06) stay open, and Deuba's and Purna Bahadur Khadka's spells of 2004 are
    unchanged."""
    npl = "NPL"
    for office in ("foreign minister", "defence minister", "interior minister"):
        assert holder_ids(kb, office, npl, date(2001, 7, 24)) == set()
        assert holder_ids(kb, office, npl, date(2003, 1, 1)) == set()
    assert holder_ids(kb, "foreign minister", npl, date(2001, 7, 26)) == {"sher-bahadur-deuba"}
    assert holder_ids(kb, "defence minister", npl, date(2001, 7, 26)) == {"sher-bahadur-deuba"}
    assert holder_ids(kb, "interior minister", npl, date(2001, 7, 26)) == {"khum-bahadur-khadka"}
    assert holder_ids(kb, "foreign minister", npl, date(2002, 10, 3)) == {"sher-bahadur-deuba"}
    assert holder_ids(kb, "interior minister", npl, date(2002, 10, 3)) == {"khum-bahadur-khadka"}
    assert holder_ids(kb, "foreign minister", npl, date(2002, 10, 4)) == set()
    assert holder_ids(kb, "interior minister", npl, date(2002, 10, 4)) == set()
    assert holder_ids(kb, "interior minister", npl, date(2004, 8, 1)) == {"purna-bahadur-khadka"}
    assert holder_ids(kb, "foreign minister", npl, date(2004, 8, 1)) == {"sher-bahadur-deuba"}


def test_nepal_dahal_cabinet_handovers(kb: KnowledgeBase) -> None:
    """Dahal sworn in on 2008-08-18 without ministers: the days to his cabinet's oath
    (2008-08-22) stay nobody's at foreign affairs and defence; Yadav and Thapa to the end of
    his government (2009-05-25), Bidya Devi Bhandari's defence ministry from that day, the
    foreign ministry's week to Sujata Koirala's month (June 2009) open; Yadav's foreign
    ministry of 2011 and Thapa's home ministry of 2018-21 unchanged."""
    npl = "NPL"
    assert holder_ids(kb, "foreign minister", npl, date(2008, 8, 20)) == set()
    assert holder_ids(kb, "defence minister", npl, date(2008, 8, 20)) == set()
    assert holder_ids(kb, "foreign minister", npl, date(2008, 8, 22)) == {"upendra-yadav"}
    assert holder_ids(kb, "defence minister", npl, date(2008, 8, 22)) == {"ram-bahadur-thapa"}
    assert holder_ids(kb, "foreign minister", npl, date(2009, 5, 24)) == {"upendra-yadav"}
    assert holder_ids(kb, "defence minister", npl, date(2009, 5, 24)) == {"ram-bahadur-thapa"}
    assert holder_ids(kb, "defence minister", npl, date(2009, 5, 25)) == {"bidya-devi-bhandari"}
    assert holder_ids(kb, "foreign minister", npl, date(2009, 5, 27)) == set()
    assert holder_ids(kb, "foreign minister", npl, date(2011, 6, 1)) == {"upendra-yadav"}
    assert holder_ids(kb, "interior minister", npl, date(2019, 1, 1)) == {"ram-bahadur-thapa"}


def test_names(kb: KnowledgeBase) -> None:
    """The new people's names resolve; "Joshi" (a common surname, written in catalogue order
    only) is no one's alone; "Bastola" is his; "Khadka" stays a shared surname, now of three
    people; "Poudel" stays Ram Chandra Poudel's."""
    assert alias_ids(kb, "Chakra Prasad Bastola") == {"chakra-prasad-bastola"}
    assert alias_ids(kb, "Bastola") == {"chakra-prasad-bastola"}
    assert alias_ids(kb, "Govinda Raj Joshi") == {"govinda-raj-joshi"}
    assert alias_ids(kb, "Joshi, Govinda Raj") == {"govinda-raj-joshi"}
    assert alias_ids(kb, "Joshi") == set()
    assert alias_ids(kb, "Khum Bahadur Khadka") == {"khum-bahadur-khadka"}
    assert alias_ids(kb, "Khadka") == set()
    assert set(kb.sharing("Khadka")) == {
        "khum-bahadur-khadka",
        "narayan-khadka",
        "purna-bahadur-khadka",
    }
    assert alias_ids(kb, "Poudel") == {"ram-chandra-poudel"}
    # "Badal" (Ram Bahadur Thapa's nom de guerre, also an Indian surname) is not written
    assert alias_ids(kb, "Badal") == set()
