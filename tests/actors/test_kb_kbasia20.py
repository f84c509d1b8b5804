"""Ministers of Asia, a ninth checked pass (issue 14, kbasia20).

Each spell was read from stored copies of public pages (docs/actors.md, "the kbasia20
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
    ("interior minister", "UZB", date(2003, 1, 1)): "zokirjon-almatov",
    ("defence minister", "BGD", date(2006, 12, 1)): "iajuddin-ahmed",
    ("interior minister", "TJK", date(2018, 1, 1)): "ramazon-rahimzoda",
    ("interior minister", "ARM", date(2024, 1, 1)): "vahe-ghazaryan",
    ("interior minister", "ARM", date(2025, 3, 1)): "arpine-sargsyan",
    ("interior minister", "BRN", date(2000, 1, 1)): "isa-ibrahim",
    ("interior minister", "BRN", date(2008, 1, 1)): "adanan-yusof",
    ("interior minister", "BRN", date(2012, 1, 1)): "badaruddin-othman",
    ("interior minister", "BRN", date(2019, 1, 1)): "abu-bakar-apong",
    ("interior minister", "BRN", date(2024, 1, 1)): "ahmaddin-abdul-rahman",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_uzbekistan_interior_handover(kb: KnowledgeBase) -> None:
    """Almatov resigned on 2005-12-23; Matlyubov's spell starts in January 2006."""
    assert holder_ids(kb, "interior minister", "UZB", date(2005, 12, 22)) == {"zokirjon-almatov"}
    assert holder_ids(kb, "interior minister", "UZB", date(2005, 12, 28)) == set()
    assert holder_ids(kb, "interior minister", "UZB", date(2006, 1, 15)) == {"bahodir-matlyubov"}


def test_bangladesh_caretaker_and_home_ministry(kb: KnowledgeBase) -> None:
    """Iajuddin Ahmed's defence ministry ends with his chief advisership (the end of his
    holding it not read); Kamal's full ministry starts on 2015-07-14, not earlier in July."""
    assert holder_ids(kb, "defence minister", "BGD", date(2007, 1, 10)) == {"iajuddin-ahmed"}
    assert holder_ids(kb, "defence minister", "BGD", date(2007, 6, 1)) == set()
    assert holder_ids(kb, "interior minister", "BGD", date(2015, 7, 10)) == set()
    assert holder_ids(kb, "interior minister", "BGD", date(2015, 7, 14)) == {
        "asaduzzaman-khan-kamal"
    }


def test_tajikistan_and_armenia_gaps(kb: KnowledgeBase) -> None:
    """Tajikistan's ministers before 2012 and Armenia's years without an interior ministry
    (2003 to 2023-01-09) stay open; Ghazaryan to Sargsyan on 2024-11-18/20."""
    assert holder_ids(kb, "interior minister", "TJK", date(2012, 1, 4)) == set()
    assert holder_ids(kb, "interior minister", "TJK", date(2012, 1, 5)) == {"ramazon-rahimzoda"}
    assert holder_ids(kb, "interior minister", "ARM", date(2010, 1, 1)) == set()
    assert holder_ids(kb, "interior minister", "ARM", date(2023, 1, 9)) == {"vahe-ghazaryan"}
    assert holder_ids(kb, "interior minister", "ARM", date(2024, 11, 19)) == set()
    assert holder_ids(kb, "interior minister", "ARM", date(2024, 11, 20)) == {"arpine-sargsyan"}


def test_brunei_reshuffles(kb: KnowledgeBase) -> None:
    """Each home minister hands over on the day a reshuffle was announced."""
    for day, before, after in (
        (date(2005, 5, 24), "isa-ibrahim", "adanan-yusof"),
        (date(2010, 5, 29), "adanan-yusof", "badaruddin-othman"),
        (date(2015, 10, 22), "badaruddin-othman", "abu-bakar-apong"),
        (date(2022, 6, 7), "abu-bakar-apong", "ahmaddin-abdul-rahman"),
    ):
        assert holder_ids(kb, "interior minister", "BRN", day.replace(day=day.day - 1)) == {before}
        assert holder_ids(kb, "interior minister", "BRN", day) == {after}


def test_names(kb: KnowledgeBase) -> None:
    """Almatov keeps his bare surname; the common surnames get catalogue forms only, and
    Serzh Sargsyan keeps the bare "Sargsian"."""
    assert alias_ids(kb, "Almatov") == {"zokirjon-almatov"}
    assert alias_ids(kb, "Zakir Almatov") == {"zokirjon-almatov"}
    assert alias_ids(kb, "Ramazon Rahimov") == {"ramazon-rahimzoda"}
    assert not alias_ids(kb, "Rahimov")
    assert not alias_ids(kb, "Ghazaryan")
    assert alias_ids(kb, "Vahe Ghazarian") == {"vahe-ghazaryan"}
    assert alias_ids(kb, "Sargsian") == {"serzh-sargsyan"}
    assert "arpine-sargsyan" in kb.sharing("Sargsyan")
    assert alias_ids(kb, "Apong") == {"abu-bakar-apong"}
    assert alias_ids(kb, "Adanan Yusuf") == {"adanan-yusof"}
    assert "isa-ibrahim" not in alias_ids(kb, "Ibrahim")
    assert "badaruddin-othman" not in alias_ids(kb, "Othman")
