"""Foreign ministers of Eswatini and defence and interior ministers of Madagascar since 2000, a
checked pass (issue 14, kbafrS32): Eswatini's foreign ministers Abednego Ntshangase (2001-03),
Roy Fanourakis (2003), Mabili Dlamini (2004-06), Moses Mathendele Dlamini (2006-08; months from
Phoenix), Lutfo Dlamini (2009-11) and Mgwagwa Gamedze (2013-17); Madagascar's defence ministers
Cécile Manorohanta, Mamy Ranaivoniarivo (2007-09) and André Lucien Rakotoarimasy (2011-14), and
its interior ministers Charles Rabemananjara, Sehenoarisoa Rabenja, Masimana Manantsoa and
Cécile Manorohanta (2008-09), read from stored copies of public pages (docs/actors.md, "the
kbafrS32 pass"); a day inside each new spell, the handover days, the gaps left open and the
names.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    # Eswatini, foreign
    ("foreign minister", "SWZ", date(2002, 6, 1)): "abednego-ntshangase",
    ("foreign minister", "SWZ", date(2003, 8, 1)): "roy-fanourakis",
    ("foreign minister", "SWZ", date(2005, 3, 15)): "mabili-dlamini",
    ("foreign minister", "SWZ", date(2008, 1, 1)): "moses-mathendele-dlamini",
    ("foreign minister", "SWZ", date(2010, 6, 1)): "lutfo-dlamini",
    ("foreign minister", "SWZ", date(2015, 6, 1)): "mgwagwa-gamedze",
    # Madagascar, defence
    ("defence minister", "MDG", date(2008, 6, 1)): "cecile-manorohanta",
    ("defence minister", "MDG", date(2009, 3, 1)): "mamy-ranaivoniarivo",
    ("defence minister", "MDG", date(2012, 6, 1)): "andre-lucien-rakotoarimasy",
    # Madagascar, interior
    ("interior minister", "MDG", date(2008, 10, 1)): "charles-rabemananjara",
    ("interior minister", "MDG", date(2009, 3, 1)): "sehenoarisoa-rabenja",
    ("interior minister", "MDG", date(2009, 6, 1)): "masimana-manantsoa",
    ("interior minister", "MDG", date(2009, 11, 1)): "cecile-manorohanta",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_eswatini_foreign_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Ntshangase from February 2001 to the reshuffle effective 2003-04-01, Fanourakis from
    that day to December 2003, Mabili Dlamini from January 2004 to June 2006, Mathendele
    Dlamini from July 2006 to the cabinet's dissolution on 2008-09-18; Lutfo Dlamini from
    January 2009 to his demotion on 2011-10-17 (his successor left out); Gamedze from November
    2013 to the last page naming him in office (2017-11-17), Thulisile Dladla from 2018-11;
    2000, late 2008, 2012-13 and 2018 stay nobody's."""
    swz = "SWZ"
    assert holder_ids(kb, "foreign minister", swz, date(2000, 6, 1)) == set()
    assert holder_ids(kb, "foreign minister", swz, date(2001, 2, 1)) == {"abednego-ntshangase"}
    assert holder_ids(kb, "foreign minister", swz, date(2003, 3, 31)) == {"abednego-ntshangase"}
    assert holder_ids(kb, "foreign minister", swz, date(2003, 4, 1)) == {"roy-fanourakis"}
    assert holder_ids(kb, "foreign minister", swz, date(2003, 12, 31)) == {"roy-fanourakis"}
    assert holder_ids(kb, "foreign minister", swz, date(2004, 1, 1)) == {"mabili-dlamini"}
    assert holder_ids(kb, "foreign minister", swz, date(2006, 6, 30)) == {"mabili-dlamini"}
    assert holder_ids(kb, "foreign minister", swz, date(2006, 7, 1)) == {"moses-mathendele-dlamini"}
    assert holder_ids(kb, "foreign minister", swz, date(2008, 9, 17)) == {
        "moses-mathendele-dlamini"
    }
    assert holder_ids(kb, "foreign minister", swz, date(2008, 9, 18)) == set()
    assert holder_ids(kb, "foreign minister", swz, date(2008, 12, 31)) == set()
    assert holder_ids(kb, "foreign minister", swz, date(2009, 1, 1)) == {"lutfo-dlamini"}
    assert holder_ids(kb, "foreign minister", swz, date(2011, 10, 16)) == {"lutfo-dlamini"}
    assert holder_ids(kb, "foreign minister", swz, date(2011, 10, 17)) == set()
    assert holder_ids(kb, "foreign minister", swz, date(2013, 5, 27)) == set()  # Fakudze
    assert holder_ids(kb, "foreign minister", swz, date(2013, 11, 1)) == {"mgwagwa-gamedze"}
    assert holder_ids(kb, "foreign minister", swz, date(2017, 11, 16)) == {"mgwagwa-gamedze"}
    assert holder_ids(kb, "foreign minister", swz, date(2017, 11, 17)) == set()
    assert holder_ids(kb, "foreign minister", swz, date(2018, 6, 1)) == set()
    assert holder_ids(kb, "foreign minister", swz, date(2019, 1, 1)) == {"thulisile-dladla"}
    # the prime ministers keep their spells; Eswatini's defence stays uncoded
    assert holder_ids(kb, "prime minister", swz, date(2010, 6, 1)) == {"barnabas-sibusiso-dlamini"}
    assert holder_ids(kb, "defence minister", swz, date(2010, 6, 1)) == set()


def test_madagascar_defence_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Manorohanta from 2007-10-27 (Petera Behajaina before her, left out) to her resignation
    on 2009-02-09, Ranaivoniarivo from that day to the dissolution of the government on
    2009-03-17; the transition's ministers of 2009-11 left out; Rakotoarimasy from March 2011
    to 2014-02-11; the Kolo government's months stay nobody's to Rakotozafy (2015-01-25)."""
    mdg = "MDG"
    assert holder_ids(kb, "defence minister", mdg, date(2005, 6, 1)) == set()
    assert holder_ids(kb, "defence minister", mdg, date(2007, 10, 26)) == set()
    assert holder_ids(kb, "defence minister", mdg, date(2007, 10, 27)) == {"cecile-manorohanta"}
    assert holder_ids(kb, "defence minister", mdg, date(2009, 2, 8)) == {"cecile-manorohanta"}
    assert holder_ids(kb, "defence minister", mdg, date(2009, 2, 9)) == {"mamy-ranaivoniarivo"}
    assert holder_ids(kb, "defence minister", mdg, date(2009, 3, 16)) == {"mamy-ranaivoniarivo"}
    assert holder_ids(kb, "defence minister", mdg, date(2009, 3, 17)) == set()
    assert holder_ids(kb, "defence minister", mdg, date(2010, 1, 1)) == set()  # Rakotonandrasana
    assert holder_ids(kb, "defence minister", mdg, date(2011, 3, 1)) == {
        "andre-lucien-rakotoarimasy"
    }
    assert holder_ids(kb, "defence minister", mdg, date(2014, 2, 10)) == {
        "andre-lucien-rakotoarimasy"
    }
    assert holder_ids(kb, "defence minister", mdg, date(2014, 2, 11)) == set()
    assert holder_ids(kb, "defence minister", mdg, date(2014, 9, 1)) == set()
    assert holder_ids(kb, "defence minister", mdg, date(2015, 1, 25)) == {"dominique-rakotozafy"}


def test_madagascar_interior_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Rabemananjara, prime minister, at the interior from the reshuffle of 2008-04-30 to
    2009-01-04; Gervais Rakotonirina's weeks (left out for his name) empty; Rabenja from
    2009-02-19 to 2009-03-17; Masimana Manantsoa from the ordinance of 2009-03-19 to the
    government of 2009-09-08; Manorohanta from then to 2009-12-18; the ministry stays
    nobody's before May 2008 and from 2009-12-18 to 2015."""
    mdg = "MDG"
    assert holder_ids(kb, "interior minister", mdg, date(2006, 6, 1)) == set()
    assert holder_ids(kb, "interior minister", mdg, date(2008, 4, 29)) == set()
    assert holder_ids(kb, "interior minister", mdg, date(2008, 4, 30)) == {"charles-rabemananjara"}
    assert holder_ids(kb, "interior minister", mdg, date(2009, 1, 3)) == {"charles-rabemananjara"}
    assert holder_ids(kb, "interior minister", mdg, date(2009, 1, 20)) == set()  # Rakotonirina
    assert holder_ids(kb, "interior minister", mdg, date(2009, 2, 19)) == {"sehenoarisoa-rabenja"}
    assert holder_ids(kb, "interior minister", mdg, date(2009, 3, 16)) == {"sehenoarisoa-rabenja"}
    assert holder_ids(kb, "interior minister", mdg, date(2009, 3, 18)) == set()
    assert holder_ids(kb, "interior minister", mdg, date(2009, 3, 19)) == {"masimana-manantsoa"}
    assert holder_ids(kb, "interior minister", mdg, date(2009, 9, 7)) == {"masimana-manantsoa"}
    assert holder_ids(kb, "interior minister", mdg, date(2009, 9, 8)) == {"cecile-manorohanta"}
    assert holder_ids(kb, "interior minister", mdg, date(2009, 12, 17)) == {"cecile-manorohanta"}
    assert holder_ids(kb, "interior minister", mdg, date(2009, 12, 18)) == set()
    assert holder_ids(kb, "interior minister", mdg, date(2012, 6, 1)) == set()
    # the president stays the KB's head of government; Rabemananjara is no prime minister here
    assert holder_ids(kb, "president", mdg, date(2008, 6, 1)) == {"marc-ravalomanana"}


def test_names(kb: KnowledgeBase) -> None:
    """The new people's names resolve; "Dlamini" stays no one's alone (a given name in the
    KB), and so do the given names of the three new Dlaminis; neither word of "Masimana
    Manantsoa" nor of "Sehenoarisoa Rabenja" is anyone's alone (both orders written);
    "Rakotonirina" (Gervais Rakotonirina left out) and "Dominique" stay no one's; the new
    surnames are their holders'."""
    assert alias_ids(kb, "Abednego Ntshangase") == {"abednego-ntshangase"}
    assert alias_ids(kb, "Abednigo Ntshangase") == {"abednego-ntshangase"}
    assert alias_ids(kb, "Lutfo Dlamini") == {"lutfo-dlamini"}
    assert alias_ids(kb, "Roy Fanourakis") == {"roy-fanourakis"}
    assert alias_ids(kb, "Mabili David Dlamini") == {"mabili-dlamini"}
    assert alias_ids(kb, "Mathendele Dlamini") == {"moses-mathendele-dlamini"}
    assert alias_ids(kb, "Mgwagwa Gamedze") == {"mgwagwa-gamedze"}
    assert alias_ids(kb, "Cecile Manorohanta") == {"cecile-manorohanta"}
    assert alias_ids(kb, "Mamy Ranaivoniarivo") == {"mamy-ranaivoniarivo"}
    assert alias_ids(kb, "Andre Lucien Rakotoarimasy") == {"andre-lucien-rakotoarimasy"}
    assert alias_ids(kb, "Charles Rabemananjara") == {"charles-rabemananjara"}
    assert alias_ids(kb, "Rabenja Sehenoarisoa") == {"sehenoarisoa-rabenja"}
    assert alias_ids(kb, "Tsehenoarisoa Rabenja") == {"sehenoarisoa-rabenja"}
    assert alias_ids(kb, "Manantsoa Masimana") == {"masimana-manantsoa"}
    surnames = {
        "Ntshangase": "abednego-ntshangase",
        "Fanourakis": "roy-fanourakis",
        "Gamedze": "mgwagwa-gamedze",
        "Manorohanta": "cecile-manorohanta",
        "Ranaivoniarivo": "mamy-ranaivoniarivo",
        "Rakotoarimasy": "andre-lucien-rakotoarimasy",
        "Rabemananjara": "charles-rabemananjara",
    }
    for word, actor_id in surnames.items():
        assert alias_ids(kb, word) == {actor_id}, word
    for word in (
        "Dlamini",
        "Lutfo",
        "Mabili",
        "Mathendele",
        "Masimana",
        "Manantsoa",
        "Rabenja",
        "Sehenoarisoa",
    ):
        assert not alias_ids(kb, word), word
        assert not kb.sharing(word), word
    for word in ("Rakotonirina", "Dominique", "Mamy", "Chief"):
        assert not alias_ids(kb, word), word
        assert not kb.sharing(word), word
