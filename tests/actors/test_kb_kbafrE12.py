"""Foreign, defence and interior ministers of East and Southern Africa (issue 14, kbafrE12).

Each spell was read from stored copies of public reference pages (docs/actors.md, "the
kbafrE12 pass"); these tests name the holder on a day inside each new or corrected spell, and
check that the pass took no bare surname from anyone.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    ("defence minister", "ETH", date(2007, 6, 1)): "kuma-demeksa",
    ("defence minister", "ETH", date(2012, 1, 1)): "siraj-fegessa",
    ("defence minister", "ETH", date(2019, 1, 1)): "aisha-mohammed-ethiopia",
    ("defence minister", "ETH", date(2019, 10, 1)): "lemma-megersa",
    ("defence minister", "ETH", date(2021, 1, 1)): "kenea-yadeta",
    ("defence minister", "ETH", date(2023, 1, 1)): "abraham-belay",
    ("defence minister", "ETH", date(2025, 1, 1)): "aisha-mohammed-ethiopia",
    ("foreign minister", "SDN", date(2023, 1, 1)): "ali-al-sadiq",
    ("foreign minister", "SDN", date(2024, 8, 1)): "hussein-awad-ali",
    ("defence minister", "SDN", date(2017, 1, 1)): "ahmed-awad-ibn-auf",
    ("foreign minister", "SSD", date(2012, 6, 1)): "nhial-deng-nhial",
    ("foreign minister", "SSD", date(2017, 1, 1)): "deng-alor",
    ("foreign minister", "SSD", date(2019, 1, 1)): "nhial-deng-nhial",
    ("foreign minister", "SSD", date(2019, 12, 1)): "awut-deng-acuil",
    ("foreign minister", "SSD", date(2021, 1, 1)): "beatrice-wani-noah",
    ("foreign minister", "SSD", date(2022, 6, 1)): "mayiik-ayii-deng",
    ("interior minister", "UGA", date(2006, 1, 1)): "ruhakana-rugunda",
    ("interior minister", "UGA", date(2014, 1, 1)): "aronda-nyakairima",
    ("defence minister", "UGA", date(2010, 1, 1)): "crispus-kiyonga",
    ("defence minister", "TZA", date(2017, 1, 1)): "hussein-mwinyi",
    ("defence minister", "TZA", date(2021, 3, 1)): "elias-kwandikwa",
    ("defence minister", "TZA", date(2022, 3, 1)): "stergomena-tax",
    ("defence minister", "TZA", date(2023, 3, 1)): "innocent-bashungwa",
    ("defence minister", "TZA", date(2024, 3, 1)): "stergomena-tax",
    ("interior minister", "TZA", date(2021, 1, 1)): "george-simbachawene",
    ("interior minister", "RWA", date(2020, 1, 1)): "patrick-nyamvumba",
    ("interior minister", "RWA", date(2023, 1, 1)): "alfred-gasana",
    ("defence minister", "RWA", date(2005, 1, 1)): "marcel-gatsinzi",
    ("foreign minister", "RWA", date(2005, 1, 1)): "charles-murigande",
    ("foreign minister", "BDI", date(2016, 1, 1)): "alain-aime-nyamitwe",
    ("foreign minister", "BDI", date(2019, 1, 1)): "ezechiel-nibigira",
    ("interior minister", "ZWE", date(2005, 1, 1)): "kembo-mohadi",
    ("foreign minister", "ZMB", date(2016, 1, 1)): "harry-kalaba",
    ("foreign minister", "ZMB", date(2019, 1, 1)): "joseph-malanji",
    ("foreign minister", "ZMB", date(2022, 1, 1)): "stanley-kakubo",
    ("foreign minister", "ZMB", date(2025, 1, 1)): "mulambo-haimbe",
    ("defence minister", "ZMB", date(2023, 1, 1)): "ambrose-lufuma",
    ("interior minister", "ZMB", date(2023, 1, 1)): "jack-mwiimbu",
    ("foreign minister", "MWI", date(2021, 1, 1)): "eisenhower-mkaka",
    ("foreign minister", "MWI", date(2023, 6, 1)): "nancy-tembo",
    ("interior minister", "MWI", date(2022, 6, 1)): "jean-sendeza",
    ("foreign minister", "NAM", date(2007, 1, 1)): "marco-hausiku",
    ("foreign minister", "NAM", date(2018, 1, 1)): "netumbo-nandi-ndaitwah",
    ("foreign minister", "NAM", date(2024, 9, 1)): "peya-mushelenga",
    ("foreign minister", "NAM", date(2025, 6, 1)): "selma-ashipala-musavyi",
    ("defence minister", "MOZ", date(2010, 1, 1)): "filipe-nyusi",
    ("defence minister", "MOZ", date(2014, 9, 1)): "agostinho-mondlane",
    ("defence minister", "MOZ", date(2017, 1, 1)): "atanasio-mtumuke",
    ("defence minister", "MOZ", date(2021, 1, 1)): "jaime-neto",
    ("defence minister", "MOZ", date(2023, 1, 1)): "cristovao-chume",
    ("interior minister", "MOZ", date(2017, 1, 1)): "jaime-basilio-monteiro",
    ("interior minister", "MOZ", date(2021, 1, 1)): "amade-miquidade",
    ("interior minister", "MOZ", date(2023, 1, 1)): "arsenia-massingue",
    ("interior minister", "MOZ", date(2025, 6, 1)): "paulo-chachine",
    ("foreign minister", "AGO", date(2019, 1, 1)): "manuel-augusto",
    ("foreign minister", "AGO", date(2023, 1, 1)): "tete-antonio",
    ("defence minister", "AGO", date(2023, 1, 1)): "joao-ernesto-dos-santos",
    ("defence minister", "DJI", date(2018, 1, 1)): "ali-hassan-bahdon",
    ("defence minister", "DJI", date(2022, 1, 1)): "hassan-omar-mohamed-bourhan",
    ("interior minister", "KEN", date(2025, 3, 1)): "kipchumba-murkomen",
    ("defence minister", "MUS", date(2010, 1, 1)): "navin-ramgoolam",
    ("interior minister", "MUS", date(2020, 1, 1)): "pravind-jugnauth",
    ("interior minister", "MUS", date(2025, 3, 1)): "navin-ramgoolam",
    ("foreign minister", "MUS", date(2025, 3, 1)): "dhananjay-ramful",
    ("defence minister", "BWA", date(2022, 1, 1)): "kagiso-mmusi",
    ("foreign minister", "SYC", date(2022, 1, 1)): "sylvestre-radegonde",
    ("foreign minister", "SWZ", date(2020, 1, 1)): "thulisile-dladla",
    ("foreign minister", "SWZ", date(2024, 6, 1)): "pholile-shakantu",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_corrected_spells(kb: KnowledgeBase) -> None:
    """Deng Alor was Sudan's foreign minister from October 2007 (not December) and South
    Sudan's from 2016 to 2018 (not 2011-13); el-Dirdiri Mohamed Ahmed from May 2018; Vincent
    Biruta Rwanda's to June 2024 (not December 2023), Olivier Nduhungirehe from then."""
    assert holder_ids(kb, "foreign minister", "SDN", date(2007, 11, 1)) == {"deng-alor"}
    assert "deng-alor" not in holder_ids(kb, "foreign minister", "SSD", date(2012, 6, 1))
    assert holder_ids(kb, "foreign minister", "SDN", date(2018, 5, 20)) == {"dirdiri-mohamed-ahmed"}
    assert holder_ids(kb, "foreign minister", "RWA", date(2024, 3, 1)) == {"vincent-biruta"}
    assert holder_ids(kb, "foreign minister", "RWA", date(2024, 7, 1)) == {"olivier-nduhungirehe"}


def test_no_bare_surname_taken(kb: KnowledgeBase) -> None:
    """Mariam al-Sadiq al-Mahdi keeps "Sadiq"; the common names the new ministers carry as
    inverted forms stay nobody's."""

    assert alias_ids(kb, "Sadiq") == {"mariam-al-sadiq-al-mahdi"}
    assert alias_ids(kb, "Ali al-Sadiq") == {"ali-al-sadiq"}
    assert set(kb.sharing("Lam")) == {"carrie-lam", "to-lam"}
    # kbafrE16 adds Malawi's Etta Banda and Richard Chimwendo Banda to the shared "Banda"
    assert {"joyce-banda", "rupiah-banda"} <= set(kb.sharing("Banda"))
    assert alias_ids(kb, "dos Santos") == set()
    assert "jaime-basilio-monteiro" in kb.sharing("Monteiro")
    assert "pholile-shakantu" not in kb.sharing("Dlamini")
    common = ["Mohammed", "Belay", "Awad", "Deng", "Wani", "Mussa", "Nyamitwe", "Neto", "Santos"]
    for word in common:
        assert not alias_ids(kb, word), word
