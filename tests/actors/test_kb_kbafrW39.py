"""Ministers since 2000 of the Gambia, a checked pass (issue 14, kbafrW39): Momodou Alieu Bah
at the interior (the decree of 2016-09-16 to his resignation of 2017-01-18) and Susan
Waffa-Ogoo at foreign affairs (November 2012 to October 2013, Mamadou Tangara's end refined
from the year 2012 to November 2012), read from stored copies of
public pages (docs/actors.md, "the kbafrW39 pass"); a day inside each new spell, the handover
days, the gaps left open and the names kept from being anyone's alone. Tangara's spell was
split in two by the kbaudit40 audit (Mambury Njie's foreign ministry of April to August 2012).
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    # The Gambia, interior
    ("interior minister", "GMB", date(2016, 11, 1)): "momodou-alieu-bah",
    # The Gambia, foreign
    ("foreign minister", "GMB", date(2013, 6, 1)): "susan-waffa-ogoo",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_gambia_interior_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Ousman Sonko dismissed and Bah named by the decree of 2016-09-16; Bah resigned on
    2017-01-18; the days to Mai Ahmad Fatty's start (2017-02-01) stay nobody's."""
    gmb = "GMB"
    assert holder_ids(kb, "interior minister", gmb, date(2016, 9, 15)) == {"ousman-sonko-gmb"}
    assert holder_ids(kb, "interior minister", gmb, date(2016, 9, 16)) == {"momodou-alieu-bah"}
    assert holder_ids(kb, "interior minister", gmb, date(2017, 1, 17)) == {"momodou-alieu-bah"}
    assert holder_ids(kb, "interior minister", gmb, date(2017, 1, 18)) == set()
    assert holder_ids(kb, "interior minister", gmb, date(2017, 1, 31)) == set()
    assert holder_ids(kb, "interior minister", gmb, date(2017, 2, 1)) == {"mai-ahmad-fatty"}
    # Habib Drammeh's weeks of 2017-18 stay open, as the earlier passes left them
    assert holder_ids(kb, "interior minister", gmb, date(2017, 12, 1)) == set()


def test_gambia_foreign_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Waffa-Ogoo from November 2012 (Tangara's end refined from the year 2012 to November
    2012: the two share that month only) to October 2013; her successors of 2013-14 are
    undated and stay open."""
    gmb = "GMB"
    assert holder_ids(kb, "foreign minister", gmb, date(2012, 10, 31)) == {"mamadou-tangara"}
    assert "susan-waffa-ogoo" in holder_ids(kb, "foreign minister", gmb, date(2012, 11, 1))
    assert holder_ids(kb, "foreign minister", gmb, date(2012, 12, 1)) == {"susan-waffa-ogoo"}
    assert holder_ids(kb, "foreign minister", gmb, date(2013, 10, 31)) == {"susan-waffa-ogoo"}
    # filled by kbafrW45: Aboubacar Senghore, November 2013 to April 2014 and May to August 2014
    assert holder_ids(kb, "foreign minister", gmb, date(2013, 11, 1)) == {"aboubacar-senghore"}
    assert holder_ids(kb, "foreign minister", gmb, date(2014, 6, 1)) == {"aboubacar-senghore"}
    assert holder_ids(kb, "foreign minister", gmb, date(2015, 6, 1)) == {"neneh-macdouall-gaye"}


def test_tangara_spell_split_by_the_kbaudit40_audit(kb: KnowledgeBase) -> None:
    """kbaudit40 found Tangara's refined spell (2010-06 to 2012-11) wrong: Mambury Njie held
    foreign affairs from April to 2012-08-23 (it.xcv.wiki, wikimili.com), so the spell is two:
    to April 2012 and 2012-08-23 to 2012-11-02; Njie is not in the KB, so those months are
    nobody's."""
    gmb = "GMB"
    assert holder_ids(kb, "foreign minister", gmb, date(2012, 2, 8)) == {"mamadou-tangara"}
    assert holder_ids(kb, "foreign minister", gmb, date(2012, 4, 15)) == {"mamadou-tangara"}
    # filled by kbafrW45: Mambury Njie, 2012-04-23 to 2012-08-23
    assert holder_ids(kb, "foreign minister", gmb, date(2012, 6, 1)) == {"mambury-njie"}
    assert holder_ids(kb, "foreign minister", gmb, date(2012, 8, 22)) == {"mambury-njie"}
    assert holder_ids(kb, "foreign minister", gmb, date(2012, 8, 23)) == {"mamadou-tangara"}
    assert holder_ids(kb, "foreign minister", gmb, date(2012, 11, 15)) == {"susan-waffa-ogoo"}


def test_names(kb: KnowledgeBase) -> None:
    """The new people's names resolve; "Bah" (catalogue order only, as for Boubacar Alpha Bah)
    stays no one's bare surname; "Waffa-Ogoo" is Susan Waffa-Ogoo's alone."""
    assert alias_ids(kb, "Momodou Alieu Bah") == {"momodou-alieu-bah"}
    assert alias_ids(kb, "Bah, Momodou Alieu") == {"momodou-alieu-bah"}
    assert not alias_ids(kb, "Bah")
    assert not alias_ids(kb, "Alieu")
    assert alias_ids(kb, "Susan Waffa-Ogoo") == {"susan-waffa-ogoo"}
    assert alias_ids(kb, "Susan Wafaa-Ogoo") == {"susan-waffa-ogoo"}
    assert alias_ids(kb, "Waffa-Ogoo") == {"susan-waffa-ogoo"}
    assert not alias_ids(kb, "Susan")
