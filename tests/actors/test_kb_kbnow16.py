"""Changes of office of 2025 and 2026, a second pass (issue 14, kbnow16).

Each closed, dated or added spell was read from stored copies of public news pages
(docs/actors.md, "the kbnow16 pass"); these tests name the holder, or no one, on either side
of each change, and check that the new people took no bare word or shared surname.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    ("prime minister", "NLD", date(2026, 2, 23)): "rob-jetten",
    ("foreign minister", "NLD", date(2026, 2, 23)): "tom-berendsen",
    ("defence minister", "NLD", date(2026, 2, 23)): "dilan-yesilgoz",
    ("interior minister", "NLD", date(2026, 2, 23)): "pieter-heerma",
    ("defence minister", "UKR", date(2026, 1, 14)): "mykhailo-fedorov",
    ("defence minister", "ROU", date(2025, 6, 23)): "ionut-mosteanu",
    ("defence minister", "ROU", date(2025, 12, 23)): "radu-miruta",
    ("prime minister", "ROU", date(2025, 6, 23)): "ilie-bolojan",
    ("prime minister", "MMR", date(2003, 8, 24)): "than-shwe",
    ("prime minister", "MMR", date(2021, 8, 1)): "min-aung-hlaing",
    ("prime minister", "MMR", date(2025, 7, 31)): "nyo-saw",
    ("foreign minister", "SDN", date(2024, 11, 3)): "ali-youssef-al-sharif",
    ("interior minister", "POL", date(2024, 5, 13)): "tomasz-siemoniak",
    ("interior minister", "POL", date(2025, 7, 24)): "marcin-kierwinski",
    ("president", "MWI", date(2025, 10, 4)): "peter-mutharika",
    ("president", "MDG", date(2025, 10, 17)): "michael-randrianirina",
    ("prime minister", "DZA", date(2025, 9, 14)): "sifi-ghrieb",
    ("president", "IRL", date(2025, 11, 11)): "catherine-connolly",
}

test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


@pytest.mark.parametrize(
    ("title", "country", "last_day", "person"),
    [
        ("prime minister", "NLD", date(2026, 2, 22), "dick-schoof"),
        ("defence minister", "NLD", date(2026, 2, 22), "ruben-brekelmans"),
        ("foreign minister", "NLD", date(2025, 8, 22), "caspar-veldkamp"),
        ("interior minister", "NLD", date(2025, 8, 22), "judith-uitermark"),
        ("defence minister", "UKR", date(2026, 1, 12), "denys-shmyhal"),
        ("prime minister", "ROU", date(2025, 5, 5), "marcel-ciolacu"),
        ("defence minister", "ROU", date(2025, 11, 27), "ionut-mosteanu"),
        ("prime minister", "MMR", date(2025, 7, 30), "min-aung-hlaing"),
        ("foreign minister", "SDN", date(2025, 4, 29), "ali-youssef-al-sharif"),
        ("foreign minister", "GBR", date(2025, 9, 4), "david-lammy"),
        ("interior minister", "POL", date(2025, 7, 23), "tomasz-siemoniak"),
        ("interior minister", "POL", date(2024, 5, 12), "marcin-kierwinski"),
        ("president", "MWI", date(2025, 10, 3), "lazarus-chakwera"),
        ("president", "MDG", date(2025, 10, 13), "andry-rajoelina"),
        ("prime minister", "DZA", date(2025, 8, 27), "nadir-larbaoui"),
    ],
)
def test_the_spell_ends_the_day_before_the_change(
    kb: KnowledgeBase, title: str, country: str, last_day: date, person: str
) -> None:
    """The last day held, then not: the closed or dated ends (each was open, a month, or absent)."""
    assert holder_ids(kb, title, country, last_day) == {person}
    day_after = date.fromordinal(last_day.toordinal() + 1)
    assert person not in holder_ids(kb, title, country, day_after)


def test_nobody_on_the_days_the_pages_name_only_an_acting_holder(kb: KnowledgeBase) -> None:
    """Left out: the Netherlands' acting foreign and interior ministers (2025-08 to 2026-02),
    Romania's interim prime minister (2025-05/06) and acting defence minister (2025-11/12),
    Algeria's interim prime minister (2025-08/09), Madagascar's three days before the oath."""
    assert holder_ids(kb, "foreign minister", "NLD", date(2025, 10, 1)) == set()
    assert holder_ids(kb, "interior minister", "NLD", date(2025, 10, 1)) == set()
    assert holder_ids(kb, "prime minister", "ROU", date(2025, 6, 1)) == set()
    assert holder_ids(kb, "defence minister", "ROU", date(2025, 12, 10)) == set()
    assert holder_ids(kb, "prime minister", "DZA", date(2025, 9, 5)) == set()
    assert holder_ids(kb, "president", "MDG", date(2025, 10, 15)) == set()


def test_the_new_people_take_no_word_or_shared_surname(kb: KnowledgeBase) -> None:
    for word in ("Saw", "Fedorov", "Sharif", "al-Sharif", "Connolly"):
        assert kb.lookup(word) == [], word
    assert [h.actor_id for h in kb.lookup("Jetten")] == ["rob-jetten"]
    assert [h.actor_id for h in kb.lookup("Fedorov, Mykhailo")] == ["mykhailo-fedorov"]
