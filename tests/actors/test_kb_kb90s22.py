"""Office holders of 1989-1999, eleventh checked pass (issue 14, kb90s22): foreign ministers
of the focus states, read from stored copies of public pages (docs/actors.md, "the kb90s22
pass"); a day inside each new spell, the handover days and the gaps left open, and the names
that stay nobody's or keep their owner.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    ("foreign minister", "MEX", date(1991, 6, 1)): "fernando-solana",
    ("foreign minister", "MEX", date(1996, 6, 1)): "jose-angel-gurria",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Solana left for Education on 1993-11-29; Camacho Solís's six weeks and Tello's 1994
    stay open; Gurría from Zedillo's inauguration to his move to Finance (1998-01-05)."""
    assert holder_ids(kb, "foreign minister", "MEX", date(1993, 11, 28)) == {"fernando-solana"}
    assert holder_ids(kb, "foreign minister", "MEX", date(1993, 12, 15)) == set()
    assert holder_ids(kb, "foreign minister", "MEX", date(1994, 6, 1)) == set()
    assert holder_ids(kb, "foreign minister", "MEX", date(1994, 12, 1)) == {"jose-angel-gurria"}
    assert "jose-angel-gurria" not in holder_ids(kb, "foreign minister", "MEX", date(1998, 2, 1))


def test_names(kb: KnowledgeBase) -> None:
    """The full names and their ASCII spellings name the new people."""
    assert alias_ids(kb, "Jose Angel Gurria") == {"jose-angel-gurria"}
    assert alias_ids(kb, "Gurría") == {"jose-angel-gurria"}
    assert alias_ids(kb, "Fernando Solana") == {"fernando-solana"}


def test_solana_stays_javier_solanas(kb: KnowledgeBase) -> None:
    """Fernando Solana (Mexico, 1988-93) would share the surname with Javier Solana (Spain's
    foreign minister, NATO's secretary-general, the EU's high representative); an explicit
    alias keeps the bare surname Javier Solana's."""
    assert alias_ids(kb, "Solana") == {"javier-solana"}
    assert kb.sharing("Solana") == ()
