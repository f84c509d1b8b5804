"""Foreign, defence and interior ministers of West and Central Africa (issue 14, kbafrW18, a
sixth pass checked against stored public pages).

Each spell was read from stored copies of public pages (docs/actors.md, "the kbafrW18
pass"); these tests name the holder on a day inside each new spell, check the handover days,
and that the new people took no bare surname that is a common word or a shared name.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    ("foreign minister", "MRT", date(2014, 6, 1)): "ahmed-ould-teguedi",
    ("foreign minister", "MRT", date(2015, 6, 1)): "fatma-vall-mint-soueina",
    ("foreign minister", "MRT", date(2015, 12, 1)): "hamadi-ould-meimou",
    ("foreign minister", "MRT", date(2017, 6, 1)): "isselkou-ould-ahmed-izid-bih",
    ("interior minister", "MRT", date(2014, 6, 1)): "mohamed-ould-mohamed-rare",
    ("interior minister", "MRT", date(2017, 6, 1)): "ahmedou-ould-abdallah",
    ("interior minister", "MRT", date(2020, 6, 1)): "mohamed-salem-ould-merzoug",
    ("interior minister", "MRT", date(2023, 6, 1)): "mohamed-ahmed-ould-mohamed-lemine",
    ("defence minister", "MRT", date(2019, 1, 1)): "mohamed-ould-ghazouani",
    ("defence minister", "MRT", date(2019, 6, 1)): "yahya-ould-hademine",
    ("defence minister", "MRT", date(2022, 6, 1)): "hanena-ould-sidi",
    ("foreign minister", "GIN", date(2009, 6, 1)): "alexandre-cece-loua",
    ("foreign minister", "GIN", date(2010, 6, 1)): "bakary-fofana",
    ("foreign minister", "GIN", date(2011, 6, 1)): "edouard-niankoye-lamah",
    ("defence minister", "BEN", date(2009, 6, 1)): "issifou-kogui-n-douro",
    ("defence minister", "BEN", date(2012, 12, 1)): "thomas-boni-yayi",
    ("defence minister", "TCD", date(2016, 5, 1)): "benaindo-tatola",
    ("defence minister", "TCD", date(2017, 1, 1)): "bichara-issa-djadallah",
    ("defence minister", "TCD", date(2020, 1, 1)): "mahamat-abali-salah",
    ("interior minister", "TCD", date(2019, 1, 1)): "mahamat-abali-salah",
    ("interior minister", "BFA", date(2024, 1, 1)): "emile-zerbo",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_mauritania_handovers(kb: KnowledgeBase) -> None:
    """Mauritania: the reshuffle of 2015-09-02 passes foreign affairs from Fatma Vall Mint
    Soueina to Hamadi Ould Meimou and the interior from Ould Mohamed Rare to Ahmedou Ould
    Abdallah; the decree of 2018-06-11 (the KB had the year 2018) foreign affairs from
    Isselkou Ould Ahmed Izid Bih to Ismail Ould Cheikh Ahmed; the government of 2019-08-08
    the interior to Merzoug and defence to Hanena Ould Sidi; that of 2022-03-31 the interior
    to Mohamed Ahmed Ould Mohamed Lemine."""
    mrt = "MRT"
    assert holder_ids(kb, "foreign minister", mrt, date(2015, 9, 1)) == {"fatma-vall-mint-soueina"}
    assert holder_ids(kb, "foreign minister", mrt, date(2015, 9, 2)) == {"hamadi-ould-meimou"}
    assert holder_ids(kb, "interior minister", mrt, date(2015, 9, 1)) == {
        "mohamed-ould-mohamed-rare"
    }
    assert holder_ids(kb, "interior minister", mrt, date(2015, 9, 2)) == {"ahmedou-ould-abdallah"}
    assert holder_ids(kb, "foreign minister", mrt, date(2018, 6, 10)) == {
        "isselkou-ould-ahmed-izid-bih"
    }
    assert holder_ids(kb, "foreign minister", mrt, date(2018, 6, 11)) == {
        "ismail-ould-cheikh-ahmed"
    }
    assert holder_ids(kb, "interior minister", mrt, date(2019, 8, 7)) == {"ahmedou-ould-abdallah"}
    assert holder_ids(kb, "interior minister", mrt, date(2019, 8, 8)) == {
        "mohamed-salem-ould-merzoug"
    }
    assert holder_ids(kb, "defence minister", mrt, date(2019, 8, 8)) == {"hanena-ould-sidi"}
    assert holder_ids(kb, "interior minister", mrt, date(2022, 3, 31)) == {
        "mohamed-ahmed-ould-mohamed-lemine"
    }
    assert holder_ids(kb, "defence minister", mrt, date(2018, 10, 29)) == set()
    assert holder_ids(kb, "defence minister", mrt, date(2019, 3, 15)) == {"yahya-ould-hademine"}


def test_mauritania_names(kb: KnowledgeBase) -> None:
    """Word or common surnames of the new Mauritanians are no bare alias ("Rare", "Rara",
    "Abdallah", "Sidi", "Lemine", "Bih"); "Meimou", "Teguedi" and "Hademine" are one person
    each."""

    for word in ("Rare", "Rara", "Abdallah", "Sidi", "Lemine", "Bih"):
        assert not alias_ids(kb, word), word
    assert alias_ids(kb, "Meimou") == {"hamadi-ould-meimou"}
    assert alias_ids(kb, "Teguedi") == {"ahmed-ould-teguedi"}
    assert alias_ids(kb, "Hademine") == {"yahya-ould-hademine"}
    assert alias_ids(kb, "Hanena Ould Sidi") == {"hanena-ould-sidi"}


def test_guinea_foreign_handovers(kb: KnowledgeBase) -> None:
    """Guinea: the Doré government of 2010-02-15 passes foreign affairs from Cécé Loua to
    Bakary Fofana, Condé's ministers of 2010-12-27 to Edouard Niankoye Lamah, the reshuffle of
    2012-10-05 to François Lonsény Fall; the shared surnames stay no one's bare alias."""
    gin = "GIN"
    assert holder_ids(kb, "foreign minister", gin, date(2010, 2, 14)) == {"alexandre-cece-loua"}
    assert holder_ids(kb, "foreign minister", gin, date(2010, 2, 15)) == {"bakary-fofana"}
    assert holder_ids(kb, "foreign minister", gin, date(2010, 12, 27)) == {"edouard-niankoye-lamah"}
    assert holder_ids(kb, "foreign minister", gin, date(2012, 10, 4)) == {"edouard-niankoye-lamah"}
    assert holder_ids(kb, "foreign minister", gin, date(2012, 10, 5)) == {"francois-lonseny-fall"}
    for word in ("Loua", "Fofana", "Lamah"):
        assert not kb.lookup(word), word
    assert {h.actor_id for h in kb.lookup("Edouard Gnakoye Lamah")} == {"edouard-niankoye-lamah"}


def test_benin_defence_handovers(kb: KnowledgeBase) -> None:
    """Benin: the reshuffle of 2012-04-10 passes defence from Kogui N'Douro to President Yayi,
    the government of 2013-08-11 ends Yayi's spell (his successor not read: nobody after);
    March 2006 has no holder (the month Kogui N'Douro's start is read as is April)."""
    ben = "BEN"
    assert holder_ids(kb, "defence minister", ben, date(2012, 4, 9)) == {"issifou-kogui-n-douro"}
    assert holder_ids(kb, "defence minister", ben, date(2012, 4, 10)) == {"thomas-boni-yayi"}
    assert holder_ids(kb, "defence minister", ben, date(2013, 8, 10)) == {"thomas-boni-yayi"}
    assert holder_ids(kb, "defence minister", ben, date(2013, 8, 11)) == set()
    assert holder_ids(kb, "defence minister", ben, date(2006, 3, 1)) == set()


def test_chad_defence_corrections(kb: KnowledgeBase) -> None:
    """Chad: Bichara Issa Djadallah replaced Tatola on 2016-08-14 (the KB had him from
    2017-12-24 only); Daoud Yaya Brahim left defence on 2019-06-30 for Mahamat Abali Salah
    (the KB had him to 2021-04-20), who held it to the dissolution of 2021-04-20 and had
    the combined territorial administration and public security from 2018-11-09; "Salah"
    stays no one's bare alias."""
    tcd = "TCD"
    assert holder_ids(kb, "defence minister", tcd, date(2016, 8, 13)) == {"benaindo-tatola"}
    assert holder_ids(kb, "defence minister", tcd, date(2016, 8, 14)) == {"bichara-issa-djadallah"}
    assert holder_ids(kb, "defence minister", tcd, date(2019, 6, 29)) == {"daoud-yaya-brahim"}
    assert holder_ids(kb, "defence minister", tcd, date(2019, 6, 30)) == {"mahamat-abali-salah"}
    assert holder_ids(kb, "defence minister", tcd, date(2021, 4, 25)) == set()
    # Ahmat Mahamat Bachir's months (2018-01-26 to 2018-11-09), added by the kbafrW21 pass
    assert holder_ids(kb, "interior minister", tcd, date(2018, 11, 8)) == {"ahmat-mahamat-bachir"}
    assert holder_ids(kb, "interior minister", tcd, date(2019, 6, 30)) == set()
    assert not kb.lookup("Salah")
    assert {h.actor_id for h in kb.lookup("Mahamat Abali Salah")} == {"mahamat-abali-salah"}


def test_burkina_faso_interior_and_zerbo(kb: KnowledgeBase) -> None:
    """Burkina Faso: Émile Zerbo held the combined territorial administration and security
    from 2023-06-25 to the decree of 2024-08-01 that gave security a ministry of its own
    (nobody coded after); Lassina Zerbo, prime minister 2021-22, keeps the bare "Zerbo"."""
    bfa = "BFA"
    assert holder_ids(kb, "interior minister", bfa, date(2023, 6, 25)) == {"emile-zerbo"}
    assert holder_ids(kb, "interior minister", bfa, date(2024, 7, 31)) == {"emile-zerbo"}
    assert holder_ids(kb, "interior minister", bfa, date(2024, 8, 1)) == set()
    assert {h.actor_id for h in kb.lookup("Zerbo")} == {"lassina-zerbo"}
    assert {h.actor_id for h in kb.lookup("Emile Zerbo")} == {"emile-zerbo"}
