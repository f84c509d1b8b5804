"""Foreign ministers since 2000 of Tuvalu, the Solomon Islands and Guatemala, a checked pass
(issue 14, kbam39): Tuvalu's prime ministers as their own foreign ministers in 1999-2006
(Ionatana Ionatana, Faimalaga Luka, Saufatu Sopoanga, Maatia Toafa), the Solomon Islands'
foreign minister of 1997-2000 (Patteson Oti) and Guatemala's of 1996-2000 (Eduardo Stein),
read from stored copies of public pages (docs/actors.md, "the kbam39 pass"); a day inside
each new spell, the handover days, the gaps left open and the names kept from being anyone's
alone.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    # Tuvalu, foreign (the prime ministers)
    ("foreign minister", "TUV", date(2000, 6, 1)): "ionatana-ionatana",
    ("foreign minister", "TUV", date(2001, 6, 1)): "faimalaga-luka",
    ("foreign minister", "TUV", date(2003, 6, 1)): "saufatu-sopoanga",
    ("foreign minister", "TUV", date(2005, 6, 1)): "maatia-toafa",
    # the Solomon Islands, foreign
    ("foreign minister", "SLB", date(2000, 3, 1)): "patteson-oti",
    # Guatemala, foreign
    ("foreign minister", "GTM", date(2000, 1, 5)): "eduardo-stein",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_tuvalu_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Ionatana to his death (2000-12-08); Tuilimu's acting weeks empty; Luka from his
    swearing-in (2001-02-24) to Talake's appointment (2001-12-13); Talake's premiership empty;
    Sopoanga from his election (2002-08-02) to his resignation (2004-08-27); Toafa's acting
    weeks empty; Toafa from 2004-10-11 to Ielemia's election (2006-08-14, kbcar35)."""
    tuv = "TUV"
    assert holder_ids(kb, "foreign minister", tuv, date(2000, 12, 7)) == {"ionatana-ionatana"}
    assert holder_ids(kb, "foreign minister", tuv, date(2000, 12, 8)) == set()
    assert holder_ids(kb, "foreign minister", tuv, date(2001, 1, 15)) == set()  # Tuilimu
    assert holder_ids(kb, "foreign minister", tuv, date(2001, 2, 23)) == set()
    assert holder_ids(kb, "foreign minister", tuv, date(2001, 2, 24)) == {"faimalaga-luka"}
    assert holder_ids(kb, "foreign minister", tuv, date(2001, 12, 12)) == {"faimalaga-luka"}
    assert holder_ids(kb, "foreign minister", tuv, date(2001, 12, 13)) == set()
    assert holder_ids(kb, "foreign minister", tuv, date(2002, 5, 1)) == set()  # Talake
    assert holder_ids(kb, "foreign minister", tuv, date(2002, 8, 1)) == set()
    assert holder_ids(kb, "foreign minister", tuv, date(2002, 8, 2)) == {"saufatu-sopoanga"}
    assert holder_ids(kb, "foreign minister", tuv, date(2004, 8, 26)) == {"saufatu-sopoanga"}
    assert holder_ids(kb, "foreign minister", tuv, date(2004, 8, 27)) == set()
    assert holder_ids(kb, "foreign minister", tuv, date(2004, 10, 10)) == set()
    assert holder_ids(kb, "foreign minister", tuv, date(2004, 10, 11)) == {"maatia-toafa"}
    assert holder_ids(kb, "foreign minister", tuv, date(2006, 8, 13)) == {"maatia-toafa"}
    assert holder_ids(kb, "foreign minister", tuv, date(2006, 8, 14)) == {"apisai-ielemia"}
    # the prime ministers' spells are as the KB had them
    assert holder_ids(kb, "prime minister", tuv, date(2003, 6, 1)) == {"saufatu-sopoanga"}
    assert holder_ids(kb, "prime minister", tuv, date(2005, 6, 1)) == {"maatia-toafa"}


def test_solomon_islands_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Oti from August 1997 to June 2000 (months), Danny Philip from July 2000 (kbocean33);
    the months of 2001-02 after Philip stay open, and Oti keeps his spell of 2006-07."""
    slb = "SLB"
    assert holder_ids(kb, "foreign minister", slb, date(1998, 6, 1)) == {"patteson-oti"}
    assert holder_ids(kb, "foreign minister", slb, date(2000, 6, 30)) == {"patteson-oti"}
    assert holder_ids(kb, "foreign minister", slb, date(2000, 7, 1)) == {"danny-philip"}
    assert holder_ids(kb, "foreign minister", slb, date(2002, 1, 1)) == set()
    assert holder_ids(kb, "foreign minister", slb, date(2007, 6, 1)) == {"patteson-oti"}


def test_guatemala_handover_and_gaps(kb: KnowledgeBase) -> None:
    """Stein to Portillo's inauguration (2000-01-14), Orellana from then (kbcar31); the days
    after Berger's inauguration (2004) and the years of Carrera and Carlos Raúl Morales
    (2013-17) stay open."""
    gtm = "GTM"
    assert holder_ids(kb, "foreign minister", gtm, date(2000, 1, 1)) == {"eduardo-stein"}
    assert holder_ids(kb, "foreign minister", gtm, date(2000, 1, 13)) == {"eduardo-stein"}
    assert holder_ids(kb, "foreign minister", gtm, date(2000, 1, 14)) == {"gabriel-orellana"}
    assert holder_ids(kb, "foreign minister", gtm, date(2004, 1, 20)) == set()
    assert holder_ids(kb, "foreign minister", gtm, date(2015, 1, 1)) == set()


def test_names(kb: KnowledgeBase) -> None:
    """The name "Eduardo Stein" resolves; "Stein" (written in catalogue order) and "Barillas"
    (his second surname, not written) are no one's; the extended people keep their names,
    "Oti" stays no one's alone and "Morales" keeps its two people."""
    assert alias_ids(kb, "Eduardo Stein") == {"eduardo-stein"}
    assert alias_ids(kb, "Stein, Eduardo") == {"eduardo-stein"}
    assert not alias_ids(kb, "Stein")
    assert not alias_ids(kb, "Barillas")
    assert not set(kb.sharing("Stein"))
    assert alias_ids(kb, "Patteson Oti") == {"patteson-oti"}
    assert not alias_ids(kb, "Oti")
    assert alias_ids(kb, "Maatia Toafa") == {"maatia-toafa"}
    assert alias_ids(kb, "Saufatu Sopoanga") == {"saufatu-sopoanga"}
    assert alias_ids(kb, "Ionatana Ionatana") == {"ionatana-ionatana"}
    assert alias_ids(kb, "Faimalaga Luka") == {"faimalaga-luka"}
    assert set(kb.sharing("Morales")) == {"evo-morales", "jimmy-morales"}
