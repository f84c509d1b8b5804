"""Ministers of East and Southern Africa, a tenth checked pass (issue 14, kbafrE21).

Each spell was read from stored copies of public pages (docs/actors.md, "the kbafrE21
pass"); these tests name the holder on a day inside each new spell, check the handovers,
the gaps left where pages give no day, and the names the pass added.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    ("defence minister", "SOM", date(2013, 6, 1)): "abdihakim-mohamed-haji-fiqi",
    ("interior minister", "SOM", date(2013, 6, 1)): "abdikarim-hussein-guled",
    ("defence minister", "SOM", date(2016, 1, 1)): "abdulkadir-sheikh-ali-diini",
    ("defence minister", "UGA", date(2000, 6, 1)): "yoweri-museveni",
    ("defence minister", "LSO", date(2013, 6, 1)): "tom-thabane",
    ("defence minister", "LSO", date(2018, 1, 1)): "sentje-lebona",
    ("defence minister", "LSO", date(2019, 6, 1)): "tefo-mapesela",
    ("defence minister", "LSO", date(2020, 1, 1)): "tom-thabane",
    ("interior minister", "MDG", date(2024, 3, 1)): "justin-tokely",
    ("interior minister", "MDG", date(2025, 3, 1)): "vololoniaina-nirintsoa-rahaja",
    ("interior minister", "DJI", date(2017, 1, 1)): "hassan-omar-mohamed-bourhan",
    ("interior minister", "MWI", date(2024, 6, 1)): "ken-zikhale-ngoma",
    ("interior minister", "MWI", date(2025, 6, 1)): "ezekiel-peter-chingoma",
    ("interior minister", "LSO", date(2020, 9, 1)): "motlalentoa-letsosa",
    ("interior minister", "LSO", date(2024, 6, 1)): "lebona-lephema",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_somalia_shirdon_cabinet(kb: KnowledgeBase) -> None:
    """Shirdon's cabinet of 2012-11-04 to Abdiweli Sheikh Ahmed's of 2014-01-17, which kept
    neither at his post; their successors are not coded."""
    assert not holder_ids(kb, "defence minister", "SOM", date(2012, 11, 3))
    assert holder_ids(kb, "defence minister", "SOM", date(2014, 1, 16)) == {
        "abdihakim-mohamed-haji-fiqi"
    }
    assert not holder_ids(kb, "defence minister", "SOM", date(2014, 1, 17))
    assert holder_ids(kb, "interior minister", "SOM", date(2012, 11, 4)) == {
        "abdikarim-hussein-guled"
    }
    assert not holder_ids(kb, "interior minister", "SOM", date(2014, 6, 1))
    # Diini from Sharmarke's cabinet (sworn in 2015-02-09) to September 2016 (his last page)
    assert not holder_ids(kb, "defence minister", "SOM", date(2015, 2, 8))
    assert holder_ids(kb, "defence minister", "SOM", date(2016, 9, 30)) == {
        "abdulkadir-sheikh-ali-diini"
    }
    assert not holder_ids(kb, "defence minister", "SOM", date(2016, 12, 1))


def test_uganda_defence_to_the_cabinet_of_2001(kb: KnowledgeBase) -> None:
    """Museveni held defence from 1986 to the cabinet endorsed on 2001-07-19; his successor
    (2001 to 2006) was not coded here (Amama Mbabazi, from 2001-07-25, is coded since the
    kbafrE30 pass: tests/actors/test_kb_kbafrE30.py)."""
    assert holder_ids(kb, "defence minister", "UGA", date(2001, 7, 18)) == {"yoweri-museveni"}
    assert not holder_ids(kb, "defence minister", "UGA", date(2001, 7, 19))
    # (kbafrE30) the day below now names Mbabazi
    assert holder_ids(kb, "defence minister", "UGA", date(2003, 6, 1)) == {"amama-mbabazi"}


def test_lesotho_defence_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Thabane from July 2012 to 2015-03-17, the weeks to Mokhosi (May 2015) uncoded, Mokhosi
    to the end of Mosisili's government (2017-06-16); Lebona from July 2017 to his
    resignation (2018-09-13); the vacancy and Mapesela's December 2018 swearing-in (day not
    read) uncoded; Mapesela to the reshuffle of 2019-10-03, Thabane from then to the end of
    his premiership, Maliehe the next day."""
    assert not holder_ids(kb, "defence minister", "LSO", date(2012, 6, 15))
    assert holder_ids(kb, "defence minister", "LSO", date(2015, 3, 16)) == {"tom-thabane"}
    assert not holder_ids(kb, "defence minister", "LSO", date(2015, 4, 1))
    assert holder_ids(kb, "defence minister", "LSO", date(2017, 6, 15)) == {"tseliso-mokhosi"}
    assert not holder_ids(kb, "defence minister", "LSO", date(2017, 6, 30))
    assert holder_ids(kb, "defence minister", "LSO", date(2018, 9, 12)) == {"sentje-lebona"}
    assert not holder_ids(kb, "defence minister", "LSO", date(2018, 11, 1))
    assert holder_ids(kb, "defence minister", "LSO", date(2019, 10, 2)) == {"tefo-mapesela"}
    assert holder_ids(kb, "defence minister", "LSO", date(2019, 10, 3)) == {"tom-thabane"}
    assert holder_ids(kb, "defence minister", "LSO", date(2020, 5, 19)) == {"tom-thabane"}
    assert holder_ids(kb, "defence minister", "LSO", date(2020, 5, 21)) == {"prince-maliehe"}


def test_lesotho_home_affairs(kb: KnowledgeBase) -> None:
    """Letsosa from Majoro's cabinet (2020-05-21) to the last page naming him (2020-12-04);
    the months to Matekane's cabinet uncoded; Lephema from 2022-11-04, open."""
    assert not holder_ids(kb, "interior minister", "LSO", date(2020, 5, 20))
    assert holder_ids(kb, "interior minister", "LSO", date(2020, 5, 21)) == {"motlalentoa-letsosa"}
    assert not holder_ids(kb, "interior minister", "LSO", date(2021, 6, 1))
    assert holder_ids(kb, "interior minister", "LSO", date(2022, 11, 4)) == {"lebona-lephema"}


def test_malawi_homeland_security_handover(kb: KnowledgeBase) -> None:
    """Zikhale Ng'oma to the reshuffle of 2025-01-01, Ching'oma from it to the end of
    Chakwera's presidency (2025-10-04)."""
    assert holder_ids(kb, "interior minister", "MWI", date(2024, 12, 31)) == {"ken-zikhale-ngoma"}
    assert holder_ids(kb, "interior minister", "MWI", date(2025, 1, 1)) == {
        "ezekiel-peter-chingoma"
    }
    assert not holder_ids(kb, "interior minister", "MWI", date(2025, 10, 4))


def test_madagascar_interior_to_2025(kb: KnowledgeBase) -> None:
    """Tokely to his resignation before the election (the government of 2024-04-17), the
    interim months uncoded, Rahaja from the government of 2024-08-22 to its dissolution on
    2025-09-29."""
    assert holder_ids(kb, "interior minister", "MDG", date(2024, 4, 16)) == {"justin-tokely"}
    assert not holder_ids(kb, "interior minister", "MDG", date(2024, 6, 1))
    assert holder_ids(kb, "interior minister", "MDG", date(2024, 8, 22)) == {
        "vololoniaina-nirintsoa-rahaja"
    }
    assert not holder_ids(kb, "interior minister", "MDG", date(2025, 9, 29))


def test_namibia_defence_handovers_to_the_day(kb: KnowledgeBase) -> None:
    """Ya Ndakolo to the end of Geingob's first term (2020-03-21), Vilho from the cabinet of
    2020-03-22 to his resignation on 2021-04-06; the weeks to Kapofi (2021-04-22) uncoded."""
    assert holder_ids(kb, "defence minister", "NAM", date(2020, 3, 15)) == {"penda-ya-ndakolo"}
    assert holder_ids(kb, "defence minister", "NAM", date(2020, 3, 22)) == {"peter-vilho"}
    assert holder_ids(kb, "defence minister", "NAM", date(2021, 4, 5)) == {"peter-vilho"}
    assert not holder_ids(kb, "defence minister", "NAM", date(2021, 4, 10))
    assert holder_ids(kb, "defence minister", "NAM", date(2021, 4, 22)) == {"frans-kapofi"}


def test_djibouti_interior_from_2016(kb: KnowledgeBase) -> None:
    """Hassan Omar Mohamed Bourhan from the first page naming him at the interior (2016-06-25);
    the months before, in the government of 2016-05-12, stay uncoded."""
    assert not holder_ids(kb, "interior minister", "DJI", date(2016, 6, 1))
    assert holder_ids(kb, "interior minister", "DJI", date(2016, 6, 25)) == {
        "hassan-omar-mohamed-bourhan"
    }


@pytest.mark.parametrize(
    ("name", "actor"),
    [
        ("Sentje Lebona", "sentje-lebona"),
        ("Tefo Mapesela", "tefo-mapesela"),
        ("Mapesela", "tefo-mapesela"),
        ("Rahaja Vololoniaina Nirintsoa", "vololoniaina-nirintsoa-rahaja"),
        ("Motlalentoa Letsosa", "motlalentoa-letsosa"),
        ("Letsosa", "motlalentoa-letsosa"),
        ("Lebona Lephema", "lebona-lephema"),
        ("Lephema", "lebona-lephema"),
        ("Abdihakim Fiqi", "abdihakim-mohamed-haji-fiqi"),
        ("Abdikarim Hussein Guled", "abdikarim-hussein-guled"),
        ("Guled", "abdikarim-hussein-guled"),
        ("Fiqi", "ahmed-moalim-fiqi"),
        ("Ezekiel Peter Ching'oma", "ezekiel-peter-chingoma"),
        ("Ching'oma", "ezekiel-peter-chingoma"),
        ("Abdulkadir Diini", "abdulkadir-sheikh-ali-diini"),
        ("Diini", "abdulkadir-sheikh-ali-diini"),
        ("Dini", "lamberto-dini"),
    ],
)
def test_new_names_resolve(kb: KnowledgeBase, name: str, actor: str) -> None:
    assert alias_ids(kb, name) == {actor}


def test_fiqi_and_dini_keep_one_owner_each(kb: KnowledgeBase) -> None:
    """Ahmed Moalim Fiqi keeps the bare "Fiqi" by an alias: Abdihakim Fiqi does not make it
    a shared surname; "Dini" stays Lamberto Dini's (the Somali minister is named Diini)."""
    assert kb.sharing("Fiqi") == ()
    assert kb.sharing("Dini") == ()


def test_a_given_name_stays_no_ones_key(kb: KnowledgeBase) -> None:
    """Sentje Lebona's surname is Lebona Lephema's given name: not a bare key."""
    assert alias_ids(kb, "Lebona") == set()
