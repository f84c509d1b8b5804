"""Heads of government and ministers of Europe, a sixth checked pass (issue 14, kbeu18).

Each spell was read from stored copies of public pages (docs/actors.md, "the kbeu18
pass"); these tests name the holder on a day inside each new spell, check the corrected
handovers on the days either side, and check the surnames the pass gave or kept back.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    ("interior minister", "LVA", date(2022, 9, 1)): "kristaps-eklons",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_latvia_prime_ministers_handovers_to_the_day(kb: KnowledgeBase) -> None:
    """The prime ministers' spells were month-only and overlapped for a month at each
    handover; dated, one holder on each side of the day."""
    handovers = [
        (date(2004, 3, 9), "einars-repse", "indulis-emsis"),
        (date(2004, 12, 2), "indulis-emsis", "aigars-kalvitis"),
        (date(2007, 12, 20), "aigars-kalvitis", "ivars-godmanis"),
        (date(2009, 3, 12), "ivars-godmanis", "valdis-dombrovskis"),
        (date(2014, 1, 22), "valdis-dombrovskis", "laimdota-straujuma"),
        (date(2016, 2, 11), "laimdota-straujuma", "maris-kucinskis"),
        (date(2019, 1, 23), "maris-kucinskis", "krisjanis-karins"),
        (date(2023, 9, 15), "krisjanis-karins", "evika-silina"),
    ]
    for day, before, after in handovers:
        eve = date.fromordinal(day.toordinal() - 1)
        assert holder_ids(kb, "prime minister", "LVA", eve) == {before}, day
        assert holder_ids(kb, "prime minister", "LVA", day) == {after}, day
    # Andris Bērziņš (2000-02) is left out: nobody after Šķēle's end.
    assert holder_ids(kb, "prime minister", "LVA", date(2000, 5, 4)) == {"andris-skele"}
    assert not holder_ids(kb, "prime minister", "LVA", date(2001, 1, 1))


def test_latvia_interior_after_golubeva(kb: KnowledgeBase) -> None:
    """Pabriks's acting days after Golubeva's resignation are nobody's."""
    assert not holder_ids(kb, "interior minister", "LVA", date(2022, 5, 20))
    assert holder_ids(kb, "interior minister", "LVA", date(2022, 12, 14)) == {"maris-kucinskis"}


def test_surnames(kb: KnowledgeBase) -> None:
    """The new ministers' bare surnames are theirs."""
    assert alias_ids(kb, "Eklons") == {"kristaps-eklons"}
