"""Ministers since 2000 of Central and East Africa, the cells closest to 95%, a checked pass
(issue 14, kbafrE39): Sudan's acting foreign minister Omer Gamar Eldin (2020-07-09 to February
2021) and al-Tarifi Idris's interior spell carried to Hamdok's cabinet of 2021-02-08; Kenya's
acting internal security minister Mohamed Yusuf Haji (2012-06-18 to 2012-09-20); São Tomé and
Príncipe's foreign ministers Patrice Trovoada (September 2001 to February 2002, Joaquim Rafael
Branco's end refined to meet him), Ovídio Pequeno (2004-03-30 to 2006-01-16) and Óscar Sousa
(acting, January to April 2006), and Edite Ten Jua's spell carried to the XVIII government
(2022-11-14); read from stored copies of public pages (docs/actors.md, "the kbafrE39 pass"); a
day inside each new spell, the handover days, the gaps left open and the names.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    ("foreign minister", "SDN", date(2020, 10, 14)): "omer-gamar-eldin",
    ("interior minister", "SDN", date(2020, 10, 22)): "al-tarifi-idris",
    ("interior minister", "KEN", date(2012, 8, 1)): "mohamed-yusuf-haji",
    ("foreign minister", "STP", date(2001, 12, 1)): "patrice-trovoada",
    ("foreign minister", "STP", date(2005, 1, 1)): "ovidio-pequeno",
    ("foreign minister", "STP", date(2006, 3, 1)): "oscar-sousa",
    ("foreign minister", "STP", date(2022, 6, 1)): "edite-ten-jua",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_sudan_foreign_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Asma Mohamed Abdalla's month (July 2020) shares the days of July with Gamar Eldin from
    Hamdok's decision of 2020-07-09; Gamar Eldin to Mariam al-Sadiq al-Mahdi's month (February
    2021); the gaps of 2005-07 (Lam Akol, left out), mid-2019 and after the coup of
    2021-10-25 stay open."""
    sdn = "SDN"
    assert holder_ids(kb, "foreign minister", sdn, date(2020, 7, 8)) == {"asma-mohamed-abdalla"}
    assert "omer-gamar-eldin" in holder_ids(kb, "foreign minister", sdn, date(2020, 7, 9))
    assert holder_ids(kb, "foreign minister", sdn, date(2020, 8, 1)) == {"omer-gamar-eldin"}
    assert holder_ids(kb, "foreign minister", sdn, date(2021, 1, 31)) == {"omer-gamar-eldin"}
    assert "mariam-al-sadiq-al-mahdi" in holder_ids(kb, "foreign minister", sdn, date(2021, 2, 1))
    assert holder_ids(kb, "foreign minister", sdn, date(2021, 3, 1)) == {"mariam-al-sadiq-al-mahdi"}
    assert holder_ids(kb, "foreign minister", sdn, date(2006, 6, 1)) == set()
    assert holder_ids(kb, "foreign minister", sdn, date(2019, 7, 1)) == set()
    assert holder_ids(kb, "foreign minister", sdn, date(2021, 12, 1)) == set()


def test_sudan_interior_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """al-Tarifi Idris in office through the reshuffle of July 2020 to Hamdok's cabinet of
    2021-02-08 (Izz-Eddin al-Sheikh); Bushara Gumaa Aru's month of 2019 (under two months,
    left out), the months after the coup of 2019-04-11 and those after 2021-10-25 stay open."""
    sdn = "SDN"
    assert holder_ids(kb, "interior minister", sdn, date(2021, 2, 7)) == {"al-tarifi-idris"}
    assert holder_ids(kb, "interior minister", sdn, date(2021, 2, 8)) == {"izz-eddin-al-sheikh"}
    assert holder_ids(kb, "interior minister", sdn, date(2019, 3, 20)) == set()
    assert holder_ids(kb, "interior minister", sdn, date(2019, 6, 1)) == set()
    assert holder_ids(kb, "interior minister", sdn, date(2022, 6, 1)) == set()


def test_kenya_interior_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Saitoti to his death (2012-06-10); the week before the first page naming Haji acting
    (2012-06-18) stays empty; Haji to the reshuffle of 2012-09-20 (Metito); his defence spell
    untouched; the interior of 2001-02 (Sunkuli, not dated) stays empty."""
    ken = "KEN"
    assert holder_ids(kb, "interior minister", ken, date(2012, 6, 9)) == {"george-saitoti"}
    assert holder_ids(kb, "interior minister", ken, date(2012, 6, 14)) == set()
    assert holder_ids(kb, "interior minister", ken, date(2012, 6, 18)) == {"mohamed-yusuf-haji"}
    assert holder_ids(kb, "interior minister", ken, date(2012, 9, 19)) == {"mohamed-yusuf-haji"}
    assert holder_ids(kb, "interior minister", ken, date(2012, 9, 20)) == {"katoo-ole-metito"}
    assert holder_ids(kb, "defence minister", ken, date(2012, 8, 1)) == {"mohamed-yusuf-haji"}
    assert holder_ids(kb, "interior minister", ken, date(2002, 6, 1)) == set()


def test_sao_tome_foreign_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Branco to September 2001, Trovoada from that month to February 2002; Mateus Meira
    Rita's months (his start not read) and Óscar Sousa's fortnight of March 2004 stay empty;
    Pequeno from 2004-03-30 to his resignation of 2006-01-16; Sousa acting to April 2006; the
    ministers of May 2006 to June 2008 not coded; Edite Ten Jua to the XVIII government's oath
    of 2022-11-14 (Alberto Neto Pereira)."""
    stp = "STP"
    assert holder_ids(kb, "foreign minister", stp, date(2001, 6, 1)) == {"joaquim-rafael-branco"}
    assert holder_ids(kb, "foreign minister", stp, date(2002, 2, 15)) == {"patrice-trovoada"}
    assert holder_ids(kb, "foreign minister", stp, date(2002, 6, 1)) == set()
    assert holder_ids(kb, "foreign minister", stp, date(2004, 3, 20)) == set()
    assert holder_ids(kb, "foreign minister", stp, date(2004, 3, 30)) == {"ovidio-pequeno"}
    # Sousa's month (January 2006) shares the days before Pequeno's resignation
    assert "ovidio-pequeno" in holder_ids(kb, "foreign minister", stp, date(2006, 1, 15))
    assert holder_ids(kb, "foreign minister", stp, date(2006, 1, 16)) == {"oscar-sousa"}
    assert holder_ids(kb, "foreign minister", stp, date(2006, 2, 1)) == {"oscar-sousa"}
    assert holder_ids(kb, "foreign minister", stp, date(2006, 4, 30)) == {"oscar-sousa"}
    assert holder_ids(kb, "foreign minister", stp, date(2007, 1, 1)) == set()
    assert holder_ids(kb, "foreign minister", stp, date(2022, 11, 13)) == {"edite-ten-jua"}
    assert holder_ids(kb, "foreign minister", stp, date(2022, 11, 14)) == {"alberto-neto-pereira"}
    # Óscar Sousa's defence and interior spells of 2012-14 and 2018-21 untouched
    assert holder_ids(kb, "defence minister", stp, date(2019, 6, 1)) == {"oscar-sousa"}


def test_names(kb: KnowledgeBase) -> None:
    """Gamar Eldin's spellings resolve to him; "Ismail" stays no one's alone (his full name
    with it is left out), and "Omer", "Omar", "Gamar" and "Haji" are no one's bare surname;
    Ovídio Pequeno resolves by his full name, "Pequeno" (written in catalogue order) is no
    one's alone."""
    for name in (
        "Omer Gamar Eldin",
        "Omer Gamar-Eddin",
        "Omar Gamar-Eddin",
        "Omar Gamareldin",
        "Omar Gamaredeen",
        "Gamar-Eddin",
        "Gamareldin",
    ):
        assert alias_ids(kb, name) == {"omer-gamar-eldin"}, name
    assert alias_ids(kb, "Yusuf Haji") == {"mohamed-yusuf-haji"}
    for word in ("Ismail", "Omer", "Omar", "Gamar", "Haji", "Pequeno", "Ovídio"):
        assert not alias_ids(kb, word), word
    assert set(kb.sharing("Ismail")) == set()
    assert alias_ids(kb, "Ovídio Pequeno") == {"ovidio-pequeno"}
    assert alias_ids(kb, "Ovidio Pequeno") == {"ovidio-pequeno"}
    assert alias_ids(kb, "Patrice Trovoada") == {"patrice-trovoada"}
