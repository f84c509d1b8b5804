"""Ministers of Asia, an eighth checked pass (issue 14, kbasia19).

Each spell was read from stored copies of public pages (docs/actors.md, "the kbasia19
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
    ("defence minister", "KGZ", date(2013, 1, 1)): "taalaibek-omuraliev",
    ("interior minister", "KGZ", date(2013, 6, 1)): "abdylda-suranchiev",
    ("interior minister", "KGZ", date(2015, 6, 1)): "melis-turganbaev",
    ("foreign minister", "KGZ", date(2008, 1, 1)): "ednan-karabayev",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_kyrgyzstan_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Kudaiberdiev to Omuraliev on 2011-12-26; Suranchiev to Turganbaev on 2014-09-16; the
    ministry of 2016 after Turganbaev's resignation and the foreign ministry after
    Karabayev's resignation (Sarbayev's end not read) stay open."""
    assert holder_ids(kb, "defence minister", "KGZ", date(2011, 12, 25)) == {
        "abibilla-kudaiberdiev"
    }
    assert holder_ids(kb, "defence minister", "KGZ", date(2011, 12, 26)) == {"taalaibek-omuraliev"}
    assert holder_ids(kb, "defence minister", "KGZ", date(2016, 1, 1)) == set()
    assert holder_ids(kb, "interior minister", "KGZ", date(2014, 9, 15)) == {"abdylda-suranchiev"}
    assert holder_ids(kb, "interior minister", "KGZ", date(2014, 9, 16)) == {"melis-turganbaev"}
    assert holder_ids(kb, "interior minister", "KGZ", date(2016, 6, 1)) == set()
    assert holder_ids(kb, "foreign minister", "KGZ", date(2009, 6, 1)) == set()


def test_names(kb: KnowledgeBase) -> None:
    assert alias_ids(kb, "Omuraliev") == {"taalaibek-omuraliev"}
    assert alias_ids(kb, "Turganbayev") == {"melis-turganbaev"}
    assert alias_ids(kb, "Karabaev") == {"ednan-karabayev"}
    assert alias_ids(kb, "Suranchiev") == {"abdylda-suranchiev"}
