"""Foreign ministers of Saint Vincent and the Grenadines of 2010-15 and Fiji's defence minister
of 2010-14, a checked pass (issue 14, kbam41): Douglas Slater and Camillo Gonsalves (Saint
Vincent, foreign), Joketani Cokanasiga (Fiji, defence), read from stored copies of public pages
(docs/actors.md, "the kbam41 pass"); a day inside each new spell, the handover days, the gaps
left open and the names kept from being anyone's alone ("Slater"), or kept their owner's
("Gonsalves", Ralph Gonsalves's own alias).
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    # Saint Vincent and the Grenadines, foreign
    ("foreign minister", "VCT", date(2012, 1, 1)): "douglas-slater",
    ("foreign minister", "VCT", date(2014, 6, 1)): "camillo-gonsalves",
    # Fiji, defence
    ("defence minister", "FJI", date(2012, 6, 1)): "joketani-cokanasiga",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_saint_vincent_foreign_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Straker to Slater at the cabinet sworn in on 2010-12-19; Slater to August 2013 (to
    demit office by the end of that month), the first half of September 2013 open, Camillo
    Gonsalves from his oath of 2013-09-16 to the cabinet of 2015-12-14; the NDP months of
    2000-01 and Mike Browne's months of 2005 stay open."""
    vct = "VCT"
    assert holder_ids(kb, "foreign minister", vct, date(2010, 12, 18)) == {"louis-straker"}
    assert holder_ids(kb, "foreign minister", vct, date(2010, 12, 19)) == {"douglas-slater"}
    assert holder_ids(kb, "foreign minister", vct, date(2013, 8, 31)) == {"douglas-slater"}
    assert holder_ids(kb, "foreign minister", vct, date(2013, 9, 10)) == set()
    assert holder_ids(kb, "foreign minister", vct, date(2013, 9, 16)) == {"camillo-gonsalves"}
    assert holder_ids(kb, "foreign minister", vct, date(2015, 12, 13)) >= {"camillo-gonsalves"}
    assert "camillo-gonsalves" not in holder_ids(kb, "foreign minister", vct, date(2015, 12, 14))
    assert holder_ids(kb, "foreign minister", vct, date(2016, 6, 1)) == {"louis-straker"}
    assert holder_ids(kb, "foreign minister", vct, date(2000, 6, 1)) == set()
    assert holder_ids(kb, "foreign minister", vct, date(2005, 8, 1)) == set()


def test_fiji_defence_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Ganilau to his resignation on the evening of 2010-11-16, Cokanasiga from the next day
    (acting at first) to Natuva's appointment in September 2014; the years before December
    2004 and the month after the coup of 2006 stay open."""
    fji = "FJI"
    assert holder_ids(kb, "defence minister", fji, date(2010, 11, 16)) == {"epeli-ganilau"}
    assert holder_ids(kb, "defence minister", fji, date(2010, 11, 17)) == {"joketani-cokanasiga"}
    assert holder_ids(kb, "defence minister", fji, date(2014, 8, 31)) == {"joketani-cokanasiga"}
    assert holder_ids(kb, "defence minister", fji, date(2014, 10, 1)) == {"timoci-natuva"}
    assert holder_ids(kb, "defence minister", fji, date(2002, 6, 1)) == set()
    assert holder_ids(kb, "defence minister", fji, date(2006, 12, 20)) == set()
    # his home affairs ministry of 2001-04 is left out (no start read)
    assert "joketani-cokanasiga" not in holder_ids(kb, "interior minister", fji, date(2004, 6, 1))


def test_names(kb: KnowledgeBase) -> None:
    """The new people's names resolve; "Slater" (written in catalogue order only) is no one's
    alone; "Gonsalves" stays Ralph Gonsalves's own alias, not a surname he shares with his son;
    "Douglas" stays no one's."""
    assert alias_ids(kb, "Douglas Slater") == {"douglas-slater"}
    assert alias_ids(kb, "Camillo Gonsalves") == {"camillo-gonsalves"}
    assert alias_ids(kb, "Camilo Gonsalves") == {"camillo-gonsalves"}
    assert alias_ids(kb, "Joketani Cokanasiga") == {"joketani-cokanasiga"}
    assert alias_ids(kb, "Cokanasiga") == {"joketani-cokanasiga"}
    assert alias_ids(kb, "Ralph Gonsalves") == {"ralph-gonsalves"}
    assert alias_ids(kb, "Gonsalves") == {"ralph-gonsalves"}
    assert set(kb.sharing("Gonsalves")) == set()
    assert alias_ids(kb, "Slater") == set()
    assert alias_ids(kb, "Douglas") == set()
    assert alias_ids(kb, "Camillo") == set()
