"""Heads of government and ministers of Asia and Oceania, a sixth checked pass (issue 14,
kbasia17).

Each spell was read from stored copies of public pages (docs/actors.md, "the kbasia17
pass"); these tests name the holder on a day inside each new spell, check the handovers and
the gaps left open, and check that the pass took no word or shared name from anyone.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    ("prime minister", "MMR", date(2004, 3, 1)): "khin-nyunt",
    ("prime minister", "MMR", date(2009, 6, 1)): "thein-sein",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_myanmar_prime_ministers(kb: KnowledgeBase) -> None:
    """Than Shwe hands the premiership to Khin Nyunt on 2003-08-25; Soe Win's spell
    (2004-10-19 to 2007-05-18) stays open (a namesake); Thein Sein acts from 2007-05-18 and
    holds the office to its abolition, when his presidency starts."""
    assert holder_ids(kb, "prime minister", "MMR", date(2003, 8, 24)) == {"than-shwe"}
    assert holder_ids(kb, "prime minister", "MMR", date(2003, 8, 25)) == {"khin-nyunt"}
    assert holder_ids(kb, "prime minister", "MMR", date(2005, 6, 1)) == set()
    assert holder_ids(kb, "prime minister", "MMR", date(2007, 5, 18)) == {"thein-sein"}
    assert holder_ids(kb, "prime minister", "MMR", date(2011, 3, 30)) == set()
    assert holder_ids(kb, "president", "MMR", date(2011, 3, 30)) == {"thein-sein"}


def test_no_word_or_shared_name_taken(kb: KnowledgeBase) -> None:
    """Burmese names have no surname: "Nyunt" is nobody's bare name."""

    def ids(text: str) -> set[str]:
        return {h.actor_id for h in kb.lookup(text)}

    assert not ids("Nyunt")
    assert ids("Khin Nyunt") == {"khin-nyunt"}
    assert not ids("Soe Win")
