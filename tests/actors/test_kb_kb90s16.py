"""Office holders of 1989-1999, fifth checked pass (issue 14, kb90s16): Italy's prime and
foreign ministers, Spain's foreign ministers, read from stored copies of public pages
(docs/actors.md, "the kb90s16 pass"); a day inside each new spell, the handover days and
the gaps left open (interim holders), and the surnames others carry.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    ("prime minister", "ITA", date(1989, 1, 1)): "ciriaco-de-mita",
    ("prime minister", "ITA", date(1990, 1, 1)): "giulio-andreotti",
    ("prime minister", "ITA", date(1993, 1, 1)): "giuliano-amato",
    ("prime minister", "ITA", date(1994, 1, 1)): "carlo-azeglio-ciampi",
    ("prime minister", "ITA", date(1994, 10, 1)): "silvio-berlusconi",
    ("prime minister", "ITA", date(1995, 6, 1)): "lamberto-dini",
    ("prime minister", "ITA", date(1997, 1, 1)): "romano-prodi",
    ("foreign minister", "ITA", date(1989, 1, 1)): "giulio-andreotti",
    ("foreign minister", "ITA", date(1990, 1, 1)): "gianni-de-michelis",
    ("foreign minister", "ITA", date(1993, 1, 1)): "emilio-colombo",
    ("foreign minister", "ITA", date(1993, 10, 1)): "beniamino-andreatta",
    ("foreign minister", "ITA", date(1994, 10, 1)): "antonio-martino",
    ("foreign minister", "ITA", date(1995, 6, 1)): "susanna-agnelli",
    ("foreign minister", "ESP", date(1990, 1, 1)): "francisco-fernandez-ordonez",
    ("foreign minister", "ESP", date(1994, 1, 1)): "javier-solana",
    ("foreign minister", "ESP", date(1996, 2, 1)): "carlos-westendorp",
    ("prime minister", "HRV", date(1990, 7, 1)): "stjepan-mesic",
    ("prime minister", "HRV", date(1991, 1, 1)): "josip-manolic",
    ("foreign minister", "HRV", date(1990, 7, 1)): "zdravko-mrsic",
    ("foreign minister", "HRV", date(1991, 1, 1)): "frane-vinko-golem",
    ("foreign minister", "HRV", date(1991, 6, 1)): "davorin-rudolf",
    ("foreign minister", "HRV", date(1992, 1, 1)): "zvonimir-separovic",
    ("foreign minister", "HRV", date(1993, 1, 1)): "zdenko-skrabalo",
    ("foreign minister", "HRV", date(1997, 1, 1)): "mate-granic",
    ("foreign minister", "FRA", date(1990, 1, 1)): "roland-dumas",
    ("defence minister", "FRA", date(1990, 1, 1)): "jean-pierre-chevenement",
    ("defence minister", "FRA", date(1992, 1, 1)): "pierre-joxe",
    ("defence minister", "FRA", date(1994, 1, 1)): "francois-leotard",
    ("defence minister", "FRA", date(1996, 1, 1)): "charles-millon",
    ("defence minister", "RUS", date(1997, 1, 1)): "igor-rodionov",
    ("defence minister", "CHN", date(1990, 1, 1)): "qin-jiwei",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Andreotti left the foreign ministry for the premiership on 1989-07-22; the weeks of
    Scotti and of Amato's interim (July 1992) and Leopoldo Elia's interim (from 1994-04-19)
    stay empty; Solana took the foreign ministry on 1992-06-22; Croatia's foreign ministry is
    empty between Šeparović and Škrabalo (1992-05-27 to 06-09), Granić hands to Picula."""
    assert holder_ids(kb, "foreign minister", "ITA", date(1989, 7, 21)) == {"giulio-andreotti"}
    assert holder_ids(kb, "prime minister", "ITA", date(1989, 7, 21)) == {"ciriaco-de-mita"}
    assert holder_ids(kb, "prime minister", "ITA", date(1989, 7, 23)) == {"giulio-andreotti"}
    assert holder_ids(kb, "foreign minister", "ITA", date(1992, 7, 15)) == set()
    assert holder_ids(kb, "foreign minister", "ITA", date(1994, 5, 1)) == set()
    assert holder_ids(kb, "foreign minister", "ESP", date(1992, 6, 21)) == {
        "francisco-fernandez-ordonez"
    }
    assert holder_ids(kb, "foreign minister", "ESP", date(1992, 6, 23)) == {"javier-solana"}
    assert holder_ids(kb, "foreign minister", "HRV", date(1992, 6, 1)) == set()
    assert holder_ids(kb, "foreign minister", "HRV", date(2000, 2, 1)) == {"tonino-picula"}
    assert holder_ids(kb, "defence minister", "FRA", date(1991, 1, 30)) == {"pierre-joxe"}
    assert holder_ids(kb, "defence minister", "RUS", date(1996, 7, 10)) == set()
    assert holder_ids(kb, "defence minister", "RUS", date(1997, 5, 23)) == {"igor-sergeyev"}


def test_sultan_hashim_from_july_1995(kb: KnowledgeBase) -> None:
    """Corrected (kb90s16): Sultan Hashim Ahmad became Iraq's defence minister in July 1995
    (Ali Hassan al-Majid's dismissal), not on the first day of 1995."""
    assert holder_ids(kb, "defence minister", "IRQ", date(1995, 3, 1)) == set()
    assert holder_ids(kb, "defence minister", "IRQ", date(1995, 8, 1)) == {"sultan-hashim-ahmad"}


def test_shared_surnames(kb: KnowledgeBase) -> None:
    """The names "Colombo" (Sri Lanka's capital), "Agnelli" (a family), "Ordóñez" and "Dumas"
    take nobody new; the full names and the bare "Andreotti" and "Westendorp" name the new
    people; "Qin" stays Qin Gang's (an alias of his own) now that Qin Jiwei is in the KB."""

    assert "emilio-colombo" not in alias_ids(kb, "Colombo")
    assert "susanna-agnelli" not in alias_ids(kb, "Agnelli")
    assert "francisco-fernandez-ordonez" not in alias_ids(kb, "Ordonez")
    assert not alias_ids(kb, "Rudolf") and not alias_ids(kb, "Golem")
    assert alias_ids(kb, "Granic") == {"mate-granic"}
    assert alias_ids(kb, "Emilio Colombo") == {"emilio-colombo"}
    assert alias_ids(kb, "Andreotti") == {"giulio-andreotti"}
    assert alias_ids(kb, "Westendorp") == {"carlos-westendorp"}
    assert alias_ids(kb, "Gianni De Michelis") == {"gianni-de-michelis"}
    assert "roland-dumas" not in alias_ids(kb, "Dumas")
    assert alias_ids(kb, "Qin") == {"qin-gang"}
    assert alias_ids(kb, "Qin Jiwei") == {"qin-jiwei"}
