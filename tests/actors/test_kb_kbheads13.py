"""Heads of state and government since 2000 (issue 14, kbheads13).

Each spell was read from stored copies of public reference pages (docs/actors.md, "the
kbheads13 pass"); these tests name the holder on a day inside each new or corrected spell, and
check that the pass took no bare surname from anyone.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    ("prime minister", "LBY", date(2004, 6, 1)): "shukri-ghanem",
    ("prime minister", "LBY", date(2015, 6, 1)): "abdullah-al-thani-libya",
    ("prime minister", "SRB", date(2000, 6, 1)): "mirko-marjanovic",
    ("prime minister", "SRB", date(2000, 12, 1)): "milomir-minic",
    ("prime minister", "SRB", date(2001, 1, 20)): "milomir-minic",
    ("president", "SRB", date(2003, 6, 1)): "natasa-micic",
    ("president", "SRB", date(2004, 5, 1)): "predrag-markovic",
    ("president", "BGD", date(2002, 8, 1)): "jamiruddin-sircar",
    ("president", "GEO", date(2003, 12, 15)): "nino-burjanadze",
    ("prime minister", "MLI", date(2002, 5, 1)): "modibo-keita-pm",
    ("prime minister", "YEM", date(2001, 4, 15)): "abdul-qadir-bajamal",
    ("prime minister", "SDN", date(2018, 9, 20)): "motazz-moussa",
}


@pytest.mark.parametrize(("key", "who"), list(SPELLS.items()))
def test_holder_on_day(kb: KnowledgeBase, key: tuple[str, str, date], who: str) -> None:
    title, country, day = key
    assert who in holder_ids(kb, title, country, day)


def test_corrected_ends(kb: KnowledgeBase) -> None:
    """Days the source gave where the KB had another month or none."""
    assert holder_ids(kb, "prime minister", "SRB", date(2001, 1, 10)) == {"milomir-minic"}
    assert holder_ids(kb, "prime minister", "YEM", date(2001, 4, 15)) == {"abdul-qadir-bajamal"}
    assert holder_ids(kb, "prime minister", "SDN", date(2018, 9, 20)) == {"motazz-moussa"}
    after_bin_mubarak = holder_ids(kb, "prime minister", "YEM", date(2025, 5, 20))
    assert "ahmed-awad-bin-mubarak" not in after_bin_mubarak


def test_no_bare_surname_taken(kb: KnowledgeBase) -> None:
    """Sameh Shoukry keeps "Shukri" (Shukri Ghanem's given name); the Libyan al-Thani is one
    more of the people who share "Thani", never its single owner."""

    assert alias_ids(kb, "Shukri") == {"sameh-shoukry"}
    assert alias_ids(kb, "Ghanem") == {"shukri-ghanem"}
    assert alias_ids(kb, "Thani") == set()
    assert alias_ids(kb, "Marković") == set()
    assert "abdullah-al-thani-libya" in kb.sharing("Thani")
    assert "tamim-bin-hamad-al-thani" in kb.sharing("Thani")
