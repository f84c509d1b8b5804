"""Ministers of Central America, a sixth checked pass on the Americas (issue 14, kbam17).

Each spell was read from stored copies of public pages (docs/actors.md, "the kbam17 pass");
these tests name the holder on a day inside each new spell, check the gaps the sources leave
open, and check that the pass took no bare surname from anyone.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB

SPELLS: dict[tuple[str, str, date], str | None] = {
    ("interior minister", "GTM", date(2017, 6, 1)): "francisco-rivas-lara",
    ("interior minister", "GTM", date(2018, 1, 26)): "enrique-degenhart",
    ("interior minister", "GTM", date(2019, 6, 1)): "enrique-degenhart",
    ("interior minister", "GTM", date(2020, 1, 14)): "edgar-godoy-samayoa",
    ("interior minister", "GTM", date(2022, 1, 25)): "david-napoleon-barrientos",
    ("interior minister", "GTM", date(2023, 10, 16)): "david-napoleon-barrientos",
    # refined (kbam18): Barrientos to 2023-10-17, then Byron Bor Illescas (test_kb_kbam18.py)
    ("interior minister", "GTM", date(2023, 12, 1)): "byron-bor-illescas",
    ("defence minister", "GTM", date(2010, 6, 1)): "abraham-valenzuela",
    ("defence minister", "GTM", date(2008, 6, 1)): None,  # García Franco: left out
    ("defence minister", "GTM", date(2011, 8, 1)): None,  # Juan José Ruiz: left out
    ("defence minister", "GTM", date(2018, 6, 1)): "luis-ralda",
    ("defence minister", "GTM", date(2020, 1, 14)): None,  # Alemán Soto: left out
    ("foreign minister", "HND", date(2012, 6, 1)): "arturo-corrales",
    ("foreign minister", "HND", date(2015, 6, 1)): "arturo-corrales",  # filled by kbcar33
    ("foreign minister", "HND", date(2025, 5, 27)): "enrique-reina",
    ("foreign minister", "HND", date(2025, 6, 1)): None,  # Reina's end, corrected
    ("foreign minister", "HND", date(2025, 9, 1)): "javier-bu-soto",
    ("foreign minister", "HND", date(2026, 3, 1)): "mireya-aguero",
    ("defence minister", "HND", date(2023, 6, 1)): None,  # José Manuel Zelaya: left out
    ("defence minister", "HND", date(2025, 1, 1)): "rixi-moncada",
    # the president's own charge, coded by kbam28 (2025-05-28 to 2025-12-19)
    ("defence minister", "HND", date(2025, 8, 1)): "xiomara-castro",
    ("defence minister", "HND", date(2026, 1, 1)): "roosevelt-hernandez-honduras",
    ("defence minister", "HND", date(2026, 1, 30)): None,  # Barahona: left out
    ("defence minister", "HND", date(2026, 3, 1)): "enrique-rodriguez-burchard",
    ("foreign minister", "PAN", date(2020, 6, 1)): "alejandro-ferrer-panama",
    ("foreign minister", "PAN", date(2020, 12, 2)): "erika-mouynes",
    ("foreign minister", "PAN", date(2022, 10, 10)): "janaina-tewaney",
    ("foreign minister", "PAN", date(2024, 7, 1)): "javier-martinez-acha",
    # Núñez Fábrega, left out here, coded since the kbcam30 pass (test_kb_kbcam30.py)
    ("foreign minister", "PAN", date(2013, 6, 1)): "fernando-nunez-fabrega",
    ("public security minister", "PAN", date(2017, 6, 1)): "alexis-bethancourt",
    ("public security minister", "PAN", date(2019, 3, 1)): "jonattan-del-rosario",
    ("public security minister", "PAN", date(2019, 7, 1)): "rolando-mirones",
    # filled by kbcam32 (Rodolfo Aguilera, from Varela's government of 2014-07-01)
    ("public security minister", "PAN", date(2015, 6, 1)): "rodolfo-aguilera",
    ("foreign minister", "SLV", date(2018, 4, 15)): "hugo-martinez-el-salvador",
    ("foreign minister", "SLV", date(2018, 9, 1)): None,  # Martínez's end, corrected
    ("foreign minister", "SLV", date(2019, 6, 1)): "alexandra-hill-tinoco",
    ("foreign minister", "SLV", date(2025, 3, 1)): "alexandra-hill-tinoco",
    ("defence minister", "SLV", date(2010, 6, 1)): "david-munguia-payes",
    ("defence minister", "SLV", date(2012, 6, 1)): "atilio-benitez",
    ("defence minister", "SLV", date(2013, 7, 12)): "david-munguia-payes",
    ("defence minister", "SLV", date(2019, 6, 1)): "rene-merino-monroy",
    # Molina Contreras, left out here, coded since the kbcam30 pass (test_kb_kbcam30.py)
    ("defence minister", "SLV", date(2008, 6, 1)): "jorge-alberto-molina",
    ("public security minister", "SLV", date(2012, 6, 1)): "david-munguia-payes",
    ("public security minister", "SLV", date(2013, 6, 1)): "ricardo-perdomo",  # kbam18
    ("foreign minister", "CRI", date(2018, 6, 1)): "epsy-campbell",
    ("foreign minister", "CRI", date(2018, 12, 20)): None,  # under two months, not read
    ("foreign minister", "CRI", date(2019, 6, 1)): "manuel-ventura-robles",
    ("foreign minister", "CRI", date(2020, 2, 3)): "rodolfo-solano-quiros",
    ("foreign minister", "CRI", date(2022, 5, 8)): "arnoldo-andre-tinoco",
    ("foreign minister", "CRI", date(2012, 6, 1)): "enrique-castillo-barrantes",  # kbam18
    ("public security minister", "CRI", date(2020, 6, 1)): "michael-soto-rojas",
    ("public security minister", "CRI", date(2022, 5, 8)): "jorge-torres-carrillo",
    ("public security minister", "CRI", date(2023, 5, 10)): "mario-zamora-costa-rica",
    ("public security minister", "CRI", date(2016, 6, 1)): "gustavo-mata-vega",  # kbam18
    ("interior minister", "DOM", date(2013, 6, 1)): "jose-ramon-fadul",
    ("interior minister", "DOM", date(2016, 8, 16)): "carlos-amarante-baret",
    ("interior minister", "DOM", date(2019, 6, 1)): None,  # Fadul's second spell: left out
    # filled by kbam46: Franklin Almeyda Rancier, 2004-08-16 to 2011-03-03
    ("interior minister", "DOM", date(2010, 6, 1)): "franklin-almeyda-rancier",
    ("homeland security secretary", "USA", date(2013, 9, 5)): "janet-napolitano",
    ("homeland security secretary", "USA", date(2013, 9, 6)): "rand-beers",  # corrected end
    ("homeland security secretary", "USA", date(2017, 10, 1)): "elaine-duke",
    ("homeland security secretary", "USA", date(2017, 12, 6)): "kirstjen-nielsen",
    ("homeland security secretary", "USA", date(2019, 6, 1)): "kevin-mcaleenan",
    ("homeland security secretary", "USA", date(2020, 6, 1)): "chad-wolf",
    ("homeland security secretary", "USA", date(2021, 1, 15)): None,  # Gaynor: under 2 months
    ("homeland security secretary", "USA", date(2005, 2, 10)): None,  # Loy: under 2 months
}


@pytest.mark.parametrize(("office", "person"), list(SPELLS.items()), ids=str)
def test_each_kbam17_spell_names_its_holder(
    kb: KnowledgeBase, office: tuple[str, str, date], person: str | None
) -> None:
    title, country, day = office
    assert holder_ids(kb, title, country, day) == ({person} if person else set())


def test_kbam17_names_and_bare_surnames(kb: KnowledgeBase) -> None:
    """The new people's full names and unshared surnames name them; a surname others share
    stays shared (resolved in context), with the new person among its people."""

    assert alias_ids(kb, "Degenhart") == {"enrique-degenhart"}
    assert alias_ids(kb, "Napoleón Barrientos") == {"david-napoleon-barrientos"}
    assert alias_ids(kb, "Francisco Rivas") == {"francisco-rivas-lara"}
    assert alias_ids(kb, "Ralda") == {"luis-ralda"}
    assert alias_ids(kb, "Valenzuela") == set()
    assert alias_ids(kb, "Mouynes") == {"erika-mouynes"}
    assert alias_ids(kb, "Tewaney") == {"janaina-tewaney"}
    assert alias_ids(kb, "Jonathan Del Rosario") == {"jonattan-del-rosario"}
    assert alias_ids(kb, "Ferrer") == set()
    assert alias_ids(kb, "Rosario") == set()
    assert alias_ids(kb, "Alexandra Hill") == {"alexandra-hill-tinoco"}
    assert alias_ids(kb, "Alexandra Hill Tinoco") == {"alexandra-hill-tinoco"}
    assert alias_ids(kb, "Hill") == set()
    assert kb.sharing("Hill") == ()  # no new shared surname for a common word
    assert alias_ids(kb, "Tinoco") == {"arnoldo-andre-tinoco"}  # Costa Rica's minister keeps it
    assert alias_ids(kb, "Munguía Payés") == {"david-munguia-payes"}
    assert alias_ids(kb, "Payés") == {"david-munguia-payes"}
    assert alias_ids(kb, "Atilio Benítez") == {"atilio-benitez"}
    assert alias_ids(kb, "Benítez") == {"mario-abdo-benitez"}  # Paraguay's president keeps it
    assert alias_ids(kb, "Epsy Campbell") == {"epsy-campbell"}
    assert set(kb.sharing("Carrillo")) == {"fernando-carrillo-florez", "patricio-carrillo"}
    for word in ("Campbell", "Ventura", "Solano", "Barr", "Robles", "Torres", "Soto"):
        assert not alias_ids(kb, word) & {
            "epsy-campbell",
            "manuel-ventura-robles",
            "rodolfo-solano-quiros",
            "michael-soto-rojas",
            "jorge-torres-carrillo",
        }
    assert "epsy-campbell" not in kb.sharing("Barr")
    assert alias_ids(kb, "Baret") == {"carlos-amarante-baret"}
    assert set(kb.sharing("Fadul")) == {"francisco-fadul", "jose-ramon-fadul"}
    assert alias_ids(kb, "McAleenan") == {"kevin-mcaleenan"}
    assert alias_ids(kb, "Chad Wolf") == {"chad-wolf"}
    for word in ("Wolf", "Duke", "Beers"):
        assert alias_ids(kb, word) == set(), word
    assert alias_ids(kb, "Rixi Moncada") == {"rixi-moncada"}
    assert alias_ids(kb, "Javier Bú Soto") == {"javier-bu-soto"}
    assert alias_ids(kb, "Manuel Zelaya") == {"manuel-zelaya"}
    assert alias_ids(kb, "Zelaya") == {"manuel-zelaya"}
    for word in ("Rodríguez", "Burchard", "Bu", "Roosevelt"):
        assert "enrique-rodriguez-burchard" not in alias_ids(kb, word), word
        assert "roosevelt-hernandez-honduras" not in alias_ids(kb, word), word
    assert "roosevelt-hernandez-honduras" in kb.sharing("Hernández")
    assert set(kb.sharing("Agüero")) == {"maria-dolores-aguero", "mireya-aguero"}
    # Miguel Ángel Burelli Rivas (Venezuela's foreign minister 1994-99, the kb90s26 pass), whose
    # name ends in "Rivas", shares it too; he keeps "Burelli" by an alias. Eda Rivas (Peru's
    # foreign minister 2013-14, the kbsam30 pass) shares it as well.
    assert set(kb.sharing("Rivas")) == {
        "antonio-rivas-paraguay",
        "rogelio-rivas",
        "francisco-rivas-lara",
        "miguel-angel-burelli-rivas",
        "eda-rivas",
    }
