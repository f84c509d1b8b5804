"""Office holders of 1989-1999, eighth checked pass (issue 14, kb90s19): Italy's defence and
interior ministers, Germany's, France's and Spain's interior ministers, read from stored
copies of public pages (docs/actors.md, "the kb90s19 pass"); a day inside each new spell, the
handover days and the interims left open, and the surnames others carry.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    ("defence minister", "ITA", date(1989, 1, 1)): "valerio-zanone",
    ("defence minister", "ITA", date(1990, 1, 1)): "mino-martinazzoli",
    ("defence minister", "ITA", date(1991, 6, 1)): "virginio-rognoni",
    ("defence minister", "ITA", date(1993, 1, 1)): "salvo-ando",
    ("defence minister", "ITA", date(1994, 1, 1)): "fabio-fabbri",
    ("defence minister", "ITA", date(1994, 10, 1)): "cesare-previti",
    ("defence minister", "ITA", date(1995, 6, 1)): "domenico-corcione",
    ("defence minister", "ITA", date(1997, 1, 1)): "beniamino-andreatta",
    ("defence minister", "ITA", date(1999, 6, 1)): "carlo-scognamiglio",
    ("interior minister", "ITA", date(1989, 1, 1)): "antonio-gava",
    ("interior minister", "ITA", date(1991, 6, 1)): "vincenzo-scotti",
    ("interior minister", "ITA", date(1993, 1, 1)): "nicola-mancino",
    ("interior minister", "ITA", date(1994, 10, 1)): "roberto-maroni",
    ("interior minister", "ITA", date(1995, 3, 1)): "antonio-brancaccio",
    ("interior minister", "ITA", date(1995, 10, 1)): "giovanni-rinaldo-coronas",
    ("interior minister", "ITA", date(1997, 1, 1)): "giorgio-napolitano",
    ("interior minister", "ITA", date(1999, 6, 1)): "rosa-russo-iervolino",
    ("interior minister", "DEU", date(1990, 1, 1)): "wolfgang-schaeuble",
    ("interior minister", "DEU", date(1992, 6, 1)): "rudolf-seiters",
    ("interior minister", "DEU", date(1996, 1, 1)): "manfred-kanther",
    ("interior minister", "FRA", date(1989, 1, 1)): "pierre-joxe",
    ("interior minister", "FRA", date(1991, 6, 1)): "philippe-marchand",
    ("interior minister", "FRA", date(1992, 6, 1)): "paul-quiles",
    ("interior minister", "FRA", date(1994, 1, 1)): "charles-pasqua",
    ("interior minister", "FRA", date(1996, 1, 1)): "jean-louis-debre",
    ("interior minister", "ESP", date(1990, 1, 1)): "jose-luis-corcuera",
    ("interior minister", "ESP", date(1994, 1, 1)): "antoni-asuncion",
    ("interior minister", "ESP", date(1995, 1, 1)): "juan-alberto-belloch",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Martinazzoli resigned on 1990-07-27 (the Mammì law), Gava on 1990-10-16; Ciampi's
    interim at the interior (1994-04-19 to 05-10) stays empty; Mattarella and Bianco follow
    on 1999-12-22."""
    assert holder_ids(kb, "defence minister", "ITA", date(1990, 7, 26)) == {"mino-martinazzoli"}
    assert holder_ids(kb, "defence minister", "ITA", date(1990, 7, 28)) == {"virginio-rognoni"}
    assert holder_ids(kb, "interior minister", "ITA", date(1990, 10, 15)) == {"antonio-gava"}
    assert holder_ids(kb, "interior minister", "ITA", date(1990, 10, 17)) == {"vincenzo-scotti"}
    assert holder_ids(kb, "interior minister", "ITA", date(1994, 5, 1)) == set()
    assert holder_ids(kb, "defence minister", "ITA", date(2000, 1, 1)) == {"sergio-mattarella"}
    assert holder_ids(kb, "interior minister", "ITA", date(2000, 1, 1)) == {"enzo-bianco"}
    assert holder_ids(kb, "interior minister", "DEU", date(1989, 3, 1)) == set()
    assert holder_ids(kb, "interior minister", "DEU", date(1999, 1, 1)) == {"otto-schily"}
    assert holder_ids(kb, "defence minister", "FRA", date(1991, 2, 1)) == {"pierre-joxe"}
    assert holder_ids(kb, "interior minister", "FRA", date(1991, 2, 1)) == {"philippe-marchand"}
    assert holder_ids(kb, "interior minister", "FRA", date(1997, 6, 3)) == {"jean-louis-debre"}
    assert holder_ids(kb, "interior minister", "ESP", date(1994, 5, 2)) == set()
    assert holder_ids(kb, "interior minister", "FRA", date(1997, 6, 5)) == {
        "jean-pierre-chevenement"
    }


def test_names(kb: KnowledgeBase) -> None:
    """The full names and the Jervolino spelling name the new people; "Marchand" (a common
    French surname and word) takes nobody new, "Pasqua" names Charles Pasqua."""
    assert alias_ids(kb, "Salvo Ando") == {"salvo-ando"}
    assert not alias_ids(kb, "Ando") and not alias_ids(kb, "Pasini")
    assert alias_ids(kb, "Rosa Russo Jervolino") == {"rosa-russo-iervolino"}
    assert alias_ids(kb, "Enzo Scotti") == {"vincenzo-scotti"}
    assert "philippe-marchand" not in alias_ids(kb, "Marchand")
    assert alias_ids(kb, "Philippe Marchand") == {"philippe-marchand"}
    assert alias_ids(kb, "Pasqua") == {"charles-pasqua"}
    assert "antoni-asuncion" not in alias_ids(kb, "Asuncion")
    assert alias_ids(kb, "Antoni Asunción") == {"antoni-asuncion"}
