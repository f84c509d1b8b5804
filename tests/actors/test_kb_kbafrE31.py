"""Defence and interior ministers since 2000 of DR Congo, Rwanda, Burundi and the Central
African Republic, a checked pass (issue 14, kbafrE31): Laurent-Désiré Kabila as his own
defence minister, Irung Awan and Adolphe Onusumba at DR Congo's defence, Gaëtan Kakudji, Mira
Ndjoku, Théophile Mbemba Fundu, Célestin Mbuyu and Adolphe Lumanu at its interior, Christophe
Bazivamo and Vincent Biruta at Rwanda's, Édouard Nduwimana at Burundi's and Jean-Jacques
Démafouth at the Central African Republic's defence, read from stored copies of public pages
(docs/actors.md, "the kbafrE31 pass"); a day inside each new spell, the handover days, the
gaps left open and the names that stay nobody's.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    # DR Congo, defence
    ("defence minister", "COD", date(2000, 6, 1)): "laurent-desire-kabila",
    ("defence minister", "COD", date(2002, 10, 9)): "irung-awan",
    ("defence minister", "COD", date(2005, 9, 23)): "adolphe-onusumba",
    # DR Congo, interior
    ("interior minister", "COD", date(2000, 6, 1)): "gaetan-kakudji",
    ("interior minister", "COD", date(2001, 5, 1)): "mira-ndjoku",
    ("interior minister", "COD", date(2004, 1, 1)): "theophile-mbemba-fundu",
    ("interior minister", "COD", date(2009, 6, 1)): "celestin-mbuyu",
    ("interior minister", "COD", date(2011, 6, 8)): "adolphe-lumanu",
    # Rwanda, interior
    ("interior minister", "RWA", date(2006, 2, 9)): "christophe-bazivamo",
    ("interior minister", "RWA", date(2025, 6, 1)): "vincent-biruta",
    # Burundi, interior
    ("interior minister", "BDI", date(2013, 1, 1)): "edouard-nduwimana",
    # Central African Republic, defence
    ("defence minister", "CAF", date(2000, 6, 1)): "jean-jacques-demafouth",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_dr_congo_defence_handovers(kb: KnowledgeBase) -> None:
    """Laurent-Désiré Kabila held defence to his death (2001-01-16); Irung Awan from the
    government reported on 2001-04-15 to the transitional government of 2003-06-30 (Jean-Pierre
    Ondekane); Onusumba from Ondekane's end (2005-01-03) to October 2006."""
    assert holder_ids(kb, "defence minister", "COD", date(2001, 1, 15)) == {"laurent-desire-kabila"}
    assert holder_ids(kb, "defence minister", "COD", date(2001, 4, 15)) == {"irung-awan"}
    assert holder_ids(kb, "defence minister", "COD", date(2003, 6, 29)) == {"irung-awan"}
    assert holder_ids(kb, "defence minister", "COD", date(2003, 6, 30)) == {"jean-pierre-ondekane"}
    assert holder_ids(kb, "defence minister", "COD", date(2005, 1, 2)) == {"jean-pierre-ondekane"}
    assert holder_ids(kb, "defence minister", "COD", date(2005, 1, 3)) == {"adolphe-onusumba"}
    assert holder_ids(kb, "defence minister", "COD", date(2006, 10, 31)) == {"adolphe-onusumba"}


def test_dr_congo_interior_handovers(kb: KnowledgeBase) -> None:
    """Kakudji to the dismissal of the cabinet (2001-04-04); Ndjoku from 2001-04-15 to Mbemba
    Fundu's start (2001-06-30); Mbemba Fundu to 2006-10-10; Mbuyu from the Muzito government
    (2008-10-26, Kalume's end) to the reshuffle of 2010-02-19; Lumanu to the resignation of
    Muzito's government (2012-03-06)."""
    assert holder_ids(kb, "interior minister", "COD", date(2001, 4, 3)) == {"gaetan-kakudji"}
    assert holder_ids(kb, "interior minister", "COD", date(2001, 4, 15)) == {"mira-ndjoku"}
    assert holder_ids(kb, "interior minister", "COD", date(2001, 6, 29)) == {"mira-ndjoku"}
    assert holder_ids(kb, "interior minister", "COD", date(2001, 6, 30)) == {
        "theophile-mbemba-fundu"
    }
    assert holder_ids(kb, "interior minister", "COD", date(2006, 10, 9)) == {
        "theophile-mbemba-fundu"
    }
    assert holder_ids(kb, "interior minister", "COD", date(2008, 10, 25)) == {"denis-kalume-numbi"}
    assert holder_ids(kb, "interior minister", "COD", date(2008, 10, 26)) == {"celestin-mbuyu"}
    assert holder_ids(kb, "interior minister", "COD", date(2010, 2, 18)) == {"celestin-mbuyu"}
    assert holder_ids(kb, "interior minister", "COD", date(2010, 2, 19)) == {"adolphe-lumanu"}
    assert holder_ids(kb, "interior minister", "COD", date(2012, 3, 5)) == {"adolphe-lumanu"}


def test_rwanda_burundi_and_car_handovers(kb: KnowledgeBase) -> None:
    """Bazivamo to Harerimana's April 2006; Biruta's two spells meet on 2024-08-16;
    Nduwimana to Barandagiye's decree of 2015-08-24; Démafouth to his arrest on 2001-08-26."""
    assert holder_ids(kb, "interior minister", "RWA", date(2006, 3, 31)) == {"christophe-bazivamo"}
    assert holder_ids(kb, "interior minister", "RWA", date(2006, 4, 1)) == {"musa-fazil-harerimana"}
    assert holder_ids(kb, "interior minister", "RWA", date(2024, 8, 15)) == {"vincent-biruta"}
    assert holder_ids(kb, "interior minister", "RWA", date(2024, 8, 16)) == {"vincent-biruta"}
    assert holder_ids(kb, "interior minister", "BDI", date(2010, 8, 30)) == {"edouard-nduwimana"}
    assert holder_ids(kb, "interior minister", "BDI", date(2015, 8, 23)) == {"edouard-nduwimana"}
    assert holder_ids(kb, "interior minister", "BDI", date(2015, 8, 24)) == {"pascal-barandagiye"}
    assert holder_ids(kb, "defence minister", "CAF", date(2001, 8, 25)) == {
        "jean-jacques-demafouth"
    }


def test_gaps_left_open(kb: KnowledgeBase) -> None:
    """No page read dates these: DR Congo's defence between Laurent-Désiré Kabila's death and
    the government of April 2001, after Onusumba (to Chikez Diemu, 2007-02-05) and in the
    caretaker weeks of 2012; its interior after Mbemba Fundu (to Kalume's 2007-02-05) and in
    2012; Rwanda's internal security before February 2006, while the ministry was scrapped
    (2016-19) and vacant (2020-21); Burundi's interior before 2010-08-30; the Central African
    Republic's defence after Démafouth's arrest (Pierre Angoa not dated) to 2008; Kenya's
    defence before December 2005."""
    assert holder_ids(kb, "defence minister", "COD", date(2001, 3, 1)) == set()
    assert holder_ids(kb, "defence minister", "COD", date(2006, 12, 1)) == set()
    assert holder_ids(kb, "defence minister", "COD", date(2012, 4, 1)) == set()
    assert holder_ids(kb, "interior minister", "COD", date(2006, 12, 1)) == set()
    assert holder_ids(kb, "interior minister", "COD", date(2012, 4, 1)) == set()
    assert holder_ids(kb, "interior minister", "RWA", date(2005, 1, 1)) == set()
    assert holder_ids(kb, "interior minister", "RWA", date(2018, 1, 1)) == set()
    assert holder_ids(kb, "interior minister", "RWA", date(2021, 1, 1)) == set()
    assert holder_ids(kb, "interior minister", "BDI", date(2008, 1, 1)) == set()
    # filled by kbafrC35: François Bozizé, his own defence minister from 2003-03-31
    assert holder_ids(kb, "defence minister", "CAF", date(2004, 1, 1)) == {"francois-bozize"}
    assert holder_ids(kb, "defence minister", "KEN", date(2003, 1, 1)) == set()


def test_new_names(kb: KnowledgeBase) -> None:
    """The full names name the new ministers; "Mbemba" (a given name of Mbemba Fundu, and a
    common Congolese name) stays nobody's bare alias, and so does "Kabila" (both presidents')."""
    assert alias_ids(kb, "Gaëtan Kakudji") == {"gaetan-kakudji"}
    assert alias_ids(kb, "Kakudji") == {"gaetan-kakudji"}
    assert alias_ids(kb, "Irung Awan") == {"irung-awan"}
    assert alias_ids(kb, "Théophile Mbemba Fundu") == {"theophile-mbemba-fundu"}
    assert alias_ids(kb, "Adolphe Onusumba") == {"adolphe-onusumba"}
    assert alias_ids(kb, "Onusumba") == {"adolphe-onusumba"}
    assert alias_ids(kb, "Lumanu") == {"adolphe-lumanu"}
    assert alias_ids(kb, "Mbuyu") == {"celestin-mbuyu"}
    assert alias_ids(kb, "Bazivamo") == {"christophe-bazivamo"}
    assert alias_ids(kb, "Nduwimana") == {"edouard-nduwimana"}
    assert alias_ids(kb, "Jean-Jacques Démafouth") == {"jean-jacques-demafouth"}
    assert "theophile-mbemba-fundu" not in alias_ids(kb, "Mbemba")
    assert alias_ids(kb, "Kabila") == set()
