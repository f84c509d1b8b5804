"""Foreign, defence and interior ministers of Central Africa and the Horn, a checked pass (issue
14, kbafrC34): Djibouti's defence minister of 2014-16 (Hassan Darar Houffaneh); Chad's defence
ministers of 2011-16 (Benaïndo Tatola's start refined from 2016-02-16 to the Nadingar
reshuffle of 2011-08-17) and from 2024 (Issakha Malloua Djamous); the Central African
Republic's interior minister to 2025 (Michel Nicaise Nassin's end refined from February 2022
to the last page read, 2025-10-17), read from stored copies of public pages (docs/actors.md,
"the kbafrC34 pass"); a day inside each new spell, the handover days, the gaps left open and
the names.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    # Djibouti, defence
    ("defence minister", "DJI", date(2015, 7, 3)): "hassan-darar-houffaneh",
    # Chad, defence (Tatola's refined start; Djamous, new)
    ("defence minister", "TCD", date(2013, 2, 26)): "benaindo-tatola",
    ("defence minister", "TCD", date(2025, 6, 1)): "issakha-malloua-djamous",
    # Central African Republic, interior (the refined end)
    ("interior minister", "CAF", date(2024, 8, 15)): "michel-nicaise-nassin",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_djibouti_defence_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Kamil Mohamed to his premiership (2013-04-01); nobody to Houffaneh's first dated day
    (2014-04-18); Houffaneh to the government of 2016-05-12, Bahdon from then."""
    dji = "DJI"
    assert holder_ids(kb, "defence minister", dji, date(2013, 3, 31)) == {
        "abdoulkader-kamil-mohamed"
    }
    assert holder_ids(kb, "defence minister", dji, date(2013, 4, 1)) == set()
    assert holder_ids(kb, "defence minister", dji, date(2014, 4, 17)) == set()
    assert holder_ids(kb, "defence minister", dji, date(2014, 4, 18)) == {"hassan-darar-houffaneh"}
    assert holder_ids(kb, "defence minister", dji, date(2016, 5, 11)) == {"hassan-darar-houffaneh"}
    assert holder_ids(kb, "defence minister", dji, date(2016, 5, 12)) == {"ali-hassan-bahdon"}
    # his interior spell of 2011-12 is left out (neither start nor end read)
    assert holder_ids(kb, "interior minister", dji, date(2012, 6, 9)) == set()


def test_chad_defence_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Nobody from December 2007 to the Nadingar reshuffle of 2011-08-17 (Kamougué's end and
    the interims not dated); Tatola from then to 2016-08-14; Adago Yacouba to the Halina
    government of 2024-05-27, Djamous from then to the last page read (2026-01-29)."""
    tcd = "TCD"
    assert holder_ids(kb, "defence minister", tcd, date(2010, 1, 1)) == set()
    assert holder_ids(kb, "defence minister", tcd, date(2011, 8, 16)) == set()
    assert holder_ids(kb, "defence minister", tcd, date(2011, 8, 17)) == {"benaindo-tatola"}
    assert holder_ids(kb, "defence minister", tcd, date(2016, 2, 15)) == {"benaindo-tatola"}
    assert holder_ids(kb, "defence minister", tcd, date(2016, 2, 16)) == {"benaindo-tatola"}
    assert holder_ids(kb, "defence minister", tcd, date(2016, 8, 13)) == {"benaindo-tatola"}
    assert holder_ids(kb, "defence minister", tcd, date(2016, 8, 14)) == {"bichara-issa-djadallah"}
    assert holder_ids(kb, "defence minister", tcd, date(2024, 5, 26)) == {"adago-yacouba"}
    assert holder_ids(kb, "defence minister", tcd, date(2024, 5, 27)) == {"issakha-malloua-djamous"}
    assert holder_ids(kb, "defence minister", tcd, date(2026, 1, 28)) == {"issakha-malloua-djamous"}
    assert holder_ids(kb, "defence minister", tcd, date(2026, 1, 29)) == set()
    # Chad's interior stays as the kbafrC16 rule has it (nothing added)
    assert holder_ids(kb, "interior minister", tcd, date(2012, 1, 1)) == set()


def test_central_african_republic_interior_end(kb: KnowledgeBase) -> None:
    """Nassin from 2021-06-23 to the last page read (2025-10-17), not February 2022; the
    interior before 2016 and the foreign ministry after 2025-01-18 stay open."""
    caf = "CAF"
    assert holder_ids(kb, "interior minister", caf, date(2021, 6, 22)) == {
        "henri-wanzet-linguissara"
    }
    assert holder_ids(kb, "interior minister", caf, date(2021, 6, 23)) == {"michel-nicaise-nassin"}
    assert holder_ids(kb, "interior minister", caf, date(2022, 12, 26)) == {"michel-nicaise-nassin"}
    assert holder_ids(kb, "interior minister", caf, date(2025, 10, 16)) == {"michel-nicaise-nassin"}
    assert holder_ids(kb, "interior minister", caf, date(2025, 10, 17)) == set()
    assert holder_ids(kb, "interior minister", caf, date(2010, 1, 1)) == set()
    assert holder_ids(kb, "foreign minister", caf, date(2015, 9, 1)) == set()
    # filled by kbafrW44: Baïpo-Temon's end now the last page it read, 2025-12-07
    assert holder_ids(kb, "foreign minister", caf, date(2025, 3, 1)) == {"sylvie-baipo-temon"}


def test_other_gaps_left_open(kb: KnowledgeBase) -> None:
    """The cells searched again without a dated page: Djibouti's interior before 2016, Gabon's
    interior of 2000-05, Equatorial Guinea's defence after 2016, Somalia's defence of 2018-22,
    the Comoros' interior before 2016."""
    # filled by kbafrE42: Yacin Elmi Bouh, 2005-05-22 to 2011-05-12
    assert holder_ids(kb, "interior minister", "DJI", date(2010, 1, 1)) == {"yacin-elmi-bouh"}
    # filled by kbafrC35: Idriss Ngari, 2002-01-27 to 2004
    assert holder_ids(kb, "interior minister", "GAB", date(2003, 2, 7)) == {"idriss-ngari"}
    assert holder_ids(kb, "defence minister", "GNQ", date(2017, 1, 1)) == set()
    assert holder_ids(kb, "defence minister", "SOM", date(2020, 1, 1)) == set()
    assert holder_ids(kb, "interior minister", "COM", date(2015, 1, 1)) == set()


def test_names(kb: KnowledgeBase) -> None:
    """The new people's full names and bare surnames are theirs; their given names stay no
    one's bare key."""
    assert alias_ids(kb, "Hassan Darar Houffaneh") == {"hassan-darar-houffaneh"}
    assert alias_ids(kb, "Houffaneh") == {"hassan-darar-houffaneh"}
    assert alias_ids(kb, "Darar") == set()
    assert alias_ids(kb, "Issakha Malloua Djamous") == {"issakha-malloua-djamous"}
    assert alias_ids(kb, "Issaka Malloua Djamouss") == {"issakha-malloua-djamous"}
    assert alias_ids(kb, "Issakha Maloua Djamous") == {"issakha-malloua-djamous"}
    assert alias_ids(kb, "Djamous") == {"issakha-malloua-djamous"}
    assert alias_ids(kb, "Djamouss") == {"issakha-malloua-djamous"}
    assert alias_ids(kb, "Malloua") == set()
    assert alias_ids(kb, "Issakha") == set()
