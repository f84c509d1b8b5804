"""Month-overlapping spells dated to the handover (issue 14 items 1 and 5, kbfix17).

Two holders of one office in one state in the month of a handover (a month-only end against
the same month's start, "2013-05" against "2013-05") left a mention of "the North Korean
defence minister" on such a day naming two people. Each handover was read from stored copies
of public pages (docs/actors.md, "the kbfix17 pass"); these tests name the first holder alone
just before it and the second alone just after, a day of each former overlap names one holder,
and the overlaps fixed are gone from the listing.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import (
    Handover,
    each_handover_names_its_holders,
    each_spell_names_its_holder,
    overlaps_left,
)

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


HANDOVERS: list[Handover] = [
    # North Korea, defence: No Kwang Chol named at the SPA session that ended 2024-10-08; Jang
    # Jong Nam first named minister on 2013-05-13
    (
        "defence minister",
        "PRK",
        date(2024, 10, 7),
        date(2024, 10, 9),
        "kang-sun-nam",
        "no-kwang-chol",
    ),
    (
        "defence minister",
        "PRK",
        date(2013, 5, 12),
        date(2013, 5, 14),
        "kim-kyok-sik",
        "jang-jong-nam",
    ),
    # North Korea, foreign: the embassy's note of 2016-05-16; the reshuffle reported on 2020-01-18
    ("foreign minister", "PRK", date(2016, 5, 15), date(2016, 5, 17), "ri-su-yong", "ri-yong-ho"),
    ("foreign minister", "PRK", date(2020, 1, 17), date(2020, 1, 19), "ri-yong-ho", "ri-son-gwon"),
    # Rwanda: the reshuffle of 2018-10-18 (defence and foreign); Mushikiwabo from 2009-12-04
    (
        "defence minister",
        "RWA",
        date(2018, 10, 17),
        date(2018, 10, 19),
        "james-kabarebe",
        "albert-murasira",
    ),
    (
        "foreign minister",
        "RWA",
        date(2018, 10, 17),
        date(2018, 10, 19),
        "louise-mushikiwabo",
        "richard-sezibera",
    ),
    (
        "foreign minister",
        "RWA",
        date(2009, 12, 3),
        date(2009, 12, 5),
        "rosemary-museminali",
        "louise-mushikiwabo",
    ),
    # Ukraine: Azarov's government of 2012-12-24; Yatsenyuk speaker on 2007-12-04, Ohryzko from
    # 2007-12-18; the interior decrees of 2001-03-26 and 2003-08-27
    (
        "defence minister",
        "UKR",
        date(2012, 12, 23),
        date(2012, 12, 25),
        "dmytro-salamatin",
        "pavlo-lebedyev",
    ),
    (
        "foreign minister",
        "UKR",
        date(2007, 12, 3),
        date(2007, 12, 19),
        "arseniy-yatsenyuk",
        "volodymyr-ohryzko",
    ),
    (
        "interior minister",
        "UKR",
        date(2001, 3, 25),
        date(2001, 3, 27),
        "yuriy-kravchenko",
        "yuriy-smirnov",
    ),
    (
        "interior minister",
        "UKR",
        date(2003, 8, 26),
        date(2003, 8, 28),
        "yuriy-smirnov",
        "mykola-bilokon",
    ),
    # Afghanistan: Karzai's cabinet of 2004-12-23; Rassoul approved on 2010-01-16
    (
        "defence minister",
        "AFG",
        date(2004, 12, 22),
        date(2004, 12, 24),
        "mohammed-qasim-fahim",
        "abdul-rahim-wardak",
    ),
    (
        "foreign minister",
        "AFG",
        date(2010, 1, 15),
        date(2010, 1, 17),
        "rangin-dadfar-spanta",
        "zalmai-rassoul",
    ),
    # Armenia, defence: 2016-10-03, 2018-05-12, 2020-11-20; Harutyunyan resigned on 2021-07-20
    # (Karapetyan from August, month only)
    (
        "defence minister",
        "ARM",
        date(2016, 10, 2),
        date(2016, 10, 4),
        "seyran-ohanyan",
        "vigen-sargsyan",
    ),
    (
        "defence minister",
        "ARM",
        date(2018, 5, 11),
        date(2018, 5, 13),
        "vigen-sargsyan",
        "davit-tonoyan",
    ),
    (
        "defence minister",
        "ARM",
        date(2020, 11, 19),
        date(2020, 11, 21),
        "davit-tonoyan",
        "vagharshak-harutyunyan",
    ),
    (
        "defence minister",
        "ARM",
        date(2021, 7, 19),
        date(2021, 8, 15),
        "vagharshak-harutyunyan",
        "arshak-karapetyan",
    ),
    # Bangladesh, foreign: the cabinets of 2019-01-07 and 2024-01-11; Hasina's resignation on
    # 2024-08-05, the advisers' portfolios on 2024-08-09
    (
        "foreign minister",
        "BGD",
        date(2019, 1, 6),
        date(2019, 1, 8),
        "abul-hassan-mahmood-ali",
        "ak-abdul-momen",
    ),
    (
        "foreign minister",
        "BGD",
        date(2024, 1, 10),
        date(2024, 1, 12),
        "ak-abdul-momen",
        "hasan-mahmud",
    ),
    (
        "foreign minister",
        "BGD",
        date(2024, 8, 4),
        date(2024, 8, 10),
        "hasan-mahmud",
        "touhid-hossain",
    ),
    # Canada, foreign: 2000-10-17, 2002-01-15, 2004-07-20
    (
        "foreign minister",
        "CAN",
        date(2000, 10, 16),
        date(2000, 10, 18),
        "lloyd-axworthy",
        "john-manley",
    ),
    (
        "foreign minister",
        "CAN",
        date(2002, 1, 14),
        date(2002, 1, 16),
        "john-manley",
        "bill-graham-canada",
    ),
    (
        "foreign minister",
        "CAN",
        date(2004, 7, 19),
        date(2004, 7, 21),
        "bill-graham-canada",
        "pierre-pettigrew",
    ),
    # Mexico, interior: 2008-01-16, 2010-07-14, 2018-01-10
    (
        "interior minister",
        "MEX",
        date(2008, 1, 15),
        date(2008, 1, 17),
        "francisco-ramirez-acuna",
        "juan-camilo-mourino",
    ),
    (
        "interior minister",
        "MEX",
        date(2010, 7, 13),
        date(2010, 7, 15),
        "fernando-gomez-mont",
        "jose-francisco-blake-mora",
    ),
    (
        "interior minister",
        "MEX",
        date(2018, 1, 9),
        date(2018, 1, 11),
        "miguel-angel-osorio-chong",
        "alfonso-navarrete-prida",
    ),
    # Somalia, prime minister: 2003-12-08, 2013-12-21, 2014-12-24
    (
        "prime minister",
        "SOM",
        date(2003, 12, 7),
        date(2003, 12, 9),
        "hassan-abshir-farah",
        "muhammad-abdi-yusuf",
    ),
    (
        "prime minister",
        "SOM",
        date(2013, 12, 20),
        date(2013, 12, 22),
        "abdi-farah-shirdon",
        "abdiweli-sheikh-ahmed",
    ),
    (
        "prime minister",
        "SOM",
        date(2014, 12, 23),
        date(2014, 12, 25),
        "abdiweli-sheikh-ahmed",
        "omar-abdirashid-ali-sharmarke",
    ),
    # Uganda, defence: the reshuffle of 2024-03-21
    (
        "defence minister",
        "UGA",
        date(2024, 3, 20),
        date(2024, 3, 22),
        "vincent-ssempijja",
        "jacob-oboth-oboth",
    ),
    # DR Congo, foreign: the reshuffle of 2008-10-27; Badibanga's government of 2016-12-19
    (
        "foreign minister",
        "COD",
        date(2008, 10, 26),
        date(2008, 10, 28),
        "antipas-mbusa-nyamwisi",
        "alexis-thambwe-mwamba",
    ),
    (
        "foreign minister",
        "COD",
        date(2016, 12, 18),
        date(2016, 12, 20),
        "raymond-tshibanda",
        "leonard-she-okitundu",
    ),
    # Indonesia: Wahid's cabinet of 2000-08-23; Hari Sabarno from 2001-08-09
    (
        "defence minister",
        "IDN",
        date(2000, 8, 22),
        date(2000, 8, 24),
        "juwono-sudarsono",
        "mahfud-md",
    ),
    (
        "interior minister",
        "IDN",
        date(2001, 8, 8),
        date(2001, 8, 10),
        "surjadi-soedirdja",
        "hari-sabarno",
    ),
    # Italy, foreign: Ruggiero resigned on 2002-01-05, Berlusconi sworn in on 2002-01-06
    (
        "foreign minister",
        "ITA",
        date(2002, 1, 4),
        date(2002, 1, 7),
        "renato-ruggiero",
        "silvio-berlusconi",
    ),
    # Italy, interior: the decree naming Pisanu, signed by 2002-07-03 (the Chamber's record)
    (
        "interior minister",
        "ITA",
        date(2002, 7, 2),
        date(2002, 7, 4),
        "claudio-scajola",
        "giuseppe-pisanu",
    ),
    # Mali, defence: Modibo Keita's government of 2015-01-10
    (
        "defence minister",
        "MLI",
        date(2015, 1, 9),
        date(2015, 1, 11),
        "bah-ndaw",
        "tieman-hubert-coulibaly",
    ),
    # Pakistan: the caretaker government until 2018-08-18, Khattak sworn in on 2018-08-20; the
    # reshuffle of 2020-12-11
    (
        "defence minister",
        "PAK",
        date(2018, 8, 17),
        date(2018, 8, 21),
        "abdullah-hussain-haroon",
        "pervez-khattak",
    ),
    (
        "interior minister",
        "PAK",
        date(2020, 12, 10),
        date(2020, 12, 12),
        "ijaz-ahmed-shah",
        "sheikh-rashid-ahmed",
    ),
    # Ethiopia, foreign: Meles Zenawi's cabinet endorsed on 2010-10-05
    (
        "foreign minister",
        "ETH",
        date(2010, 10, 4),
        date(2010, 10, 6),
        "seyoum-mesfin",
        "hailemariam-desalegn",
    ),
    # Yemen, prime minister: the unity government of 2011-12-07; decree 180/2018 of 2018-10-15
    (
        "prime minister",
        "YEM",
        date(2011, 12, 6),
        date(2011, 12, 8),
        "ali-muhammad-mujawar",
        "mohammed-basindawa",
    ),
    (
        "prime minister",
        "YEM",
        date(2018, 10, 14),
        date(2018, 10, 16),
        "ahmed-obeid-bin-daghr",
        "maeen-abdulmalik",
    ),
]

# Days that fell inside two spells before the pass and now name one holder.
SPELLS = {
    ("interior minister", "ITA", date(2002, 7, 1)): "claudio-scajola",
    ("foreign minister", "ETH", date(2010, 10, 1)): "seyoum-mesfin",
    ("defence minister", "PRK", date(2024, 10, 1)): "kang-sun-nam",
    ("defence minister", "PRK", date(2013, 5, 1)): "kim-kyok-sik",
    ("foreign minister", "PRK", date(2016, 5, 1)): "ri-su-yong",
    ("foreign minister", "PRK", date(2020, 1, 1)): "ri-yong-ho",
    ("defence minister", "RWA", date(2018, 10, 1)): "james-kabarebe",
    ("foreign minister", "RWA", date(2018, 10, 1)): "louise-mushikiwabo",
    ("foreign minister", "RWA", date(2009, 12, 1)): "rosemary-museminali",
    ("defence minister", "UKR", date(2012, 12, 1)): "dmytro-salamatin",
    ("foreign minister", "UKR", date(2007, 12, 1)): "arseniy-yatsenyuk",
    ("interior minister", "UKR", date(2001, 3, 1)): "yuriy-kravchenko",
    ("interior minister", "UKR", date(2003, 8, 1)): "yuriy-smirnov",
    ("defence minister", "AFG", date(2004, 12, 1)): "mohammed-qasim-fahim",
    ("foreign minister", "AFG", date(2010, 1, 1)): "rangin-dadfar-spanta",
    ("defence minister", "ARM", date(2016, 10, 1)): "seyran-ohanyan",
    ("defence minister", "ARM", date(2018, 5, 1)): "vigen-sargsyan",
    ("defence minister", "ARM", date(2021, 8, 1)): "arshak-karapetyan",
    ("foreign minister", "BGD", date(2019, 1, 1)): "abul-hassan-mahmood-ali",
    ("foreign minister", "BGD", date(2024, 1, 1)): "ak-abdul-momen",
    ("foreign minister", "BGD", date(2024, 8, 1)): "hasan-mahmud",
    ("foreign minister", "CAN", date(2000, 10, 1)): "lloyd-axworthy",
    ("foreign minister", "CAN", date(2002, 1, 1)): "john-manley",
    ("foreign minister", "CAN", date(2004, 7, 1)): "bill-graham-canada",
    ("interior minister", "MEX", date(2008, 1, 1)): "francisco-ramirez-acuna",
    ("interior minister", "MEX", date(2010, 7, 1)): "fernando-gomez-mont",
    ("interior minister", "MEX", date(2018, 1, 1)): "miguel-angel-osorio-chong",
    ("prime minister", "SOM", date(2003, 12, 1)): "hassan-abshir-farah",
    ("prime minister", "SOM", date(2013, 12, 1)): "abdi-farah-shirdon",
    ("prime minister", "SOM", date(2014, 12, 1)): "abdiweli-sheikh-ahmed",
    ("defence minister", "UGA", date(2024, 3, 1)): "vincent-ssempijja",
    ("foreign minister", "COD", date(2008, 10, 1)): "antipas-mbusa-nyamwisi",
    ("foreign minister", "COD", date(2016, 12, 1)): "raymond-tshibanda",
    ("defence minister", "IDN", date(2000, 8, 1)): "juwono-sudarsono",
    ("interior minister", "IDN", date(2001, 8, 1)): "surjadi-soedirdja",
    ("foreign minister", "ITA", date(2002, 1, 1)): "renato-ruggiero",
    ("defence minister", "MLI", date(2015, 1, 1)): "bah-ndaw",
    ("defence minister", "PAK", date(2018, 8, 1)): "abdullah-hussain-haroon",
    ("interior minister", "PAK", date(2020, 12, 1)): "ijaz-ahmed-shah",
    ("prime minister", "YEM", date(2011, 12, 1)): "ali-muhammad-mujawar",
    ("prime minister", "YEM", date(2018, 10, 1)): "ahmed-obeid-bin-daghr",
}

test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)

# (state, office, first holder, second holder) of each overlap the pass removed.
FIXED = {(t[1], t[0], t[4], t[5]) for t in HANDOVERS}


test_each_handover_names_one_holder_each_side = each_handover_names_its_holders(HANDOVERS)


def test_the_overlaps_fixed_are_gone(kb: KnowledgeBase) -> None:
    assert not overlaps_left(kb, FIXED)
