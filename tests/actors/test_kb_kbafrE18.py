"""Ministers of East and Southern Africa, a seventh checked pass (issue 14, kbafrE18).

Each spell was read from stored copies of public pages (docs/actors.md, "the kbafrE18
pass"); these tests name the holder on a day inside each new spell, check the handovers,
the gaps left where pages give no day, the correction and the names the pass added.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    ("defence minister", "SOM", date(2017, 7, 1)): "abdirashid-abdullahi-mohamed",
    ("defence minister", "SOM", date(2018, 2, 1)): "mohamed-mursal-sheikh-abdirahman",
    ("interior minister", "SOM", date(2017, 10, 1)): "abdi-farah-said-juha",
    ("foreign minister", "SOM", date(2018, 6, 1)): "ahmed-isse-awad",
    ("defence minister", "MWI", date(2018, 6, 1)): "peter-mutharika",
    ("defence minister", "MWI", date(2021, 6, 1)): "lazarus-chakwera",
    ("interior minister", "MWI", date(2017, 3, 1)): "grace-chiumia",
    ("interior minister", "MWI", date(2018, 3, 1)): "cecilia-chazama",
    ("interior minister", "MWI", date(2019, 9, 1)): "nicholas-dausi",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_somalia_handovers_and_correction(kb: KnowledgeBase) -> None:
    """Ahmed Isse Awad took foreign affairs in the reshuffle of 2018-01-04 that dismissed Yusuf
    Garaad Omar and Abdi Farah Juha (not on 2018-11-04); defence had no minister between
    Abdirashid's resignation of 2017-10-12 and Mursal's appointment of 2017-11-26, nor after
    Mursal resigned in April 2018."""
    assert holder_ids(kb, "foreign minister", "SOM", date(2018, 1, 3)) == {"yusuf-garaad-omar"}
    assert holder_ids(kb, "foreign minister", "SOM", date(2018, 1, 5)) == {"ahmed-isse-awad"}
    assert holder_ids(kb, "interior minister", "SOM", date(2018, 1, 3)) == {"abdi-farah-said-juha"}
    assert not holder_ids(kb, "interior minister", "SOM", date(2018, 1, 5))
    assert not holder_ids(kb, "defence minister", "SOM", date(2017, 11, 1))
    assert holder_ids(kb, "defence minister", "SOM", date(2017, 11, 27)) == {
        "mohamed-mursal-sheikh-abdirahman"
    }
    assert not holder_ids(kb, "defence minister", "SOM", date(2018, 4, 15))


def test_malawi_handovers(kb: KnowledgeBase) -> None:
    """Mutharika held defence to the end of his presidency (2020-06-28), Chakwera from his
    cabinet of 2020-07-08 without a break to 2023-01-31; home affairs passed from Chiumia to
    Chazama on 2017-10-24 and to Dausi on 2018-11-07; March to June 2020 is not coded."""
    assert holder_ids(kb, "defence minister", "MWI", date(2020, 6, 27)) == {"peter-mutharika"}
    assert not holder_ids(kb, "defence minister", "MWI", date(2020, 7, 1))
    assert holder_ids(kb, "defence minister", "MWI", date(2022, 1, 26)) == {"lazarus-chakwera"}
    assert holder_ids(kb, "defence minister", "MWI", date(2022, 1, 28)) == {"lazarus-chakwera"}
    assert holder_ids(kb, "interior minister", "MWI", date(2017, 10, 23)) == {"grace-chiumia"}
    assert holder_ids(kb, "interior minister", "MWI", date(2017, 10, 25)) == {"cecilia-chazama"}
    assert holder_ids(kb, "interior minister", "MWI", date(2018, 11, 8)) == {"nicholas-dausi"}
    assert not holder_ids(kb, "interior minister", "MWI", date(2020, 4, 1))


def test_names_resolve(kb: KnowledgeBase) -> None:
    def ids(text: str) -> set[str]:
        return {h.actor_id for h in kb.lookup(text)}

    assert ids("Abdirashid Abdullahi Mohamed") == {"abdirashid-abdullahi-mohamed"}
    assert ids("Mohamed Mursal Sheikh Abdirahman") == {"mohamed-mursal-sheikh-abdirahman"}
    assert ids("Abdi Farah Juha") == {"abdi-farah-said-juha"}
    assert ids("Chiumia") == {"grace-chiumia"}
    assert ids("Grace Obama Chiumia") == {"grace-chiumia"}
    assert ids("Chazama") == {"cecilia-chazama"}
    assert ids("Dausi") == {"nicholas-dausi"}


def test_no_common_surname_taken(kb: KnowledgeBase) -> None:
    """Somali surnames that are common given names ("Mohamed", "Abdirahman", "Said") are
    written in catalogue order and become no one's bare key by this pass."""
    for name in ("Mohamed", "Abdirahman", "Said", "Juha", "Mursal"):
        assert not {h.actor_id for h in kb.lookup(name)} & {
            "abdirashid-abdullahi-mohamed",
            "mohamed-mursal-sheikh-abdirahman",
            "abdi-farah-said-juha",
        }
