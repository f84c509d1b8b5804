"""Ministers of the Caribbean, a fifth checked pass on the Americas (issue 14, kbam16).

Each spell was read from stored copies of public pages (docs/actors.md, "the kbam16 pass");
these tests name the holder on a day inside each new spell, check the gaps the sources leave
open, and check that the pass took no bare surname from anyone.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


def test_caribbean_ministers_of_the_kbam16_pass(kb: KnowledgeBase) -> None:
    """The Dominican Republic's foreign minister of 2014-16 and its defence and interior
    ministers from 2020, Jamaica's national security ministers of 2007-12, a day inside each
    spell; the spells the sources leave open stay
    empty; the shared "Morales" (Evo and Jimmy Morales) and "Martínez" keep their people, and
    the common surnames written in catalogue form are no one's bare alias."""

    spells: dict[tuple[str, str, date], str | None] = {
        ("foreign minister", "DOM", date(2015, 6, 1)): "andres-navarro-dominican-republic",
        ("foreign minister", "DOM", date(2016, 8, 16)): "miguel-vargas-maldonado",
        # filled by kbcomp32
        ("foreign minister", "DOM", date(2010, 6, 1)): "carlos-morales-troncoso",
        ("defence minister", "DOM", date(2022, 6, 1)): "carlos-luciano-diaz-morfa",
        ("defence minister", "DOM", date(2024, 8, 16)): "carlos-luciano-diaz-morfa",
        ("defence minister", "DOM", date(2025, 3, 1)): "carlos-antonio-fernandez-onofre",
        ("defence minister", "DOM", date(2018, 6, 1)): None,  # Paulino Sem: left out
        ("interior minister", "DOM", date(2022, 6, 1)): "jesus-vasquez-martinez",
        ("interior minister", "DOM", date(2025, 3, 1)): "faride-raful",
        # kbam17 filled this gap: Carlos Amarante Baret, 2016-08-16 to June 2018
        ("interior minister", "DOM", date(2018, 6, 1)): "carlos-amarante-baret",
        ("national security minister", "JAM", date(2008, 1, 1)): "derrick-smith-jamaica",
        ("national security minister", "JAM", date(2008, 5, 13)): "trevor-macmillan",
        ("national security minister", "JAM", date(2009, 4, 6)): "dwight-nelson-jamaica",
        ("national security minister", "JAM", date(2011, 12, 1)): "dwight-nelson-jamaica",
        ("national security minister", "JAM", date(2012, 1, 6)): "peter-bunting",
    }
    for (title, country, day), person in spells.items():
        expected = {person} if person else set()
        assert holder_ids(kb, title, country, day) == expected, (title, country, day)

    assert set(kb.sharing("Morales")) == {"evo-morales", "jimmy-morales"}
    assert "jesus-vasquez-martinez" not in kb.sharing("Martínez")
    assert alias_ids(kb, "Andrés Navarro") == {"andres-navarro-dominican-republic"}
    assert alias_ids(kb, "Chu Vásquez") == {"jesus-vasquez-martinez"}
    assert alias_ids(kb, "Raful") == {"faride-raful"}
    assert alias_ids(kb, "Derrick Smith") == {"derrick-smith-jamaica"}
    assert alias_ids(kb, "Trevor MacMillan") == {"trevor-macmillan"}
    for word in (
        "Navarro",
        "Vásquez",
        "Díaz",
        "Fernández",
        "Onofre",
        "Morfa",
        "MacMillan",
        "Smith",
    ):
        assert alias_ids(kb, word) == set(), word
