"""Foreign, defence and interior ministers of West and Central Africa (issue 14, kbafrW21, a
ninth pass checked against stored public pages).

Each spell was read from stored copies of public pages (docs/actors.md, "the kbafrW21
pass"); these tests name the holder on a day inside each new spell, check the handover days,
and that the new people took no bare surname that is a given name or another person's.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    ("interior minister", "LBR", date(2012, 9, 1)): "blamo-nelson",
    ("interior minister", "LBR", date(2020, 1, 1)): "varney-sirleaf",
    ("interior minister", "LBR", date(2025, 3, 1)): "francis-nyumalin",
    ("interior minister", "GMB", date(2014, 6, 1)): "ousman-sonko-gmb",
    ("interior minister", "GMB", date(2018, 9, 1)): "ebrima-mballow",
    ("interior minister", "GMB", date(2022, 8, 1)): "seyaka-sonko",
    ("interior minister", "TCD", date(2018, 6, 1)): "ahmat-mahamat-bachir",
    ("defence minister", "GIN", date(2009, 6, 1)): "sekouba-konate",
    ("defence minister", "GIN", date(2013, 6, 1)): "alpha-conde",
    ("foreign minister", "MRT", date(2010, 6, 1)): "naha-mint-mouknass",
    ("foreign minister", "MRT", date(2012, 6, 1)): "hamadi-ould-baba-ould-hamadi",
    ("interior minister", "MRT", date(2012, 6, 1)): "mohamed-ould-boilil",
    ("defence minister", "GNQ", date(2014, 6, 1)): "antonio-mba-nguema",
    ("interior minister", "CPV", date(2018, 6, 1)): "paulo-rocha-cpv",
    ("defence minister", "CPV", date(2022, 1, 1)): "janine-lelis",
    ("foreign minister", "TGO", date(2006, 6, 1)): "zarifou-ayeva",
    ("foreign minister", "TGO", date(2008, 6, 1)): "leopold-gnininvi",
    ("interior minister", "BEN", date(2015, 12, 1)): "placide-azande",
    ("defence minister", "BEN", date(2015, 12, 1)): "theophile-yarou",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_liberia_internal_affairs(kb: KnowledgeBase) -> None:
    """Liberia: Varney Sirleaf took office on 2018-02-19 (held over as deputy from Weah's
    inauguration) to the end of Weah's presidency; Nelson's months after his nomination of
    mid-January 2012; Ellen Johnson Sirleaf keeps the bare "Sirleaf", "Nelson" is nobody's."""
    lbr = "LBR"
    assert holder_ids(kb, "interior minister", lbr, date(2018, 2, 18)) == set()
    assert holder_ids(kb, "interior minister", lbr, date(2018, 2, 19)) == {"varney-sirleaf"}
    assert holder_ids(kb, "interior minister", lbr, date(2024, 1, 21)) == {"varney-sirleaf"}
    assert holder_ids(kb, "interior minister", lbr, date(2024, 1, 22)) == set()
    # filled by kbafrW34: Harrison Karnwea held the ministry to January 2012 (was: nobody's)
    assert holder_ids(kb, "interior minister", lbr, date(2012, 1, 20)) == {"harrison-karnwea"}
    assert holder_ids(kb, "interior minister", lbr, date(2013, 5, 15)) == set()
    assert alias_ids(kb, "Sirleaf") == {"ellen-johnson-sirleaf"}
    assert "varney-sirleaf" in kb.also_named("Sirleaf", "ellen-johnson-sirleaf")
    assert not alias_ids(kb, "Nelson")
    assert alias_ids(kb, "Nyumalin") == {"francis-nyumalin"}


def test_gambia_interior(kb: KnowledgeBase) -> None:
    """The Gambia: Ousman Sonko dismissed by the decree of 2016-09-16; Mballow sworn in on
    2018-01-11 and relieved on 2019-08-22 (Yankuba Sonko's start); Seyaka Sonko from the
    cabinet of 2022-05-04; "Sonko" stays Senegal's Ousmane Sonko's."""
    gmb = "GMB"
    assert holder_ids(kb, "interior minister", gmb, date(2016, 9, 15)) == {"ousman-sonko-gmb"}
    # filled by kbafrW39: Momodou Alieu Bah from the decree of 2016-09-16 (was: nobody's)
    assert holder_ids(kb, "interior minister", gmb, date(2016, 9, 16)) == {"momodou-alieu-bah"}
    assert holder_ids(kb, "interior minister", gmb, date(2018, 1, 10)) == set()
    assert holder_ids(kb, "interior minister", gmb, date(2018, 1, 11)) == {"ebrima-mballow"}
    assert holder_ids(kb, "interior minister", gmb, date(2019, 8, 21)) == {"ebrima-mballow"}
    assert holder_ids(kb, "interior minister", gmb, date(2019, 8, 22)) == {"yankuba-sonko"}
    assert holder_ids(kb, "interior minister", gmb, date(2022, 5, 4)) == {"seyaka-sonko"}
    assert alias_ids(kb, "Sonko") == {"ousmane-sonko"}
    assert {"ousman-sonko-gmb", "seyaka-sonko"} <= set(kb.also_named("Sonko", "ousmane-sonko"))
    assert alias_ids(kb, "Mballow") == {"ebrima-mballow"}


def test_chad_combined_interior(kb: KnowledgeBase) -> None:
    """Chad: Bachir named to the combined ministry by the decree of 2018-01-26 (Bokit's month
    before it left out) and moved to mines on 2018-11-09; "Bachir" is no one's bare key."""
    tcd = "TCD"
    assert holder_ids(kb, "interior minister", tcd, date(2018, 1, 10)) == set()
    assert holder_ids(kb, "interior minister", tcd, date(2018, 1, 26)) == {"ahmat-mahamat-bachir"}
    assert holder_ids(kb, "interior minister", tcd, date(2018, 11, 9)) == {"mahamat-abali-salah"}
    assert not alias_ids(kb, "Bachir")


def test_guinea_defence_presidents(kb: KnowledgeBase) -> None:
    """Guinea: Konaté held defence from the junta's first month to the end of his interim
    presidency (2010-12-21); Condé named himself minister on 2010-12-27 and kept it to
    Diané's decree of 2016-01-07."""
    gin = "GIN"
    assert holder_ids(kb, "defence minister", gin, date(2008, 12, 28)) == set()
    assert holder_ids(kb, "defence minister", gin, date(2010, 12, 20)) == {"sekouba-konate"}
    assert holder_ids(kb, "defence minister", gin, date(2010, 12, 24)) == set()
    assert holder_ids(kb, "defence minister", gin, date(2010, 12, 27)) == {"alpha-conde"}
    assert holder_ids(kb, "defence minister", gin, date(2016, 1, 6)) == {"alpha-conde"}
    assert holder_ids(kb, "defence minister", gin, date(2016, 1, 7)) == {"mohamed-diane"}


def test_mauritania_handovers(kb: KnowledgeBase) -> None:
    """Mauritania: Mouknass to 2011-03-22, then Hamadi Ould Hamadi to the reshuffle of
    2013-09-17 (Teguedi's start), the day Boilil left the interior for Rare; "Hamadi" (a given
    name) is no one's bare key."""
    mrt = "MRT"
    # filled by kbafrW35: Mohamed Mahmoud Ould Mohamedou's end refined to 2009-08-11
    assert holder_ids(kb, "foreign minister", mrt, date(2009, 8, 10)) == {
        "mohamed-mahmoud-ould-mohamedou"
    }
    assert holder_ids(kb, "foreign minister", mrt, date(2011, 3, 21)) == {"naha-mint-mouknass"}
    assert holder_ids(kb, "foreign minister", mrt, date(2011, 3, 22)) == {
        "hamadi-ould-baba-ould-hamadi"
    }
    assert holder_ids(kb, "foreign minister", mrt, date(2013, 9, 17)) == {"ahmed-ould-teguedi"}
    assert holder_ids(kb, "interior minister", mrt, date(2013, 9, 16)) == {"mohamed-ould-boilil"}
    assert holder_ids(kb, "interior minister", mrt, date(2013, 9, 17)) == {
        "mohamed-ould-mohamed-rare"
    }
    assert not alias_ids(kb, "Hamadi")
    assert alias_ids(kb, "Mouknass") == {"naha-mint-mouknass"}


def test_equatorial_guinea_defence(kb: KnowledgeBase) -> None:
    """Equatorial Guinea: Antonio Mba Nguema from the nominations of 2012-05-24 to May 2016
    (the government of June 2016 not dated to the day); "Nguema" is no one's bare key."""
    gnq = "GNQ"
    assert holder_ids(kb, "defence minister", gnq, date(2012, 5, 23)) == set()
    assert holder_ids(kb, "defence minister", gnq, date(2012, 5, 24)) == {"antonio-mba-nguema"}
    assert holder_ids(kb, "defence minister", gnq, date(2016, 5, 31)) == {"antonio-mba-nguema"}
    assert holder_ids(kb, "defence minister", gnq, date(2016, 6, 1)) == set()
    assert "antonio-mba-nguema" not in alias_ids(kb, "Nguema")


def test_cabo_verde_handovers(kb: KnowledgeBase) -> None:
    """Cabo Verde: Paulo Rocha from the government sworn in on 2016-04-22; Janine Lélis at
    defence from the government of 2021-05-20, after Figueiredo Soares; "Rocha" is no one's
    bare key."""
    cpv = "CPV"
    assert holder_ids(kb, "interior minister", cpv, date(2016, 4, 21)) == set()
    assert holder_ids(kb, "interior minister", cpv, date(2016, 4, 22)) == {"paulo-rocha-cpv"}
    assert holder_ids(kb, "defence minister", cpv, date(2021, 5, 19)) == {"rui-figueiredo-soares"}
    assert holder_ids(kb, "defence minister", cpv, date(2021, 5, 20)) == {"janine-lelis"}
    assert not alias_ids(kb, "Rocha")


def test_togo_foreign_2005_2008(kb: KnowledgeBase) -> None:
    """Togo: Ayéva from the Kodjo government of 2005-06-20 (Tozoun's end) to the Mally
    government of 2007-12-13, Gnininvi from then to the Houngbo government of 2008-09-15
    (Esaw's start)."""
    tgo = "TGO"
    assert holder_ids(kb, "foreign minister", tgo, date(2005, 6, 19)) == {"kokou-tozoun"}
    assert holder_ids(kb, "foreign minister", tgo, date(2005, 6, 20)) == {"zarifou-ayeva"}
    assert holder_ids(kb, "foreign minister", tgo, date(2007, 12, 12)) == {"zarifou-ayeva"}
    assert holder_ids(kb, "foreign minister", tgo, date(2007, 12, 13)) == {"leopold-gnininvi"}
    assert holder_ids(kb, "foreign minister", tgo, date(2008, 9, 15)) == {"koffi-esaw"}
    assert alias_ids(kb, "Ayéva") == {"zarifou-ayeva"}


def test_benin_last_yayi_government(kb: KnowledgeBase) -> None:
    """Benin: Azandé (interior) and Yarou (defence) in the government of 2015-06-18, to
    February 2016: the reshuffle of March 2016 (its day not read) replaced Azandé, and no page
    says whether it kept Yarou; the weeks to Talon's government of 2016-04-06 stay empty."""
    ben = "BEN"
    # kbafrW28: Simplice Codjo Dossou held the ministry to that day (was: nobody's)
    assert holder_ids(kb, "interior minister", ben, date(2015, 6, 17)) == {"simplice-codjo-dossou"}
    assert holder_ids(kb, "interior minister", ben, date(2015, 6, 18)) == {"placide-azande"}
    assert holder_ids(kb, "interior minister", ben, date(2016, 2, 29)) == {"placide-azande"}
    # filled by kbafrW34: Toussaint Adjèhounou from the decree of 2016-03-10 (was: nobody's)
    assert holder_ids(kb, "interior minister", ben, date(2016, 3, 15)) == {"toussaint-adjehounou"}
    assert holder_ids(kb, "interior minister", ben, date(2016, 4, 6)) == {"sacca-lafia"}
    assert holder_ids(kb, "defence minister", ben, date(2016, 2, 29)) == {"theophile-yarou"}
    # filled by kbafrW34: the decree of 2016-03-10 kept Yarou at defence (was: nobody's)
    assert holder_ids(kb, "defence minister", ben, date(2016, 3, 15)) == {"theophile-yarou"}
    assert holder_ids(kb, "defence minister", ben, date(2016, 4, 6)) == {"candide-azannai"}
