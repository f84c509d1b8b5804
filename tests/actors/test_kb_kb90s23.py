"""Office holders of 1989-1999, twelfth checked pass (issue 14, kb90s23): heads of state and
government of the focus states, read from stored copies of public pages (docs/actors.md, "the
kb90s23 pass"); a day inside each new spell, the handover days and the gaps left open, and the
surnames the pass keeps where they were.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    ("prime minister", "KOR", date(1989, 6, 1)): "kang-young-hoon",
    ("prime minister", "KOR", date(1991, 3, 1)): "ro-jai-bong",
    ("prime minister", "KOR", date(1992, 1, 1)): "chung-won-shik",
    ("prime minister", "KOR", date(1993, 1, 1)): "hyun-soong-jong",
    ("prime minister", "KOR", date(1993, 6, 1)): "hwang-in-sung",
    ("prime minister", "KOR", date(1994, 2, 1)): "lee-hoi-chang",
    ("prime minister", "KOR", date(1994, 8, 1)): "lee-yung-dug",
    ("prime minister", "KOR", date(1995, 6, 1)): "lee-hong-koo",
    ("prime minister", "KOR", date(1996, 6, 1)): "lee-soo-sung",
    ("prime minister", "KOR", date(1997, 9, 1)): "goh-kun",
    ("prime minister", "KOR", date(1999, 1, 1)): "kim-jong-pil",
    ("prime minister", "AUS", date(1990, 1, 1)): "bob-hawke",
    ("prime minister", "AUS", date(1994, 1, 1)): "paul-keating",
    ("president", "CHN", date(1990, 1, 1)): "yang-shangkun",
    ("prime minister", "IND", date(1989, 6, 1)): "rajiv-gandhi",
    ("president", "ZAF", date(1989, 3, 1)): "p-w-botha",
    ("president", "TUR", date(1989, 3, 1)): "kenan-evren",
    ("prime minister", "TUR", date(1989, 3, 1)): "turgut-ozal",
    ("prime minister", "UKR", date(1992, 1, 1)): "vitold-fokin",
    ("prime minister", "UKR", date(1993, 1, 1)): "leonid-kuchma",
    ("prime minister", "UKR", date(1994, 1, 1)): "yukhym-zvyahilsky",
    ("prime minister", "UKR", date(1994, 10, 1)): "vitaliy-masol",
    ("prime minister", "UKR", date(1995, 9, 1)): "yevhen-marchuk",
    ("prime minister", "UKR", date(1996, 10, 1)): "pavlo-lazarenko",
    ("prime minister", "UKR", date(1998, 6, 1)): "valeriy-pustovoitenko",
    ("prime minister", "BLR", date(1993, 1, 1)): "vyacheslav-kebich",
    ("prime minister", "BLR", date(1995, 6, 1)): "mikhail-chigir",
    ("prime minister", "BLR", date(1996, 12, 15)): "sergei-ling",
    ("prime minister", "BLR", date(1999, 1, 1)): "sergei-ling",
    ("prime minister", "GEO", date(1991, 6, 1)): "tengiz-sigua",
    ("prime minister", "GEO", date(1991, 10, 1)): "bessarion-gugushvili",
    ("prime minister", "GEO", date(1992, 6, 1)): "tengiz-sigua",
    ("prime minister", "GEO", date(1994, 6, 1)): "otar-patsatsia",
    ("prime minister", "GEO", date(1997, 1, 1)): "niko-lekishvili",
    ("prime minister", "GEO", date(1999, 1, 1)): "vazha-lortkipanidze",
    ("prime minister", "ARM", date(1992, 3, 1)): "gagik-harutyunyan",
    ("prime minister", "ARM", date(1992, 10, 1)): "khosrov-harutyunyan",
    ("prime minister", "ARM", date(1995, 1, 1)): "hrant-bagratyan",
    ("prime minister", "ARM", date(1997, 1, 1)): "armen-sarkissian",
    ("prime minister", "ARM", date(1997, 9, 1)): "robert-kocharyan",
    ("prime minister", "ARM", date(1998, 9, 1)): "armen-darbinyan",
    ("prime minister", "ARM", date(2000, 1, 1)): "aram-sargsyan",
    ("prime minister", "AZE", date(1992, 9, 1)): "rahim-huseynov",
    ("prime minister", "AZE", date(1993, 3, 1)): "ali-masimov",
    ("prime minister", "AZE", date(1993, 6, 1)): "panah-huseynov",
    ("prime minister", "AZE", date(1994, 1, 1)): "surat-huseynov",
    ("prime minister", "AZE", date(1995, 6, 1)): "fuad-guliyev",
    ("prime minister", "AZE", date(1996, 9, 1)): "artur-rasizade",
    ("prime minister", "BLR", date(2001, 1, 1)): "vladimir-yermoshin",
    ("prime minister", "BLR", date(2002, 6, 1)): "gennady-novitsky",
    ("prime minister", "BLR", date(2007, 1, 1)): "sergei-sidorsky",
    ("prime minister", "BLR", date(2012, 1, 1)): "mikhail-myasnikovich",
    ("prime minister", "BLR", date(2016, 1, 1)): "andrei-kobyakov",
    ("prime minister", "BLR", date(2019, 6, 1)): "sergei-rumas",
    ("prime minister", "BLR", date(2022, 1, 1)): "roman-golovchenko",
    ("prime minister", "BLR", date(2025, 6, 1)): "alexander-turchin",
    ("president", "LKA", date(1990, 1, 1)): "ranasinghe-premadasa",
    ("prime minister", "LKA", date(1991, 1, 1)): "d-b-wijetunga",
    ("president", "LKA", date(1994, 1, 1)): "d-b-wijetunga",
    ("prime minister", "LKA", date(1994, 1, 1)): "ranil-wickremesinghe",
    ("prime minister", "LKA", date(1994, 10, 1)): "chandrika-kumaratunga",
    ("president", "PRK", date(1990, 1, 1)): "kim-il-sung",
    ("head of state", "MMR", date(1990, 1, 1)): "saw-maung",
    ("prime minister", "MMR", date(1990, 1, 1)): "saw-maung",
    ("president", "HTI", date(1989, 6, 1)): "prosper-avril",
    ("president", "HTI", date(1990, 9, 1)): "ertha-pascal-trouillot",
    ("president", "HTI", date(1991, 6, 1)): "jean-bertrand-aristide",
    ("president", "HTI", date(1992, 1, 1)): "joseph-nerette",
    ("prime minister", "HTI", date(1993, 1, 1)): "marc-bazin",
    ("president", "HTI", date(1994, 1, 1)): "jean-bertrand-aristide",
    ("president", "HTI", date(1994, 8, 1)): "emile-jonassaint",
    ("president", "HTI", date(1995, 6, 1)): "jean-bertrand-aristide",
    ("president", "SOM", date(1990, 1, 1)): "siad-barre",
    ("prime minister", "ETH", date(1989, 6, 1)): "fikre-selassie-wogderess",
    ("prime minister", "ETH", date(1993, 1, 1)): "tamrat-layne",
    ("prime minister", "YEM", date(1992, 1, 1)): "haidar-abu-bakr-al-attas",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Lee Hoi-chang resigned on Friday 1994-04-22 and Lee Yung-dug was named that day; Hawke
    and Keating changed on 1991-12-20; Yang Shangkun to Jiang Zemin on 1993-03-27; P. W. Botha
    resigned on 1989-08-14, F. W. de Klerk's acting weeks to 09-20 nobody's; Özal left the
    premiership on his election as president (1989-10-31), Ali Bozer's acting days to
    Akbulut's 11-09 nobody's; Evren to Özal on 1989-11-09."""
    assert holder_ids(kb, "prime minister", "KOR", date(1994, 4, 21)) == {"lee-hoi-chang"}
    assert holder_ids(kb, "prime minister", "KOR", date(1994, 4, 22)) == {"lee-yung-dug"}
    assert holder_ids(kb, "prime minister", "KOR", date(2000, 1, 12)) == set()
    assert holder_ids(kb, "prime minister", "AUS", date(1991, 12, 19)) == {"bob-hawke"}
    assert holder_ids(kb, "prime minister", "AUS", date(1991, 12, 20)) == {"paul-keating"}
    assert holder_ids(kb, "prime minister", "AUS", date(1996, 3, 11)) == {"john-howard"}
    assert holder_ids(kb, "president", "CHN", date(1993, 3, 27)) == {"jiang-zemin"}
    assert holder_ids(kb, "prime minister", "IND", date(1989, 12, 2)) == {"v-p-singh"}
    assert holder_ids(kb, "president", "ZAF", date(1989, 8, 13)) == {"p-w-botha"}
    assert holder_ids(kb, "president", "ZAF", date(1989, 9, 1)) == set()
    assert holder_ids(kb, "prime minister", "TUR", date(1989, 11, 5)) == set()
    assert holder_ids(kb, "prime minister", "TUR", date(1989, 11, 9)) == {"yildirim-akbulut"}
    assert holder_ids(kb, "president", "TUR", date(1989, 11, 8)) == {"kenan-evren"}
    assert holder_ids(kb, "president", "TUR", date(1989, 11, 9)) == {"turgut-ozal"}
    assert holder_ids(kb, "prime minister", "UKR", date(1992, 10, 5)) == set()
    assert holder_ids(kb, "prime minister", "UKR", date(1997, 7, 1)) == set()
    assert holder_ids(kb, "prime minister", "UKR", date(1999, 12, 22)) == {"viktor-yushchenko"}
    assert holder_ids(kb, "prime minister", "BLR", date(1994, 7, 21)) == {"mikhail-chigir"}
    assert holder_ids(kb, "prime minister", "GEO", date(1993, 8, 10)) == set()
    assert holder_ids(kb, "prime minister", "GEO", date(1995, 11, 1)) == set()
    # Vazgen Sargsyan's premiership of 1999-06-11 to his killing (the kb90s24 pass)
    assert holder_ids(kb, "prime minister", "ARM", date(1999, 8, 1)) == {"vazgen-sargsyan"}
    assert holder_ids(kb, "prime minister", "AZE", date(1992, 4, 20)) == set()
    assert holder_ids(kb, "president", "HTI", date(1991, 10, 3)) == set()
    assert holder_ids(kb, "president", "HTI", date(1996, 2, 7)) == {"rene-preval"}
    assert holder_ids(kb, "president", "SOM", date(1991, 6, 1)) == set()
    assert holder_ids(kb, "president", "PRK", date(1994, 7, 8)) == set()
    assert holder_ids(kb, "prime minister", "BLR", date(2020, 6, 3)) == set()


def test_refinements(kb: KnowledgeBase) -> None:
    """Vazha Lortkipanidze's year-only start (1998) is 1998-08-07, Lekishvili's end, so the
    two do not overlap; Artur Rasizade's start is his acting appointment of 1996-07-20."""
    assert holder_ids(kb, "prime minister", "GEO", date(1998, 8, 6)) == {"niko-lekishvili"}
    assert holder_ids(kb, "prime minister", "GEO", date(1998, 8, 7)) == {"vazha-lortkipanidze"}
    assert holder_ids(kb, "prime minister", "AZE", date(1996, 7, 20)) == {"artur-rasizade"}
    assert holder_ids(kb, "prime minister", "AZE", date(1996, 7, 19)) == {"fuad-guliyev"}


def test_names(kb: KnowledgeBase) -> None:
    """The full names and their spellings name the new people; "Evren", "Ro", "Fokin" and
    "Sigua" are their surnames; "Hawke", "Keating" and "Ling" stay nobody's (inverted forms);
    "Botha" is a surname P. W. and Pik Botha share (resolved in context); "Gandhi" stays
    nobody's."""
    assert alias_ids(kb, "Lee Young Duk") == {"lee-yung-dug"}
    assert alias_ids(kb, "Hyon Soong-jong") == {"hyun-soong-jong"}
    assert alias_ids(kb, "Kim Jong-pil") == {"kim-jong-pil"}
    assert alias_ids(kb, "Bob Hawke") == {"bob-hawke"}
    assert alias_ids(kb, "Hawke") == set()
    assert alias_ids(kb, "Paul Keating") == {"paul-keating"}
    assert alias_ids(kb, "Keating") == set()
    assert alias_ids(kb, "Sergey Ling") == {"sergei-ling"}
    assert alias_ids(kb, "Ling") == set()
    assert alias_ids(kb, "Evren") == {"kenan-evren"}
    assert alias_ids(kb, "Fokin") == {"vitold-fokin"}
    assert alias_ids(kb, "Avril") == set()
    assert alias_ids(kb, "Premadasa") == set()
    assert alias_ids(kb, "Layne") == set()
    assert alias_ids(kb, "Tamrat Layne") == {"tamrat-layne"}
    assert set(kb.sharing("Barre")) == {"hamza-abdi-barre", "siad-barre"}


def test_shared_surnames_keep_their_people(kb: KnowledgeBase) -> None:
    """A new person's middle name is read as a given name: first drafts' aliases ("Dingiri
    Banda Wijetunga", "Robert James Lee Hawke", spaced Korean forms such as "Lee Hoi Chang")
    made "Banda", "Lee", "Chang" and "Song" given names, no longer shared surnames."""
    assert {"joyce-banda", "rupiah-banda"} <= set(kb.sharing("Banda"))
    assert {"lee-myung-bak", "lee-hoi-chang"} <= set(kb.sharing("Lee"))
    assert "chang-wanquan" in kb.sharing("Chang")
    assert "song-young-moo" in kb.sharing("Song")
    assert {"kim-young-sam", "kim-jong-pil", "kim-il-sung"} <= set(kb.sharing("Kim"))
    assert alias_ids(kb, "Sigua") == {"tengiz-sigua"}
    assert alias_ids(kb, "Yefim Zvyagilsky") == {"yukhym-zvyahilsky"}
    assert alias_ids(kb, "Mikhail Chyhir") == {"mikhail-chigir"}
    assert alias_ids(kb, "Suret Huseynov") == {"surat-huseynov"}
    assert set(kb.sharing("Huseynov")) == {"panah-huseynov", "rahim-huseynov", "surat-huseynov"}
    assert alias_ids(kb, "Ro") == {"ro-jai-bong"}
    assert alias_ids(kb, "P. W. Botha") == {"p-w-botha"}
    assert alias_ids(kb, "Botha") == set()
    assert set(kb.sharing("Botha")) == {"p-w-botha", "pik-botha"}
    assert alias_ids(kb, "Rajiv Gandhi") == {"rajiv-gandhi"}
    assert alias_ids(kb, "Gandhi") == set()
    assert kb.sharing("Gandhi") == ()


def test_hwang_stays_hwang_kyo_ahns(kb: KnowledgeBase) -> None:
    """Hwang In-sung (prime minister 1993) would share the family name with Hwang Kyo-ahn
    (2015-17); an explicit alias keeps the bare name Hwang Kyo-ahn's."""
    assert alias_ids(kb, "Hwang") == {"hwang-kyo-ahn"}
    assert alias_ids(kb, "Hwang In-sung") == {"hwang-in-sung"}
    assert kb.also_named("Hwang", "hwang-kyo-ahn") == ("hwang-in-sung",)


def test_sarkisian_and_masimov_stay_theirs(kb: KnowledgeBase) -> None:
    """Aram Sargsyan's spellings (Sarkisian, Sarkisyan) and Ali Masimov's name would make
    those words shared surnames; aliases keep them Serzh Sargsyan's and Karim Massimov's."""
    assert alias_ids(kb, "Sarkisian") == {"serzh-sargsyan"}
    assert alias_ids(kb, "Sarkisyan") == {"serzh-sargsyan"}
    assert alias_ids(kb, "Aram Sarkisian") == {"aram-sargsyan"}
    assert kb.also_named("Sarkisian", "serzh-sargsyan") == ("aram-sargsyan",)
    assert alias_ids(kb, "Masimov") == {"karim-massimov"}
    assert alias_ids(kb, "Ali Masimov") == {"ali-masimov"}
