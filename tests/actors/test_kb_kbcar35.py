"""Foreign and interior ministers since 2000 of the Caribbean's and Oceania's small states, a
checked pass (issue 14, kbcar35): Saint Lucia's foreign minister of 2001-04 (Julian Hunte),
Saint Vincent's national security minister of 2001-05 (Vincent Beache), Saint Kitts and
Nevis's foreign minister of 2001-08 (Timothy Harris) and national security ministers of
2008-11 and 2013-15 (Denzil Douglas, Sam Condor, Patrice Nisbett), Dominica's of 2005-10
(Roosevelt Skerrit), Kiribati's president Teburoro Tito as his own foreign minister to 2003,
Tuvalu's foreign ministers of 2006-13 (Apisai Ielemia, Enele Sopoaga) and the Marshall
Islands' of 2000-08 and since 2024 (Alvin Jacklick, Gerald Zackios, Kalani Kaneko), read from
stored copies of public pages (docs/actors.md, "the kbcar35 pass"); a day inside each new
spell, the handover days, the gaps left open and the names.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    # Saint Lucia, foreign (External Affairs)
    ("foreign minister", "LCA", date(2003, 6, 1)): "julian-hunte",
    # Saint Vincent and the Grenadines, interior (National Security)
    ("national security minister", "VCT", date(2003, 6, 1)): "vincent-beache",
    # Saint Kitts and Nevis, foreign and national security
    ("foreign minister", "KNA", date(2005, 6, 1)): "timothy-harris",
    ("national security minister", "KNA", date(2009, 6, 1)): "denzil-douglas",
    ("national security minister", "KNA", date(2011, 1, 1)): "sam-condor",
    ("national security minister", "KNA", date(2014, 1, 1)): "patrice-nisbett",
    # Dominica, national security
    ("national security minister", "DMA", date(2007, 6, 1)): "roosevelt-skerrit",
    # Kiribati, foreign (the president's own portfolio)
    ("foreign minister", "KIR", date(2001, 6, 1)): "teburoro-tito",
    # Tuvalu, foreign
    ("foreign minister", "TUV", date(2008, 6, 1)): "apisai-ielemia",
    ("foreign minister", "TUV", date(2010, 11, 1)): "enele-sopoaga",
    ("foreign minister", "TUV", date(2012, 6, 1)): "apisai-ielemia",
    # The Marshall Islands, foreign
    ("foreign minister", "MHL", date(2000, 6, 1)): "alvin-jacklick",
    ("foreign minister", "MHL", date(2004, 6, 1)): "gerald-zackios",
    ("foreign minister", "MHL", date(2025, 1, 1)): "kalani-kaneko",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_saint_lucia_and_saint_vincent(kb: KnowledgeBase) -> None:
    """Hunte from April 2001 to 2004-10-26; Odlum before him and Petrus Compton after him left
    out (the days stay nobody's); Beache from March 2001 to the cabinet of 2005-12-12, the
    NDP's months of 2000 open."""
    assert holder_ids(kb, "foreign minister", "LCA", date(2001, 4, 1)) == {"julian-hunte"}
    assert holder_ids(kb, "foreign minister", "LCA", date(2004, 10, 25)) == {"julian-hunte"}
    assert holder_ids(kb, "foreign minister", "LCA", date(2004, 10, 26)) == set()  # Compton
    assert holder_ids(kb, "foreign minister", "LCA", date(2000, 6, 1)) == set()  # Odlum
    assert holder_ids(kb, "foreign minister", "LCA", date(2006, 6, 1)) == set()
    vct = "VCT"
    assert holder_ids(kb, "national security minister", vct, date(2001, 3, 1)) == {"vincent-beache"}
    assert holder_ids(kb, "national security minister", vct, date(2005, 11, 30)) == {
        "vincent-beache"
    }
    assert holder_ids(kb, "national security minister", vct, date(2006, 6, 1)) == {
        "ralph-gonsalves"
    }
    assert holder_ids(kb, "national security minister", vct, date(2000, 6, 1)) == set()


def test_saint_kitts_and_dominica(kb: KnowledgeBase) -> None:
    """Harris from 2001-08-10 to 2008-01-25 (Condor before him and Douglas after him were left
    out here; kbam45 dated them: test_kb_kbam45.py);
    Douglas's national security from 2008-08-08 to the cabinet of 2010-02-07, Condor to his
    removal announced on 2011-08-31; the months to Nisbett's homeland security (February 2013)
    and Astaphan's years before August 2008 open. Skerrit's national security from the cabinet
    of 2005-05-12 to Savarin's start (2010-01-04, kbcar33)."""
    kna = "KNA"
    # filled by kbam45: Sam Condor, foreign minister from 2000-05-08 (the first dated day a
    # page names him) to Harris's start
    assert holder_ids(kb, "foreign minister", kna, date(2001, 8, 9)) == {"sam-condor"}
    assert holder_ids(kb, "foreign minister", kna, date(2001, 8, 10)) == {"timothy-harris"}
    assert holder_ids(kb, "foreign minister", kna, date(2008, 1, 24)) == {"timothy-harris"}
    # filled by kbam45: Denzil Douglas from Harris's end to the Cabinet of 2010-02-07, Sam
    # Condor from then to his resignation of 2013-01-31
    assert holder_ids(kb, "foreign minister", kna, date(2008, 1, 25)) == {"denzil-douglas"}
    assert holder_ids(kb, "foreign minister", kna, date(2011, 6, 1)) == {"sam-condor"}
    assert holder_ids(kb, "prime minister", kna, date(2016, 1, 1)) == {"timothy-harris"}
    nsm = "national security minister"
    assert holder_ids(kb, nsm, kna, date(2006, 6, 1)) == set()  # Astaphan
    assert holder_ids(kb, nsm, kna, date(2008, 8, 7)) == set()
    assert holder_ids(kb, nsm, kna, date(2008, 8, 8)) == {"denzil-douglas"}
    assert holder_ids(kb, nsm, kna, date(2010, 2, 6)) == {"denzil-douglas"}
    assert holder_ids(kb, nsm, kna, date(2010, 2, 7)) == {"sam-condor"}
    assert holder_ids(kb, nsm, kna, date(2011, 8, 31)) == {"sam-condor"}
    assert holder_ids(kb, nsm, kna, date(2011, 9, 1)) == set()
    assert holder_ids(kb, nsm, kna, date(2012, 6, 1)) == set()
    assert holder_ids(kb, nsm, kna, date(2015, 2, 17)) == {"patrice-nisbett"}
    assert holder_ids(kb, nsm, kna, date(2015, 2, 18)) == set()
    assert holder_ids(kb, nsm, "DMA", date(2005, 5, 11)) == set()
    assert holder_ids(kb, nsm, "DMA", date(2005, 5, 12)) == {"roosevelt-skerrit"}
    assert holder_ids(kb, nsm, "DMA", date(2010, 1, 3)) == {"roosevelt-skerrit"}
    assert holder_ids(kb, nsm, "DMA", date(2010, 1, 4)) == {"charles-savarin"}


def test_kiribati_handovers_and_gap(kb: KnowledgeBase) -> None:
    """Tito to the no-confidence vote of 2003-03-28; the interim months to Anote Tong's start
    (2003-07-10) stay open."""
    assert holder_ids(kb, "foreign minister", "KIR", date(2003, 3, 27)) == {"teburoro-tito"}
    assert holder_ids(kb, "foreign minister", "KIR", date(2003, 3, 28)) == set()
    assert holder_ids(kb, "foreign minister", "KIR", date(2003, 5, 1)) == set()
    assert holder_ids(kb, "foreign minister", "KIR", date(2003, 7, 10)) == {"anote-tong"}


def test_tuvalu_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Ielemia from 2006-08-14 to Toafa's election (2010-09-29), Sopoaga to Telavi's cabinet
    (2010-12-24), Ielemia again to the no-confidence vote of 2013-08-02; the prime ministers'
    foreign ministries before August 2006 stayed open (the kbam39 pass dated Sopoanga's and
    Toafa's)."""
    tuv = "TUV"
    # filled by kbam39
    assert holder_ids(kb, "foreign minister", tuv, date(2006, 8, 13)) == {"maatia-toafa"}
    assert holder_ids(kb, "foreign minister", tuv, date(2006, 8, 14)) == {"apisai-ielemia"}
    assert holder_ids(kb, "foreign minister", tuv, date(2010, 9, 28)) == {"apisai-ielemia"}
    assert holder_ids(kb, "foreign minister", tuv, date(2010, 9, 29)) == {"enele-sopoaga"}
    assert holder_ids(kb, "foreign minister", tuv, date(2010, 12, 23)) == {"enele-sopoaga"}
    assert holder_ids(kb, "foreign minister", tuv, date(2010, 12, 24)) == {"apisai-ielemia"}
    assert holder_ids(kb, "foreign minister", tuv, date(2013, 8, 1)) == {"apisai-ielemia"}
    assert holder_ids(kb, "foreign minister", tuv, date(2013, 8, 3)) == set()
    assert holder_ids(kb, "foreign minister", tuv, date(2013, 8, 5)) == {"taukelina-finikaso"}
    # filled by kbam39
    assert holder_ids(kb, "foreign minister", tuv, date(2003, 6, 1)) == {"saufatu-sopoanga"}


def test_marshall_islands_handovers(kb: KnowledgeBase) -> None:
    """Jacklick to the shakeup of Monday 2001-07-02, Zackios from then to Tomeing's cabinet of
    January 2008 (Tony de Brum, kbocean32); Kaneko from Heine's cabinet of January 2024."""
    mhl = "MHL"
    assert holder_ids(kb, "foreign minister", mhl, date(2001, 7, 1)) == {"alvin-jacklick"}
    assert holder_ids(kb, "foreign minister", mhl, date(2001, 7, 2)) == {"gerald-zackios"}
    assert holder_ids(kb, "foreign minister", mhl, date(2007, 12, 31)) == {"gerald-zackios"}
    assert holder_ids(kb, "foreign minister", mhl, date(2008, 6, 1)) == {"tony-de-brum"}
    assert holder_ids(kb, "foreign minister", mhl, date(2020, 6, 1)) == {"casten-nemra"}
    assert holder_ids(kb, "foreign minister", mhl, date(2024, 2, 12)) == {"kalani-kaneko"}


def test_names(kb: KnowledgeBase) -> None:
    """The new people's names resolve; their surnames are no other KB person's."""
    assert alias_ids(kb, "Julian Hunte") == {"julian-hunte"}
    assert alias_ids(kb, "Julian R. Hunte") == {"julian-hunte"}
    assert alias_ids(kb, "Vincent Beache") == {"vincent-beache"}
    assert alias_ids(kb, "Sir Vincent Beache") == {"vincent-beache"}
    assert alias_ids(kb, "Alvin Jacklick") == {"alvin-jacklick"}
    assert alias_ids(kb, "Gerald Zackios") == {"gerald-zackios"}
    assert alias_ids(kb, "Gerald M. Zackios") == {"gerald-zackios"}
    assert alias_ids(kb, "Hunte") == {"julian-hunte"}
    assert alias_ids(kb, "Beache") == {"vincent-beache"}
    assert alias_ids(kb, "Jacklick") == {"alvin-jacklick"}
    assert alias_ids(kb, "Zackios") == {"gerald-zackios"}
    for word in ("Hunte", "Beache", "Jacklick", "Zackios"):
        assert set(kb.sharing(word)) == set(), word
    # "Kaneko" (a Japanese surname) and "Condor" (a word) stay no one's alone
    assert alias_ids(kb, "Kalani Kaneko") == {"kalani-kaneko"}
    assert alias_ids(kb, "Sam Condor") == {"sam-condor"}
    assert alias_ids(kb, "Sam T. Condor") == {"sam-condor"}
    assert alias_ids(kb, "Kaneko") == set()
    assert alias_ids(kb, "Condor") == set()
    # the Tuvaluans and Tito keep their names
    assert alias_ids(kb, "Apisai Ielemia") == {"apisai-ielemia"}
    assert alias_ids(kb, "Enele Sopoaga") == {"enele-sopoaga"}
    assert alias_ids(kb, "Teburoro Tito") == {"teburoro-tito"}
