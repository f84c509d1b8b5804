"""Defence, foreign and interior ministers of Niger, the Gambia and Mauritania, a checked pass
(issue 14, kbafrW35): Niger's defence minister Souley Hassane (April 2004 to Seyni Oumarou's
government of 2007-06-09), the Gambia's secretaries of state for foreign affairs Bala Garba
Jahumpa (2006-10-25 to the reshuffle of 2007-09-14) and Crispin Grey-Johnson (from then to
2008-03-19), Ousman Sonko's first spell at the Gambia's interior (2006-11-22 to 2012-04-16),
Mauritania's interior minister Kaba Ould Aléwa (August 2003 to the reshuffle of 2004-07-25),
and two refined spells (Mamadou Tangara's start at the Gambia's foreign affairs, 2010 ->
June 2010; Mohamed Mahmoud Ould Mohamedou's end at Mauritania's, May 2009 -> 2009-08-11), read
from stored copies of public pages (docs/actors.md, "the kbafrW35 pass"); a day inside each
new or refined spell, the handover days, the gaps left open and the names.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    # Niger, defence
    ("defence minister", "NER", date(2005, 6, 1)): "souley-hassane",
    # the Gambia, foreign and interior
    ("foreign minister", "GMB", date(2007, 3, 1)): "bala-garba-jahumpa",
    ("foreign minister", "GMB", date(2008, 1, 1)): "crispin-grey-johnson",
    ("foreign minister", "GMB", date(2011, 1, 1)): "mamadou-tangara",
    ("interior minister", "GMB", date(2009, 1, 1)): "ousman-sonko-gmb",
    # Mauritania, interior and foreign
    ("interior minister", "MRT", date(2004, 1, 1)): "kaba-ould-alewa",
    ("foreign minister", "MRT", date(2009, 7, 15)): "mohamed-mahmoud-ould-mohamedou",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_niger_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Niger: Souley Hassane from April 2004 (Phoenix's month) to the government of Saturday
    2007-06-09; the years before and Djida Hamadou's spell from 2007-06-09 (no end read) stay
    empty to Mamadou Ousseini's start (2010-03-01)."""
    ner = "NER"
    assert holder_ids(kb, "defence minister", ner, date(2004, 3, 31)) == set()
    assert holder_ids(kb, "defence minister", ner, date(2004, 4, 1)) == {"souley-hassane"}
    assert holder_ids(kb, "defence minister", ner, date(2007, 6, 8)) == {"souley-hassane"}
    assert holder_ids(kb, "defence minister", ner, date(2007, 6, 9)) == set()
    assert holder_ids(kb, "defence minister", ner, date(2009, 1, 1)) == set()
    assert holder_ids(kb, "defence minister", ner, date(2002, 1, 1)) == set()
    assert holder_ids(kb, "defence minister", ner, date(2010, 3, 1)) == {"mamadou-ousseini"}


def test_gambia_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """The Gambia: Lamin Kaba Bajo to 2006-10-18, Maba Jobe's week left empty, Jahumpa from
    2006-10-25 to the reshuffle of 2007-09-14, Grey-Johnson from it to Omar Touray's
    2008-03-19; Tangara from June 2010 (the months of 2009-10 before it stay empty); Sonko at
    the interior from 2006-11-22 to 2012-04-16, Bajo's three weeks to 2012-05-07 empty."""
    gmb = "GMB"
    assert holder_ids(kb, "foreign minister", gmb, date(2006, 10, 17)) == {"lamin-kaba-bajo"}
    assert holder_ids(kb, "foreign minister", gmb, date(2006, 10, 22)) == set()
    assert holder_ids(kb, "foreign minister", gmb, date(2006, 10, 25)) == {"bala-garba-jahumpa"}
    assert holder_ids(kb, "foreign minister", gmb, date(2007, 9, 13)) == {"bala-garba-jahumpa"}
    assert holder_ids(kb, "foreign minister", gmb, date(2007, 9, 14)) == {"crispin-grey-johnson"}
    assert holder_ids(kb, "foreign minister", gmb, date(2008, 3, 18)) == {"crispin-grey-johnson"}
    assert holder_ids(kb, "foreign minister", gmb, date(2008, 3, 19)) == {"omar-touray"}
    assert holder_ids(kb, "foreign minister", gmb, date(2010, 3, 1)) == set()
    assert holder_ids(kb, "foreign minister", gmb, date(2010, 6, 1)) == {"mamadou-tangara"}
    # filled by kbafrW45: Aboubacar Senghore, May to August 2014
    assert holder_ids(kb, "foreign minister", gmb, date(2014, 6, 1)) == {"aboubacar-senghore"}
    assert holder_ids(kb, "interior minister", gmb, date(2006, 11, 21)) == set()
    assert holder_ids(kb, "interior minister", gmb, date(2006, 11, 22)) == {"ousman-sonko-gmb"}
    assert holder_ids(kb, "interior minister", gmb, date(2012, 4, 15)) == {"ousman-sonko-gmb"}
    assert holder_ids(kb, "interior minister", gmb, date(2012, 4, 20)) == set()
    assert holder_ids(kb, "interior minister", gmb, date(2012, 5, 7)) == {"ousman-sonko-gmb"}
    assert holder_ids(kb, "interior minister", gmb, date(2004, 1, 1)) == set()


def test_mauritania_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Mauritania: Kaba Ould Aléwa at the interior from August 2003 to the reshuffle of Sunday
    2004-07-25 (his successor's end not read, so the months after stay empty); Ould Mohamedou
    at foreign affairs to Naha Mint Mouknass's government of 2009-08-11; defence before 2018
    still empty."""
    mrt = "MRT"
    assert holder_ids(kb, "interior minister", mrt, date(2003, 7, 31)) == set()
    assert holder_ids(kb, "interior minister", mrt, date(2003, 8, 1)) == {"kaba-ould-alewa"}
    assert holder_ids(kb, "interior minister", mrt, date(2004, 7, 24)) == {"kaba-ould-alewa"}
    assert holder_ids(kb, "interior minister", mrt, date(2004, 7, 25)) == set()
    assert holder_ids(kb, "interior minister", mrt, date(2006, 1, 1)) == set()
    assert holder_ids(kb, "foreign minister", mrt, date(2009, 6, 27)) == {
        "mohamed-mahmoud-ould-mohamedou"
    }
    assert holder_ids(kb, "foreign minister", mrt, date(2009, 8, 10)) == {
        "mohamed-mahmoud-ould-mohamedou"
    }
    assert holder_ids(kb, "foreign minister", mrt, date(2009, 8, 11)) == {"naha-mint-mouknass"}
    assert holder_ids(kb, "defence minister", mrt, date(2004, 1, 1)) == set()


def test_names(kb: KnowledgeBase) -> None:
    """The new people's names resolve; "Jahumpa", "Garba-Jahumpa", "Grey-Johnson" and "Aléwa"
    are their own surnames; Souley Hassane is written in both orders with a catalogue form,
    so "Souley" and "Hassane" are no one's alone; "Kaba", "Balla", "Johnson" and "Jammeh" keep
    their owners (or none)."""
    assert alias_ids(kb, "Souley Hassane") == {"souley-hassane"}
    assert alias_ids(kb, "Hassane Souley") == {"souley-hassane"}
    assert alias_ids(kb, "Bala Garba Jahumpa") == {"bala-garba-jahumpa"}
    assert alias_ids(kb, "Bala Garba-Jahumpa") == {"bala-garba-jahumpa"}
    assert alias_ids(kb, "Jahumpa") == {"bala-garba-jahumpa"}
    assert alias_ids(kb, "Crispin Grey-Johnson") == {"crispin-grey-johnson"}
    assert alias_ids(kb, "Grey-Johnson") == {"crispin-grey-johnson"}
    assert alias_ids(kb, "Kaba Ould Aléwa") == {"kaba-ould-alewa"}
    assert alias_ids(kb, "Kaba Ould Alewa") == {"kaba-ould-alewa"}
    assert alias_ids(kb, "Aléwa") == {"kaba-ould-alewa"}
    for word in ("Souley", "Hassane", "Kaba", "Crispin", "Johnson"):
        assert not alias_ids(kb, word), word
        assert not kb.sharing(word), word
    assert alias_ids(kb, "Balla") == {"taulant-balla"}
    assert alias_ids(kb, "Jammeh") == {"yahya-jammeh"}
