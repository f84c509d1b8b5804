"""Ministers of Asia, a tenth checked pass (issue 14, kbasia21).

Each spell was read from stored copies of public pages (docs/actors.md, "the kbasia21
pass"); these tests name the holder on a day inside each new spell, check the handovers and
the gaps left open, and check the names the pass added.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    ("foreign minister", "MDV", date(2001, 1, 1)): "fathulla-jameel",
    ("foreign minister", "MDV", date(2013, 1, 1)): "abdul-samad-abdulla",
    ("interior minister", "MDV", date(2012, 6, 1)): "mohamed-jameel-ahmed",
    ("defence minister", "MDV", date(2012, 6, 1)): "mohamed-nazim",
    ("defence minister", "MDV", date(2010, 9, 1)): "ameen-faisal",
    ("interior minister", "MDV", date(2010, 9, 1)): "mohamed-shihab",
    ("interior minister", "NPL", date(2013, 9, 1)): "madhav-prasad-ghimire",
    ("foreign minister", "NPL", date(2013, 9, 1)): "madhav-prasad-ghimire",
    ("interior minister", "NPL", date(2023, 9, 1)): "narayan-kaji-shrestha",
    ("defence minister", "NPL", date(2024, 5, 1)): "hari-prasad-upreti",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_maldives_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Jameel resigned on 2005-07-14, the day Shaheed's spell starts; Samad's ministry ends
    with his death (the acting ministers after him are left out); the home ministry is open
    between Jameel Ahmed's dismissal and Umar Naseer; Nazim's two spells meet."""
    assert holder_ids(kb, "foreign minister", "MDV", date(2005, 7, 13)) == {"fathulla-jameel"}
    assert holder_ids(kb, "foreign minister", "MDV", date(2005, 7, 14)) == {"ahmed-shaheed"}
    assert holder_ids(kb, "foreign minister", "MDV", date(2012, 3, 4)) == set()
    assert holder_ids(kb, "foreign minister", "MDV", date(2013, 8, 24)) == {"abdul-samad-abdulla"}
    assert holder_ids(kb, "foreign minister", "MDV", date(2013, 9, 15)) == set()
    assert holder_ids(kb, "interior minister", "MDV", date(2013, 5, 10)) == {"mohamed-jameel-ahmed"}
    assert holder_ids(kb, "interior minister", "MDV", date(2013, 6, 1)) == set()
    assert holder_ids(kb, "defence minister", "MDV", date(2012, 2, 7)) == set()
    assert holder_ids(kb, "defence minister", "MDV", date(2013, 11, 17)) == {"mohamed-nazim"}


def test_maldives_shaheed_to_the_supreme_court_ruling(kb: KnowledgeBase) -> None:
    """Shaheed stayed foreign minister after parliament's rejection (2010-11-22) until the
    Supreme Court's ruling of 2010-12-09 (corrected from the month of the vote)."""
    assert holder_ids(kb, "foreign minister", "MDV", date(2010, 12, 5)) == {"ahmed-shaheed"}
    assert holder_ids(kb, "foreign minister", "MDV", date(2010, 12, 10)) == set()
    assert holder_ids(kb, "defence minister", "MDV", date(2010, 7, 1)) == set()
    assert holder_ids(kb, "interior minister", "MDV", date(2010, 12, 10)) == set()


def test_nepal_handovers(kb: KnowledgeBase) -> None:
    """Ghimire's ministries end with the interim government (2014-02-11), the prime minister
    holding them to his cabinet of 2014-02-25; the coalition of 2024-03-06 moves Shrestha from
    home to foreign affairs, Lamichhane to home affairs (refined from the month)."""
    assert holder_ids(kb, "interior minister", "NPL", date(2013, 3, 14)) == {
        "madhav-prasad-ghimire"
    }
    assert holder_ids(kb, "interior minister", "NPL", date(2014, 2, 15)) == set()
    assert holder_ids(kb, "foreign minister", "NPL", date(2014, 2, 15)) == set()
    assert holder_ids(kb, "interior minister", "NPL", date(2024, 3, 5)) == {"narayan-kaji-shrestha"}
    assert holder_ids(kb, "foreign minister", "NPL", date(2024, 3, 5)) == set()
    assert holder_ids(kb, "interior minister", "NPL", date(2024, 3, 6)) == {"rabi-lamichhane"}
    assert holder_ids(kb, "foreign minister", "NPL", date(2024, 3, 6)) == {"narayan-kaji-shrestha"}
    assert holder_ids(kb, "defence minister", "NPL", date(2024, 3, 5)) == set()


def test_names(kb: KnowledgeBase) -> None:
    """The common surnames get catalogue forms only."""
    assert alias_ids(kb, "Fathullah Jameel") == {"fathulla-jameel"}
    assert alias_ids(kb, "Mohamed Jameel") == {"mohamed-jameel-ahmed"}
    assert "fathulla-jameel" not in alias_ids(kb, "Jameel")
    assert "abdul-samad-abdulla" not in alias_ids(kb, "Abdulla")
    assert alias_ids(kb, "Ameen Faisal") == {"ameen-faisal"}
    assert "ameen-faisal" not in alias_ids(kb, "Faisal")
    assert alias_ids(kb, "Madhav Ghimire") == {"madhav-prasad-ghimire"}
    assert "madhav-prasad-ghimire" not in alias_ids(kb, "Ghimire")
