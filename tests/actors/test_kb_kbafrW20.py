"""Foreign, defence and interior ministers of West and Central Africa (issue 14, kbafrW20, an
eighth pass checked against stored public pages).

Each spell was read from stored copies of public pages (docs/actors.md, "the kbafrW20
pass"); these tests name the holder on a day inside each new spell, check the handover days
of the spells dated or corrected, and that the new people took no bare surname that is a
common word or a shared name.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    ("interior minister", "GHA", date(2001, 8, 1)): "malik-alhassan-yakubu",
    ("interior minister", "GHA", date(2012, 5, 1)): "william-kwasi-aboah",
    ("interior minister", "GHA", date(2016, 6, 1)): "prosper-douglas-bani",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_ghana_interior_handovers(kb: KnowledgeBase) -> None:
    """Ghana: Cletus Avoka sworn in on 2009-02-13 (the interim weeks before left out), Martin
    Amidu from the reshuffle of 2010-01-25 (the KB had the years 2009-10 and 2010-11, two
    holders through 2010), Benjamin Kunbuor to 2012-01-19 (the KB had all of 2012), William
    Kwasi Aboah from 2012-02-23; Prosper Bani from 2016-01-19 to 2017-01-07."""
    gha = "GHA"
    assert holder_ids(kb, "interior minister", gha, date(2009, 1, 20)) == set()
    assert holder_ids(kb, "interior minister", gha, date(2009, 2, 13)) == {"cletus-avoka"}
    assert holder_ids(kb, "interior minister", gha, date(2010, 1, 24)) == {"cletus-avoka"}
    assert holder_ids(kb, "interior minister", gha, date(2010, 1, 25)) == {"martin-amidu"}
    assert holder_ids(kb, "interior minister", gha, date(2010, 6, 1)) == {"martin-amidu"}
    assert holder_ids(kb, "interior minister", gha, date(2012, 1, 18)) == {"benjamin-kunbuor"}
    assert holder_ids(kb, "interior minister", gha, date(2012, 2, 23)) == {"william-kwasi-aboah"}
    assert holder_ids(kb, "interior minister", gha, date(2012, 10, 1)) == set()
    assert holder_ids(kb, "interior minister", gha, date(2016, 1, 18)) == {"mark-woyongo"}
    assert holder_ids(kb, "interior minister", gha, date(2016, 1, 19)) == {"prosper-douglas-bani"}
    assert alias_ids(kb, "Prosper Bani") == {"prosper-douglas-bani"}
    assert alias_ids(kb, "Aboah") == {"william-kwasi-aboah"}
    assert holder_ids(kb, "interior minister", gha, date(2002, 3, 28)) == {"malik-alhassan-yakubu"}
    assert holder_ids(kb, "interior minister", gha, date(2002, 3, 29)) == set()
    assert not alias_ids(kb, "Yakubu")


def test_ghana_foreign_and_defence_dated(kb: KnowledgeBase) -> None:
    """Ghana: year- or month-only spells that overlapped a neighbour or began before the
    appointment, dated from the pages: Mumuni (reported sworn in on 2009-02-27), Botchwey
    (sworn in on 2017-01-28, after Tetteh's end), Ablakwa (sworn in on 2025-02-07, after
    Botchwey's end), Smith (February 2009, after the interim weeks), Nitiwul (to 2025-01-07)
    and Omane Boamah (February 2025, after his nomination of 2025-01-21); John Bani keeps the
    bare "Bani"."""
    gha = "GHA"
    assert holder_ids(kb, "foreign minister", gha, date(2009, 1, 20)) == set()
    assert holder_ids(kb, "foreign minister", gha, date(2009, 2, 27)) == {"muhammad-mumuni"}
    assert holder_ids(kb, "foreign minister", gha, date(2017, 1, 3)) == {"hanna-tetteh"}
    assert holder_ids(kb, "foreign minister", gha, date(2017, 1, 20)) == set()
    assert holder_ids(kb, "foreign minister", gha, date(2017, 1, 28)) == {
        "shirley-ayorkor-botchwey"
    }
    assert holder_ids(kb, "foreign minister", gha, date(2025, 1, 3)) == {"shirley-ayorkor-botchwey"}
    assert holder_ids(kb, "foreign minister", gha, date(2025, 2, 6)) == set()
    assert holder_ids(kb, "foreign minister", gha, date(2025, 2, 7)) == {"samuel-okudzeto-ablakwa"}
    assert holder_ids(kb, "defence minister", gha, date(2009, 1, 20)) == set()
    assert holder_ids(kb, "defence minister", gha, date(2009, 2, 15)) == {"joseph-henry-smith"}
    assert holder_ids(kb, "defence minister", gha, date(2025, 1, 6)) == {"dominic-nitiwul"}
    assert holder_ids(kb, "defence minister", gha, date(2025, 1, 20)) == set()
    assert holder_ids(kb, "defence minister", gha, date(2025, 2, 15)) == {"edward-omane-boamah"}
    assert alias_ids(kb, "Bani") == {"john-bani"}
