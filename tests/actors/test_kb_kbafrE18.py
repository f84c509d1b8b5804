"""Ministers of East and Southern Africa, a seventh checked pass (issue 14, kbafrE18).

Each spell was read from stored copies of public pages (docs/actors.md, "the kbafrE18
pass"); these tests name the holder on a day inside each new spell, check the handovers,
the gaps left where pages give no day, the correction and the names the pass added.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    ("defence minister", "SOM", date(2017, 7, 1)): "abdirashid-abdullahi-mohamed",
    ("defence minister", "SOM", date(2018, 2, 1)): "mohamed-mursal-sheikh-abdirahman",
    ("interior minister", "SOM", date(2017, 10, 1)): "abdi-farah-said-juha",
    ("foreign minister", "SOM", date(2018, 6, 1)): "ahmed-isse-awad",
    ("defence minister", "MWI", date(2016, 6, 1)): "peter-mutharika",
    ("defence minister", "MWI", date(2021, 6, 1)): "lazarus-chakwera",
    ("interior minister", "MWI", date(2015, 12, 1)): "jean-kalilani",
    ("interior minister", "MWI", date(2016, 6, 1)): "jappie-mhango",
    ("interior minister", "MWI", date(2017, 3, 1)): "grace-chiumia",
    ("interior minister", "MWI", date(2018, 3, 1)): "cecilia-chazama",
    ("interior minister", "MWI", date(2019, 9, 1)): "nicholas-dausi",
    ("defence minister", "MDG", date(2015, 6, 1)): "dominique-rakotozafy",
    ("defence minister", "MDG", date(2017, 6, 1)): "beni-xavier-rasolofonirina",
    ("interior minister", "MDG", date(2015, 6, 1)): "olivier-mahafaly-solonandrasana",
    ("defence minister", "SSD", date(2024, 6, 1)): "chol-thon-balok",
    ("interior minister", "SSD", date(2018, 6, 1)): "michael-chiangjiek-geay",
    ("interior minister", "SSD", date(2024, 6, 1)): "angelina-teny",
    ("interior minister", "DJI", date(2018, 6, 1)): "hassan-omar-mohamed-bourhan",
    ("interior minister", "DJI", date(2020, 6, 1)): "moumin-ahmed-cheick",
    ("interior minister", "DJI", date(2023, 6, 1)): "said-nouh-hassan",
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
    # filled by kbfocus36a (Abdi Mohamed Sabriye from 2018-01-04)
    assert holder_ids(kb, "interior minister", "SOM", date(2018, 1, 5)) == {"abdi-mohamed-sabriye"}
    assert not holder_ids(kb, "defence minister", "SOM", date(2017, 11, 1))
    assert holder_ids(kb, "defence minister", "SOM", date(2017, 11, 27)) == {
        "mohamed-mursal-sheikh-abdirahman"
    }
    assert not holder_ids(kb, "defence minister", "SOM", date(2018, 4, 15))


def test_malawi_handovers(kb: KnowledgeBase) -> None:
    """Mutharika held defence from the list of 2016-04-07 (from his swearing-in, 2014-05-31,
    since kbafrE20) to the end of his presidency (2020-06-28), Chakwera from his cabinet of
    2020-07-08 without a break to 2023-01-31; home affairs passed from Kalilani to Jappie
    Mhango on 2016-04-07, to Chiumia on 2016-09-05, to Chazama on 2017-10-24 and to Dausi on
    2018-11-07; Atupele Muluzi's months before 2015-08-17 and March to June 2020 are not
    coded."""
    assert holder_ids(kb, "defence minister", "MWI", date(2020, 6, 27)) == {"peter-mutharika"}
    assert not holder_ids(kb, "defence minister", "MWI", date(2020, 7, 1))
    assert holder_ids(kb, "defence minister", "MWI", date(2022, 1, 26)) == {"lazarus-chakwera"}
    assert holder_ids(kb, "defence minister", "MWI", date(2022, 1, 28)) == {"lazarus-chakwera"}
    assert not holder_ids(kb, "interior minister", "MWI", date(2015, 8, 1))
    assert holder_ids(kb, "interior minister", "MWI", date(2016, 4, 8)) == {"jappie-mhango"}
    assert holder_ids(kb, "interior minister", "MWI", date(2016, 9, 6)) == {"grace-chiumia"}
    # kbafrE20 dated Mutharika's defence portfolio from his swearing-in (2014-05-31).
    assert holder_ids(kb, "defence minister", "MWI", date(2016, 3, 1)) == {"peter-mutharika"}
    assert holder_ids(kb, "interior minister", "MWI", date(2017, 10, 23)) == {"grace-chiumia"}
    assert holder_ids(kb, "interior minister", "MWI", date(2017, 10, 25)) == {"cecilia-chazama"}
    assert holder_ids(kb, "interior minister", "MWI", date(2018, 11, 8)) == {"nicholas-dausi"}
    assert not holder_ids(kb, "interior minister", "MWI", date(2020, 4, 1))


def test_madagascar_handovers(kb: KnowledgeBase) -> None:
    """Rakotozafy and Mahafaly from the Ravelonarivo government of 2015-01-25; Rasolofonirina
    from the Mahafaly government of 2016-04-15, meeting his kbafrE15 spell of 2018-06-11;
    the interior from April 2016 (Mahafaly prime minister) is not coded."""
    assert not holder_ids(kb, "defence minister", "MDG", date(2015, 1, 20))
    assert holder_ids(kb, "defence minister", "MDG", date(2016, 4, 14)) == {"dominique-rakotozafy"}
    assert holder_ids(kb, "defence minister", "MDG", date(2016, 4, 16)) == {
        "beni-xavier-rasolofonirina"
    }
    assert holder_ids(kb, "defence minister", "MDG", date(2018, 6, 10)) == {
        "beni-xavier-rasolofonirina"
    }
    assert not holder_ids(kb, "interior minister", "MDG", date(2016, 4, 20))


def test_south_sudan_handovers_and_refinements(kb: KnowledgeBase) -> None:
    """Kuol Manyang to, and Teny from, the cabinet of 2020-03-12 (no longer two holders in
    March 2020); defence vacant from Teny's dismissal (2023-03-03) to Chol Thon Balok's
    appointment (2023-03-29), the interior until Teny's appointment of 2023-09-26;
    Chiangjiek from Lado Gore's move (2016-08-02) to the cabinet of 2020-03-12."""
    assert holder_ids(kb, "defence minister", "SSD", date(2020, 3, 5)) == {"kuol-manyang-juuk"}
    assert holder_ids(kb, "defence minister", "SSD", date(2020, 3, 20)) == {"angelina-teny"}
    assert not holder_ids(kb, "defence minister", "SSD", date(2023, 3, 15))
    assert holder_ids(kb, "defence minister", "SSD", date(2023, 3, 30)) == {"chol-thon-balok"}
    assert not holder_ids(kb, "interior minister", "SSD", date(2023, 6, 1))
    assert holder_ids(kb, "interior minister", "SSD", date(2023, 9, 27)) == {"angelina-teny"}
    assert holder_ids(kb, "interior minister", "SSD", date(2016, 8, 3)) == {
        "michael-chiangjiek-geay"
    }
    assert holder_ids(kb, "interior minister", "SSD", date(2020, 3, 13)) == {"paul-mayom-akech"}


def test_djibouti_interior_handovers(kb: KnowledgeBase) -> None:
    """Bourhan left the interior for defence in the reshuffle of 2019-05-05 (Moumin Ahmed
    Cheick from justice); Saïd Nouh Hassan from the government of 2021-05-24. January 2018,
    once a gap here, is Bourhan's since kbafrE21 dated his start to 2016-06-25."""
    assert holder_ids(kb, "interior minister", "DJI", date(2018, 1, 15)) == {
        "hassan-omar-mohamed-bourhan"
    }
    assert holder_ids(kb, "interior minister", "DJI", date(2019, 5, 4)) == {
        "hassan-omar-mohamed-bourhan"
    }
    assert holder_ids(kb, "interior minister", "DJI", date(2019, 5, 6)) == {"moumin-ahmed-cheick"}
    assert holder_ids(kb, "defence minister", "DJI", date(2019, 5, 6)) == {
        "hassan-omar-mohamed-bourhan"
    }
    assert holder_ids(kb, "interior minister", "DJI", date(2021, 5, 25)) == {"said-nouh-hassan"}


def test_names_resolve(kb: KnowledgeBase) -> None:
    assert alias_ids(kb, "Abdirashid Abdullahi Mohamed") == {"abdirashid-abdullahi-mohamed"}
    assert alias_ids(kb, "Mohamed Mursal Sheikh Abdirahman") == {"mohamed-mursal-sheikh-abdirahman"}
    assert alias_ids(kb, "Abdi Farah Juha") == {"abdi-farah-said-juha"}
    assert alias_ids(kb, "Chiumia") == {"grace-chiumia"}
    assert alias_ids(kb, "Grace Obama Chiumia") == {"grace-chiumia"}
    assert alias_ids(kb, "Chazama") == {"cecilia-chazama"}
    assert alias_ids(kb, "Dausi") == {"nicholas-dausi"}
    assert alias_ids(kb, "Kalilani") == {"jean-kalilani"}
    assert alias_ids(kb, "Jappie Mhango") == {"jappie-mhango"}
    assert not kb.lookup("Mhango")  # a common Malawian surname
    assert alias_ids(kb, "Rakotozafy") == {"dominique-rakotozafy"}
    assert alias_ids(kb, "Olivier Mahafaly") == {"olivier-mahafaly-solonandrasana"}
    assert alias_ids(kb, "Mahafaly Solonandrasana") == {"olivier-mahafaly-solonandrasana"}
    assert alias_ids(kb, "Chol Thon Balok") == {"chol-thon-balok"}
    assert alias_ids(kb, "Michael Chiengjiek") == {"michael-chiangjiek-geay"}
    assert alias_ids(kb, "Moumin Ahmed Cheikh") == {"moumin-ahmed-cheick"}
    assert alias_ids(kb, "Said Nouh Hassan") == {"said-nouh-hassan"}


def test_no_common_surname_taken(kb: KnowledgeBase) -> None:
    """Somali surnames that are common given names ("Mohamed", "Abdirahman", "Said") are
    written in catalogue order and become no one's bare key by this pass."""
    assert not kb.lookup("Mahafaly")  # also a people and a region of Madagascar
    assert not kb.lookup("Jiek")
    for name in ("Mohamed", "Abdirahman", "Said", "Juha", "Mursal"):
        assert not {h.actor_id for h in kb.lookup(name)} & {
            "abdirashid-abdullahi-mohamed",
            "mohamed-mursal-sheikh-abdirahman",
            "abdi-farah-said-juha",
        }
