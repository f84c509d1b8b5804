"""Foreign, defence and interior ministers since 2000 of South and East Asia, a checked pass
(issue 14, kbasia29): Sri Lanka's law-and-order / public security ministers of 2015-22 and the
Maldives' defence ministers under President Nasheed, read from stored copies of public pages
(docs/actors.md, "the kbasia29 pass"); a day inside each new spell, the handover days, the gaps
left open and the names.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    # Sri Lanka: the police ministry (law and order, public order, public security)
    ("public security minister", "LKA", date(2015, 10, 1)): "tilak-marapana",
    ("public security minister", "LKA", date(2016, 6, 1)): "sagala-ratnayaka",
    ("public security minister", "LKA", date(2018, 6, 1)): "ranjith-madduma-bandara",
    ("public security minister", "LKA", date(2021, 6, 1)): "sarath-weerasekera",
    ("public security minister", "LKA", date(2022, 5, 1)): "prasanna-ranatunga",
    ("public security minister", "LKA", date(2022, 6, 1)): "tiran-alles",
    # The Maldives: defence under President Nasheed
    ("defence minister", "MDV", date(2009, 6, 1)): "ameen-faisal",
    ("defence minister", "MDV", date(2011, 9, 1)): "tholhath-ibrahim-kaleyfaanu",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_sri_lanka_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Marapana resigned on 2015-11-09 and Ratnayaka was sworn in on 2015-11-11; the prime
    minister's eleven days of 2018 and the years the police were under the defence ministry
    (2004-13, November 2018 to November 2020) stay empty; Ranatunga's cabinet fell with Mahinda
    Rajapaksa's resignation (2022-05-09) and Alles was sworn in on 2022-05-20."""
    day = "public security minister", "LKA"
    assert holder_ids(kb, *day, date(2015, 11, 8)) == {"tilak-marapana"}
    assert holder_ids(kb, *day, date(2015, 11, 10)) == set()
    assert holder_ids(kb, *day, date(2015, 11, 11)) == {"sagala-ratnayaka"}
    assert holder_ids(kb, *day, date(2018, 2, 24)) == {"sagala-ratnayaka"}
    assert holder_ids(kb, *day, date(2018, 3, 1)) == set()
    assert holder_ids(kb, *day, date(2018, 3, 8)) == {"ranjith-madduma-bandara"}
    assert holder_ids(kb, *day, date(2019, 6, 1)) == set()
    assert holder_ids(kb, *day, date(2010, 6, 1)) == set()
    assert holder_ids(kb, *day, date(2020, 11, 25)) == set()
    assert holder_ids(kb, *day, date(2020, 11, 26)) == {"sarath-weerasekera"}
    assert holder_ids(kb, *day, date(2022, 4, 17)) == {"sarath-weerasekera"}
    assert holder_ids(kb, *day, date(2022, 4, 18)) == {"prasanna-ranatunga"}
    assert holder_ids(kb, *day, date(2022, 5, 8)) == {"prasanna-ranatunga"}
    assert holder_ids(kb, *day, date(2022, 5, 12)) == set()
    assert holder_ids(kb, *day, date(2022, 5, 20)) == {"tiran-alles"}
    assert holder_ids(kb, *day, date(2022, 7, 21)) == {"tiran-alles"}


def test_maldives_defence_handovers(kb: KnowledgeBase) -> None:
    """Ameen Faisal from Nasheed's cabinet of 2008-11-12 to its resignation of 2010-06-29 and
    again from 2010-07-07 (kbasia21); the acting months of 2011 stay empty; Tholhath Ibrahim
    Kaleyfaanu to Nasheed's resignation and Mohamed Nazim from 2012-02-08."""
    day = "defence minister", "MDV"
    assert holder_ids(kb, *day, date(2008, 11, 12)) == {"ameen-faisal"}
    assert holder_ids(kb, *day, date(2010, 6, 28)) == {"ameen-faisal"}
    assert holder_ids(kb, *day, date(2010, 7, 1)) == set()
    assert holder_ids(kb, *day, date(2010, 7, 7)) == {"ameen-faisal"}
    assert holder_ids(kb, *day, date(2011, 3, 1)) == set()
    assert holder_ids(kb, *day, date(2012, 2, 6)) == {"tholhath-ibrahim-kaleyfaanu"}
    assert holder_ids(kb, *day, date(2012, 2, 8)) == {"mohamed-nazim"}


def test_names(kb: KnowledgeBase) -> None:
    """The full names and the spellings the press uses name the new people; the common
    Sinhala surnames and the Maldivian honorific stay nobody's alone."""
    assert alias_ids(kb, "Sagala Ratnayaka") == {"sagala-ratnayaka"}
    assert alias_ids(kb, "Sagala Ratnayake") == {"sagala-ratnayaka"}
    assert alias_ids(kb, "Ranjith Madduma Bandara") == {"ranjith-madduma-bandara"}
    assert alias_ids(kb, "Ranjith Maddumabandara") == {"ranjith-madduma-bandara"}
    assert alias_ids(kb, "Sarath Weerasekera") == {"sarath-weerasekera"}
    assert alias_ids(kb, "Sarath Weerasekara") == {"sarath-weerasekera"}
    assert alias_ids(kb, "Prasanna Ranatunga") == {"prasanna-ranatunga"}
    assert alias_ids(kb, "Tholhath Ibrahim Kaleyfaanu") == {"tholhath-ibrahim-kaleyfaanu"}
    assert alias_ids(kb, "Thalhath Ibrahim Kaleyfaanu") == {"tholhath-ibrahim-kaleyfaanu"}
    new = {"sagala-ratnayaka", "ranjith-madduma-bandara", "sarath-weerasekera"}
    new |= {"prasanna-ranatunga", "tholhath-ibrahim-kaleyfaanu"}
    for common in ("Ratnayaka", "Ratnayake", "Bandara", "Weerasekera", "Ranatunga", "Kaleyfaanu"):
        assert not alias_ids(kb, common) & new, common
    assert alias_ids(kb, "Marapana") == {"tilak-marapana"}
