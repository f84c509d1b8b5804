"""Thailand's defence minister of 2001-02 and interior minister to 2000, a checked pass (issue
14, kbmena40): Chavalit Yongchaiyudh, Thaksin Shinawatra's first defence minister
(2001-02-17 to the reshuffle of 2002-10-03), and Sanan Kachornprasart, Chuan Leekpai's
interior minister (1997-11-14 to his resignation on 2000-03-29), read from stored copies of
public pages (docs/actors.md, "the kbmena40 pass"); a day inside each new spell, the handover
days, the gaps the brief's other cells keep open and the names.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    ("defence minister", "THA", date(2002, 1, 1)): "chavalit-yongchaiyudh",
    ("interior minister", "THA", date(2000, 1, 1)): "sanan-kachornprasart",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_thailand_defence_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Chuan Leekpai (to February 2001, the month only) to Chavalit from Thaksin's first
    cabinet (2001-02-17); Chavalit to the reshuffle of 2002-10-03, after which Thammarak
    Isarangkura's first spell (start not read) stays nobody's to Chettha Thanajaro
    (2004-03-10)."""
    tha = "THA"
    assert holder_ids(kb, "defence minister", tha, date(2001, 2, 16)) == {"chuan-leekpai"}
    assert "chavalit-yongchaiyudh" in holder_ids(kb, "defence minister", tha, date(2001, 2, 17))
    assert holder_ids(kb, "defence minister", tha, date(2001, 3, 1)) == {"chavalit-yongchaiyudh"}
    assert holder_ids(kb, "defence minister", tha, date(2002, 10, 2)) == {"chavalit-yongchaiyudh"}
    assert holder_ids(kb, "defence minister", tha, date(2002, 10, 3)) == set()
    assert holder_ids(kb, "defence minister", tha, date(2003, 6, 1)) == set()  # Thammarak
    assert holder_ids(kb, "defence minister", tha, date(2004, 3, 10)) == {"chettha-thanajaro"}


def test_thailand_interior_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Sanan to his resignation (Wednesday 2000-03-29); Banyat Bantadtan (2000-01) and
    Purachai Piumsombun (2001-02) are left out, so the ministry stays nobody's to Wan
    Muhamad Noor Matha (2002-10-03)."""
    tha = "THA"
    assert holder_ids(kb, "interior minister", tha, date(2000, 3, 28)) == {"sanan-kachornprasart"}
    assert holder_ids(kb, "interior minister", tha, date(2000, 3, 29)) == set()
    assert holder_ids(kb, "interior minister", tha, date(2000, 12, 1)) == set()  # Banyat
    assert holder_ids(kb, "interior minister", tha, date(2001, 6, 1)) == set()  # Purachai
    assert holder_ids(kb, "interior minister", tha, date(2002, 10, 3)) == {"wan-muhamad-noor-matha"}


def test_gaps_left_open(kb: KnowledgeBase) -> None:
    """The brief's other cells: searched again in other sources and left open (docs)."""
    for title, iso, day in [
        ("defence minister", "YEM", date(2003, 1, 1)),  # Aleiwa's start
        ("defence minister", "YEM", date(2016, 1, 1)),  # the vacancy of 2015-18
        ("foreign minister", "LBY", date(2013, 6, 1)),  # Mohamed Abdelaziz (his namesake)
        ("foreign minister", "LBY", date(2024, 6, 1)),  # Taher al-Baour's start
        ("interior minister", "LBY", date(2002, 1, 1)),
        ("interior minister", "LBY", date(2015, 1, 1)),
        ("foreign minister", "EGY", date(2002, 1, 1)),  # Ahmed Maher (his namesake)
        ("interior minister", "ARE", date(2002, 1, 1)),
        ("interior minister", "OMN", date(2002, 1, 1)),
        ("interior minister", "IRQ", date(2016, 10, 1)),
        ("foreign minister", "PSE", date(2007, 6, 20)),
        ("interior minister", "AFG", date(2019, 6, 1)),  # Andarabi's acting start
        ("interior minister", "BGD", date(2005, 1, 1)),  # a state minister at its head
        ("interior minister", "BGD", date(2014, 6, 1)),
        ("foreign minister", "PAK", date(2001, 1, 1)),  # Abdul Sattar (his name)
    ]:
        assert holder_ids(kb, title, iso, day) == set(), (title, iso, day)
    # filled by kbasia44: Tin Hlaing, home minister 1997-12-24 to 2004-11-05
    assert holder_ids(kb, "interior minister", "MMR", date(2002, 1, 1)) == {"tin-hlaing"}
    # filled by kbmenasia43: Mahmud Dhiyab al-Ahmad, interior minister 2001-05-29 to 2003-04-09
    assert holder_ids(kb, "interior minister", "IRQ", date(2002, 1, 1)) == {
        "mahmud-dhiyab-al-ahmad"
    }


def test_names(kb: KnowledgeBase) -> None:
    """The new names and their romanised forms resolve; the given names "Chavalit" and
    "Sanan" are no one's alone."""
    assert alias_ids(kb, "Chavalit Yongchaiyudh") == {"chavalit-yongchaiyudh"}
    assert alias_ids(kb, "Chavalit Yongchaiyut") == {"chavalit-yongchaiyudh"}
    assert alias_ids(kb, "Yongchaiyudh") == {"chavalit-yongchaiyudh"}
    assert alias_ids(kb, "Sanan Kachornprasart") == {"sanan-kachornprasart"}
    assert alias_ids(kb, "Sanan Khachonprasat") == {"sanan-kachornprasart"}
    assert alias_ids(kb, "Kachornprasart") == {"sanan-kachornprasart"}
    for word in ("Chavalit", "Sanan"):
        assert not alias_ids(kb, word), word
        assert not kb.sharing(word), word
