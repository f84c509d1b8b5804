"""Defence ministers of Angola and Lesotho, a checked pass (issue 14, kbafrS39): Kundi
Paihama at Angola's defence from the cabinet presented on 1999-01-30 to the KB's spell of
2004, and Sam Matekane, Lesotho's prime minister, at its defence ministry from his cabinet's
swearing-in (2022-11-04) to the KB's spell from the reshuffle of 2023-11-08, read from stored
copies of public pages (docs/actors.md, "the kbafrS39 pass"); a day inside each new spell,
the handover days, the gaps left open and the names kept as they were.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    # Angola, defence: Paihama from the cabinet of January 1999
    ("defence minister", "AGO", date(2000, 1, 1)): "kundi-paihama",
    ("defence minister", "AGO", date(2001, 6, 1)): "kundi-paihama",
    ("defence minister", "AGO", date(2003, 6, 1)): "kundi-paihama",
    # Lesotho, defence: the prime minister, from his first cabinet
    ("defence minister", "LSO", date(2023, 6, 1)): "sam-matekane",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_angola_defence_handovers(kb: KnowledgeBase) -> None:
    """Paihama from the presentation of the new cabinet (1999-01-30); his new spell meets the
    KB's of 2004 to January 2010; February 2010 (before Cândido Van-Dúnem's March) and
    July-September 2017 stay open."""
    ago = ("defence minister", "AGO")
    assert holder_ids(kb, *ago, date(1999, 1, 30)) == {"kundi-paihama"}
    assert holder_ids(kb, *ago, date(2003, 12, 31)) == {"kundi-paihama"}
    assert holder_ids(kb, *ago, date(2004, 1, 1)) == {"kundi-paihama"}
    assert holder_ids(kb, *ago, date(2010, 2, 15)) == set()
    assert holder_ids(kb, *ago, date(2017, 8, 15)) == set()


def test_lesotho_defence_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Matekane from his cabinet's swearing-in (2022-11-04) to the KB's spell from the
    reshuffle of 2023-11-08, one holder throughout; the months after Prince Maliehe's
    dismissal (2021-02-04) to Majoro's last day stay open, as earlier passes left them."""
    lso = ("defence minister", "LSO")
    assert holder_ids(kb, *lso, date(2022, 11, 3)) == set()
    assert holder_ids(kb, *lso, date(2022, 11, 4)) == {"sam-matekane"}
    assert holder_ids(kb, *lso, date(2023, 11, 7)) == {"sam-matekane"}
    assert holder_ids(kb, *lso, date(2023, 11, 8)) == {"sam-matekane"}
    assert holder_ids(kb, *lso, date(2021, 6, 1)) == set()
    assert holder_ids(kb, *lso, date(2022, 6, 1)) == set()


def test_gaps_left(kb: KnowledgeBase) -> None:
    """Not reached or not dated: Mauritius's defence and home affairs of 2000-05 and
    Mozambique's defence of 2000-04 stay empty."""
    assert holder_ids(kb, "defence minister", "MUS", date(2002, 6, 1)) == set()
    assert holder_ids(kb, "interior minister", "MUS", date(2004, 6, 1)) == set()
    # filled by kbafrS40: Tobias Dai from the first page read naming him in office
    # (2000-07-20, mg.co.za); January to mid-July 2000 stays empty.
    assert holder_ids(kb, "defence minister", "MOZ", date(2002, 6, 1)) == {"tobias-dai"}
    assert holder_ids(kb, "defence minister", "MOZ", date(2000, 3, 1)) == set()


def test_names(kb: KnowledgeBase) -> None:
    """No name was added: the two holders keep their keys."""
    assert alias_ids(kb, "Kundi Paihama") == {"kundi-paihama"}
    assert alias_ids(kb, "Kundy Paihama") == {"kundi-paihama"}
    assert alias_ids(kb, "Sam Matekane") == {"sam-matekane"}
    assert alias_ids(kb, "Matekane") == {"sam-matekane"}
