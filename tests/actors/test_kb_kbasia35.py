"""Asia's foreign and defence ministers, a checked pass (issue 14, kbasia35): Mongolia's foreign
minister Lundeg Purevsuren (2014-12-09 to 2016-07-22, from parliament's vote read in Mongolian)
and Timor-Leste's defence minister Cirilo Cristóvão (the VI government, 2015-02-16 to
2017-09-15), read from stored copies of public pages (docs/actors.md, "the kbasia35 pass"); a
day inside each new spell, the handover days, the gaps left open and the names.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    ("foreign minister", "MNG", date(2015, 6, 1)): "lundeg-purevsuren",
    ("defence minister", "TLS", date(2016, 6, 1)): "cirilo-cristovao",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_mongolia_foreign_handovers(kb: KnowledgeBase) -> None:
    """L. Bold dismissed on 2014-10-17; Saikhanbileg's acting weeks stay open; Purevsuren from
    parliament's vote of 2014-12-09 to the new cabinet of 2016-07-22 (Munkh-Orgil)."""
    mng = "MNG"
    assert holder_ids(kb, "foreign minister", mng, date(2014, 10, 16)) == {"luvsanvandan-bold"}
    assert holder_ids(kb, "foreign minister", mng, date(2014, 10, 17)) == set()
    assert holder_ids(kb, "foreign minister", mng, date(2014, 12, 8)) == set()
    assert holder_ids(kb, "foreign minister", mng, date(2014, 12, 9)) == {"lundeg-purevsuren"}
    assert holder_ids(kb, "foreign minister", mng, date(2016, 7, 21)) == {"lundeg-purevsuren"}
    assert holder_ids(kb, "foreign minister", mng, date(2016, 7, 22)) == {"tsend-munkh-orgil"}


def test_timor_leste_defence_handovers(kb: KnowledgeBase) -> None:
    """Xanana Gusmão's defence ministry ends with the V government on 2015-02-16, when the VI
    government is sworn in; Cristóvão to the VII government's swearing-in (2017-09-15,
    Somotxo)."""
    tls = "TLS"
    assert holder_ids(kb, "defence minister", tls, date(2015, 2, 15)) == {"xanana-gusmao"}
    assert holder_ids(kb, "defence minister", tls, date(2015, 2, 16)) == {"cirilo-cristovao"}
    assert holder_ids(kb, "defence minister", tls, date(2017, 9, 14)) == {"cirilo-cristovao"}
    assert holder_ids(kb, "defence minister", tls, date(2017, 9, 15)) == {
        "agostinho-sequeira-somotxo"
    }


def test_gaps_left_open(kb: KnowledgeBase) -> None:
    """Mongolia's foreign ministry of 2000-04 and 2006-09 and its defence ministry before 2016;
    Timor-Leste's defence ministry of the IX government (Donaciano Gomes's start not read;
    his dated days filled by kbasia44);
    Thailand's defence ministry of 2001-04 and Afghanistan's interior ministry of 2019-21,
    searched again."""
    assert holder_ids(kb, "foreign minister", "MNG", date(2002, 1, 1)) == set()
    assert holder_ids(kb, "foreign minister", "MNG", date(2007, 1, 1)) == set()
    assert holder_ids(kb, "defence minister", "MNG", date(2015, 6, 1)) == set()
    # filled by kbasia44: Donaciano Gomes, defence minister on dated pages 2023-11-21 to 2025-08-05
    assert holder_ids(kb, "defence minister", "TLS", date(2024, 6, 1)) == {"donaciano-gomes"}
    # filled by kbmena40: Chavalit Yongchaiyudh, defence minister 2001-02-17 to 2002-10-03
    assert holder_ids(kb, "defence minister", "THA", date(2002, 1, 1)) == {"chavalit-yongchaiyudh"}
    assert holder_ids(kb, "interior minister", "AFG", date(2020, 1, 1)) == set()


def test_names(kb: KnowledgeBase) -> None:
    """The name "Purevsuren" becomes Lundeg Purevsuren's bare alias; "Cristóvão", the given name of
    Mozambique's Cristóvão Chume, is no one's bare alias, so Cirilo Cristóvão is found by his
    full name and its spellings only, and "Chume" stays Chume's."""
    assert alias_ids(kb, "Lundeg Purevsuren") == {"lundeg-purevsuren"}
    assert alias_ids(kb, "L. Purevsuren") == {"lundeg-purevsuren"}
    assert alias_ids(kb, "Purevsuren") == {"lundeg-purevsuren"}
    assert alias_ids(kb, "Lundeg") == set()
    assert alias_ids(kb, "Cirilo Cristóvão") == {"cirilo-cristovao"}
    assert alias_ids(kb, "Cirilo Cristovao") == {"cirilo-cristovao"}
    assert alias_ids(kb, "Cirilo José Cristóvão") == {"cirilo-cristovao"}
    assert alias_ids(kb, "Cristóvão") == set()
    assert alias_ids(kb, "Cirilo") == set()
    assert alias_ids(kb, "Chume") == {"cristovao-chume"}
