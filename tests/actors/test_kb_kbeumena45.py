"""San Marino's Secretary of State for Foreign Affairs of 2003, a checked pass (issue 14,
kbeumena45): Fiorenzo Stolfi's first spell, read to the year only ("practically the whole of
2003", sanmarinofixing.com; INFORM of 2003-02-19: Frattini met "the Secretary of State for
Foreign Affairs ... Fiorenzo Stolfi"), from stored copies of public pages (docs/actors.md, "the
kbeumena45 pass"); a day inside the new spell, its edges, the gaps left open (San Marino's
2002 and 2004-06, Qatar's defence before 2016, Yemen's defence of 2000-06 and 2015-18,
Liechtenstein's interior of 2000-01 and 2005-09) and the names.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    # INFORM n. 34: Frattini and "il Segretario di Stato per gli Affari Esteri della Repubblica
    # di San Marino, Fiorenzo Stolfi" met at the Farnesina on 19 February 2003
    ("foreign minister", "SMR", date(2003, 2, 19)): "fiorenzo-stolfi",
    # sanmarinofixing.com: "agli affari esteri praticamente per tutto il 2003"
    ("foreign minister", "SMR", date(2003, 9, 1)): "fiorenzo-stolfi",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_san_marino_foreign_edges(kb: KnowledgeBase) -> None:
    """Stolfi's first spell is read to the year only: 2003-01-01 to 2003-12-31. Gatti's end
    (2002-05-20) to 2003 and 2004 to Stolfi's second spell (2006-09, shipped) stay nobody's
    (Fabio Berardi's years: a Phoenix head, as kbocean32 decided)."""
    smr = "SMR"
    assert holder_ids(kb, "foreign minister", smr, date(2002, 5, 19)) == {"gabriele-gatti"}
    assert holder_ids(kb, "foreign minister", smr, date(2002, 5, 20)) == set()
    assert holder_ids(kb, "foreign minister", smr, date(2002, 12, 31)) == set()
    assert holder_ids(kb, "foreign minister", smr, date(2003, 1, 1)) == {"fiorenzo-stolfi"}
    assert holder_ids(kb, "foreign minister", smr, date(2003, 12, 31)) == {"fiorenzo-stolfi"}
    assert holder_ids(kb, "foreign minister", smr, date(2004, 1, 1)) == set()
    assert holder_ids(kb, "foreign minister", smr, date(2005, 6, 1)) == set()
    assert holder_ids(kb, "foreign minister", smr, date(2006, 9, 1)) == {"fiorenzo-stolfi"}
    assert holder_ids(kb, "foreign minister", smr, date(2008, 12, 3)) == {"antonella-mularoni"}


def test_gaps_left_open(kb: KnowledgeBase) -> None:
    """The cells searched and not dated stay open: Qatar's defence before the ministers of
    state of 2016 (the emir's own ministry, and Hamad bin Ali Al-Attiyah's start not read);
    Yemen's defence of 2000-06 (Abdullah Ali Aleiwa's start not read) and the vacancy of
    2015-18; Liechtenstein's interior of 2000-01 and 2005-09 (Michael Ritter and Martin Meyer,
    left out for their names by kbocean32); San Marino's foreign minister of 2017-19 (Nicola
    Renzi, left out for his surname by kbfmC)."""
    assert holder_ids(kb, "defence minister", "QAT", date(2014, 1, 1)) == set()
    assert holder_ids(kb, "defence minister", "QAT", date(2016, 1, 27)) == {"khalid-al-attiyah"}
    assert holder_ids(kb, "defence minister", "YEM", date(2003, 1, 1)) == set()
    assert holder_ids(kb, "defence minister", "YEM", date(2006, 2, 1)) == {"mohammed-nasser-ahmed"}
    assert holder_ids(kb, "defence minister", "YEM", date(2017, 1, 1)) == set()
    assert holder_ids(kb, "interior minister", "LIE", date(2000, 6, 1)) == set()
    assert holder_ids(kb, "interior minister", "LIE", date(2001, 4, 5)) == {"alois-ospelt"}
    assert holder_ids(kb, "interior minister", "LIE", date(2007, 1, 1)) == set()
    assert holder_ids(kb, "foreign minister", "SMR", date(2018, 6, 1)) == set()


def test_names(kb: KnowledgeBase) -> None:
    """No new name: Stolfi's full name and bare surname stay his alone; the people searched
    and not coded (Hamad bin Ali Al-Attiyah, Abdullah Aleiwa, Michael Ritter, Martin Meyer)
    are no KB person's alias by those names; Fabio Berardi stays the Phoenix head he was."""
    assert alias_ids(kb, "Fiorenzo Stolfi") == {"fiorenzo-stolfi"}
    assert alias_ids(kb, "Stolfi") == {"fiorenzo-stolfi"}
    assert set(kb.sharing("Stolfi")) == set()
    for name in ("Hamad bin Ali Al-Attiyah", "Abdullah Aleiwa", "Michael Ritter", "Martin Meyer"):
        assert alias_ids(kb, name) == set(), name
    assert alias_ids(kb, "Fabio Berardi") == {"fabio-berardi"}
