"""Defence and interior ministers of the conflict states of the Sahel and Central Africa, a
second checked pass (issue 14, kbafrC16, spells read from stored public pages).

Each spell was read from stored copies of public pages (docs/actors.md, "the kbafrC16
pass"); these tests name the holder on a day inside each new spell, check the handover days
of the refined and corrected spells, and that the new ministers took no bare word.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    ("defence minister", "COD", date(2007, 6, 1)): "chikez-diemu",
    ("defence minister", "COD", date(2010, 6, 1)): "charles-mwando-nsimba",
    ("interior minister", "COD", date(2008, 1, 1)): "denis-kalume-numbi",
    ("interior minister", "COD", date(2013, 6, 1)): "richard-muyej",
    ("defence minister", "BFA", date(2015, 3, 1)): "isaac-zida",
    ("interior minister", "BFA", date(2015, 3, 1)): "auguste-denise-barry",
    ("interior minister", "BFA", date(2016, 6, 1)): "simon-compaore",
    ("interior minister", "BFA", date(2023, 1, 1)): "boukare-zoungrana",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_dr_congo_handovers(kb: KnowledgeBase) -> None:
    """DR Congo: the Gizenga government (2007-02-05) gave defence to Chikez Diemu, the Muzito
    government (2008-10-26) to Charles Mwando Nsimba, whose spell ends with Muzito's
    resignation (2012-03-06); Richard Muyej held the interior from the Matata government
    (2012-04-28) to Évariste Boshab's start (2014-12-07)."""
    assert holder_ids(kb, "defence minister", "COD", date(2007, 2, 4)) == set()
    assert holder_ids(kb, "defence minister", "COD", date(2007, 2, 5)) == {"chikez-diemu"}
    assert holder_ids(kb, "defence minister", "COD", date(2008, 10, 26)) == {
        "charles-mwando-nsimba"
    }
    assert holder_ids(kb, "defence minister", "COD", date(2012, 3, 6)) == set()
    # Célestin Mbuyu holds the interior from the Muzito government (2008-10-26), coded since
    # the kbafrE31 pass (tests/actors/test_kb_kbafrE31.py)
    assert holder_ids(kb, "interior minister", "COD", date(2008, 10, 26)) == {"celestin-mbuyu"}
    assert holder_ids(kb, "interior minister", "COD", date(2014, 12, 6)) == {"richard-muyej"}
    assert holder_ids(kb, "interior minister", "COD", date(2014, 12, 7)) == {"evariste-boshab"}


def test_dr_congo_refined_handovers(kb: KnowledgeBase) -> None:
    """DR Congo: the Lukonde government was announced on 2021-04-12, the reshuffle on
    2023-03-23 and the Suminwa government on 2024-05-29 (not at the end of June)."""
    assert holder_ids(kb, "defence minister", "COD", date(2021, 4, 11)) == {"aime-ngoy-mukena"}
    assert holder_ids(kb, "defence minister", "COD", date(2021, 4, 12)) == {"gilbert-kabanda"}
    assert holder_ids(kb, "interior minister", "COD", date(2021, 4, 11)) == {"gilbert-kankonde"}
    assert holder_ids(kb, "interior minister", "COD", date(2021, 4, 12)) == {"daniel-aselo-okito"}
    assert holder_ids(kb, "defence minister", "COD", date(2023, 3, 23)) == {"jean-pierre-bemba"}
    assert holder_ids(kb, "interior minister", "COD", date(2023, 3, 23)) == {"peter-kazadi"}
    assert holder_ids(kb, "defence minister", "COD", date(2024, 6, 15)) == {
        "guy-kabombo-muadiamvita"
    }
    assert holder_ids(kb, "interior minister", "COD", date(2024, 6, 15)) == {"jacquemain-shabani"}


def test_new_ministers_take_no_bare_word(kb: KnowledgeBase) -> None:
    """ "Simba" (a word and a common name), "Nsimba", "Numbi" and "Mangez" (French for "eat")
    stay nobody's alias; the full names name the ministers."""

    assert "charles-mwando-nsimba" not in alias_ids(kb, "Simba")
    assert "charles-mwando-nsimba" not in alias_ids(kb, "Nsimba")
    assert "denis-kalume-numbi" not in alias_ids(kb, "Numbi")
    assert "richard-muyej" not in alias_ids(kb, "Mangez")
    assert alias_ids(kb, "Mwando Nsimba") == {"charles-mwando-nsimba"}
    assert alias_ids(kb, "Denis Kalume") == {"denis-kalume-numbi"}
    assert alias_ids(kb, "Richard Muyej") == {"richard-muyej"}


def test_burkina_faso_handovers(kb: KnowledgeBase) -> None:
    """Burkina Faso: the transitional government of 2014-11-23 gave defence to Isaac Zida
    and the territorial administration and security to Auguste Denise Barry; Kafando took
    defence on 2015-07-17 and dismissed Barry on 2015-07-19, splitting the ministry; the
    reshuffle of 2017-02-20 split Simon Compaoré's ministry; Émile Zerbo replaced Boukaré
    Zoungrana on 2023-06-25. Dated to the day: the Dabiré government (2019-01-24), the
    Ouédraogo government (2022-03-05), the Kyélem de Tambèla government (2022-10-25) and its
    dissolution (2024-12-06), the Rimtalba Ouédraogo government (2024-12-08)."""
    assert holder_ids(kb, "defence minister", "BFA", date(2014, 11, 22)) == set()
    assert holder_ids(kb, "defence minister", "BFA", date(2015, 7, 16)) == {"isaac-zida"}
    # kbafrW28: Kafando, who took defence that day, now holds it in the KB (was: nobody's)
    assert holder_ids(kb, "defence minister", "BFA", date(2015, 7, 17)) == {"michel-kafando"}
    assert holder_ids(kb, "interior minister", "BFA", date(2015, 7, 19)) == set()
    assert holder_ids(kb, "interior minister", "BFA", date(2017, 2, 20)) == set()
    # kbafrW18: Émile Zerbo held the combined ministry from 2023-06-25 to 2024-08-01
    assert holder_ids(kb, "interior minister", "BFA", date(2023, 6, 25)) == {"emile-zerbo"}
    assert holder_ids(kb, "defence minister", "BFA", date(2019, 1, 23)) == {"jean-claude-bouda"}
    assert holder_ids(kb, "defence minister", "BFA", date(2019, 1, 24)) == {"cheriff-sy"}
    assert holder_ids(kb, "defence minister", "BFA", date(2022, 3, 4)) == set()
    assert holder_ids(kb, "defence minister", "BFA", date(2022, 3, 5)) == {"barthelemy-simpore"}
    assert holder_ids(kb, "defence minister", "BFA", date(2022, 10, 24)) == set()
    assert holder_ids(kb, "defence minister", "BFA", date(2022, 10, 25)) == {"kassoum-coulibaly"}
    assert holder_ids(kb, "defence minister", "BFA", date(2024, 12, 7)) == set()
    assert holder_ids(kb, "defence minister", "BFA", date(2024, 12, 8)) == {"celestin-simpore"}


def test_compaore_stays_blaise_compaores(kb: KnowledgeBase) -> None:
    """Blaise Compaoré keeps the bare surname by an alias; Simon Compaoré is named by his
    full name."""

    assert alias_ids(kb, "Compaoré") == {"blaise-compaore"}
    assert alias_ids(kb, "Simon Compaoré") == {"simon-compaore"}
    assert alias_ids(kb, "Zoungrana") == {"boukare-zoungrana"}
