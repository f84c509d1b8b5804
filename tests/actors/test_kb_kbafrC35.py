"""Foreign, defence and interior ministers of Central Africa and the Horn, a checked pass (issue
14, kbafrC35): the Central African Republic's foreign, defence and interior ministers of
2000-06 (Patassé's last governments, from the Ziguélé II government of 2001-08-30 to the coup
of 2003-03-15, and Bozizé's transition governments of 2003-04, François Bozizé his own defence
minister from 2003-03-31); the Comoros' foreign minister of 2016-17 (Mohamed Bacar Dossar) and
Souef Mohamed El-Amine's second start refined to the decree of 2017-07-17; Gabon's interior
minister of 2002-04 (Idriss Ngari), read from stored copies of public pages (docs/actors.md,
"the kbafrC35 pass"); a day inside each new spell, the handover days, the gaps left open and
the names.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    # Central African Republic, interior
    ("interior minister", "CAF", date(2001, 5, 28)): "theodore-bikoo",
    ("interior minister", "CAF", date(2002, 6, 1)): "joseph-mozoule",
    ("interior minister", "CAF", date(2003, 3, 1)): "jacquesson-mazette",
    ("interior minister", "CAF", date(2003, 6, 1)): "michel-paulin-bondeboli",
    ("interior minister", "CAF", date(2004, 6, 1)): "marcel-malonga",
    # Central African Republic, defence
    ("defence minister", "CAF", date(2002, 6, 1)): "pierre-angoa",
    ("defence minister", "CAF", date(2003, 3, 1)): "maurice-regonessa",
    ("defence minister", "CAF", date(2005, 1, 1)): "francois-bozize",
    # Central African Republic, foreign
    ("foreign minister", "CAF", date(2002, 6, 1)): "agba-otikpo-mezode",
    ("foreign minister", "CAF", date(2003, 3, 1)): "martial-beti-marace",
    ("foreign minister", "CAF", date(2003, 6, 1)): "abdou-karim-meckassoua",
    ("foreign minister", "CAF", date(2004, 6, 1)): "charles-herve-wenezoui",
    # The Comoros, foreign
    ("foreign minister", "COM", date(2017, 1, 1)): "mohamed-bacar-dossar",
    # Gabon, interior
    ("interior minister", "GAB", date(2003, 2, 7)): "idriss-ngari",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_central_african_republic_interior_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Bikoo from Friday 2000-12-15 to the Ziguélé II government of Thursday 2001-08-30,
    Mozoulé to December 2002, nobody in January 2003 (the decree's day not read), Mazette
    from February 2003 to the coup of 2003-03-15, nobody to the Goumba government of
    2003-03-31, Bondéboli to the Gaombalet government of 2003-12-12, Malonga to the Gaombalet
    II government of 2004-09-02; open after it (Sallé's end not read) to 2016."""
    caf = "CAF"
    assert holder_ids(kb, "interior minister", caf, date(2000, 12, 14)) == set()
    assert holder_ids(kb, "interior minister", caf, date(2000, 12, 15)) == {"theodore-bikoo"}
    assert holder_ids(kb, "interior minister", caf, date(2001, 8, 29)) == {"theodore-bikoo"}
    assert holder_ids(kb, "interior minister", caf, date(2001, 8, 30)) == {"joseph-mozoule"}
    assert holder_ids(kb, "interior minister", caf, date(2002, 12, 31)) == {"joseph-mozoule"}
    # filled by kbafrW44: the reshuffle of 2003-01-15 (IRIN)
    assert holder_ids(kb, "interior minister", caf, date(2003, 1, 15)) == {"jacquesson-mazette"}
    assert holder_ids(kb, "interior minister", caf, date(2003, 2, 1)) == {"jacquesson-mazette"}
    assert holder_ids(kb, "interior minister", caf, date(2003, 3, 14)) == {"jacquesson-mazette"}
    assert holder_ids(kb, "interior minister", caf, date(2003, 3, 15)) == set()
    assert holder_ids(kb, "interior minister", caf, date(2003, 3, 30)) == set()
    assert holder_ids(kb, "interior minister", caf, date(2003, 3, 31)) == {
        "michel-paulin-bondeboli"
    }
    assert holder_ids(kb, "interior minister", caf, date(2003, 12, 11)) == {
        "michel-paulin-bondeboli"
    }
    assert holder_ids(kb, "interior minister", caf, date(2003, 12, 12)) == {"marcel-malonga"}
    assert holder_ids(kb, "interior minister", caf, date(2004, 9, 1)) == {"marcel-malonga"}
    assert holder_ids(kb, "interior minister", caf, date(2004, 9, 2)) == set()
    assert holder_ids(kb, "interior minister", caf, date(2010, 1, 1)) == set()


def test_central_african_republic_defence_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Démafouth to his arrest (2001-08-26), nobody to Angoa's start (2001-08-30), Angoa to
    December 2002, Régonessa from February 2003 to the coup; Bozizé his own defence minister
    from the Goumba government (2003-03-31) to the last page read (2006-07-05); nobody to his
    son's year-only 2008."""
    caf = "CAF"
    assert holder_ids(kb, "defence minister", caf, date(2001, 8, 25)) == {"jean-jacques-demafouth"}
    assert holder_ids(kb, "defence minister", caf, date(2001, 8, 27)) == set()
    assert holder_ids(kb, "defence minister", caf, date(2001, 8, 30)) == {"pierre-angoa"}
    assert holder_ids(kb, "defence minister", caf, date(2002, 12, 31)) == {"pierre-angoa"}
    # filled by kbafrW44: the reshuffle of 2003-01-15 (IRIN)
    assert holder_ids(kb, "defence minister", caf, date(2003, 1, 15)) == {"maurice-regonessa"}
    assert holder_ids(kb, "defence minister", caf, date(2003, 2, 1)) == {"maurice-regonessa"}
    assert holder_ids(kb, "defence minister", caf, date(2003, 3, 14)) == {"maurice-regonessa"}
    assert holder_ids(kb, "defence minister", caf, date(2003, 3, 20)) == set()
    assert holder_ids(kb, "defence minister", caf, date(2003, 3, 31)) == {"francois-bozize"}
    assert holder_ids(kb, "defence minister", caf, date(2006, 7, 4)) == {"francois-bozize"}
    assert holder_ids(kb, "defence minister", caf, date(2006, 7, 5)) == set()
    assert holder_ids(kb, "defence minister", caf, date(2007, 6, 1)) == set()
    assert holder_ids(kb, "defence minister", caf, date(2008, 6, 1)) == {"jean-francis-bozize"}
    assert holder_ids(kb, "defence minister", caf, date(2013, 1, 2)) == {"francois-bozize"}


def test_central_african_republic_foreign_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Nobody before 2001-08-30 (Metefara undated); Mézodé to December 2002, Béti-Marace from
    February 2003 to the coup, Meckassoua from 2003-03-31 to the Gaombalet government of
    2003-12-12, Wénézoui from then to the last page read (2004-09-02); open to 2013."""
    caf = "CAF"
    # filled by kbafrW44: Mézodé's start refined to Ziguélé's first government (April 2001)
    assert holder_ids(kb, "foreign minister", caf, date(2001, 8, 29)) == {"agba-otikpo-mezode"}
    assert holder_ids(kb, "foreign minister", caf, date(2001, 8, 30)) == {"agba-otikpo-mezode"}
    assert holder_ids(kb, "foreign minister", caf, date(2002, 12, 31)) == {"agba-otikpo-mezode"}
    # filled by kbafrW44: the reshuffle of 2003-01-15 (IRIN)
    assert holder_ids(kb, "foreign minister", caf, date(2003, 1, 15)) == {"martial-beti-marace"}
    assert holder_ids(kb, "foreign minister", caf, date(2003, 2, 1)) == {"martial-beti-marace"}
    assert holder_ids(kb, "foreign minister", caf, date(2003, 3, 15)) == set()
    assert holder_ids(kb, "foreign minister", caf, date(2003, 3, 31)) == {"abdou-karim-meckassoua"}
    assert holder_ids(kb, "foreign minister", caf, date(2003, 12, 11)) == {"abdou-karim-meckassoua"}
    assert holder_ids(kb, "foreign minister", caf, date(2003, 12, 12)) == {"charles-herve-wenezoui"}
    assert holder_ids(kb, "foreign minister", caf, date(2004, 9, 1)) == {"charles-herve-wenezoui"}
    assert holder_ids(kb, "foreign minister", caf, date(2004, 9, 2)) == set()
    # filled by kbafrE40 (Jean-Paul Ngoupandé, 2005-06-19 to 2006-09-02)
    assert holder_ids(kb, "foreign minister", caf, date(2006, 1, 1)) == {"jean-paul-ngoupande"}


def test_comoros_foreign_handovers(kb: KnowledgeBase) -> None:
    """Dossar from Azali's first government (2016-06-01) to the decree of 2017-07-17, Souef
    from that day (refined from August 2017); the years 2002-16 and 2020-21 stay open."""
    com = "COM"
    assert holder_ids(kb, "foreign minister", com, date(2016, 5, 31)) == set()
    assert holder_ids(kb, "foreign minister", com, date(2016, 6, 1)) == {"mohamed-bacar-dossar"}
    assert holder_ids(kb, "foreign minister", com, date(2017, 7, 16)) == {"mohamed-bacar-dossar"}
    assert holder_ids(kb, "foreign minister", com, date(2017, 7, 17)) == {"souef-mohamed-el-amine"}
    assert holder_ids(kb, "foreign minister", com, date(2010, 12, 1)) == set()
    assert holder_ids(kb, "foreign minister", com, date(2021, 1, 1)) == set()


def test_gabon_interior_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Nobody before the Ntoutoume Emane government of 2002-01-27 (Mboumbou Miyakou's end not
    read); Ngari from then to 2004 (the year only); nobody in 2005, Mba Obame from 2006."""
    gab = "GAB"
    # filled by kbafrW44: Antoine Mboumbou Miyakou (to the government of 2002-01-27)
    assert holder_ids(kb, "interior minister", gab, date(2002, 1, 26)) == {
        "antoine-mboumbou-miyakou"
    }
    assert holder_ids(kb, "interior minister", gab, date(2002, 1, 27)) == {"idriss-ngari"}
    assert holder_ids(kb, "interior minister", gab, date(2004, 6, 1)) == {"idriss-ngari"}
    assert holder_ids(kb, "interior minister", gab, date(2005, 6, 1)) == set()
    assert holder_ids(kb, "interior minister", gab, date(2006, 6, 1)) == {"andre-mba-obame"}


def test_other_gaps_left_open(kb: KnowledgeBase) -> None:
    """The cells searched without a dated page: Sudan's interior of 2005 and 2016, Djibouti's
    interior before 2016, Chad's interior after 2019, Somalia's defence of 2018-22, São Tomé
    and Príncipe's foreign ministry of 2002-08."""
    assert holder_ids(kb, "interior minister", "SDN", date(2005, 10, 1)) == set()
    # filled by kbfocus36a (Esmat Abdelrahman to his resignation of February 2017)
    assert holder_ids(kb, "interior minister", "SDN", date(2016, 6, 1)) == {"esmat-abdelrahman"}
    assert holder_ids(kb, "interior minister", "DJI", date(2005, 1, 1)) == set()
    assert holder_ids(kb, "interior minister", "TCD", date(2020, 1, 1)) == set()
    assert holder_ids(kb, "defence minister", "SOM", date(2019, 1, 1)) == set()
    # filled by kbafrE39 (Ovídio Pequeno, 2004-03-30 to 2006-01-16)
    assert holder_ids(kb, "foreign minister", "STP", date(2005, 1, 1)) == {"ovidio-pequeno"}


def test_names(kb: KnowledgeBase) -> None:
    """The new people's full names and bare surnames are theirs; their given names stay no
    one's bare key; Marcel Malonga's surname, common in Central Africa, is no bare key."""
    assert alias_ids(kb, "Théodore Bikoo") == {"theodore-bikoo"}
    assert alias_ids(kb, "Bikoo") == {"theodore-bikoo"}
    assert alias_ids(kb, "Joseph Mozoulé") == {"joseph-mozoule"}
    assert alias_ids(kb, "Mozoulé") == {"joseph-mozoule"}
    assert alias_ids(kb, "Jacquesson Mazette") == {"jacquesson-mazette"}
    assert alias_ids(kb, "Pierre Angoa") == {"pierre-angoa"}
    assert alias_ids(kb, "Angoa") == {"pierre-angoa"}
    assert alias_ids(kb, "Maurice Regonessa") == {"maurice-regonessa"}
    assert alias_ids(kb, "Régonessa") == {"maurice-regonessa"}
    assert alias_ids(kb, "Agba Otikpo Mézodé") == {"agba-otikpo-mezode"}
    assert alias_ids(kb, "Georges Agba Otikpo Mézodé") == {"agba-otikpo-mezode"}
    assert alias_ids(kb, "Mézodé") == {"agba-otikpo-mezode"}
    assert alias_ids(kb, "Martial Béti-Marace") == {"martial-beti-marace"}
    assert alias_ids(kb, "Béti-Marace") == {"martial-beti-marace"}
    assert alias_ids(kb, "Karim Meckassoua") == {"abdou-karim-meckassoua"}
    assert alias_ids(kb, "Meckassoua") == {"abdou-karim-meckassoua"}
    assert alias_ids(kb, "Hervé-Charles Wénézoui") == {"charles-herve-wenezoui"}
    assert alias_ids(kb, "Wénézoui") == {"charles-herve-wenezoui"}
    assert alias_ids(kb, "Paulin Bondéboli") == {"michel-paulin-bondeboli"}
    assert alias_ids(kb, "Bondéboli") == {"michel-paulin-bondeboli"}
    assert alias_ids(kb, "Marcel Malonga") == {"marcel-malonga"}
    assert alias_ids(kb, "Malonga") == set()
    assert alias_ids(kb, "Mohamed Bacar Dossar") == {"mohamed-bacar-dossar"}
    assert alias_ids(kb, "Dossar") == {"mohamed-bacar-dossar"}
    assert alias_ids(kb, "Idriss Ngari") == {"idriss-ngari"}
    assert alias_ids(kb, "Ngari") == {"idriss-ngari"}
    for given in ("Otikpo", "Agba", "Karim", "Abdou", "Paulin", "Jacquesson", "Bacar", "Idriss"):
        assert alias_ids(kb, given) == set(), given
    # Fahmi Saïd Ibrahim is left out: "Fahmi" stays Mohammed Fahmi's bare surname
    assert alias_ids(kb, "Fahmi") == {"mohammed-fahmi"}
