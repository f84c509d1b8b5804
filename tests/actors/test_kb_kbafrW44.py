"""Ministers since 2000 of West and Central Africa, a checked pass (issue 14, kbafrW44): the
Central African Republic's foreign ministers of 2000-01 (Marcel Metefara to Ziguélé's first
government, Agba Otikpo Mézodé from it) and of 2006-09 (Côme Zoumara, Dieudonné Kombo Yaya), the
reshuffle of 2003-01-15 at its foreign, defence and interior ministries, Sylvie Baïpo-Temon's
end; Gabon's interior ministers Antoine Mboumbou Miyakou (to 2002-01-27) and his son Edgard
Anicet Mboumbou Miyakou (2019), whose months split Lambert-Noël Matha's spell, read from stored
copies of public pages (docs/actors.md, "the kbafrW44 pass"); a day inside each new spell, the
handover days, the gaps left open and the names.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    # Central African Republic, foreign
    ("foreign minister", "CAF", date(2000, 6, 1)): "marcel-metefara",
    ("foreign minister", "CAF", date(2001, 6, 1)): "agba-otikpo-mezode",
    ("foreign minister", "CAF", date(2007, 6, 1)): "come-zoumara",
    ("foreign minister", "CAF", date(2008, 6, 1)): "dieudonne-kombo-yaya",
    ("foreign minister", "CAF", date(2025, 6, 18)): "sylvie-baipo-temon",
    # Gabon, interior
    ("interior minister", "GAB", date(2002, 1, 1)): "antoine-mboumbou-miyakou",
    ("interior minister", "GAB", date(2019, 9, 1)): "edgard-anicet-mboumbou-miyakou",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_car_foreign_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Metefara to Ziguélé's first government (April 2001, month only), Mézodé from it; the
    reshuffle of Wednesday 2003-01-15 (Mézodé to Béti-Marace); Ngoupandé to the reshuffle of
    Saturday 2006-09-02, Zoumara to Touadéra's first government (Monday 2008-01-28), Kombo
    Yaya to his second (Monday 2009-01-19), Gambi from it. Still nobody's: the coup's weeks of
    March 2003, 2004-09 to 2005-06 (Wénézoui's end), February to June 2013 (Mbaye, left out by
    kbafrE40) and mid-2015 (Rangba's undated Monday)."""
    caf = "CAF"
    assert holder_ids(kb, "foreign minister", caf, date(2000, 1, 1)) == {"marcel-metefara"}
    assert holder_ids(kb, "foreign minister", caf, date(2001, 3, 31)) == {"marcel-metefara"}
    assert holder_ids(kb, "foreign minister", caf, date(2001, 8, 29)) == {"agba-otikpo-mezode"}
    assert holder_ids(kb, "foreign minister", caf, date(2003, 1, 14)) == {"agba-otikpo-mezode"}
    assert holder_ids(kb, "foreign minister", caf, date(2003, 1, 15)) == {"martial-beti-marace"}
    assert holder_ids(kb, "foreign minister", caf, date(2006, 9, 1)) == {"jean-paul-ngoupande"}
    assert holder_ids(kb, "foreign minister", caf, date(2006, 9, 2)) == {"come-zoumara"}
    assert holder_ids(kb, "foreign minister", caf, date(2008, 1, 27)) == {"come-zoumara"}
    assert holder_ids(kb, "foreign minister", caf, date(2008, 1, 28)) == {"dieudonne-kombo-yaya"}
    assert holder_ids(kb, "foreign minister", caf, date(2009, 1, 18)) == {"dieudonne-kombo-yaya"}
    assert holder_ids(kb, "foreign minister", caf, date(2009, 1, 19)) == {"antoine-gambi"}
    assert holder_ids(kb, "foreign minister", caf, date(2025, 12, 6)) == {"sylvie-baipo-temon"}
    assert holder_ids(kb, "foreign minister", caf, date(2025, 12, 7)) == set()
    for day in (date(2003, 3, 20), date(2005, 1, 1), date(2013, 3, 1), date(2015, 8, 1)):
        assert holder_ids(kb, "foreign minister", caf, day) == set(), day


def test_car_defence_and_interior_reshuffle_of_2003(kb: KnowledgeBase) -> None:
    """The reshuffle of 2003-01-15 moved defence from Angoa to Régonessa and the interior from
    Mozoulé to Mazette; the defence of 2006-07 and the interior of 2004-16 stay open."""
    caf = "CAF"
    assert holder_ids(kb, "defence minister", caf, date(2003, 1, 14)) == {"pierre-angoa"}
    assert holder_ids(kb, "defence minister", caf, date(2003, 1, 15)) == {"maurice-regonessa"}
    assert holder_ids(kb, "interior minister", caf, date(2003, 1, 14)) == {"joseph-mozoule"}
    assert holder_ids(kb, "interior minister", caf, date(2003, 1, 15)) == {"jacquesson-mazette"}
    assert holder_ids(kb, "defence minister", caf, date(2007, 1, 1)) == set()
    assert holder_ids(kb, "interior minister", caf, date(2010, 1, 1)) == set()


def test_gabon_interior_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Antoine Mboumbou Miyakou from the first page read in the window (2001-12-13) to the
    government of 2002-01-27 (Ngari); Matha to the government of Monday 2019-06-10, Edgard
    Anicet Mboumbou Miyakou to the decree of Monday 2019-12-02, Matha again to the coup.
    2000-01-01 to 2001-12-12 (the father's years not read) stays open."""
    gab = "GAB"
    assert holder_ids(kb, "interior minister", gab, date(2001, 12, 12)) == set()
    assert holder_ids(kb, "interior minister", gab, date(2001, 12, 13)) == {
        "antoine-mboumbou-miyakou"
    }
    assert holder_ids(kb, "interior minister", gab, date(2002, 1, 26)) == {
        "antoine-mboumbou-miyakou"
    }
    assert holder_ids(kb, "interior minister", gab, date(2002, 1, 27)) == {"idriss-ngari"}
    assert holder_ids(kb, "interior minister", gab, date(2019, 6, 9)) == {"lambert-noel-matha"}
    assert holder_ids(kb, "interior minister", gab, date(2019, 6, 10)) == {
        "edgard-anicet-mboumbou-miyakou"
    }
    assert holder_ids(kb, "interior minister", gab, date(2019, 12, 1)) == {
        "edgard-anicet-mboumbou-miyakou"
    }
    assert holder_ids(kb, "interior minister", gab, date(2019, 12, 2)) == {"lambert-noel-matha"}
    assert holder_ids(kb, "interior minister", gab, date(2023, 8, 29)) == {"lambert-noel-matha"}
    assert holder_ids(kb, "interior minister", gab, date(2000, 6, 1)) == set()


def test_names(kb: KnowledgeBase) -> None:
    """The new people's names resolve; "Kombo Yaya" and "Mboumbou Miyakou" are compound
    surnames (the second shared by father and son), so the bare "Yaya", "Kombo" and
    "Miyakou" are no one's; "Matha" stays the Thai minister's."""
    assert alias_ids(kb, "Marcel Metefara") == {"marcel-metefara"}
    assert alias_ids(kb, "Marcel Météfara") == {"marcel-metefara"}
    assert alias_ids(kb, "Metefara") == {"marcel-metefara"}
    assert alias_ids(kb, "Côme Zoumara") == {"come-zoumara"}
    assert alias_ids(kb, "Zoumara") == {"come-zoumara"}
    assert alias_ids(kb, "Dieudonné Kombo Yaya") == {"dieudonne-kombo-yaya"}
    assert alias_ids(kb, "Kombo Yaya") == {"dieudonne-kombo-yaya"}
    assert alias_ids(kb, "Antoine de Padoue Mboumbou Miyakou") == {"antoine-mboumbou-miyakou"}
    assert alias_ids(kb, "Edgard Anicet Mboumbou Miyakou") == {"edgard-anicet-mboumbou-miyakou"}
    for word in ("Yaya", "Kombo", "Miyakou", "Mboumbou", "Antoine", "Edgard", "Côme"):
        assert alias_ids(kb, word) == set(), word
    assert set(kb.sharing("Mboumbou Miyakou")) == {
        "antoine-mboumbou-miyakou",
        "edgard-anicet-mboumbou-miyakou",
    }
    assert alias_ids(kb, "Matha") == {"wan-muhamad-noor-matha"}
