"""Foreign, defence and interior ministers since 2000 of Central America, the Caribbean and South
America, a checked pass (issue 14, kbam28): read from stored copies of public pages
(docs/actors.md, "the kbam28 pass"); a day inside each new spell, the handover days, the gaps
left open and the names of the new people.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    # Suriname: Binnenlandse Zaken (`interior minister`) and Defensie
    ("interior minister", "SUR", date(2022, 1, 1)): "bronto-somohardjo",
    ("interior minister", "SUR", date(2025, 9, 1)): "marinus-bee",
    ("defence minister", "SUR", date(2025, 9, 1)): "uraiqit-ramsaran",
    # Belize: John Saldivar's national security ministry (police, BDF, coast guard) and defence
    ("national security minister", "BLZ", date(2014, 1, 1)): "john-saldivar",
    ("defence minister", "BLZ", date(2014, 1, 1)): "john-saldivar",
    ("defence minister", "BLZ", date(2018, 1, 1)): "john-saldivar",
    # Haiti: Enold Joseph's two spells at Defence
    ("defence minister", "HTI", date(2019, 6, 1)): "enold-joseph",
    ("defence minister", "HTI", date(2022, 8, 1)): "enold-joseph",
    # Honduras: President Xiomara Castro at Defence herself
    ("defence minister", "HND", date(2025, 8, 1)): "xiomara-castro",
    # Guatemala: Williams Mansilla at Defence
    ("defence minister", "GTM", date(2016, 6, 1)): "williams-mansilla",
    # Costa Rica: Janina del Vecchio at Public Security
    ("public security minister", "CRI", date(2009, 1, 1)): "janina-del-vecchio",
    # Uruguay: Gonzalo Fernández at Foreign Affairs
    ("foreign minister", "URY", date(2009, 1, 1)): "gonzalo-fernandez-uruguay",
    # Panama: Francisco Álvarez De Soto at Foreign Affairs
    ("foreign minister", "PAN", date(2014, 4, 1)): "francisco-alvarez-de-soto",
    # Guyana: the President holds the defence minister's powers under the Defence Act
    ("defence minister", "GUY", date(2023, 4, 27)): "irfaan-ali",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_suriname_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Santokhi's government took office on 2020-07-16; Simons swore in Bee and Ramsaran on
    2025-07-17, Mathoera's end in the KB; Somohardjo's successor of 2024-25 is not coded, and the
    interior ministers before 2020 stay empty."""
    # (the day before is Mike Noersalim's, coded since the kbsam31 pass)
    assert holder_ids(kb, "interior minister", "SUR", date(2020, 7, 15)) == {"mike-noersalim"}
    assert holder_ids(kb, "interior minister", "SUR", date(2020, 7, 16)) == {"bronto-somohardjo"}
    # Delano Landvreugd (2024-12 to 2025-07-17) and Mike Noersalim (2015-08-12 to 2020-07-16)
    # are coded since the kbsam31 pass (tests/actors/test_kb_kbsam31.py)
    assert holder_ids(kb, "interior minister", "SUR", date(2025, 3, 1)) == {"delano-landvreugd"}
    assert holder_ids(kb, "interior minister", "SUR", date(2018, 1, 1)) == {"mike-noersalim"}
    assert holder_ids(kb, "defence minister", "SUR", date(2025, 7, 16)) == {"krishna-mathoera"}
    assert holder_ids(kb, "defence minister", "SUR", date(2025, 7, 17)) == {"uraiqit-ramsaran"}
    assert holder_ids(kb, "interior minister", "SUR", date(2025, 7, 17)) == {"marinus-bee"}


def test_belize_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """The Ministry of National Security was split on 2016-08-01 (Saldivar kept Defence); he
    resigned on 2020-02-13; Hulse's police spell and Marin's defence spell are not coded."""
    assert holder_ids(kb, "national security minister", "BLZ", date(2016, 7, 31)) == {
        "john-saldivar"
    }
    assert holder_ids(kb, "national security minister", "BLZ", date(2016, 8, 1)) == set()
    assert holder_ids(kb, "defence minister", "BLZ", date(2016, 8, 1)) == {"john-saldivar"}
    assert holder_ids(kb, "defence minister", "BLZ", date(2020, 2, 12)) == {"john-saldivar"}
    assert holder_ids(kb, "defence minister", "BLZ", date(2020, 2, 13)) == set()
    assert holder_ids(kb, "defence minister", "BLZ", date(2022, 1, 1)) == set()
    assert holder_ids(kb, "defence minister", "BLZ", date(2025, 3, 15)) == {"oscar-mira"}


def test_haiti_defence_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Dorneval was installed on 2020-03-05 (not coded: his end not read), Enold Joseph returned
    with Henry's cabinet of 2021-07-20 and handed over to Berthier Antoine on 2024-06-12."""
    assert holder_ids(kb, "defence minister", "HTI", date(2020, 3, 4)) == {"enold-joseph"}
    assert holder_ids(kb, "defence minister", "HTI", date(2020, 3, 5)) == set()
    assert holder_ids(kb, "defence minister", "HTI", date(2021, 7, 20)) == {"enold-joseph"}
    assert holder_ids(kb, "defence minister", "HTI", date(2024, 6, 11)) == {"enold-joseph"}
    assert holder_ids(kb, "defence minister", "HTI", date(2024, 6, 12)) == {
        "jean-marc-berthier-antoine"
    }
    assert holder_ids(kb, "defence minister", "HTI", date(2017, 1, 1)) == set()


def test_central_america_handovers(kb: KnowledgeBase) -> None:
    """Honduras: Moncada to Castro on 2025-05-28, Castro to Hernández on 2025-12-19; Guatemala:
    Mansilla from 2015-08-15 to Ralda's 2017-10-10; Costa Rica: del Vecchio to Tijerino on
    2010-05-08; Panama: Álvarez De Soto from 2014-02-03 to Saint Malo's 2014-07-01."""
    assert holder_ids(kb, "defence minister", "HND", date(2025, 5, 27)) == {"rixi-moncada"}
    assert holder_ids(kb, "defence minister", "HND", date(2025, 5, 28)) == {"xiomara-castro"}
    assert holder_ids(kb, "defence minister", "HND", date(2025, 12, 19)) == {
        "roosevelt-hernandez-honduras"
    }
    # filled by kbam35
    assert holder_ids(kb, "defence minister", "GTM", date(2015, 8, 14)) == {"manuel-lopez-ambrosio"}
    assert holder_ids(kb, "defence minister", "GTM", date(2015, 8, 15)) == {"williams-mansilla"}
    assert holder_ids(kb, "defence minister", "GTM", date(2017, 10, 9)) == {"williams-mansilla"}
    assert holder_ids(kb, "defence minister", "GTM", date(2017, 10, 10)) == {"luis-ralda"}
    assert holder_ids(kb, "public security minister", "CRI", date(2010, 5, 7)) == {
        "janina-del-vecchio"
    }
    assert holder_ids(kb, "public security minister", "CRI", date(2010, 5, 8)) == {
        "jose-maria-tijerino"
    }
    # (2007: Fernando Berrocal, coded since the kbcam30 pass, test_kb_kbcam30.py)
    assert holder_ids(kb, "public security minister", "CRI", date(2007, 1, 1)) == {
        "fernando-berrocal"
    }
    assert holder_ids(kb, "foreign minister", "PAN", date(2014, 2, 2)) == set()
    assert holder_ids(kb, "foreign minister", "PAN", date(2014, 2, 3)) == {
        "francisco-alvarez-de-soto"
    }
    assert holder_ids(kb, "foreign minister", "PAN", date(2014, 7, 1)) == {"isabel-de-saint-malo"}


def test_uruguay_and_guyana(kb: KnowledgeBase) -> None:
    """Fernández hands over to Almagro at Mujica's inauguration; Uruguay's defence of 2002-05
    (Yamandú Fau) stays empty; Guyana's President holds Defence from his inauguration only."""
    assert holder_ids(kb, "foreign minister", "URY", date(2010, 2, 28)) == {
        "gonzalo-fernandez-uruguay"
    }
    assert holder_ids(kb, "foreign minister", "URY", date(2010, 3, 1)) == {"luis-almagro"}
    # Yamandú Fau (from January 2003, Phoenix) was coded by the kbsam30 pass
    assert holder_ids(kb, "defence minister", "URY", date(2004, 1, 20)) == {"yamandu-fau"}
    # filled by kbcam32 (David Granger, the president as minister of defence to 2020-08-02)
    assert holder_ids(kb, "defence minister", "GUY", date(2020, 8, 1)) == {"david-granger"}
    assert holder_ids(kb, "defence minister", "GUY", date(2020, 8, 2)) == {"irfaan-ali"}


def test_names(kb: KnowledgeBase) -> None:
    """The new people's names resolve; the surnames that are words, common or another KB
    person's (Bee, Fernández, Soto, Marin, Zelaya) are not theirs alone."""
    assert alias_ids(kb, "Bronto Somohardjo") == {"bronto-somohardjo"}
    assert alias_ids(kb, "Marinus Bee") == {"marinus-bee"}
    assert alias_ids(kb, "Uraqit Ramsaran") == {"uraiqit-ramsaran"}
    assert alias_ids(kb, "John Saldivar") == {"john-saldivar"}
    assert alias_ids(kb, "John Saldívar") == {"john-saldivar"}
    assert alias_ids(kb, "Enold Joseph") == {"enold-joseph"}
    assert alias_ids(kb, "Énold Joseph") == {"enold-joseph"}
    assert alias_ids(kb, "Williams Mansilla") == {"williams-mansilla"}
    assert alias_ids(kb, "Janina del Vecchio") == {"janina-del-vecchio"}
    assert alias_ids(kb, "Gonzalo Fernández") == {"gonzalo-fernandez-uruguay"}
    assert alias_ids(kb, "Francisco Álvarez De Soto") == {"francisco-alvarez-de-soto"}
    new = {"bronto-somohardjo", "marinus-bee", "uraiqit-ramsaran", "john-saldivar"}
    new |= {"enold-joseph", "williams-mansilla", "janina-del-vecchio"}
    new |= {"gonzalo-fernandez-uruguay", "francisco-alvarez-de-soto"}
    for word in ("Bee", "Joseph", "Fernández", "Soto", "Somohardjo", "Ramsaran", "Saldivar"):
        assert not alias_ids(kb, word) & new, word
    assert alias_ids(kb, "Marin") == {"sanna-marin"}
    assert alias_ids(kb, "Zelaya") == {"manuel-zelaya"}
