"""Office holders of 1989-1999, ninth checked pass (issue 14, kb90s20): defence ministers of
Argentina, Australia and Canada, read from stored copies of public pages (docs/actors.md, "the
kb90s20 pass"); a day inside each new spell, the handover days and the gaps left open, and the
surnames the new people take or leave.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    ("defence minister", "ARG", date(1989, 1, 1)): "horacio-jaunarena",
    ("defence minister", "ARG", date(1989, 10, 1)): "italo-luder",
    ("defence minister", "ARG", date(1990, 6, 1)): "humberto-romero-argentina",
    ("defence minister", "ARG", date(1992, 6, 1)): "antonio-erman-gonzalez",
    ("defence minister", "ARG", date(1995, 1, 1)): "oscar-camilion",
    ("defence minister", "ARG", date(1998, 1, 1)): "jorge-dominguez-argentina",
    ("defence minister", "AUS", date(1992, 1, 1)): "robert-ray-australia",
    ("defence minister", "AUS", date(1997, 1, 1)): "ian-mclachlan",
    ("defence minister", "CAN", date(1990, 1, 1)): "bill-mcknight",
    ("defence minister", "CAN", date(1992, 1, 1)): "marcel-masse",
    ("defence minister", "CAN", date(1993, 9, 1)): "tom-siddon",
    ("defence minister", "CAN", date(1995, 1, 1)): "david-collenette",
    ("defence minister", "CAN", date(1997, 1, 1)): "doug-young-canada",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Lúder resigned on 1990-01-26, Romero took over that day; Camilión held on from
    1993-03-01; Kim Campbell's months (1993-01-04 to 06-25) and Kim Beazley's (to 1990-04-04)
    stay empty; the successors already in the KB follow on their days."""
    assert holder_ids(kb, "defence minister", "ARG", date(1990, 1, 25)) == {"italo-luder"}
    assert holder_ids(kb, "defence minister", "ARG", date(1990, 1, 27)) == {
        "humberto-romero-argentina"
    }
    assert holder_ids(kb, "defence minister", "ARG", date(1993, 3, 2)) == {"oscar-camilion"}
    assert holder_ids(kb, "defence minister", "ARG", date(1999, 12, 11)) == {"ricardo-lopez-murphy"}
    assert holder_ids(kb, "defence minister", "AUS", date(1990, 1, 1)) == set()
    assert holder_ids(kb, "defence minister", "AUS", date(1999, 1, 1)) == {"john-moore-australia"}
    assert holder_ids(kb, "defence minister", "CAN", date(1993, 3, 1)) == set()
    assert holder_ids(kb, "defence minister", "CAN", date(1991, 4, 22)) == {"marcel-masse"}
    assert holder_ids(kb, "defence minister", "CAN", date(1997, 6, 12)) == {"art-eggleton"}


def test_names(kb: KnowledgeBase) -> None:
    """The full names name the new people; the word or common surnames Ray, Young, Masse,
    González and Domínguez take nobody new, and "Kim" stays a surname only."""
    assert alias_ids(kb, "Robert Ray") == {"robert-ray-australia"}
    assert alias_ids(kb, "Doug Young") == {"doug-young-canada"}
    assert alias_ids(kb, "Italo Luder") == {"italo-luder"}
    assert alias_ids(kb, "Collenette") == {"david-collenette"}
    assert not alias_ids(kb, "Ray") and not alias_ids(kb, "Masse")
    assert "doug-young-canada" not in alias_ids(kb, "Young")
    assert "antonio-erman-gonzalez" not in alias_ids(kb, "González")
    assert "jorge-dominguez-argentina" not in alias_ids(kb, "Domínguez")
    assert len(kb.sharing("Kim")) > 10
