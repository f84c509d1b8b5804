"""Defence ministers of Jamaica and Belize and national security ministers of Saint Kitts and
Nevis and Saint Lucia, a checked pass (issue 14, kbam42): Jamaica's prime ministers as their
own defence ministers since 1992 (Patterson, Simpson-Miller, Golding, Holness), Belize's
defence ministers of 2004-08 (Said Musa, Cordel Hyde, Rodwell Ferguson), Timothy Harris's
national security ministry of 2020-22 (Saint Kitts and Nevis) and Keith Mondesir's of 2006-07
(Saint Lucia), read from stored copies of public pages (docs/actors.md, "the kbam42 pass"); a
day inside each new spell, the handover days, the gaps left open and the names kept from being
anyone's alone ("Hyde", "Ferguson").
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    # Jamaica, defence (the prime minister's own portfolio)
    ("defence minister", "JAM", date(2004, 6, 1)): "pj-patterson",
    ("defence minister", "JAM", date(2007, 1, 1)): "portia-simpson-miller",
    ("defence minister", "JAM", date(2009, 6, 1)): "bruce-golding",
    ("defence minister", "JAM", date(2011, 12, 1)): "andrew-holness",
    ("defence minister", "JAM", date(2014, 6, 1)): "portia-simpson-miller",
    ("defence minister", "JAM", date(2021, 6, 1)): "andrew-holness",
    # Belize, defence
    ("defence minister", "BLZ", date(2005, 1, 1)): "said-musa",
    ("defence minister", "BLZ", date(2006, 6, 1)): "cordel-hyde",
    ("defence minister", "BLZ", date(2007, 10, 1)): "rodwell-ferguson",
    # Saint Kitts and Nevis, national security (the interior row)
    ("national security minister", "KNA", date(2021, 6, 1)): "timothy-harris",
    # Saint Lucia, home affairs and national security (the interior row)
    ("national security minister", "LCA", date(2007, 3, 1)): "keith-mondesir",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_jamaica_defence_follows_the_premiership(kb: KnowledgeBase) -> None:
    """Each prime minister holds Defence from his or her premiership's first day to its end:
    Patterson to 2006-03-30, Simpson-Miller to Golding's oath of 2007-09-11, Golding to
    Holness's of 2011-10-23, Holness to 2012-01-05, Simpson-Miller to 2016-03-03, Holness
    since (open)."""
    jam = "JAM"
    for day, holder in [
        (date(2006, 3, 29), "pj-patterson"),
        (date(2006, 3, 30), "portia-simpson-miller"),
        (date(2007, 9, 10), "portia-simpson-miller"),
        (date(2007, 9, 11), "bruce-golding"),
        (date(2011, 10, 22), "bruce-golding"),
        (date(2011, 10, 23), "andrew-holness"),
        (date(2012, 1, 4), "andrew-holness"),
        (date(2012, 1, 5), "portia-simpson-miller"),
        (date(2016, 3, 2), "portia-simpson-miller"),
        (date(2016, 3, 3), "andrew-holness"),
        (date(2025, 6, 1), "andrew-holness"),
    ]:
        assert holder_ids(kb, "defence minister", jam, day) == {holder}, day
        assert holder_ids(kb, "prime minister", jam, day) == {holder}, day
    # the national security ministers (the interior row) are unchanged
    assert holder_ids(kb, "national security minister", jam, date(2004, 6, 1)) == {
        "peter-phillips-jamaica"
    }


def test_belize_defence_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Musa from the cabinet of August 2004 to Hyde's appointment of 2005-11-03, Hyde to his
    dismissal in May 2007, Ferguson from 2007-06-05 to the government of 2008-02-08; Godfrey
    Smith's defence (to 2004-08-16) and George Price's (from 2001-10-15) are left out, and the
    UDP years before John Saldivar (2012-03) stay open."""
    blz = "BLZ"
    assert holder_ids(kb, "defence minister", blz, date(2003, 1, 1)) == set()  # Price
    assert holder_ids(kb, "defence minister", blz, date(2004, 7, 15)) == set()  # Smith
    assert holder_ids(kb, "defence minister", blz, date(2004, 8, 1)) == {"said-musa"}
    assert holder_ids(kb, "defence minister", blz, date(2005, 11, 2)) == {"said-musa"}
    assert holder_ids(kb, "defence minister", blz, date(2005, 11, 3)) == {"cordel-hyde"}
    assert holder_ids(kb, "defence minister", blz, date(2007, 5, 31)) == {"cordel-hyde"}
    assert holder_ids(kb, "defence minister", blz, date(2007, 6, 4)) == set()
    assert holder_ids(kb, "defence minister", blz, date(2007, 6, 5)) == {"rodwell-ferguson"}
    assert holder_ids(kb, "defence minister", blz, date(2008, 2, 7)) == {"rodwell-ferguson"}
    assert holder_ids(kb, "defence minister", blz, date(2008, 2, 8)) == set()
    assert holder_ids(kb, "defence minister", blz, date(2010, 1, 1)) == set()  # Perdomo
    assert holder_ids(kb, "prime minister", blz, date(2005, 1, 1)) == {"said-musa"}
    # Musa's foreign ministry of 2001-03 is unchanged
    assert holder_ids(kb, "foreign minister", blz, date(2002, 6, 1)) == {"said-musa"}


def test_saint_kitts_national_security_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Harris from the cabinet sworn in on 2020-06-14 to the end of his premiership (August
    2022, the month only), Drew from 2022-08-13; Harris's first term (2015-20) is left out."""
    kna, nsm = "KNA", "national security minister"
    assert holder_ids(kb, nsm, kna, date(2017, 12, 22)) == set()
    assert holder_ids(kb, nsm, kna, date(2020, 6, 13)) == set()
    assert holder_ids(kb, nsm, kna, date(2020, 6, 14)) == {"timothy-harris"}
    assert holder_ids(kb, nsm, kna, date(2022, 8, 1)) == {"timothy-harris"}
    assert holder_ids(kb, nsm, kna, date(2022, 9, 1)) == {"terrance-drew"}


def test_saint_lucia_national_security_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Mondesir from the cabinet sworn in on 2006-12-19 to the re-allocation of 2007-06-06;
    Stephenson King's national security from that day and Guy Mayers's are left out."""
    lca, nsm = "LCA", "national security minister"
    assert holder_ids(kb, nsm, lca, date(2006, 12, 18)) == set()
    assert holder_ids(kb, nsm, lca, date(2006, 12, 19)) == {"keith-mondesir"}
    assert holder_ids(kb, nsm, lca, date(2007, 6, 5)) == {"keith-mondesir"}
    assert holder_ids(kb, nsm, lca, date(2007, 6, 6)) == set()  # Stephenson King
    assert holder_ids(kb, nsm, lca, date(2009, 10, 12)) == set()  # Guy Mayers


def test_gaps_left_open(kb: KnowledgeBase) -> None:
    """Cells the pass searched without a dated holder: Haiti's defence minister of the
    Fils-Aimé government (Jean-Michel Moïse, left out by kbcar17 for his surname), Nicaragua's
    defence and Gobernación, Grenada's national security under Keith Mitchell."""
    assert holder_ids(kb, "defence minister", "HTI", date(2025, 1, 1)) == set()
    assert holder_ids(kb, "defence minister", "NIC", date(2015, 1, 1)) == set()
    assert holder_ids(kb, "interior minister", "NIC", date(2010, 1, 1)) == set()
    assert holder_ids(kb, "national security minister", "GRD", date(2016, 8, 1)) == set()


def test_names(kb: KnowledgeBase) -> None:
    """The new people's names resolve; "Hyde" and "Ferguson" (written in catalogue order only)
    are no one's alone; "Mondesir" is Keith Mondesir's; the prime ministers keep their names,
    and "Harris" stays a surname its five people share."""
    assert alias_ids(kb, "Cordel Hyde") == {"cordel-hyde"}
    assert alias_ids(kb, "Hyde, Cordel") == {"cordel-hyde"}
    assert alias_ids(kb, "Hyde") == set()
    assert alias_ids(kb, "Rodwell Ferguson") == {"rodwell-ferguson"}
    assert alias_ids(kb, "Ferguson") == set()
    assert alias_ids(kb, "Keith Mondesir") == {"keith-mondesir"}
    assert alias_ids(kb, "Mondesir") == {"keith-mondesir"}
    assert alias_ids(kb, "Cordel") == set()
    assert alias_ids(kb, "Rodwell") == set()
    assert alias_ids(kb, "Holness") == {"andrew-holness"}
    assert alias_ids(kb, "Simpson-Miller") == {"portia-simpson-miller"}
    assert alias_ids(kb, "Said Musa") == {"said-musa"}
    assert "timothy-harris" in set(kb.sharing("Harris"))
