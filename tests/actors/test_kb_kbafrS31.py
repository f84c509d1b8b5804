"""Foreign ministers since 2000 of the Seychelles and defence ministers of Lesotho, a checked
pass (issue 14, kbafrS31): Jérémie Bonnelame and Patrick Pillay before James Michel took the
portfolio in 2009, Vincent Meriton as vice-president in 2018-20, Jean-Paul Adam's spell to
his move to finance, and Pakalitha Mosisili as Lesotho's prime minister and defence minister
to 2012, read from stored copies of public pages (docs/actors.md, "the kbafrS31 pass"); a day inside
each new spell, the handover days, the gaps left open and the names that stay nobody's.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    # Seychelles, foreign affairs
    ("foreign minister", "SYC", date(2000, 1, 1)): "jeremie-bonnelame",
    ("foreign minister", "SYC", date(2003, 6, 1)): "jeremie-bonnelame",
    ("foreign minister", "SYC", date(2007, 6, 1)): "patrick-pillay",
    ("foreign minister", "SYC", date(2014, 10, 1)): "jean-paul-adam",
    ("foreign minister", "SYC", date(2019, 6, 1)): "vincent-meriton",
    # Lesotho, defence: the prime minister held the ministry in his first premiership
    ("defence minister", "LSO", date(2000, 1, 1)): "pakalitha-mosisili",
    ("defence minister", "LSO", date(2008, 6, 1)): "pakalitha-mosisili",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_seychelles_foreign_handovers(kb: KnowledgeBase) -> None:
    """Bonnelame to Pillay's appointment (2005-02-12); Pillay to his retirement as of
    2009-09-15, Michel from that day (refined from 2009-09-29); Adam to his move to finance
    (2015-02-01); Meriton from the first page that has him holding the portfolio
    (2018-04-27) to the end of his vice-presidency (2020-10-27)."""
    syc = ("foreign minister", "SYC")
    assert holder_ids(kb, *syc, date(2005, 2, 11)) == {"jeremie-bonnelame"}
    assert holder_ids(kb, *syc, date(2005, 2, 12)) == {"patrick-pillay"}
    assert holder_ids(kb, *syc, date(2009, 9, 14)) == {"patrick-pillay"}
    assert holder_ids(kb, *syc, date(2009, 9, 15)) == {"james-michel"}
    assert holder_ids(kb, *syc, date(2015, 1, 31)) == {"jean-paul-adam"}
    assert holder_ids(kb, *syc, date(2018, 4, 27)) == {"vincent-meriton"}
    assert holder_ids(kb, *syc, date(2020, 10, 26)) == {"vincent-meriton"}


def test_lesotho_defence_handovers(kb: KnowledgeBase) -> None:
    """Mosisili to the end of his premiership (2012-06-08); Thabane's defence spell from
    July 2012 (kbafrE21); the second Mosisili premiership is not coded at defence."""
    lso = ("defence minister", "LSO")
    assert holder_ids(kb, *lso, date(2012, 6, 7)) == {"pakalitha-mosisili"}
    assert holder_ids(kb, *lso, date(2012, 6, 15)) == set()
    assert holder_ids(kb, *lso, date(2012, 7, 1)) == {"tom-thabane"}
    assert holder_ids(kb, *lso, date(2015, 4, 1)) == set()
    assert holder_ids(kb, *lso, date(2022, 1, 1)) == set()


def test_seychelles_gaps_left(kb: KnowledgeBase) -> None:
    """Left open: February 2015 before Morgan's first page, and Faure's last dated day
    (2017-03-24) to Meriton's first (2018-04-27); the defence ministry after April 2018
    (Faure's last page) and under Ramkalawan, who took no ministry (nation.sc, 2020-11-04)."""
    assert holder_ids(kb, "foreign minister", "SYC", date(2015, 2, 15)) == set()
    assert holder_ids(kb, "foreign minister", "SYC", date(2017, 10, 1)) == set()
    assert holder_ids(kb, "defence minister", "SYC", date(2022, 1, 1)) == set()


def test_names(kb: KnowledgeBase) -> None:
    """The new people's names resolve; "Pillay", a common surname, is not Patrick Pillay's
    alone (catalogue form)."""
    assert alias_ids(kb, "Jérémie Bonnelame") == {"jeremie-bonnelame"}
    assert alias_ids(kb, "Jeremie Bonnelame") == {"jeremie-bonnelame"}
    assert alias_ids(kb, "Vincent Meriton") == {"vincent-meriton"}
    assert alias_ids(kb, "Pillay, Patrick") == {"patrick-pillay"}
    assert "patrick-pillay" not in alias_ids(kb, "Pillay")
