"""Foreign, defence and interior ministers of West and Central Africa (issue 14, kbafrW20, an
eighth pass checked against stored public pages).

Each spell was read from stored copies of public pages (docs/actors.md, "the kbafrW20
pass"); these tests name the holder on a day inside each new spell, check the handover days
of the spells dated or corrected, and that the new people took no bare surname that is a
common word or a shared name.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    ("interior minister", "GHA", date(2001, 8, 1)): "malik-alhassan-yakubu",
    ("interior minister", "GHA", date(2012, 5, 1)): "william-kwasi-aboah",
    ("interior minister", "GHA", date(2016, 6, 1)): "prosper-douglas-bani",
    ("defence minister", "GAB", date(2010, 6, 1)): "angelique-ngoma",
    ("defence minister", "GAB", date(2012, 6, 1)): "rufin-pacome-ondzounga",
    ("defence minister", "GAB", date(2014, 6, 1)): "ernest-mpouho-epigat",
    ("defence minister", "GAB", date(2016, 1, 1)): "mathias-otounga-ossibadjouo",
    ("defence minister", "GAB", date(2018, 1, 1)): "etienne-massard-kabinga-makaga",
    ("interior minister", "GAB", date(2011, 6, 1)): "jean-francois-ndongou",
    ("interior minister", "GAB", date(2014, 6, 1)): "guy-bertrand-mapangou",
    ("interior minister", "GAB", date(2016, 1, 1)): "pacome-moubelet-boubeya",
    ("defence minister", "NER", date(2016, 7, 1)): "hassoumi-massoudou",
    ("interior minister", "NER", date(2010, 9, 1)): "ousmane-cisse-ner",
    ("foreign minister", "LBR", date(2011, 6, 1)): "toga-gayewea-mcintosh",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_ghana_interior_handovers(kb: KnowledgeBase) -> None:
    """Ghana: Cletus Avoka sworn in on 2009-02-13 (the interim weeks before left out), Martin
    Amidu from the reshuffle of 2010-01-25 (the KB had the years 2009-10 and 2010-11, two
    holders through 2010), Benjamin Kunbuor to 2012-01-19 (the KB had all of 2012), William
    Kwasi Aboah from 2012-02-23; Prosper Bani from 2016-01-19 to 2017-01-07."""
    gha = "GHA"
    assert holder_ids(kb, "interior minister", gha, date(2009, 1, 20)) == set()
    assert holder_ids(kb, "interior minister", gha, date(2009, 2, 13)) == {"cletus-avoka"}
    assert holder_ids(kb, "interior minister", gha, date(2010, 1, 24)) == {"cletus-avoka"}
    assert holder_ids(kb, "interior minister", gha, date(2010, 1, 25)) == {"martin-amidu"}
    assert holder_ids(kb, "interior minister", gha, date(2010, 6, 1)) == {"martin-amidu"}
    assert holder_ids(kb, "interior minister", gha, date(2012, 1, 18)) == {"benjamin-kunbuor"}
    assert holder_ids(kb, "interior minister", gha, date(2012, 2, 23)) == {"william-kwasi-aboah"}
    assert holder_ids(kb, "interior minister", gha, date(2012, 10, 1)) == set()
    assert holder_ids(kb, "interior minister", gha, date(2016, 1, 18)) == {"mark-woyongo"}
    assert holder_ids(kb, "interior minister", gha, date(2016, 1, 19)) == {"prosper-douglas-bani"}
    assert alias_ids(kb, "Prosper Bani") == {"prosper-douglas-bani"}
    assert alias_ids(kb, "Aboah") == {"william-kwasi-aboah"}
    assert holder_ids(kb, "interior minister", gha, date(2002, 3, 28)) == {"malik-alhassan-yakubu"}
    assert holder_ids(kb, "interior minister", gha, date(2002, 3, 29)) == set()
    assert not alias_ids(kb, "Yakubu")


def test_ghana_foreign_and_defence_dated(kb: KnowledgeBase) -> None:
    """Ghana: year- or month-only spells that overlapped a neighbour or began before the
    appointment, dated from the pages: Mumuni (reported sworn in on 2009-02-27), Botchwey
    (sworn in on 2017-01-28, after Tetteh's end), Ablakwa (sworn in on 2025-02-07, after
    Botchwey's end), Smith (February 2009, after the interim weeks), Nitiwul (to 2025-01-07)
    and Omane Boamah (February 2025, after his nomination of 2025-01-21); John Bani keeps the
    bare "Bani"."""
    gha = "GHA"
    assert holder_ids(kb, "foreign minister", gha, date(2009, 1, 20)) == set()
    assert holder_ids(kb, "foreign minister", gha, date(2009, 2, 27)) == {"muhammad-mumuni"}
    assert holder_ids(kb, "foreign minister", gha, date(2017, 1, 3)) == {"hanna-tetteh"}
    assert holder_ids(kb, "foreign minister", gha, date(2017, 1, 20)) == set()
    assert holder_ids(kb, "foreign minister", gha, date(2017, 1, 28)) == {
        "shirley-ayorkor-botchwey"
    }
    assert holder_ids(kb, "foreign minister", gha, date(2025, 1, 3)) == {"shirley-ayorkor-botchwey"}
    assert holder_ids(kb, "foreign minister", gha, date(2025, 2, 6)) == set()
    assert holder_ids(kb, "foreign minister", gha, date(2025, 2, 7)) == {"samuel-okudzeto-ablakwa"}
    assert holder_ids(kb, "defence minister", gha, date(2009, 1, 20)) == set()
    assert holder_ids(kb, "defence minister", gha, date(2009, 2, 15)) == {"joseph-henry-smith"}
    assert holder_ids(kb, "defence minister", gha, date(2025, 1, 6)) == {"dominic-nitiwul"}
    assert holder_ids(kb, "defence minister", gha, date(2025, 1, 20)) == set()
    assert holder_ids(kb, "defence minister", gha, date(2025, 2, 15)) == {"edward-omane-boamah"}
    assert alias_ids(kb, "Bani") == {"john-bani"}


def test_gabon_handovers(kb: KnowledgeBase) -> None:
    """Gabon: the governments of 2009-10-17 (Ngoma at defence), 2014-01 (Ona Ondo: Mpouho
    Epigat, Mapangou), 2015-09-11 (Otounga Ossibadjouo, Moubelet-Boubeya), 2016-10-02
    (Massard Kabinga Makaga; Moubelet-Boubeya to foreign affairs) and 2019-01-30 (Ossouka
    Raponda); Ndongou at the interior from 2009-06-19; "Ngoma" no one's bare alias."""
    gab = "GAB"
    assert holder_ids(kb, "defence minister", gab, date(2009, 10, 16)) == set()
    assert holder_ids(kb, "defence minister", gab, date(2009, 10, 17)) == {"angelique-ngoma"}
    assert holder_ids(kb, "defence minister", gab, date(2014, 1, 23)) == {"rufin-pacome-ondzounga"}
    assert holder_ids(kb, "defence minister", gab, date(2015, 9, 11)) == {
        "mathias-otounga-ossibadjouo"
    }
    assert holder_ids(kb, "defence minister", gab, date(2016, 9, 30)) == set()
    assert holder_ids(kb, "defence minister", gab, date(2019, 1, 29)) == {
        "etienne-massard-kabinga-makaga"
    }
    assert holder_ids(kb, "defence minister", gab, date(2019, 1, 30)) == {
        "rose-christiane-ossouka-raponda"
    }
    assert holder_ids(kb, "interior minister", gab, date(2009, 6, 19)) == {"jean-francois-ndongou"}
    assert holder_ids(kb, "interior minister", gab, date(2015, 9, 11)) == {
        "pacome-moubelet-boubeya"
    }
    assert holder_ids(kb, "interior minister", gab, date(2016, 10, 4)) == {"lambert-noel-matha"}
    assert holder_ids(kb, "foreign minister", gab, date(2016, 10, 2)) == {"pacome-moubelet-boubeya"}
    assert not alias_ids(kb, "Ngoma")
    assert not alias_ids(kb, "Makaga")
    assert alias_ids(kb, "Ndongou") == {"jean-francois-ndongou"}


def test_niger_handovers(kb: KnowledgeBase) -> None:
    """Niger: Massoudou from the interior to defence on 2016-04-11; the Bazoum government of
    2021-04-07 passes defence from Katambé to Indattou (the KB had April 2021 for both);
    Ousmane Cissé at the interior of the transition (2010-03-01 to 2011-04-21), with no bare
    "Cissé" or "Ousmane"."""
    ner = "NER"
    assert holder_ids(kb, "defence minister", ner, date(2016, 4, 11)) == {"hassoumi-massoudou"}
    assert holder_ids(kb, "interior minister", ner, date(2016, 4, 11)) == {"mohamed-bazoum"}
    assert holder_ids(kb, "defence minister", ner, date(2021, 4, 6)) == {"issoufou-katambe"}
    assert holder_ids(kb, "defence minister", ner, date(2021, 4, 7)) == {"alkassoum-indattou"}
    assert holder_ids(kb, "interior minister", ner, date(2011, 4, 20)) == {"ousmane-cisse-ner"}
    assert holder_ids(kb, "interior minister", ner, date(2011, 4, 21)) == {"abdou-labo"}
    assert "ousmane-cisse-ner" not in alias_ids(kb, "Cissé")
    assert "ousmane-cisse-ner" not in alias_ids(kb, "Ousmane")


def test_cameroon_territorial_administration_dated(kb: KnowledgeBase) -> None:
    """Cameroon: the month-only handovers at territorial administration (the KB had December
    2011 for Marafa's end and Sadi's start, March 2018 for Sadi's end and Atanga Nji's start)
    dated to the government of 2011-12-09 and the reshuffle of 2018-03-02."""
    cmr = "CMR"
    assert holder_ids(kb, "interior minister", cmr, date(2011, 12, 8)) == {"marafa-hamidou-yaya"}
    assert holder_ids(kb, "interior minister", cmr, date(2011, 12, 9)) == {"rene-emmanuel-sadi"}
    assert holder_ids(kb, "interior minister", cmr, date(2018, 3, 1)) == {"rene-emmanuel-sadi"}
    assert holder_ids(kb, "interior minister", cmr, date(2018, 3, 2)) == {"paul-atanga-nji"}


def test_liberia_mcintosh(kb: KnowledgeBase) -> None:
    """Liberia: Toga McIntosh between King-Akerele (to 2010-11-03) and Ngafuan (named on
    2012-01-19); "McIntosh" no one's bare alias."""
    lbr = "LBR"
    assert holder_ids(kb, "foreign minister", lbr, date(2010, 11, 20)) == set()
    assert holder_ids(kb, "foreign minister", lbr, date(2012, 1, 18)) == {"toga-gayewea-mcintosh"}
    assert holder_ids(kb, "foreign minister", lbr, date(2012, 1, 25)) == set()
    assert not alias_ids(kb, "McIntosh")
    assert alias_ids(kb, "Toga McIntosh") == {"toga-gayewea-mcintosh"}
