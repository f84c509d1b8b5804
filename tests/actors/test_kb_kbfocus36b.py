"""Ministers since 2000 of the conflict states of Asia and the Middle East and Haiti, checked
against stored pages (issue 14, kbfocus36b): Afghanistan's two acting foreign ministers of
2019-20 (Idrees Zaman, Mohammad Haroon Chakhansuri), its interior minister Massoud Andarabi
from his approval by parliament (2020-11-21) to his dismissal (2021-03-19), and Haiti's first
defence minister of the restored ministry, Jean Rodolphe Joazile (2012-14), read from stored
copies of public pages (docs/actors.md, "the kbfocus36b pass"); a day inside each new spell,
the handover days, the gaps left open and the names.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    ("foreign minister", "AFG", date(2019, 12, 1)): "idrees-zaman",
    ("foreign minister", "AFG", date(2020, 3, 1)): "mohammad-haroon-chakhansuri",
    ("interior minister", "AFG", date(2021, 1, 1)): "massoud-andarabi",
    ("defence minister", "HTI", date(2013, 6, 1)): "jean-rodolphe-joazile",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_afghanistan_foreign_handovers(kb: KnowledgeBase) -> None:
    """Zaman from his appointment (2019-10-30) to the decree naming Chakhansuri (2020-01-22),
    Chakhansuri to Atmar's decree (2020-04-04)."""
    afg = "AFG"
    assert "idrees-zaman" in holder_ids(kb, "foreign minister", afg, date(2019, 10, 30))
    assert holder_ids(kb, "foreign minister", afg, date(2020, 1, 21)) == {"idrees-zaman"}
    assert holder_ids(kb, "foreign minister", afg, date(2020, 1, 22)) == {
        "mohammad-haroon-chakhansuri"
    }
    assert holder_ids(kb, "foreign minister", afg, date(2020, 4, 3)) == {
        "mohammad-haroon-chakhansuri"
    }
    assert holder_ids(kb, "foreign minister", afg, date(2020, 4, 4)) == {"mohammad-haneef-atmar"}


def test_afghanistan_interior_handovers_and_gap(kb: KnowledgeBase) -> None:
    """Andarabi from his approval by the Wolesi Jirga (2020-11-21) to his dismissal on
    2021-03-19, Hayat's start; his acting months before are left out, so 2019-01-20 to
    2020-11-20 stays nobody's (Amrullah Saleh's 27 days and the national security adviser's
    charge stay out too)."""
    afg = "AFG"
    assert holder_ids(kb, "interior minister", afg, date(2019, 1, 1)) == set()
    assert holder_ids(kb, "interior minister", afg, date(2019, 9, 22)) == set()
    assert holder_ids(kb, "interior minister", afg, date(2020, 11, 20)) == set()
    assert holder_ids(kb, "interior minister", afg, date(2020, 11, 21)) == {"massoud-andarabi"}
    assert holder_ids(kb, "interior minister", afg, date(2021, 3, 18)) == {"massoud-andarabi"}
    assert holder_ids(kb, "interior minister", afg, date(2021, 3, 19)) == {"hayatullah-hayat"}


def test_haiti_defence_spell_and_gaps(kb: KnowledgeBase) -> None:
    """Joazile from the investiture of Lamothe's government (2012-05-16) to the reshuffle of
    April 2014 (the month only); Lener Renauld's defence ministry from then (his end not read)
    and the days before 2012 stay nobody's; Renauld keeps his foreign spell only."""
    hti = "HTI"
    assert holder_ids(kb, "defence minister", hti, date(2012, 5, 15)) == set()
    assert holder_ids(kb, "defence minister", hti, date(2012, 5, 16)) == {"jean-rodolphe-joazile"}
    assert holder_ids(kb, "defence minister", hti, date(2014, 3, 31)) == {"jean-rodolphe-joazile"}
    assert holder_ids(kb, "defence minister", hti, date(2014, 6, 1)) == set()
    assert holder_ids(kb, "defence minister", hti, date(2015, 10, 30)) == set()
    assert holder_ids(kb, "foreign minister", hti, date(2015, 6, 1)) == {"lener-renauld"}
    assert holder_ids(kb, "defence minister", hti, date(2018, 9, 1)) == {"enold-joseph"}


def test_gaps_left_open(kb: KnowledgeBase) -> None:
    """Libya's foreign ministry after Najla Mangoush's suspension (Taher al-Baour acting, his
    start not read; a page of October 2024 says Dbeibah held the portfolio, from no day) and
    Haiti's defence ministry of 2020-21 (Jean Walnard Dorneval from 2020-03-05, his end not
    read) stay open."""
    assert holder_ids(kb, "foreign minister", "LBY", date(2023, 8, 27)) == {"najla-mangoush"}
    assert holder_ids(kb, "foreign minister", "LBY", date(2024, 9, 26)) == set()
    assert holder_ids(kb, "defence minister", "HTI", date(2020, 6, 1)) == set()


def test_names(kb: KnowledgeBase) -> None:
    """The new people's names and spellings resolve to them alone; the people searched and
    left out are nobody's alias."""
    assert alias_ids(kb, "Idrees Zaman") == {"idrees-zaman"}
    assert alias_ids(kb, "Haroon Chakhansuri") == {"mohammad-haroon-chakhansuri"}
    assert alias_ids(kb, "Mohammad Haroon Chakhansuri") == {"mohammad-haroon-chakhansuri"}
    assert alias_ids(kb, "Massoud Andarabi") == {"massoud-andarabi"}
    assert alias_ids(kb, "Masoud Andarabi") == {"massoud-andarabi"}
    assert alias_ids(kb, "Jean Rodolphe Joazile") == {"jean-rodolphe-joazile"}
    assert alias_ids(kb, "Rodolphe Joazile") == {"jean-rodolphe-joazile"}
    assert alias_ids(kb, "Lener Renauld") == {"lener-renauld"}
    for name in ("Taher al-Baour", "Amrullah Saleh", "Walnard Dorneval", "Hervé Denis"):
        assert alias_ids(kb, name) == set()
