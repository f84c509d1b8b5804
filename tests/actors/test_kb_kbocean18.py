"""Defence, interior and foreign ministers of Timor-Leste and Oceania, a checked pass (issue 14,
kbocean18).

Each spell was read from stored copies of public pages (docs/actors.md, "the kbocean18
pass"); these tests name the holder on a day inside each new spell, check the handovers and
the gaps left open, and check that the pass took no word or shared name from anyone.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    ("interior minister", "TLS", date(2004, 6, 1)): "rogerio-lobato",
    ("defence minister", "TLS", date(2004, 6, 1)): "roque-rodrigues",
    ("interior minister", "TLS", date(2006, 10, 1)): "alcino-barris",
    ("defence minister", "TLS", date(2006, 10, 1)): "jose-ramos-horta",
    ("interior minister", "TLS", date(2016, 6, 1)): "longuinhos-monteiro",
    ("defence minister", "TLS", date(2018, 1, 1)): "agostinho-sequeira-somotxo",
    ("foreign minister", "FJI", date(2024, 6, 1)): "sitiveni-rabuka",
    ("foreign minister", "FJI", date(2026, 3, 1)): "sakiasi-ditoka",
    ("interior minister", "FJI", date(2023, 6, 1)): "pio-tikoduadua",
    ("defence minister", "FJI", date(2023, 6, 1)): "pio-tikoduadua",
    ("defence minister", "FJI", date(2025, 6, 1)): "pio-tikoduadua",
    ("police minister", "FJI", date(2025, 6, 1)): "ioane-naivalurua",
    ("defence minister", "PNG", date(2018, 6, 1)): "solan-mirisim",
    ("defence minister", "PNG", date(2020, 6, 1)): "saki-soloma",
    ("defence minister", "PNG", date(2021, 6, 1)): "solan-mirisim",
    ("police minister", "PNG", date(2020, 6, 1)): "bryan-kramer",
    ("police minister", "PNG", date(2023, 6, 1)): "peter-tsiamalili",
    ("police minister", "PNG", date(2026, 3, 1)): "john-pundari",
    ("foreign minister", "SLB", date(2004, 6, 1)): "laurie-chan",
    ("foreign minister", "SLB", date(2017, 6, 1)): "milner-tozaka",
    ("foreign minister", "SLB", date(2021, 6, 1)): "jeremiah-manele",
    ("foreign minister", "VUT", date(2017, 6, 1)): "bruno-leingkone",
    ("foreign minister", "VUT", date(2019, 6, 1)): "ralph-regenvanu",
    ("foreign minister", "TON", date(2002, 6, 1)): "tupou-vi",
    ("foreign minister", "TON", date(2007, 6, 1)): "sonatane-taumoepeau-tupou",
    ("foreign minister", "TON", date(2025, 6, 1)): "tupoutoa-ulukalala",
    ("defence minister", "TON", date(2025, 6, 1)): "tupoutoa-ulukalala",
    ("foreign minister", "KIR", date(2018, 6, 1)): "taneti-maamau",
    ("foreign minister", "NRU", date(2016, 6, 1)): "baron-waqa",
    ("foreign minister", "MHL", date(2010, 6, 1)): "john-silk",
    ("foreign minister", "MHL", date(2018, 6, 1)): "john-silk",
    ("foreign minister", "PLW", date(2019, 6, 1)): "faustina-rehuher-marugg",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_timor_leste_handovers(kb: KnowledgeBase) -> None:
    """Timor-Leste: Lobato and Rodrigues resign on 2006-06-01 and their successors are sworn
    in on 2006-06-03; the III government's (2007-05-19 to 2007-08-08) interior and defence
    ministers, Cirilo Cristóvão's years and the interim interior ministry of 2018-20 stay
    open; the VII government ends on 2018-06-22."""
    assert holder_ids(kb, "interior minister", "TLS", date(2006, 5, 31)) == {"rogerio-lobato"}
    assert holder_ids(kb, "interior minister", "TLS", date(2006, 6, 2)) == set()
    assert holder_ids(kb, "interior minister", "TLS", date(2006, 6, 3)) == {"alcino-barris"}
    assert holder_ids(kb, "defence minister", "TLS", date(2006, 6, 2)) == set()
    assert holder_ids(kb, "interior minister", "TLS", date(2007, 6, 1)) == set()
    assert holder_ids(kb, "defence minister", "TLS", date(2007, 6, 1)) == set()
    assert holder_ids(kb, "defence minister", "TLS", date(2007, 8, 8)) == {"xanana-gusmao"}
    # filled by kbasia35
    assert holder_ids(kb, "defence minister", "TLS", date(2016, 6, 1)) == {"cirilo-cristovao"}
    assert holder_ids(kb, "interior minister", "TLS", date(2017, 9, 15)) == set()
    assert holder_ids(kb, "defence minister", "TLS", date(2018, 6, 22)) == set()
    assert holder_ids(kb, "defence minister", "TLS", date(2018, 7, 9)) == {"filomeno-paixao"}


def test_fiji_handovers(kb: KnowledgeBase) -> None:
    """Fiji: Bainimarama's foreign ministry hands over to Rabuka's on 2022-12-24; the police
    leave the home affairs minister on 2024-12-01 and the prime minister's interim (under two
    months) stays open until the minister for policing of 2025-01-10."""
    assert holder_ids(kb, "foreign minister", "FJI", date(2022, 12, 23)) == {"frank-bainimarama"}
    assert holder_ids(kb, "foreign minister", "FJI", date(2022, 12, 24)) == {"sitiveni-rabuka"}
    assert holder_ids(kb, "foreign minister", "FJI", date(2026, 1, 19)) == {"sakiasi-ditoka"}
    assert holder_ids(kb, "interior minister", "FJI", date(2024, 11, 30)) == {"pio-tikoduadua"}
    assert holder_ids(kb, "interior minister", "FJI", date(2024, 12, 1)) == set()
    assert holder_ids(kb, "police minister", "FJI", date(2025, 1, 9)) == set()
    assert holder_ids(kb, "police minister", "FJI", date(2025, 1, 10)) == {"ioane-naivalurua"}


def test_papua_new_guinea_handovers(kb: KnowledgeBase) -> None:
    """Papua New Guinea: the Marape cabinet of 2019-06-07 gives defence to Soloma and the
    police to Kramer; the reshuffle of 2020-12-20 gives defence back to Mirisim; Fabian Pok's
    years, Jelta Wong's police ministry and William Onglo's stay open."""
    assert holder_ids(kb, "defence minister", "PNG", date(2019, 6, 6)) == {"solan-mirisim"}
    assert holder_ids(kb, "defence minister", "PNG", date(2019, 6, 7)) == {"saki-soloma"}
    assert holder_ids(kb, "defence minister", "PNG", date(2020, 12, 20)) == {"solan-mirisim"}
    assert holder_ids(kb, "defence minister", "PNG", date(2015, 6, 1)) == set()
    assert holder_ids(kb, "police minister", "PNG", date(2018, 6, 1)) == set()
    assert holder_ids(kb, "police minister", "PNG", date(2019, 6, 7)) == {"bryan-kramer"}
    assert holder_ids(kb, "police minister", "PNG", date(2021, 6, 1)) == set()


def test_solomon_islands_foreign_ministry(kb: KnowledgeBase) -> None:
    """Solomon Islands: Manele leaves the foreign ministry on his election as prime minister
    (2024-05-02), Agovaka is sworn in on 2024-05-07; the ministers of 2006-14 stay open."""
    assert holder_ids(kb, "foreign minister", "SLB", date(2024, 5, 1)) == {"jeremiah-manele"}
    assert holder_ids(kb, "foreign minister", "SLB", date(2024, 5, 3)) == set()
    assert holder_ids(kb, "foreign minister", "SLB", date(2024, 5, 7)) == {"peter-shanel-agovaka"}
    # filled by kbocean33 (William Haomae, 2007-12-22 to 2010-08-27)
    assert holder_ids(kb, "foreign minister", "SLB", date(2009, 6, 1)) == {"william-haomae"}


def test_tonga_and_vanuatu_foreign_ministries(kb: KnowledgeBase) -> None:
    """Tonga: Taumoepeau-Tupou succeeds the present king on 2004-08-24; the ministers of
    2009-14 and the vacancy of 2024 stay open. Vanuatu: the years before 2016 and after
    April 2020 stay open."""
    assert holder_ids(kb, "foreign minister", "TON", date(2004, 8, 23)) == {"tupou-vi"}
    assert holder_ids(kb, "foreign minister", "TON", date(2004, 8, 24)) == {
        "sonatane-taumoepeau-tupou"
    }
    # filled by kbpng34
    assert holder_ids(kb, "foreign minister", "TON", date(2012, 6, 1)) == {"lord-tuivakano"}
    assert holder_ids(kb, "foreign minister", "TON", date(2024, 6, 1)) == set()
    assert holder_ids(kb, "foreign minister", "VUT", date(2014, 6, 1)) == set()
    # filled by kbpng34
    assert holder_ids(kb, "foreign minister", "VUT", date(2021, 6, 1)) == {"marc-ati"}


def test_no_word_or_shared_name_taken(kb: KnowledgeBase) -> None:
    """Common surnames keep their catalogue forms: "Lobato", "Rodrigues", "Monteiro",
    "Kramer", "Chan" and "Silk" are nobody's bare alias; "Costa" stays a shared surname
    (Francisco da Costa Guterres, interior minister from 2023, is left out: his name would
    make it a given name) and "Wong" gains no Papua New Guinean claimant (Jelta Wong is left
    out)."""
    for word in ("Lobato", "Rodrigues", "Monteiro", "Kramer", "Chan", "Silk"):
        assert not alias_ids(kb, word), word
    assert not alias_ids(kb, "Guterres, Francisco da Costa")
    assert alias_ids(kb, "Rogério Lobato") == {"rogerio-lobato"}
    assert alias_ids(kb, "Somotxo") == {"agostinho-sequeira-somotxo"}
    assert alias_ids(kb, "Barris") == {"alcino-barris"}
    assert "longuinhos-monteiro" in kb.sharing("Monteiro")
    assert kb.sharing("Costa")
    assert alias_ids(kb, "Francisco Guterres") == {"francisco-guterres-lu-olo"}
    assert "jelta-wong" not in kb.sharing("Wong")
    assert alias_ids(kb, "Bryan Kramer") == {"bryan-kramer"}
    # "Peter Tsiamalili Jnr" is no alias: "Jnr" would become his bare surname
    assert not alias_ids(kb, "Jnr")
    assert not alias_ids(kb, "Jr")
    assert alias_ids(kb, "Peter Tsiamalili") == {"peter-tsiamalili"}
