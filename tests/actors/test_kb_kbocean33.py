"""Foreign ministers of the Solomon Islands, Kiribati and Nauru, Nauru's presidents of 2000-04
and the police ministers of the Solomon Islands and Samoa, a checked pass (issue 14,
kbocean33): Danny Philip, Patteson Oti, William Haomae, Peter Shanel Agovaka's first spell and
Clay Forau (Solomon Islands, foreign), Haomae's, Forau's and Lanelle Tanangada's police
ministries, Anote Tong's own foreign ministry (Kiribati), Nauru's presidents René Harris,
Bernard Dowiyogo, Derog Gioura and Ludwig Scotty (2000-04) and its foreign ministers Harris,
Scotty, David Adeang, Sprent Dabwido, Kieren Keke, Lionel Aingimea and Russ Kun, and Samoa's
police minister Harry Schuster, read from stored copies of public pages (docs/actors.md, "the
kbocean33 pass"); a day inside each new spell, the handover days, the gaps left open and the
names kept from being anyone's alone.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    # Solomon Islands, foreign
    ("foreign minister", "SLB", date(2000, 10, 1)): "danny-philip",
    ("foreign minister", "SLB", date(2007, 1, 1)): "patteson-oti",
    ("foreign minister", "SLB", date(2009, 1, 1)): "william-haomae",
    ("foreign minister", "SLB", date(2011, 1, 1)): "peter-shanel-agovaka",
    ("foreign minister", "SLB", date(2013, 6, 1)): "clay-forau",
    # Solomon Islands, police
    ("police minister", "SLB", date(2000, 10, 1)): "william-haomae",
    ("police minister", "SLB", date(2011, 6, 1)): "clay-forau",
    ("police minister", "SLB", date(2012, 1, 1)): "clay-forau",
    ("police minister", "SLB", date(2019, 10, 1)): "lanelle-tanangada",
    # Kiribati, foreign (the president's own portfolio)
    ("foreign minister", "KIR", date(2010, 1, 1)): "anote-tong",
    # Nauru, president
    ("president", "NRU", date(2000, 1, 1)): "rene-harris",
    ("president", "NRU", date(2000, 10, 1)): "bernard-dowiyogo",
    ("president", "NRU", date(2002, 1, 1)): "rene-harris",
    ("president", "NRU", date(2003, 2, 1)): "bernard-dowiyogo",
    ("president", "NRU", date(2003, 4, 1)): "derog-gioura",
    ("president", "NRU", date(2003, 7, 1)): "ludwig-scotty",
    ("president", "NRU", date(2004, 1, 1)): "rene-harris",
    # Nauru, foreign
    ("foreign minister", "NRU", date(2002, 1, 1)): "rene-harris",
    ("foreign minister", "NRU", date(2003, 7, 1)): "ludwig-scotty",
    ("foreign minister", "NRU", date(2006, 1, 1)): "david-adeang",
    ("foreign minister", "NRU", date(2012, 1, 1)): "sprent-dabwido",
    ("foreign minister", "NRU", date(2012, 10, 1)): "kieren-keke",
    ("foreign minister", "NRU", date(2021, 1, 1)): "lionel-aingimea",
    ("foreign minister", "NRU", date(2023, 1, 1)): "russ-kun",
    # Samoa, police
    ("police minister", "WSM", date(2023, 1, 1)): "harry-schuster",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_solomon_islands_foreign_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Oti from Sogavare's cabinet (2006-05-05; Laurie Chan's end) to Sikua's (2007-12-22),
    Haomae to Agovaka's swearing-in (2010-08-27), Agovaka to his dismissal (2012-02-09), the 18
    days to Forau's start (2012-02-27) open, Forau to Tozaka (2014-12-15); June 2001 to Chan's
    start (2002-12-12) stays open."""
    slb = "SLB"
    assert holder_ids(kb, "foreign minister", slb, date(2006, 5, 4)) == {"laurie-chan"}
    assert holder_ids(kb, "foreign minister", slb, date(2006, 5, 5)) == {"patteson-oti"}
    assert holder_ids(kb, "foreign minister", slb, date(2007, 12, 21)) == {"patteson-oti"}
    assert holder_ids(kb, "foreign minister", slb, date(2007, 12, 22)) == {"william-haomae"}
    assert holder_ids(kb, "foreign minister", slb, date(2010, 8, 26)) == {"william-haomae"}
    assert holder_ids(kb, "foreign minister", slb, date(2010, 8, 27)) == {"peter-shanel-agovaka"}
    assert holder_ids(kb, "foreign minister", slb, date(2012, 2, 8)) == {"peter-shanel-agovaka"}
    assert holder_ids(kb, "foreign minister", slb, date(2012, 2, 15)) == set()
    assert holder_ids(kb, "foreign minister", slb, date(2012, 2, 27)) == {"clay-forau"}
    assert holder_ids(kb, "foreign minister", slb, date(2014, 12, 14)) == {"clay-forau"}
    assert holder_ids(kb, "foreign minister", slb, date(2014, 12, 15)) == {"milner-tozaka"}
    assert holder_ids(kb, "foreign minister", slb, date(2002, 1, 1)) == set()
    # the second spell of Agovaka (kbocean18) is untouched
    assert holder_ids(kb, "foreign minister", slb, date(2024, 5, 7)) == {"peter-shanel-agovaka"}


def test_solomon_islands_police_gaps(kb: KnowledgeBase) -> None:
    """Forau resigned on 2011-11-09 and was back in Lilo's cabinet on 2011-11-21 (the 12 days
    between open), police minister to his move to foreign affairs (2012-02-27); Lanelle
    Tanangada from April 2019 to her move to education (2020-04-29); the years 2001-11,
    2012-19 (Agovaka's and Garu's ends not read) and after 2020 stay open."""
    slb = "SLB"
    assert holder_ids(kb, "police minister", slb, date(2011, 11, 8)) == {"clay-forau"}
    assert holder_ids(kb, "police minister", slb, date(2011, 11, 15)) == set()
    assert holder_ids(kb, "police minister", slb, date(2011, 11, 21)) == {"clay-forau"}
    assert holder_ids(kb, "police minister", slb, date(2012, 2, 27)) == set()
    assert holder_ids(kb, "police minister", slb, date(2006, 6, 1)) == set()  # Dausabea
    assert holder_ids(kb, "police minister", slb, date(2015, 1, 1)) == set()  # Agovaka
    assert holder_ids(kb, "police minister", slb, date(2019, 3, 31)) == set()
    assert holder_ids(kb, "police minister", slb, date(2019, 4, 1)) == {"lanelle-tanangada"}
    assert holder_ids(kb, "police minister", slb, date(2020, 4, 28)) == {"lanelle-tanangada"}
    assert holder_ids(kb, "police minister", slb, date(2020, 4, 29)) == set()


def test_kiribati_foreign_handovers(kb: KnowledgeBase) -> None:
    """Tong from his presidency's first day (2003-07-10) to Maamau's (2016-03-11); Tito's
    years stay open."""
    kir = "KIR"
    assert holder_ids(kb, "foreign minister", kir, date(2003, 7, 9)) == set()
    assert holder_ids(kb, "foreign minister", kir, date(2003, 7, 10)) == {"anote-tong"}
    assert holder_ids(kb, "foreign minister", kir, date(2016, 3, 10)) == {"anote-tong"}
    assert holder_ids(kb, "foreign minister", kir, date(2016, 3, 11)) == {"taneti-maamau"}
    # filled by kbcar35: Teburoro Tito, president and his own foreign minister to 2003-03-28
    assert holder_ids(kb, "foreign minister", kir, date(2001, 1, 1)) == {"teburoro-tito"}


def test_nauru_presidents_of_2000_to_2004(kb: KnowledgeBase) -> None:
    """The handover days of the list of presidents (fact-index.com, Britannica): Harris to
    Dowiyogo (2000-04-20) and back (2001-03-30), the days of January 2003, Dowiyogo's death
    and Gioura (2003-03-10), Scotty (2003-05-29), Harris (2003-08-08) to Scotty (2004-06-22)."""
    nru = "NRU"
    assert holder_ids(kb, "president", nru, date(2000, 4, 19)) == {"rene-harris"}
    assert holder_ids(kb, "president", nru, date(2000, 4, 20)) == {"bernard-dowiyogo"}
    assert holder_ids(kb, "president", nru, date(2001, 3, 29)) == {"bernard-dowiyogo"}
    assert holder_ids(kb, "president", nru, date(2001, 3, 30)) == {"rene-harris"}
    assert holder_ids(kb, "president", nru, date(2003, 1, 9)) == {"bernard-dowiyogo"}
    assert holder_ids(kb, "president", nru, date(2003, 1, 17)) == {"rene-harris"}
    assert holder_ids(kb, "president", nru, date(2003, 1, 18)) == {"bernard-dowiyogo"}
    assert holder_ids(kb, "president", nru, date(2003, 3, 9)) == {"bernard-dowiyogo"}
    assert holder_ids(kb, "president", nru, date(2003, 3, 10)) == {"derog-gioura"}
    assert holder_ids(kb, "president", nru, date(2003, 5, 28)) == {"derog-gioura"}
    assert holder_ids(kb, "president", nru, date(2003, 5, 29)) == {"ludwig-scotty"}
    assert holder_ids(kb, "president", nru, date(2003, 8, 7)) == {"ludwig-scotty"}
    assert holder_ids(kb, "president", nru, date(2003, 8, 8)) == {"rene-harris"}
    assert holder_ids(kb, "president", nru, date(2004, 5, 15)) == {"rene-harris"}
    assert holder_ids(kb, "president", nru, date(2005, 1, 1)) == {"ludwig-scotty"}


def test_nauru_foreign_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Adeang from Scotty's cabinet of 2004-06-22 (the kbaudit35 audit's fix: the pass wrote
    2004-10) to Stephen's cabinet (2007-12-19); Keke's first spell left out (2008-11 open);
    Dabwido from 2011-11-16 to Keke's return (2012-06-11), Keke to his resignation
    (2013-02-07), the months to Waqa's cabinet (2013-06-13) open; Aingimea from his cabinet of
    2019-08-28 to Kun's (2022-09-29), Kun to Adeang's cabinet (2023-10-30), after which the
    ministry stays open."""
    nru = "NRU"
    assert holder_ids(kb, "foreign minister", nru, date(2000, 6, 1)) == set()
    assert holder_ids(kb, "foreign minister", nru, date(2004, 6, 21)) == set()
    assert holder_ids(kb, "foreign minister", nru, date(2004, 6, 22)) == {"david-adeang"}
    assert holder_ids(kb, "foreign minister", nru, date(2007, 12, 18)) == {"david-adeang"}
    assert holder_ids(kb, "foreign minister", nru, date(2009, 1, 1)) == set()  # Keke
    assert holder_ids(kb, "foreign minister", nru, date(2011, 11, 16)) == {"sprent-dabwido"}
    assert holder_ids(kb, "foreign minister", nru, date(2012, 6, 10)) == {"sprent-dabwido"}
    assert holder_ids(kb, "foreign minister", nru, date(2012, 6, 11)) == {"kieren-keke"}
    assert holder_ids(kb, "foreign minister", nru, date(2013, 2, 6)) == {"kieren-keke"}
    assert holder_ids(kb, "foreign minister", nru, date(2013, 4, 1)) == set()
    assert holder_ids(kb, "foreign minister", nru, date(2019, 8, 28)) >= {"lionel-aingimea"}
    assert holder_ids(kb, "foreign minister", nru, date(2022, 9, 28)) == {"lionel-aingimea"}
    assert holder_ids(kb, "foreign minister", nru, date(2022, 9, 29)) == {"russ-kun"}
    assert holder_ids(kb, "foreign minister", nru, date(2023, 10, 29)) == {"russ-kun"}
    assert holder_ids(kb, "foreign minister", nru, date(2024, 6, 1)) == set()


def test_samoa_police(kb: KnowledgeBase) -> None:
    """Schuster from the FAST government's first day (2021-05-24) to 2025-09-16; the years
    before stay open."""
    wsm = "WSM"
    assert holder_ids(kb, "police minister", wsm, date(2021, 5, 23)) == set()
    assert holder_ids(kb, "police minister", wsm, date(2021, 5, 24)) == {"harry-schuster"}
    assert holder_ids(kb, "police minister", wsm, date(2025, 9, 15)) == {"harry-schuster"}
    assert holder_ids(kb, "police minister", wsm, date(2025, 9, 16)) == set()
    assert holder_ids(kb, "police minister", wsm, date(2018, 1, 1)) == set()


def test_names(kb: KnowledgeBase) -> None:
    """The new people's names resolve; "Dowiyogo" (also his son Valdon's), "Oti" (Ghana's
    Oti Region) and "Tanangada" (also Jimson Tanangada's) are no one's alone; "Harris" keeps
    its shared surname, René Harris added, and "Schuster" is the shared surname of Harry and
    Rudolf Schuster; the matai titles are no one's."""
    assert alias_ids(kb, "Patteson Oti") == {"patteson-oti"}
    assert alias_ids(kb, "Patterson Oti") == {"patteson-oti"}
    assert alias_ids(kb, "William Haomae") == {"william-haomae"}
    assert alias_ids(kb, "Clay Forau") == {"clay-forau"}
    assert alias_ids(kb, "René Harris") == {"rene-harris"}
    assert alias_ids(kb, "Rene Harris") == {"rene-harris"}
    assert alias_ids(kb, "Bernard Dowiyogo") == {"bernard-dowiyogo"}
    assert alias_ids(kb, "Derog Gioura") == {"derog-gioura"}
    assert alias_ids(kb, "Kieren Keke") == {"kieren-keke"}
    assert alias_ids(kb, "Harry Schuster") == {"harry-schuster"}
    assert alias_ids(kb, "Lanelle Tanangada") == {"lanelle-tanangada"}
    assert alias_ids(kb, "Lanelle Olandrea Tanangada") == {"lanelle-tanangada"}
    assert alias_ids(kb, "Faualo Harry Schuster") == {"harry-schuster"}
    for word in ("Dowiyogo", "Oti", "Tanangada", "Lefau", "Faualo", "Harry", "Clay", "Bernard"):
        assert alias_ids(kb, word) == set(), word
    assert "rene-harris" in set(kb.sharing("Harris"))
    assert {"kamala-harris", "simon-harris"} <= set(kb.sharing("Harris"))
    assert set(kb.sharing("Schuster")) == {"harry-schuster", "rudolf-schuster"}
