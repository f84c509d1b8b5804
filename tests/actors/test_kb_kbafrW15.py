"""Foreign, defence and interior ministers of West and Central Africa (issue 14, kbafrW15, a
fourth pass checked against stored public pages).

Each spell was read from stored copies of public pages (docs/actors.md, "the kbafrW15
pass"); these tests name the holder on a day inside each new spell, check the handover days,
and that the new ministers took no bare surname from anyone.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    ("foreign minister", "CIV", date(2001, 6, 1)): "aboudramane-sangare",
    ("foreign minister", "CIV", date(2004, 6, 1)): "mamadou-bamba",
    ("interior minister", "CIV", date(2001, 6, 1)): "emile-boga-doudou",
    ("interior minister", "CIV", date(2009, 6, 1)): "desire-tagro",
    ("defence minister", "CIV", date(2001, 6, 1)): "moise-lida-kouassi",
    ("defence minister", "CIV", date(2004, 6, 1)): "rene-amani",
    ("defence minister", "CIV", date(2006, 6, 1)): "rene-aphing-kouassi",
    ("defence minister", "CIV", date(2009, 6, 1)): "michel-amani-nguessan",
    ("defence minister", "CIV", date(2011, 9, 1)): "guillaume-soro",
    ("defence minister", "CIV", date(2014, 6, 1)): "paul-koffi-koffi",
    ("defence minister", "CIV", date(2016, 6, 1)): "alain-richard-donwahi",
    ("foreign minister", "CIV", date(2020, 9, 1)): "ally-coulibaly",
    ("foreign minister", "GHA", date(2000, 6, 1)): "james-victor-gbeho",
    ("foreign minister", "GHA", date(2002, 6, 1)): "hackman-owusu-agyemang",
    ("interior minister", "GHA", date(2004, 6, 1)): "hackman-owusu-agyemang",
    ("defence minister", "GHA", date(2004, 6, 1)): "kwame-addo-kufuor",
    ("interior minister", "GHA", date(2008, 9, 1)): "kwame-addo-kufuor",
    ("defence minister", "GHA", date(2013, 6, 1)): "mark-woyongo",
    ("interior minister", "GHA", date(2015, 6, 1)): "mark-woyongo",
    ("interior minister", "GHA", date(2013, 6, 1)): "kwesi-ahwoi",
    ("defence minister", "GHA", date(2015, 6, 1)): "benjamin-kunbuor",
    ("interior minister", "GHA", date(2024, 6, 1)): "henry-quartey",
    ("interior minister", "GHA", date(2025, 3, 1)): "muntaka-mubarak",
    ("foreign minister", "GIN", date(2014, 6, 1)): "francois-lonseny-fall",
    ("foreign minister", "GIN", date(2016, 6, 1)): "makale-camara",
    ("foreign minister", "GIN", date(2019, 6, 1)): "mamadi-toure",
    ("foreign minister", "GIN", date(2021, 6, 1)): "ibrahima-khalil-kaba",
    ("defence minister", "GIN", date(2018, 6, 1)): "mohamed-diane",
    ("defence minister", "GIN", date(2023, 6, 1)): "aboubacar-sidiki-camara",
    ("defence minister", "CAF", date(2015, 6, 1)): "marie-noelle-koyara",
    ("defence minister", "CAF", date(2016, 1, 1)): "joseph-bidoumi",
    ("defence minister", "CAF", date(2017, 1, 1)): "joseph-yakete",
    ("defence minister", "CAF", date(2019, 6, 1)): "marie-noelle-koyara",
    ("defence minister", "CAF", date(2023, 6, 1)): "rameaux-claude-bireau",
    ("foreign minister", "TGO", date(2004, 6, 1)): "kokou-tozoun",
    ("foreign minister", "TGO", date(2012, 6, 1)): "elliott-ohin",
    ("defence minister", "TGO", date(2006, 6, 1)): "kpatcha-gnassingbe",
    ("defence minister", "TGO", date(2015, 6, 1)): "faure-gnassingbe",
    ("defence minister", "TGO", date(2021, 6, 1)): "marguerite-gnakade",
    ("foreign minister", "BEN", date(2010, 1, 1)): "jean-marie-ehouzou",
    ("foreign minister", "BEN", date(2013, 1, 1)): "nassirou-bako-arifari",
    ("foreign minister", "BEN", date(2016, 1, 1)): "saliou-akadiri",
    ("defence minister", "BEN", date(2016, 9, 1)): "candide-azannai",
    ("interior minister", "BEN", date(2018, 1, 1)): "sacca-lafia",
    ("interior minister", "BEN", date(2024, 1, 1)): "alassane-seidou",
    ("foreign minister", "GNB", date(2018, 9, 1)): "joao-ribeiro-butiam-co",
    ("foreign minister", "GNB", date(2019, 9, 1)): "suzi-barbosa",
    ("defence minister", "GNB", date(2018, 9, 1)): "eduardo-costa-sanha",
    ("defence minister", "GNB", date(2019, 9, 1)): "luis-melo-gnb",
    ("interior minister", "GNB", date(2018, 9, 1)): "mutaro-djalo",
    ("interior minister", "GNB", date(2019, 9, 1)): "juliano-augusto-fernandes",
    ("foreign minister", "GNQ", date(2008, 1, 1)): "pastor-micha-ondo-bile",
    ("foreign minister", "GNQ", date(2015, 1, 1)): "agapito-mba-mokuy",
    ("foreign minister", "CPV", date(2018, 1, 1)): "luis-filipe-tavares",
    ("defence minister", "CPV", date(2018, 1, 1)): "luis-filipe-tavares",
    ("foreign minister", "CPV", date(2022, 1, 1)): "rui-figueiredo-soares",
    ("defence minister", "CPV", date(2021, 3, 1)): "rui-figueiredo-soares",
    ("foreign minister", "CPV", date(2025, 3, 1)): "jose-filomeno-monteiro",
    ("foreign minister", "STP", date(2017, 6, 1)): "urbino-botelho",
    ("defence minister", "STP", date(2017, 6, 1)): "arlindo-ramos",
    ("interior minister", "STP", date(2017, 6, 1)): "arlindo-ramos",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_handovers(kb: KnowledgeBase) -> None:
    """Côte d'Ivoire: the Diarra government's first council (2003-03-13) passes the foreign
    ministry from Sangaré to Bamba; Boga Doudou was killed on 2002-09-19 and his ministry
    stays empty after; the months of the two rival governments (December 2010 to May 2011)
    have no defence minister."""
    assert holder_ids(kb, "foreign minister", "CIV", date(2003, 3, 12)) == {"aboudramane-sangare"}
    assert holder_ids(kb, "foreign minister", "CIV", date(2003, 3, 13)) == {"mamadou-bamba"}
    assert holder_ids(kb, "interior minister", "CIV", date(2002, 9, 18)) == {"emile-boga-doudou"}
    assert holder_ids(kb, "interior minister", "CIV", date(2002, 9, 19)) == set()
    assert holder_ids(kb, "defence minister", "CIV", date(2011, 2, 1)) == set()


def test_ivorian_corrections(kb: KnowledgeBase) -> None:
    """Côte d'Ivoire: Mabri was dismissed on 2016-11-25 and Amon-Tanoh held the foreign
    ministry from that day (the KB had July 2017 for both); the reshuffle of 2017-07-19 moved
    Hamed Bakayoko from the interior to defence, in Donwahi's place, and brought in Sidiki
    Diakité, whose spell ends with the split of the ministry on 2019-09-04 (the KB had April
    2021)."""
    assert holder_ids(kb, "foreign minister", "CIV", date(2016, 11, 24)) == {
        "albert-toikeusse-mabri"
    }
    assert holder_ids(kb, "foreign minister", "CIV", date(2017, 3, 1)) == {"marcel-amon-tanoh"}
    assert holder_ids(kb, "defence minister", "CIV", date(2017, 7, 18)) == {"alain-richard-donwahi"}
    assert holder_ids(kb, "defence minister", "CIV", date(2017, 7, 19)) == {"hamed-bakayoko"}
    assert holder_ids(kb, "interior minister", "CIV", date(2017, 7, 18)) == {"hamed-bakayoko"}
    assert holder_ids(kb, "interior minister", "CIV", date(2017, 7, 19)) == {"sidiki-diakite"}
    # the ministry of the interior and security split on 2019-09-04: Diakité's spell ends,
    # and nobody holds the title until Diomandé's confirmation on 2021-04-06
    assert holder_ids(kb, "interior minister", "CIV", date(2019, 9, 3)) == {"sidiki-diakite"}
    assert holder_ids(kb, "interior minister", "CIV", date(2020, 6, 1)) == set()
    assert holder_ids(kb, "interior minister", "CIV", date(2021, 4, 6)) == {"vagondo-diomande"}
    # Amon-Tanoh resigned on 2020-03-19; Ally Coulibaly held the ministry from the next day
    assert holder_ids(kb, "foreign minister", "CIV", date(2020, 3, 20)) == {"ally-coulibaly"}
    assert holder_ids(kb, "foreign minister", "CIV", date(2021, 4, 6)) == {"kandia-camara"}


def test_ghana_corrections(kb: KnowledgeBase) -> None:
    """Ghana: the reshuffle of 2024-02-14 moved Ambrose Dery out of the interior (the KB had
    January 2025) and Henry Quartey in; the reshuffle of 2011-01-04 moved Martin Amidu from
    the interior and Benjamin Kunbuor into it; Woyongo left the interior on 2016-01-19."""
    assert holder_ids(kb, "interior minister", "GHA", date(2024, 2, 13)) == {"ambrose-dery"}
    assert holder_ids(kb, "interior minister", "GHA", date(2024, 2, 14)) == {"henry-quartey"}
    assert holder_ids(kb, "interior minister", "GHA", date(2011, 1, 3)) == {"martin-amidu"}
    assert holder_ids(kb, "interior minister", "GHA", date(2011, 1, 4)) == {"benjamin-kunbuor"}
    # Woyongo's successor, Prosper Bani (2016-01-19), added by the kbafrW20 pass
    assert holder_ids(kb, "interior minister", "GHA", date(2016, 6, 1)) == {"prosper-douglas-bani"}


def test_guinea_handovers(kb: KnowledgeBase) -> None:
    """Guinea: the decree of 2017-08-22 replaces Makalé Camara by Mamadi Touré; the coup of
    2021-09-05 ends Kaba's and Diané's spells, and nobody holds either office until the
    junta's appointments (Camara at defence from 2021-10-21)."""
    assert holder_ids(kb, "foreign minister", "GIN", date(2017, 8, 21)) == {"makale-camara"}
    assert holder_ids(kb, "foreign minister", "GIN", date(2017, 8, 22)) == {"mamadi-toure"}
    assert holder_ids(kb, "foreign minister", "GIN", date(2021, 9, 20)) == set()
    assert holder_ids(kb, "defence minister", "GIN", date(2021, 9, 20)) == set()
    assert holder_ids(kb, "defence minister", "GIN", date(2025, 6, 1)) == {
        "aboubacar-sidiki-camara"
    }


def test_togo_defence(kb: KnowledgeBase) -> None:
    """Togo: the president held the defence ministry himself from the Mally government
    (2007-12-13) to Marguerite Gnakadè's appointment (2020-10-01); his second spell, from
    2022-12-22, left out by this pass, is in the KB since the kbafrW28 pass (the government
    of 2025-10-08 keeps the ministry attached to him); "Gnassingbé" stays Faure
    Gnassingbé's, though his brother Kpatcha is now in the KB."""
    assert holder_ids(kb, "defence minister", "TGO", date(2007, 12, 12)) == {"kpatcha-gnassingbe"}
    assert holder_ids(kb, "defence minister", "TGO", date(2007, 12, 13)) == {"faure-gnassingbe"}
    # kbafrW28: his second spell, from 2022-12-22 (was: nobody's)
    assert holder_ids(kb, "defence minister", "TGO", date(2023, 6, 1)) == {"faure-gnassingbe"}
    assert {h.actor_id for h in kb.lookup("Gnassingbé")} == {"faure-gnassingbe"}


def test_no_bare_surname_taken(kb: KnowledgeBase) -> None:
    """Common West African surnames, Lafia (a Nigerian city) and "Bile" (an English word) stay
    nobody's alias (the new ministers have inverted catalogue forms); "N'Guessan" stays no
    alias of Michel Amani N'Guessan (Pascal Affi N'Guessan's name) nor "Diane" Mohamed Diané's
    (an English given name); "Sangaré", "Touré", "Fall", "Camara" and "Coulibaly" are shared
    surnames that now include the new ministers of those names."""

    common = ("Kouassi", "Amani", "Koffi", "Bamba", "Doudou", "N'Guessan", "Diane", "Kaba")
    for surname in (*common, "Lafia", "Seidou", "Bile", "Soares", "Tavares"):
        assert not alias_ids(kb, surname), surname
    assert "aboudramane-sangare" in kb.sharing("Sangaré")
    assert "mamadi-toure" in kb.sharing("Touré")
    assert "francois-lonseny-fall" in kb.sharing("Fall")
    assert {"makale-camara", "aboubacar-sidiki-camara"} <= set(kb.sharing("Camara"))
    assert "ally-coulibaly" in kb.sharing("Coulibaly")
    # Eduardo Sanhá's full name (Eduardo Costa Sanhá) is no alias: "Costa" stays the shared
    # surname of António Costa and the others, not a given name
    assert "antonio-costa" in kb.sharing("Costa")
    assert "eduardo-costa-sanha" not in kb.sharing("Costa")
    assert alias_ids(kb, "Lida Kouassi") == {"moise-lida-kouassi"}
    assert alias_ids(kb, "Boga Doudou") == {"emile-boga-doudou"}
    assert alias_ids(kb, "Donwahi") == {"alain-richard-donwahi"}


def test_kufuor_stays_the_presidents(kb: KnowledgeBase) -> None:
    """Ghana: "Kufuor" stays John Kufuor's (by an alias), though his brother Kwame
    Addo-Kufuor's name ends in it; "Agyemang" is no one's alias."""

    assert alias_ids(kb, "Kufuor") == {"john-kufuor"}
    assert alias_ids(kb, "Addo-Kufuor") == {"kwame-addo-kufuor"}
    assert not alias_ids(kb, "Agyemang")
    assert alias_ids(kb, "Owusu-Agyemang") == {"hackman-owusu-agyemang"}
