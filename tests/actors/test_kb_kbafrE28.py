"""Foreign, defence and interior ministers since 2000 of Central Africa and the Horn, a checked
pass (issue 14, kbafrE28): spells read from stored copies of public pages (docs/actors.md, "the
kbafrE28 pass"); a day inside each new spell, the handover days, the gaps left open, the new
names and the bare surnames the pass kept with their owners.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import (
    alias_ids,
    each_handover_names_its_holders,
    each_name_and_alias_looks_up_to_it_alone,
    each_spell_names_its_holder,
    holder_ids,
)

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    # Sudan, interior
    ("interior minister", "SDN", date(2007, 1, 1)): "zubair-bashir-taha",
    ("interior minister", "SDN", date(2010, 6, 1)): "ibrahim-mahmoud-hamid",
    ("interior minister", "SDN", date(2014, 3, 1)): "abdel-wahid-youssef",
    ("interior minister", "SDN", date(2015, 1, 1)): "esmat-abdelrahman",
    ("interior minister", "SDN", date(2017, 11, 1)): "hamed-al-mannan",
    # Kenya, defence (minister of state for defence)
    ("defence minister", "KEN", date(2006, 6, 1)): "njenga-karume",
    # Central African Republic, defence and foreign
    ("defence minister", "CAF", date(2010, 6, 1)): "jean-francis-bozize",
    ("defence minister", "CAF", date(2013, 2, 1)): "francois-bozize",
    ("defence minister", "CAF", date(2013, 9, 1)): "michel-djotodia",
    ("defence minister", "CAF", date(2014, 5, 1)): "thomas-theophile-timangoa",
    ("defence minister", "CAF", date(2014, 11, 1)): "aristide-sokambi",
    ("foreign minister", "CAF", date(2013, 10, 1)): "leonie-banga-bothy",
    ("foreign minister", "CAF", date(2014, 5, 1)): "toussaint-kongo-doudou",
    # Gabon, interior and foreign
    ("interior minister", "GAB", date(2007, 6, 1)): "andre-mba-obame",
    ("foreign minister", "GAB", date(2008, 6, 1)): "laure-olga-gondjout",
    ("foreign minister", "GAB", date(2019, 3, 1)): "abdu-razzaq-guy-kambogo",
    ("foreign minister", "GAB", date(2023, 6, 1)): "hermann-immongault",
    # Burundi, interior
    ("interior minister", "BDI", date(2017, 6, 1)): "pascal-barandagiye",
    # Republic of the Congo, interior
    ("interior minister", "COG", date(2000, 1, 1)): "pierre-oba",
}

test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


HANDOVERS = [
    # Sudan, interior: the reshuffles of 2008-02-14, 2013-12-08, 2014-06-25, 2018-05-14
    ("interior minister", "SDN", date(2008, 2, 13), date(2008, 2, 14),
     "zubair-bashir-taha", "ibrahim-mahmoud-hamid"),
    ("interior minister", "SDN", date(2013, 12, 7), date(2013, 12, 8),
     "ibrahim-mahmoud-hamid", "abdel-wahid-youssef"),
    ("interior minister", "SDN", date(2014, 6, 24), date(2014, 6, 25),
     "abdel-wahid-youssef", "esmat-abdelrahman"),
    ("interior minister", "SDN", date(2018, 5, 13), date(2018, 5, 14),
     "hamed-al-mannan", "ibrahim-mahmoud-hamid"),
    # Kenya, defence: Karume to December 2007, Haji's KB start 2008-01-01
    ("defence minister", "KEN", date(2007, 12, 31), date(2008, 1, 1),
     "njenga-karume", "mohamed-yusuf-haji"),
    # Central African Republic, defence: the decree of 2013-01-02, the Kamoun government
    ("defence minister", "CAF", date(2013, 1, 1), date(2013, 1, 2),
     "jean-francis-bozize", "francois-bozize"),
    ("defence minister", "CAF", date(2014, 8, 21), date(2014, 8, 22),
     "thomas-theophile-timangoa", "aristide-sokambi"),
    # Central African Republic, foreign: the Nzapayéké government of 2014-01-27
    ("foreign minister", "CAF", date(2014, 1, 26), date(2014, 1, 27),
     "leonie-banga-bothy", "toussaint-kongo-doudou"),
    # Gabon, interior: the Rogombé government of 2009-06-19
    ("interior minister", "GAB", date(2009, 6, 18), date(2009, 6, 19),
     "andre-mba-obame", "jean-francois-ndongou"),
    # Gabon, foreign: Jean Ping to Gondjout, Gondjout to Toungui, and the gap of 2019
    ("foreign minister", "GAB", date(2008, 2, 5), date(2008, 2, 6),
     "jean-ping", "laure-olga-gondjout"),
    ("foreign minister", "GAB", date(2008, 10, 8), date(2008, 10, 9),
     "laure-olga-gondjout", "paul-toungui"),
    ("foreign minister", "GAB", date(2019, 1, 11), date(2019, 1, 12),
     "regis-immongault-tatangani", "abdu-razzaq-guy-kambogo"),
    ("foreign minister", "GAB", date(2019, 6, 9), date(2019, 6, 10),
     "abdu-razzaq-guy-kambogo", "alain-claude-bilie-by-nze"),
    # Burundi, interior: the government of 2020-06-28
    ("interior minister", "BDI", date(2020, 6, 27), date(2020, 6, 28),
     "pascal-barandagiye", "gervais-ndirakobuca"),
    # Republic of the Congo, interior: the government of 2002-08-18
    ("interior minister", "COG", date(2002, 8, 17), date(2002, 8, 18),
     "pierre-oba", "francois-ibovi"),
]  # fmt: skip

test_each_handover_names_one_holder_each_side = each_handover_names_its_holders(HANDOVERS)


def test_gaps_left_open(kb: KnowledgeBase) -> None:
    """The days no page read dated stay empty: Sudan's interior before Taha's first dated day
    (2006-02-23) and between Esmat Abdelrahman's last page (2015-06-08) and Hamed al-Mannan's
    government (2017-05-11); the Central African Republic's defence between Bozizé's fall
    and Djotodia's government (2013-03-24 to 03-31) and after Djotodia's resignation, and its
    foreign ministry after the last page naming Kongo-Doudou; Gabon's foreign ministry in the
    interim of 2023; Burundi's interior before 2010-08-30 (Édouard Nduwimana's from then to
    2015-08-24, kbafrE31); Kenya's defence before Karume."""
    assert holder_ids(kb, "interior minister", "SDN", date(2005, 12, 1)) == set()
    assert holder_ids(kb, "interior minister", "SDN", date(2006, 2, 22)) == set()
    assert holder_ids(kb, "interior minister", "SDN", date(2006, 2, 23)) == {"zubair-bashir-taha"}
    # filled by kbfocus36a (Esmat Abdelrahman to his resignation of February 2017)
    assert holder_ids(kb, "interior minister", "SDN", date(2016, 6, 1)) == {"esmat-abdelrahman"}
    assert holder_ids(kb, "interior minister", "SDN", date(2017, 5, 10)) == set()
    assert holder_ids(kb, "interior minister", "SDN", date(2017, 5, 11)) == {"hamed-al-mannan"}
    assert holder_ids(kb, "defence minister", "CAF", date(2013, 3, 27)) == set()
    assert holder_ids(kb, "defence minister", "CAF", date(2014, 1, 20)) == set()
    # filled by kbafrE40 (Kongo-Doudou to the last page naming him in office, 2015-06-13)
    assert holder_ids(kb, "foreign minister", "CAF", date(2015, 6, 1)) == {"toussaint-kongo-doudou"}
    assert holder_ids(kb, "foreign minister", "GAB", date(2023, 3, 1)) == set()
    assert holder_ids(kb, "foreign minister", "GAB", date(2023, 4, 27)) == {"hermann-immongault"}
    # Édouard Nduwimana holds Burundi's interior to 2015-08-24, coded since the kbafrE31 pass
    # (tests/actors/test_kb_kbafrE31.py)
    assert holder_ids(kb, "interior minister", "BDI", date(2015, 8, 23)) == {"edouard-nduwimana"}
    assert holder_ids(kb, "interior minister", "BDI", date(2015, 8, 24)) == {"pascal-barandagiye"}
    assert holder_ids(kb, "defence minister", "KEN", date(2005, 12, 13)) == set()


test_each_name_and_alias_looks_up_to_it_alone = each_name_and_alias_looks_up_to_it_alone(
    [
        "zubair-bashir-taha",
        "abdel-wahid-youssef",
        "esmat-abdelrahman",
        "hamed-al-mannan",
        "njenga-karume",
        "jean-francis-bozize",
        "thomas-theophile-timangoa",
        "aristide-sokambi",
        "leonie-banga-bothy",
        "toussaint-kongo-doudou",
        "andre-mba-obame",
        "laure-olga-gondjout",
        "abdu-razzaq-guy-kambogo",
        "pascal-barandagiye",
        "pierre-oba",
    ]
)


def test_new_surnames(kb: KnowledgeBase) -> None:
    """The new people's distinctive surnames are theirs; the common ones their catalogue forms
    guard ("Taha", "Youssef", "Abdelrahman", "Oba") are no new person's bare key."""
    for surname, person in [
        ("Timangoa", "thomas-theophile-timangoa"),
        ("Sokambi", "aristide-sokambi"),
        ("Gondjout", "laure-olga-gondjout"),
        ("Kambogo", "abdu-razzaq-guy-kambogo"),
        ("Barandagiye", "pascal-barandagiye"),
        ("Mannan", "hamed-al-mannan"),
        ("Banga-Bothy", "leonie-banga-bothy"),
    ]:
        assert alias_ids(kb, surname) == {person}, surname
    # "Karume", also the surname of Zanzibar's presidents, is guarded by the catalogue form
    # the kbafrS29 pass gave Njenga Karume (both passes added him; one entry since the merge)
    assert not alias_ids(kb, "Karume")
    new = {"zubair-bashir-taha", "abdel-wahid-youssef", "esmat-abdelrahman", "pierre-oba"}
    for common in ("Taha", "Youssef", "Abdelrahman", "Oba"):
        assert not alias_ids(kb, common) & new, common


def test_bare_surnames_kept_with_their_owners(kb: KnowledgeBase) -> None:
    """The words the new names would have taken from others stay theirs: "Bozizé" is François
    Bozizé's by an alias (his son shares it), "Aristide" Jean-Bertrand Aristide's by an alias
    (Aristide Sokambi's given name), "Abdel Rahman" Rami Abdel Rahman's (Esmat is written
    "Esmat Abdelrahman"), "Banga" Ajay Banga's (Léonie Banga-Bothy's name keeps its hyphen),
    "Akol" Rose Akol's and "Lam" shared by Carrie Lam and To Lam (Lam Akol left out)."""
    assert alias_ids(kb, "Bozizé") == {"francois-bozize"}
    assert alias_ids(kb, "Bozize") == {"francois-bozize"}
    assert alias_ids(kb, "Francis Bozizé") == {"jean-francis-bozize"}
    assert alias_ids(kb, "Aristide") == {"jean-bertrand-aristide"}
    assert alias_ids(kb, "Abdel Rahman") == {"rami-abdel-rahman"}
    assert alias_ids(kb, "Banga") == {"ajay-banga"}
    assert alias_ids(kb, "Akol") == {"rose-akol"}
    assert set(kb.sharing("Lam") or ()) >= {"carrie-lam", "to-lam"}
    assert not kb.sharing("Doudou")
