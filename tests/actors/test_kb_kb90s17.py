"""Office holders of 1989-1999, sixth checked pass (issue 14, kb90s17): heads of state and
government of Argentina, Indonesia, Nigeria, South Korea, India and Italy (presidents), read
from stored copies of public pages (docs/actors.md, "the kb90s17 pass"); a day inside each new
spell, the handover days, the gaps left open (acting holders) and the surnames others carry.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    ("president", "ARG", date(1989, 1, 1)): "raul-alfonsin",
    ("president", "ARG", date(1995, 1, 1)): "carlos-menem",
    ("president", "IDN", date(1990, 1, 1)): "suharto",
    ("president", "IDN", date(1999, 1, 1)): "bj-habibie",
    ("president", "NGA", date(1990, 1, 1)): "ibrahim-babangida",
    ("head of state", "NGA", date(1993, 10, 1)): "ernest-shonekan",
    ("head of state", "NGA", date(1996, 1, 1)): "sani-abacha",
    ("head of state", "NGA", date(1999, 1, 1)): "abdulsalami-abubakar",
    ("president", "KOR", date(1990, 1, 1)): "roh-tae-woo",
    ("president", "KOR", date(1995, 1, 1)): "kim-young-sam",
    ("president", "IND", date(1990, 1, 1)): "ramaswamy-venkataraman",
    ("president", "IND", date(1995, 1, 1)): "shankar-dayal-sharma",
    ("president", "ITA", date(1990, 1, 1)): "francesco-cossiga",
    ("president", "ITA", date(1995, 1, 1)): "oscar-luigi-scalfaro",
    ("president", "BRA", date(1989, 6, 1)): "jose-sarney",
    ("president", "BRA", date(1991, 1, 1)): "fernando-collor-de-mello",
    ("president", "BRA", date(1993, 6, 1)): "itamar-franco",
    ("president", "COL", date(1989, 6, 1)): "virgilio-barco",
    ("president", "COL", date(1992, 1, 1)): "cesar-gaviria",
    ("president", "COL", date(1996, 1, 1)): "ernesto-samper",
    ("president", "VEN", date(1991, 1, 1)): "carlos-andres-perez",
    ("president", "VEN", date(1993, 10, 1)): "ramon-jose-velasquez",
    ("president", "VEN", date(1970, 1, 1)): "rafael-caldera",
    ("president", "VEN", date(1997, 1, 1)): "rafael-caldera",
    ("president", "COD", date(1990, 1, 1)): "mobutu-sese-seko",
    ("president", "RWA", date(1990, 1, 1)): "juvenal-habyarimana",
    ("president", "RWA", date(1994, 6, 1)): "theodore-sindikubwabo",
    ("president", "RWA", date(1997, 1, 1)): "pasteur-bizimungu",
    ("president", "BDI", date(1990, 1, 1)): "pierre-buyoya",
    ("president", "BDI", date(1993, 9, 1)): "melchior-ndadaye",
    ("president", "BDI", date(1994, 1, 1)): "sylvie-kinigi",
    ("president", "BDI", date(1994, 3, 1)): "cyprien-ntaryamira",
    ("president", "BDI", date(1995, 1, 1)): "sylvestre-ntibantunganya",
    ("president", "BGD", date(1989, 1, 1)): "hussain-muhammad-ershad",
    ("president", "BGD", date(1991, 3, 1)): "shahabuddin-ahmed",
    ("president", "BGD", date(1994, 1, 1)): "abdur-rahman-biswas",
    ("prime minister", "BGD", date(1989, 1, 1)): "moudud-ahmed",
    ("prime minister", "BGD", date(1990, 1, 1)): "kazi-zafar-ahmed",
    ("prime minister", "BGD", date(1993, 1, 1)): "khaleda-zia",
    ("president", "UKR", date(1993, 1, 1)): "leonid-kravchuk",
    ("president", "ARM", date(1995, 1, 1)): "levon-ter-petrosyan",
    ("president", "GEO", date(1991, 6, 1)): "zviad-gamsakhurdia",
    ("head of state", "GEO", date(1994, 1, 1)): "eduard-shevardnadze",
    ("head of state", "BLR", date(1993, 1, 1)): "stanislav-shushkevich",
    ("head of state", "BLR", date(1994, 4, 1)): "myechyslaw-hryb",
    ("president", "AZE", date(1993, 1, 1)): "abulfaz-elchibey",
    ("president", "AFG", date(1990, 1, 1)): "mohammad-najibullah",
    ("president", "AFG", date(1994, 1, 1)): "burhanuddin-rabbani",
    ("president", "ETH", date(1990, 1, 1)): "mengistu-haile-mariam",
    ("president", "ETH", date(1993, 1, 1)): "meles-zenawi",
    ("prime minister", "JOR", date(1989, 6, 1)): "zaid-ibn-shaker",
    ("prime minister", "JOR", date(1990, 6, 1)): "mudar-badran",
    ("prime minister", "JOR", date(1992, 6, 1)): "zaid-ibn-shaker",
    ("prime minister", "JOR", date(1994, 6, 1)): "abdelsalam-al-majali",
    ("prime minister", "JOR", date(1995, 6, 1)): "zaid-ibn-shaker",
    ("prime minister", "JOR", date(1996, 6, 1)): "abdul-karim-al-kabariti",
    ("prime minister", "JOR", date(1998, 1, 1)): "abdelsalam-al-majali",
    ("prime minister", "JOR", date(1998, 12, 1)): "fayez-al-tarawneh",
    ("prime minister", "UGA", date(1990, 1, 1)): "samson-kisekka",
    ("prime minister", "UGA", date(1993, 1, 1)): "george-cosmas-adyebo",
    ("prime minister", "UGA", date(1997, 1, 1)): "kintu-musoke",
    ("foreign minister", "CAN", date(1990, 1, 1)): "joe-clark",
    ("prime minister", "CAN", date(1979, 9, 1)): "joe-clark",
    ("foreign minister", "CAN", date(1992, 1, 1)): "barbara-mcdougall",
    ("foreign minister", "CAN", date(1993, 8, 1)): "perrin-beatty",
    ("foreign minister", "CAN", date(1995, 1, 1)): "andre-ouellet",
    ("foreign minister", "AUS", date(1990, 1, 1)): "gareth-evans",
    ("foreign minister", "JPN", date(1989, 1, 1)): "sosuke-uno",
    ("foreign minister", "JPN", date(1990, 1, 1)): "taro-nakayama",
    ("foreign minister", "JPN", date(1992, 1, 1)): "michio-watanabe",
    ("foreign minister", "JPN", date(1993, 6, 1)): "kabun-muto",
    ("foreign minister", "JPN", date(1995, 1, 1)): "yohei-kono",
    ("foreign minister", "JPN", date(1997, 1, 1)): "yukihiko-ikeda",
    ("foreign minister", "JPN", date(1998, 1, 1)): "keizo-obuchi",
    ("foreign minister", "JPN", date(1994, 1, 1)): "tsutomu-hata",
    ("foreign minister", "JPN", date(1999, 1, 1)): "masahiko-komura",
    ("foreign minister", "IDN", date(1995, 1, 1)): "ali-alatas",
    ("foreign minister", "ZAF", date(1990, 1, 1)): "pik-botha",
    ("foreign minister", "ARG", date(1995, 1, 1)): "guido-di-tella",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Menem took office on 1989-07-08 and handed to De la Rúa on 1999-12-10; Habibie was
    sworn in on the day Suharto resigned (1998-05-21); Abacha died on 1998-06-08 and Abubakar
    was sworn in the next day (the day between is nobody's); Italy's presidency is empty in
    Spadolini's acting month (1992-04-28 to 05-28); Itamar Franco from Collor's removal on
    1992-10-02; Venezuela's presidency is empty in Octavio Lepage's acting fortnight; Rwanda's
    on the day after Habyarimana's death, Burundi's in François Ngeze's six days of rebellion,
    Bangladesh's premiership under the caretaker government of 1990-91, Armenia's in
    Kocharyan's acting months of 1998, Georgia's under the Military Council of 1992 and
    Belarus's in Kuznetsov's two acting days, Afghanistan's in the interims of 1992 and
    under the Taliban, Ethiopia's in Tesfaye Gebre Kidan's acting week, Jordan's premiership
    between Bin Shaker's resignation and Badran's start (December 1989) and in Taher
    al-Masri's months of 1991 (his name would make "Masri" a shared surname), Japan's foreign
    ministry under Uno (Mitsuzuka) and Hata (Kakizawa), whose own pages were not read."""
    assert holder_ids(kb, "president", "ARG", date(1989, 7, 7)) == {"raul-alfonsin"}
    assert holder_ids(kb, "president", "ARG", date(1989, 7, 8)) == {"carlos-menem"}
    assert holder_ids(kb, "president", "ARG", date(1999, 12, 10)) == {"fernando-de-la-rua"}
    assert holder_ids(kb, "president", "IDN", date(1998, 5, 20)) == {"suharto"}
    assert holder_ids(kb, "president", "IDN", date(1998, 5, 21)) == {"bj-habibie"}
    assert holder_ids(kb, "president", "IDN", date(1999, 10, 20)) == {"abdurrahman-wahid"}
    assert holder_ids(kb, "head of state", "NGA", date(1998, 6, 8)) == set()
    assert holder_ids(kb, "president", "NGA", date(1999, 5, 29)) == {"olusegun-obasanjo"}
    assert holder_ids(kb, "president", "KOR", date(1998, 2, 25)) == {"kim-dae-jung"}
    assert holder_ids(kb, "president", "IND", date(1997, 7, 25)) == {"kr-narayanan"}
    assert holder_ids(kb, "president", "ITA", date(1992, 5, 10)) == set()
    assert holder_ids(kb, "president", "ITA", date(1999, 5, 16)) == set()
    assert holder_ids(kb, "president", "BRA", date(1992, 10, 1)) == {"fernando-collor-de-mello"}
    assert holder_ids(kb, "president", "BRA", date(1992, 10, 2)) == {"itamar-franco"}
    assert holder_ids(kb, "president", "BRA", date(1995, 1, 1)) == {"fernando-henrique-cardoso"}
    assert holder_ids(kb, "president", "COL", date(1998, 8, 7)) == {"andres-pastrana"}
    assert holder_ids(kb, "president", "VEN", date(1993, 5, 25)) == set()
    assert holder_ids(kb, "president", "VEN", date(1999, 2, 2)) == {"hugo-chavez"}
    assert holder_ids(kb, "president", "COD", date(1997, 5, 17)) == {"laurent-desire-kabila"}
    assert holder_ids(kb, "president", "RWA", date(1994, 4, 7)) == set()
    assert holder_ids(kb, "president", "BDI", date(1993, 10, 24)) == set()
    assert holder_ids(kb, "president", "BDI", date(1996, 7, 25)) == {"pierre-buyoya"}
    assert holder_ids(kb, "president", "BGD", date(1996, 10, 9)) == {"shahabuddin-ahmed"}
    assert holder_ids(kb, "prime minister", "BGD", date(1991, 1, 1)) == set()
    assert holder_ids(kb, "prime minister", "BGD", date(1996, 6, 23)) == {"sheikh-hasina"}
    assert holder_ids(kb, "president", "UKR", date(1994, 7, 19)) == {"leonid-kuchma"}
    assert holder_ids(kb, "president", "ARM", date(1998, 3, 1)) == set()
    assert holder_ids(kb, "president", "GEO", date(1992, 2, 1)) == set()
    assert holder_ids(kb, "president", "GEO", date(1995, 11, 26)) == {"eduard-shevardnadze"}
    assert holder_ids(kb, "head of state", "BLR", date(1994, 1, 27)) == set()
    assert holder_ids(kb, "president", "BLR", date(1994, 7, 20)) == {"alexander-lukashenko"}
    assert holder_ids(kb, "president", "AFG", date(1992, 5, 15)) == set()
    assert holder_ids(kb, "president", "AFG", date(1998, 1, 1)) == set()
    assert holder_ids(kb, "president", "ETH", date(1991, 5, 25)) == set()
    assert holder_ids(kb, "president", "ETH", date(1995, 8, 22)) == {"negasso-gidada"}
    assert holder_ids(kb, "prime minister", "JOR", date(1989, 12, 5)) == set()
    assert holder_ids(kb, "prime minister", "JOR", date(1991, 9, 1)) == set()
    assert holder_ids(kb, "prime minister", "JOR", date(1999, 3, 4)) == {"abdul-raouf-al-rawabdeh"}
    assert holder_ids(kb, "prime minister", "UGA", date(1999, 4, 5)) == {"apolo-nsibambi"}
    assert holder_ids(kb, "foreign minister", "AUS", date(1996, 3, 11)) == {"alexander-downer"}
    assert holder_ids(kb, "foreign minister", "JPN", date(1989, 7, 1)) == set()
    assert holder_ids(kb, "foreign minister", "JPN", date(1994, 5, 15)) == set()
    assert holder_ids(kb, "foreign minister", "JPN", date(1999, 10, 5)) == {"yohei-kono"}
    assert holder_ids(kb, "foreign minister", "ARG", date(1999, 12, 10)) == {
        "adalberto-rodriguez-giavarini"
    }


def test_botha_to_nzo_in_may_1994(kb: KnowledgeBase) -> None:
    """Pik Botha held South Africa's foreign ministry from 1977 (year-only) to May 1994, when
    Alfred Nzo (`1994-05` in the KB) took it in Mandela's government."""
    assert holder_ids(kb, "foreign minister", "ZAF", date(1977, 12, 1)) == {"pik-botha"}
    assert holder_ids(kb, "foreign minister", "ZAF", date(1994, 4, 30)) == {"pik-botha"}
    assert holder_ids(kb, "foreign minister", "ZAF", date(1994, 6, 1)) == {"alfred-nzo"}


def test_axworthy_from_25_january_1996(kb: KnowledgeBase) -> None:
    """Refined (kb90s17): Lloyd Axworthy's start `1996-01` -> 1996-01-25 (André Ouellet held
    the office to 24 January); the two no longer share the month."""
    assert holder_ids(kb, "foreign minister", "CAN", date(1996, 1, 24)) == {"andre-ouellet"}
    assert holder_ids(kb, "foreign minister", "CAN", date(1996, 1, 25)) == {"lloyd-axworthy"}


def test_surnames(kb: KnowledgeBase) -> None:
    """The names "Menem", "Suharto", "Habibie", "Abacha", "Scalfaro", "Collor", "Gaviria"
    and "Samper" name the new people; "Abubakar" (Mohammed Badaru Abubakar's), "Sharma" (a
    surname many share), "Trujillo" (Carlos Holmes Trujillo's), "Mello", "Velásquez" (Iván
    Velásquez's) and "Barco" take nobody new; "Roh" stays Roh Moo-hyun's (an alias of his
    own) now that Roh Tae-woo is in the KB."""
    assert alias_ids(kb, "Menem") == {"carlos-menem"}
    assert alias_ids(kb, "Soeharto") == {"suharto"}
    assert alias_ids(kb, "Habibie") == {"bj-habibie"}
    assert alias_ids(kb, "Abacha") == {"sani-abacha"}
    assert alias_ids(kb, "Scalfaro") == {"oscar-luigi-scalfaro"}
    assert "abdulsalami-abubakar" not in alias_ids(kb, "Abubakar")
    assert "shankar-dayal-sharma" not in alias_ids(kb, "Sharma")
    assert alias_ids(kb, "Roh") == {"roh-moo-hyun"}
    assert alias_ids(kb, "Roh Tae-woo") == {"roh-tae-woo"}
    assert alias_ids(kb, "Collor") == {"fernando-collor-de-mello"}
    assert alias_ids(kb, "Gaviria") == {"cesar-gaviria"}
    assert alias_ids(kb, "Samper") == {"ernesto-samper"}
    assert alias_ids(kb, "Trujillo") == {"carlos-holmes-trujillo"}
    assert alias_ids(kb, "Velásquez") == {"ivan-velasquez"}
    assert not alias_ids(kb, "Mello") and not alias_ids(kb, "Barco")
    assert alias_ids(kb, "Mobutu") == {"mobutu-sese-seko"}
    assert alias_ids(kb, "Ershad") == {"hussain-muhammad-ershad"}
    assert "moudud-ahmed" not in alias_ids(kb, "Ahmed")
    assert alias_ids(kb, "Ter-Petrosyan") == {"levon-ter-petrosyan"}
    assert alias_ids(kb, "Kravchuk") == {"leonid-kravchuk"}
    assert alias_ids(kb, "Najibullah") == {"mohammad-najibullah"}
    assert alias_ids(kb, "Mengistu") == {"mengistu-haile-mariam"}
    assert not alias_ids(kb, "Miriam") and "burhanuddin-rabbani" not in alias_ids(kb, "Rabbani")
    assert not alias_ids(kb, "Evans") and not alias_ids(kb, "Clark")
    assert alias_ids(kb, "Ouellet") == {"andre-ouellet"}
    assert not alias_ids(kb, "Watanabe") and not alias_ids(kb, "Ikeda")
    assert not alias_ids(kb, "Botha") and alias_ids(kb, "Alatas") == {"ali-alatas"}
