"""Benin's foreign minister of 1998-2003 and the Gambia's foreign ministers of 2012 and 2013-14,
a checked pass (issue 14, kbafrW45): Antoine Idji Kolawolé (foreign minister from May 1998 to
May 2003, months only), Mambury Njie (2012-04-23 to Mamadou Tangara's return of 2012-08-23)
and Aboubacar Senghore (November 2013 to April 2014 and May to August 2014, months only), read
from stored copies of public pages (docs/actors.md, "the kbafrW45 pass"); a day inside each
new spell, the handover days, the gaps left open and the names.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import (
    alias_ids,
    each_name_and_alias_looks_up_to_it_alone,
    each_spell_names_its_holder,
    holder_ids,
)

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    # en.wikipedia.org and lemblemedujour.com: foreign minister "from May 1998 to May 2003"
    ("foreign minister", "BEN", date(2000, 1, 1)): "antoine-idji-kolawole",
    ("foreign minister", "BEN", date(2002, 6, 1)): "antoine-idji-kolawole",
    # wikimili.com/en/Mambury_Njie: "In office 23 April 2012 – 23 August 2012"
    ("foreign minister", "GMB", date(2012, 6, 1)): "mambury-njie",
    # de.wikipedia (a stored copy): "November 2013–April 2014, Mai–August 2014"
    ("foreign minister", "GMB", date(2014, 1, 15)): "aboubacar-senghore",
    ("foreign minister", "GMB", date(2014, 7, 1)): "aboubacar-senghore",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)

test_each_name_and_alias_looks_up_to_it_alone = each_name_and_alias_looks_up_to_it_alone(
    ["antoine-idji-kolawole", "mambury-njie", "aboubacar-senghore"]
)


def test_benin_foreign_handovers(kb: KnowledgeBase) -> None:
    """Kolawolé holds the ministry from the window's first day to the end of May 2003 (the
    month only); his successor Rogatien Biaou is undated, so the ministry is nobody's from June
    2003 to Mariam Aladji Boni Diallo's start (2006-04-08)."""
    ben = "BEN"
    assert holder_ids(kb, "foreign minister", ben, date(2003, 5, 31)) == {"antoine-idji-kolawole"}
    assert holder_ids(kb, "foreign minister", ben, date(2003, 6, 1)) == set()
    assert holder_ids(kb, "foreign minister", ben, date(2004, 3, 15)) == set()  # Biaou
    assert holder_ids(kb, "foreign minister", ben, date(2006, 4, 7)) == set()
    assert holder_ids(kb, "foreign minister", ben, date(2006, 4, 8)) == {
        "mariam-aladji-boni-diallo"
    }


def test_gambia_foreign_handovers(kb: KnowledgeBase) -> None:
    """Tangara to April 2012 (kbaudit40: the month only), Njie from 2012-04-23 (the two share
    that last week of April), Njie alone in May and to 2012-08-22, Tangara again from
    2012-08-23; Susan Waffa-Ogoo to October 2013, Senghore from November 2013 through August
    2014 (Mamour Alieu Jagne's weeks between his two spells are undated and not coded), then
    nobody's to Neneh MacDouall-Gaye (2015)."""
    gmb = "GMB"
    assert holder_ids(kb, "foreign minister", gmb, date(2012, 4, 22)) == {"mamadou-tangara"}
    assert holder_ids(kb, "foreign minister", gmb, date(2012, 4, 23)) == {
        "mamadou-tangara",
        "mambury-njie",
    }
    assert holder_ids(kb, "foreign minister", gmb, date(2012, 5, 1)) == {"mambury-njie"}
    assert holder_ids(kb, "foreign minister", gmb, date(2012, 8, 22)) == {"mambury-njie"}
    assert holder_ids(kb, "foreign minister", gmb, date(2012, 8, 23)) == {"mamadou-tangara"}
    assert holder_ids(kb, "foreign minister", gmb, date(2013, 10, 31)) == {"susan-waffa-ogoo"}
    assert holder_ids(kb, "foreign minister", gmb, date(2013, 11, 1)) == {"aboubacar-senghore"}
    assert holder_ids(kb, "foreign minister", gmb, date(2014, 4, 30)) == {"aboubacar-senghore"}
    assert holder_ids(kb, "foreign minister", gmb, date(2014, 5, 1)) == {"aboubacar-senghore"}
    assert holder_ids(kb, "foreign minister", gmb, date(2014, 8, 31)) == {"aboubacar-senghore"}
    assert holder_ids(kb, "foreign minister", gmb, date(2014, 9, 1)) == set()
    assert holder_ids(kb, "foreign minister", gmb, date(2014, 12, 31)) == set()
    assert holder_ids(kb, "foreign minister", gmb, date(2015, 6, 1)) == {"neneh-macdouall-gaye"}


def test_gaps_left_open(kb: KnowledgeBase) -> None:
    """The runs this pass searched and left open: the Central African Republic's foreign
    ministry after Charles-Hervé Wénézoui's last dated day (2004-09-02) and its defence of
    2006-07 to 2007; Niger's foreign ministry of 2000-01 (Nassirou Sabo, as decided); Togo's
    defence before 2002-07-05; Sierra Leone's foreign ministry before June 2002 (Ramadan
    Dumbuya, in office in April 2001, undated); the Gambia's of 2008-10 (Ousman Jammeh, as
    decided); São Tomé's foreign ministry of 2002-04 (Mateus Meira Rita, undated start)."""
    assert holder_ids(kb, "foreign minister", "CAF", date(2005, 1, 1)) == set()
    assert holder_ids(kb, "defence minister", "CAF", date(2007, 1, 1)) == set()
    assert holder_ids(kb, "foreign minister", "NER", date(2000, 6, 1)) == set()
    assert holder_ids(kb, "defence minister", "TGO", date(2001, 1, 1)) == set()
    assert holder_ids(kb, "foreign minister", "SLE", date(2001, 4, 30)) == set()
    assert holder_ids(kb, "foreign minister", "GMB", date(2009, 6, 1)) == set()
    assert holder_ids(kb, "foreign minister", "STP", date(2003, 5, 4)) == set()


def test_names(kb: KnowledgeBase) -> None:
    """Kolawolé is written with the compound surname "Idji Kolawolé": the bare "Kolawolé" (a
    common Yoruba name) and "Idji" are no one's. "Njie" becomes a surname Mambury Njie and
    Sering Modou Njie share (both written in catalogue order), no one's alias. "Senghore" is
    Aboubacar Senghore's bare surname. The given names "Antoine", "Mambury" and "Aboubacar"
    are no one's alone."""
    assert alias_ids(kb, "Idji Kolawolé") == {"antoine-idji-kolawole"}
    for word in ("Kolawolé", "Kolawole", "Idji", "Njie", "Antoine", "Mambury", "Aboubacar"):
        assert alias_ids(kb, word) == set(), word
    assert set(kb.sharing("Njie")) == {"mambury-njie", "sering-modou-njie"}
    assert alias_ids(kb, "Senghore") == {"aboubacar-senghore"}
    for word in ("Kolawolé", "Idji", "Senghore", "Mambury"):
        assert set(kb.sharing(word)) == set(), word
