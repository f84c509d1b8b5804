"""Ministers since 2000 of Montenegro, Albania and Lithuania, a checked pass (issue 14,
kbeu34): Montenegro's interior minister of 2009-10 (Ivan Brajović), Albania's ministers of
public order of 2002-03 (Stefan Çipa, Luan Rama) and Lithuania's foreign minister to 2000
(Algirdas Saudargas, with Antanas Valionis's start corrected to 2000-11-09), read from stored
copies of public pages (docs/actors.md, "the kbeu34 pass"); a day inside each new spell, the
handover days, the gaps left open and the names.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    # Montenegro, interior (Đukanović's government of 2009-06-11)
    ("interior minister", "MNE", date(2010, 1, 1)): "ivan-brajovic",
    # Albania, public order (Majko's government of 2002-02-22, Nano's of 2002-07-29)
    ("interior minister", "ALB", date(2002, 5, 1)): "stefan-cipa",
    ("interior minister", "ALB", date(2003, 3, 1)): "luan-rama",
    # Lithuania, foreign (to Paksas's second government, 2000-11-09)
    ("foreign minister", "LTU", date(2000, 6, 1)): "algirdas-saudargas",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_montenegro_interior_handovers(kb: KnowledgeBase) -> None:
    """Kalamperović's shipped end (2009-06-09) is kept, so the two days before the government
    confirmed on 2009-06-11 stay nobody's; Brajović from then, his shipped spell from Lukšić's
    government of 2010-12-29 going on."""
    mne = "MNE"
    assert holder_ids(kb, "interior minister", mne, date(2009, 6, 8)) == {"jusuf-kalamperovic"}
    assert holder_ids(kb, "interior minister", mne, date(2009, 6, 10)) == set()
    assert holder_ids(kb, "interior minister", mne, date(2009, 6, 11)) == {"ivan-brajovic"}
    assert holder_ids(kb, "interior minister", mne, date(2010, 12, 28)) == {"ivan-brajovic"}
    assert holder_ids(kb, "interior minister", mne, date(2010, 12, 29)) == {"ivan-brajovic"}
    assert holder_ids(kb, "interior minister", mne, date(2012, 12, 4)) == {"rasko-konjevic"}


def test_albania_public_order_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Çipa from Majko's government (2002-02-22) to Nano's (2002-07-29), Luan Rama from then
    to 2003-12-29; January 2004 (before Igli Toska's shipped month) and 2000-02 before Çipa
    stay nobody's. Luan Rama's defence spell of 2002 is kept."""
    alb = "ALB"
    assert holder_ids(kb, "interior minister", alb, date(2002, 2, 21)) == set()
    assert holder_ids(kb, "interior minister", alb, date(2002, 2, 22)) == {"stefan-cipa"}
    assert holder_ids(kb, "interior minister", alb, date(2002, 7, 28)) == {"stefan-cipa"}
    assert holder_ids(kb, "interior minister", alb, date(2002, 7, 29)) == {"luan-rama"}
    assert holder_ids(kb, "interior minister", alb, date(2003, 12, 28)) == {"luan-rama"}
    assert holder_ids(kb, "interior minister", alb, date(2003, 12, 29)) == set()
    assert holder_ids(kb, "interior minister", alb, date(2004, 1, 15)) == set()
    assert holder_ids(kb, "interior minister", alb, date(2004, 2, 15)) == {"igli-toska"}
    assert holder_ids(kb, "interior minister", alb, date(2001, 6, 1)) == set()
    assert holder_ids(kb, "defence minister", alb, date(2002, 4, 1)) == {"luan-rama"}


def test_lithuania_foreign_handover(kb: KnowledgeBase) -> None:
    """Saudargas to Paksas's second government (2000-11-09), Valionis from that day (his start
    corrected from the month); the defence minister of 2000 (Česlovas Stankevičius) stays
    out."""
    ltu = "LTU"
    assert holder_ids(kb, "foreign minister", ltu, date(2000, 1, 1)) == {"algirdas-saudargas"}
    assert holder_ids(kb, "foreign minister", ltu, date(2000, 11, 8)) == {"algirdas-saudargas"}
    assert holder_ids(kb, "foreign minister", ltu, date(2000, 11, 9)) == {"antanas-valionis"}
    assert holder_ids(kb, "foreign minister", ltu, date(2003, 1, 1)) == {"antanas-valionis"}
    assert holder_ids(kb, "defence minister", ltu, date(2000, 6, 1)) == set()


def test_names(kb: KnowledgeBase) -> None:
    """The new people's names resolve, with and without diacritics; "Rama" stays shared by
    Edi and Luan Rama, and "Stefan" and "Algirdas" are no one's surname."""
    assert alias_ids(kb, "Stefan Çipa") == {"stefan-cipa"}
    assert alias_ids(kb, "Stefan Cipa") == {"stefan-cipa"}
    assert alias_ids(kb, "Algirdas Saudargas") == {"algirdas-saudargas"}
    assert alias_ids(kb, "Ivan Brajović") == {"ivan-brajovic"}
    assert set(kb.sharing("Rama")) == {"edi-rama", "luan-rama"}
    assert not alias_ids(kb, "Stefan")
    assert not alias_ids(kb, "Algirdas")
