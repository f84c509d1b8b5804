"""Interior and defence ministers of Benin and Liberia, a checked pass (issue 14, kbafrW34):
Benin's Toussaint Adjèhounou (interior, 2016-03-10 to 2016-04-06) and Théophile Yarou's and
Placide Azandé's refined spells (Yarou at defence from the handover of 2014-08-22 to Talon's
government of 2016-04-06), Liberia's ministers of internal affairs Ambulai Johnson (February
2006 to his resignation of 2010-02-14) and Harrison Karnwea (May 2010 to January 2012), read
from stored copies of public pages (docs/actors.md, "the kbafrW34 pass"); a day inside each
new or refined spell, the handover days, the gaps left open and the names.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    # Benin
    ("interior minister", "BEN", date(2016, 3, 20)): "toussaint-adjehounou",
    ("defence minister", "BEN", date(2015, 1, 1)): "theophile-yarou",
    ("defence minister", "BEN", date(2016, 3, 20)): "theophile-yarou",
    ("interior minister", "BEN", date(2016, 3, 1)): "placide-azande",
    # Liberia, internal affairs
    ("interior minister", "LBR", date(2008, 1, 1)): "ambulai-johnson",
    ("interior minister", "LBR", date(2011, 6, 1)): "harrison-karnwea",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_benin_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Benin: Yarou from the handover of Friday 2014-08-22 (after the reshuffle of the 20th) to
    Talon's government of 2016-04-06; Denis Ali Yérima's year (2013-08-11 to 2014-08-21) stays
    empty; Azandé to the decree of 2016-03-10, Adjèhounou from it to 2016-04-06; Talon's own
    months at defence after 2017-03-27 stay empty (Nouatin's start not read)."""
    ben = "BEN"
    assert holder_ids(kb, "defence minister", ben, date(2014, 8, 21)) == set()  # Yérima
    assert holder_ids(kb, "defence minister", ben, date(2014, 8, 22)) == {"theophile-yarou"}
    assert holder_ids(kb, "defence minister", ben, date(2016, 4, 5)) == {"theophile-yarou"}
    assert holder_ids(kb, "defence minister", ben, date(2016, 4, 6)) == {"candide-azannai"}
    assert holder_ids(kb, "defence minister", ben, date(2013, 12, 1)) == set()
    # filled by kbafrW42: Nouatin from the reshuffle of 2017-10-27
    assert holder_ids(kb, "defence minister", ben, date(2018, 1, 1)) == {"fortunet-alain-nouatin"}
    assert holder_ids(kb, "interior minister", ben, date(2016, 3, 9)) == {"placide-azande"}
    assert holder_ids(kb, "interior minister", ben, date(2016, 3, 10)) == {"toussaint-adjehounou"}
    assert holder_ids(kb, "interior minister", ben, date(2016, 4, 5)) == {"toussaint-adjehounou"}
    assert holder_ids(kb, "interior minister", ben, date(2016, 4, 6)) == {"sacca-lafia"}
    # the interior and public security of 2014: Dossou's shipped handover, unchanged
    assert holder_ids(kb, "interior minister", ben, date(2014, 8, 22)) == {"simplice-codjo-dossou"}


def test_liberia_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Liberia: Johnson from February 2006 to his resignation of Sunday 2010-02-14; the weeks to
    Karnwea's month (May 2010) stay empty; Karnwea to January 2012, Blamo Nelson from February;
    the transitional government's years and Tokpa's (2015-18) stay empty."""
    lbr = "LBR"
    assert holder_ids(kb, "interior minister", lbr, date(2006, 1, 20)) == set()
    assert holder_ids(kb, "interior minister", lbr, date(2006, 2, 1)) == {"ambulai-johnson"}
    assert holder_ids(kb, "interior minister", lbr, date(2010, 2, 13)) == {"ambulai-johnson"}
    assert holder_ids(kb, "interior minister", lbr, date(2010, 2, 14)) == set()
    assert holder_ids(kb, "interior minister", lbr, date(2010, 4, 1)) == set()
    assert holder_ids(kb, "interior minister", lbr, date(2010, 5, 1)) == {"harrison-karnwea"}
    assert holder_ids(kb, "interior minister", lbr, date(2012, 1, 31)) == {"harrison-karnwea"}
    assert holder_ids(kb, "interior minister", lbr, date(2012, 2, 1)) == {"blamo-nelson"}
    assert holder_ids(kb, "interior minister", lbr, date(2004, 6, 1)) == set()
    assert holder_ids(kb, "interior minister", lbr, date(2016, 6, 1)) == set()


def test_names(kb: KnowledgeBase) -> None:
    """The new people's names resolve; "Karnwea", "Kahnweah" and "Adjèhounou" are their own
    surnames; "Johnson" stays no one's (a given name of Ellen Johnson Sirleaf's), and
    "Ambulai", "Harrison" and "Toussaint" are given names, no one's alone."""
    assert alias_ids(kb, "Toussaint Adjèhounou") == {"toussaint-adjehounou"}
    assert alias_ids(kb, "Toussaint Adjehounou") == {"toussaint-adjehounou"}
    assert alias_ids(kb, "Adjèhounou") == {"toussaint-adjehounou"}
    assert alias_ids(kb, "Ambulai Johnson") == {"ambulai-johnson"}
    assert alias_ids(kb, "Ambulai B. Johnson") == {"ambulai-johnson"}
    assert alias_ids(kb, "Harrison Karnwea") == {"harrison-karnwea"}
    assert alias_ids(kb, "Harrison Kahnweah") == {"harrison-karnwea"}
    assert alias_ids(kb, "Karnwea") == {"harrison-karnwea"}
    assert alias_ids(kb, "Théophile Yarou") == {"theophile-yarou"}
    assert alias_ids(kb, "Yarou") == {"theophile-yarou"}
    for word in ("Johnson", "Ambulai", "Harrison", "Toussaint"):
        assert not alias_ids(kb, word), word
        assert not kb.sharing(word), word
