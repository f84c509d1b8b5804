"""Slovenia's interior ministers of 2000-04, a checked pass (issue 14, kbeumena44): Borut Šuklje
(from 1999, the year only, to Andrej Bajuk's government of 2000-06-07), Peter Jambrek (Bajuk's
interior minister, to Janez Drnovšek's government of November 2000, the month only) and Rado
Bohinc (from that government, through Anton Rop's, to Janez Janša's government of 2004-12-03,
Dragutin Mate's shipped start), read from stored copies of public pages (docs/actors.md, "the
kbeumena44 pass"); a day inside each new spell, the handover days, the gap left open (Aleš
Zalar's acting weeks of 2011 and the months after them) and the names.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    # Hina, Otočec, 2000-03-07: "Slovenia's and Croatia's Interior Ministers, Borut Suklje and
    # Sime Lucin"
    ("interior minister", "SVN", date(2000, 3, 7)): "borut-suklje",
    # Mladina: Jambrek, "notranji minister", in July 2000 under Bajuk
    ("interior minister", "SVN", date(2000, 7, 4)): "peter-jambrek",
    # Hina, Koper, Friday 2002-08-23: "Slovenia's Interior Minister Rado Bohinc"
    ("interior minister", "SVN", date(2002, 8, 23)): "rado-bohinc",
    # the cable 04LJUBLJANA265: Bohinc survived the interpellation of 2004-03-30
    ("interior minister", "SVN", date(2004, 3, 30)): "rado-bohinc",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_slovenia_interior_handovers(kb: KnowledgeBase) -> None:
    """Šuklje holds the ministry on the window's first day and to the day before Bajuk's
    government (2000-06-07), Jambrek from that day; Drnovšek's government of November 2000 is
    read to the month only, so Jambrek's end and Bohinc's start overlap in that month; Bohinc
    to the day before Janša's government (2004-12-03), Dragutin Mate from that day."""
    svn = "SVN"
    assert holder_ids(kb, "interior minister", svn, date(2000, 1, 1)) == {"borut-suklje"}
    assert holder_ids(kb, "interior minister", svn, date(2000, 6, 6)) == {"borut-suklje"}
    assert holder_ids(kb, "interior minister", svn, date(2000, 6, 7)) == {"peter-jambrek"}
    assert holder_ids(kb, "interior minister", svn, date(2000, 10, 31)) == {"peter-jambrek"}
    assert holder_ids(kb, "interior minister", svn, date(2000, 11, 15)) == {
        "peter-jambrek",
        "rado-bohinc",
    }
    assert holder_ids(kb, "interior minister", svn, date(2000, 12, 1)) == {"rado-bohinc"}
    assert holder_ids(kb, "interior minister", svn, date(2004, 12, 2)) == {"rado-bohinc"}
    assert holder_ids(kb, "interior minister", svn, date(2004, 12, 3)) == {"dragutin-mate"}
    # Janša's defence ministry under Bajuk (kbeu17) is untouched
    assert holder_ids(kb, "defence minister", svn, date(2000, 9, 1)) == {"janez-jansa"}


def test_gaps_left_open(kb: KnowledgeBase) -> None:
    """Katarina Kresal's resignation (2011-08-19) to Vinko Gorenak (2012-02-10): Aleš Zalar's
    acting weeks (under two months) and the months after them stay nobody's, as the earlier
    passes left them."""
    assert holder_ids(kb, "interior minister", "SVN", date(2011, 8, 19)) == set()
    assert holder_ids(kb, "interior minister", "SVN", date(2011, 11, 1)) == set()
    assert holder_ids(kb, "interior minister", "SVN", date(2012, 2, 10)) == {"vinko-gorenak"}


def test_names(kb: KnowledgeBase) -> None:
    """The new people's names and bare surnames resolve to them alone ("Šuklje" with its
    ASCII form); their given names ("Borut", Borut Pahor's too, "Peter", "Rado") are no one's
    alone, and none of the new surnames is shared."""
    assert alias_ids(kb, "Borut Šuklje") == {"borut-suklje"}
    assert alias_ids(kb, "Borut Suklje") == {"borut-suklje"}
    assert alias_ids(kb, "Šuklje") == {"borut-suklje"}
    assert alias_ids(kb, "Suklje") == {"borut-suklje"}
    assert alias_ids(kb, "Peter Jambrek") == {"peter-jambrek"}
    assert alias_ids(kb, "Jambrek") == {"peter-jambrek"}
    assert alias_ids(kb, "Rado Bohinc") == {"rado-bohinc"}
    assert alias_ids(kb, "Bohinc") == {"rado-bohinc"}
    for word in ("Borut", "Peter", "Rado"):
        assert alias_ids(kb, word) == set(), word
    for word in ("Šuklje", "Jambrek", "Bohinc"):
        assert set(kb.sharing(word)) == set(), word
