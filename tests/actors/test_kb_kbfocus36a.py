"""Ministers since 2000 of the conflict states of Africa, a checked pass (issue 14, kbfocus36a):
Sudan's foreign minister of 2025 (Omer Mohamed Ahmed Siddiq) and interior ministers of 2015-17
(Esmat Abdelrahman's second spell, an `extend:` entry) and 2023 (Khaled Hassan Mohieddin), and
Somalia's interior minister of 2018-19 (Abdi Mohamed Sabriye), read from stored copies of public
pages (docs/actors.md, "the kbfocus36a pass"); a day inside each new spell, the handover days,
the gaps left open and the names.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    # Sudan, foreign
    ("foreign minister", "SDN", date(2025, 5, 15)): "omer-mohamed-ahmed-siddiq",
    # Sudan, interior
    ("interior minister", "SDN", date(2016, 6, 1)): "esmat-abdelrahman",
    ("interior minister", "SDN", date(2023, 9, 1)): "khaled-hassan-mohieddin",
    # Somalia, interior (the ministry of interior, federal affairs and reconciliation)
    ("interior minister", "SOM", date(2018, 9, 1)): "abdi-mohamed-sabriye",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_sudan_foreign_handovers(kb: KnowledgeBase) -> None:
    """Ali Youssef al-Sharif to 2025-04-30, Siddiq from that Wednesday's decree to the
    dissolution of the caretaker government on Sunday 2025-06-01; the rest of June 2025
    stays nobody's."""
    sdn = "SDN"
    assert holder_ids(kb, "foreign minister", sdn, date(2025, 4, 29)) == {"ali-youssef-al-sharif"}
    assert holder_ids(kb, "foreign minister", sdn, date(2025, 4, 30)) == {
        "omer-mohamed-ahmed-siddiq"
    }
    assert holder_ids(kb, "foreign minister", sdn, date(2025, 5, 31)) == {
        "omer-mohamed-ahmed-siddiq"
    }
    assert holder_ids(kb, "foreign minister", sdn, date(2025, 6, 15)) == set()


def test_sudan_interior_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Esmat Abdelrahman's two spells meet on 2015-06-08 and run to February 2017 (month
    only); March 2017 to Hamed al-Mannan (2017-05-11) stays empty; after the coup of 2021 the
    ministry stays nobody's to Khaled Hassan Mohieddin (2023-08-05; Anan Hamed Mohammed Omar,
    acting to 2023-05-15, left out), who hands over to Khalil Pasha Sayrin on 2023-11-22."""
    sdn = "SDN"
    assert holder_ids(kb, "interior minister", sdn, date(2015, 6, 7)) == {"esmat-abdelrahman"}
    assert holder_ids(kb, "interior minister", sdn, date(2015, 6, 8)) == {"esmat-abdelrahman"}
    assert holder_ids(kb, "interior minister", sdn, date(2017, 2, 28)) == {"esmat-abdelrahman"}
    assert holder_ids(kb, "interior minister", sdn, date(2017, 3, 15)) == set()
    assert holder_ids(kb, "interior minister", sdn, date(2017, 5, 11)) == {"hamed-al-mannan"}
    assert holder_ids(kb, "interior minister", sdn, date(2023, 5, 1)) == set()  # Anan Hamed
    assert holder_ids(kb, "interior minister", sdn, date(2023, 8, 4)) == set()
    assert holder_ids(kb, "interior minister", sdn, date(2023, 8, 5)) == {"khaled-hassan-mohieddin"}
    assert holder_ids(kb, "interior minister", sdn, date(2023, 11, 21)) == {
        "khaled-hassan-mohieddin"
    }
    assert holder_ids(kb, "interior minister", sdn, date(2023, 11, 22)) == {"khalil-pasha-sayrin"}


def test_somalia_interior_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Juha to 2018-01-04, Sabriye from that Thursday to 2019-06-22, the last day a page read
    names him in office; from then to Ahmed Moalim Fiqi (2022-08-13; Mukhtar Hussein Afrah
    left out) the ministry stays nobody's."""
    som = "SOM"
    assert holder_ids(kb, "interior minister", som, date(2018, 1, 3)) == {"abdi-farah-said-juha"}
    assert holder_ids(kb, "interior minister", som, date(2018, 1, 4)) == {"abdi-mohamed-sabriye"}
    assert holder_ids(kb, "interior minister", som, date(2019, 6, 21)) == {"abdi-mohamed-sabriye"}
    assert holder_ids(kb, "interior minister", som, date(2019, 7, 1)) == set()
    assert holder_ids(kb, "interior minister", som, date(2022, 1, 1)) == set()  # Afrah
    assert holder_ids(kb, "interior minister", som, date(2022, 8, 13)) == {"ahmed-moalim-fiqi"}


def test_names(kb: KnowledgeBase) -> None:
    """The new people's names and aliases resolve; "Siddiq", "Mohieddin", "Mouheiddine" and
    "Sabriye" are their bare surnames; "Siddig", "Seddik" and "Mohieldin" (Mahmoud
    Mohieldin's surname) are not written; the given names stay no one's alone."""
    assert alias_ids(kb, "Omer Mohamed Ahmed Siddiq") == {"omer-mohamed-ahmed-siddiq"}
    assert alias_ids(kb, "Omar Siddiq") == {"omer-mohamed-ahmed-siddiq"}
    assert alias_ids(kb, "Siddiq") == {"omer-mohamed-ahmed-siddiq"}
    assert alias_ids(kb, "Khaled Hassan Mohieddin") == {"khaled-hassan-mohieddin"}
    assert alias_ids(kb, "Khaled Hassan Mouheiddine") == {"khaled-hassan-mohieddin"}
    assert alias_ids(kb, "Mohieddin") == {"khaled-hassan-mohieddin"}
    assert alias_ids(kb, "Abdi Mohamed Sabriye") == {"abdi-mohamed-sabriye"}
    assert alias_ids(kb, "Mohamed Abdi Sabriye") == {"abdi-mohamed-sabriye"}
    assert alias_ids(kb, "Sabriye") == {"abdi-mohamed-sabriye"}
    assert alias_ids(kb, "Esmat Abdelrahman") == {"esmat-abdelrahman"}
    for word in ("Siddig", "Seddik", "Mohieldin"):
        assert alias_ids(kb, word) == set(), word
    for word in ("Omer", "Omar", "Mohamed", "Ahmed", "Khaled", "Hassan", "Abdi"):
        assert not alias_ids(kb, word) & {
            "omer-mohamed-ahmed-siddiq",
            "khaled-hassan-mohieddin",
            "abdi-mohamed-sabriye",
        }, word
