"""Month-overlapping spells dated to the handover (issue 14 items 1 and 5, kbfix16).

A month-only end against the same month's start ("2013-07" against "2013-07") gave two holders
of one office on every day of the handover month, so that "the Venezuelan defence minister" in
news of those days named two people. Each handover was read from stored copies of public pages
(docs/actors.md, "the kbfix16 pass"); these tests name the first holder alone just before it
and the second alone just after, and check that the overlaps fixed are gone from the listing.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import (
    Handover,
    each_handover_names_its_holders,
    each_spell_names_its_holder,
    holder_ids,
    overlaps_left,
)

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


def _handover(title: str, state: str, day: date, first: str, second: str) -> Handover:
    """The day before and the day after a handover on ``day``."""
    return (
        title,
        state,
        date.fromordinal(day.toordinal() - 1),
        date.fromordinal(day.toordinal() + 1),
        first,
        second,
    )


HANDOVERS: list[Handover] = [
    # Venezuela, defence: Rangel Silva named on 2012-01-06; Meléndez on 2013-07-05
    _handover(
        "defence minister", "VEN", date(2012, 1, 6), "carlos-mata-figueroa", "henry-rangel-silva"
    ),
    _handover("defence minister", "VEN", date(2013, 7, 5), "diego-molero", "carmen-melendez"),
    # Venezuela, foreign: Jaua named on 2013-01-15; Delcy Rodríguez on 2014-12-26
    _handover("foreign minister", "VEN", date(2013, 1, 15), "nicolas-maduro", "elias-jaua"),
    _handover(
        "foreign minister", "VEN", date(2014, 12, 26), "rafael-ramirez-venezuela", "delcy-rodriguez"
    ),
    # Venezuela, interior: Carreño named on 2007-01-03; Reverol on 2012-10-13; González López
    # on 2015-03-09; Meléndez on 2020-10-25
    _handover("interior minister", "VEN", date(2007, 1, 3), "jesse-chacon", "pedro-carreno"),
    _handover(
        "interior minister", "VEN", date(2012, 10, 13), "tareck-el-aissami", "nestor-reverol"
    ),
    _handover(
        "interior minister", "VEN", date(2015, 3, 9), "carmen-melendez", "gustavo-gonzalez-lopez"
    ),
    _handover("interior minister", "VEN", date(2020, 10, 25), "nestor-reverol", "carmen-melendez"),
    # Kenya, defence: Kenyatta's cabinet sworn in on 2013-05-15; the swap of 2020-01-14; the
    # reshuffle of 2021-09-29
    _handover(
        "defence minister", "KEN", date(2013, 5, 15), "mohamed-yusuf-haji", "raychelle-omamo"
    ),
    _handover("defence minister", "KEN", date(2020, 1, 14), "raychelle-omamo", "monica-juma"),
    _handover("defence minister", "KEN", date(2021, 9, 29), "monica-juma", "eugene-wamalwa"),
    # Kenya, foreign: Kibaki's cabinet of 2005-12-07; Amina Mohamed from 2013-05-20 to
    # 2018-02-05; the swap of 2020-01-14; Ruto's cabinet of 2022-10-27; the reshuffle of
    # 2023-10-04
    _handover("foreign minister", "KEN", date(2005, 12, 7), "chirau-ali-mwakwere", "raphael-tuju"),
    _handover("foreign minister", "KEN", date(2013, 5, 20), "sam-ongeri", "amina-mohamed-kenya"),
    _handover("foreign minister", "KEN", date(2018, 2, 5), "amina-mohamed-kenya", "monica-juma"),
    _handover("foreign minister", "KEN", date(2020, 1, 14), "monica-juma", "raychelle-omamo"),
    _handover("foreign minister", "KEN", date(2022, 10, 27), "raychelle-omamo", "alfred-mutua"),
    _handover("foreign minister", "KEN", date(2023, 10, 4), "alfred-mutua", "musalia-mudavadi"),
    # Haiti, prime minister: Chérestal took office on 2001-03-02; Latortue sworn in on
    # 2004-03-12; Lafontant on 2017-03-21; Lapin named on 2019-03-21; Jouthe sworn in on
    # 2020-03-04
    _handover(
        "prime minister", "HTI", date(2001, 3, 2), "jacques-edouard-alexis", "jean-marie-cherestal"
    ),
    _handover("prime minister", "HTI", date(2004, 3, 12), "yvon-neptune", "gerard-latortue"),
    _handover(
        "prime minister", "HTI", date(2017, 3, 21), "enex-jean-charles", "jack-guy-lafontant"
    ),
    _handover("prime minister", "HTI", date(2019, 3, 21), "jean-henry-ceant", "jean-michel-lapin"),
    _handover("prime minister", "HTI", date(2020, 3, 4), "jean-michel-lapin", "joseph-jouthe"),
    # Haiti, foreign: Rodrigue from 2017-03-20
    _handover("foreign minister", "HTI", date(2017, 3, 20), "pierrot-delienne", "antonio-rodrigue"),
    # Sri Lanka, defence: Wickremesinghe's ministers sworn in on 2001-12-12
    _handover(
        "defence minister", "LKA", date(2001, 12, 12), "chandrika-kumaratunga", "tilak-marapana"
    ),
    # Sri Lanka, foreign: the reshuffles of 2007-01-28, 2017-05-22 and 2021-08-16; the cabinet
    # of 2022-07-22
    _handover(
        "foreign minister", "LKA", date(2007, 1, 28), "mangala-samaraweera", "rohitha-bogollagama"
    ),
    _handover(
        "foreign minister", "LKA", date(2017, 5, 22), "mangala-samaraweera", "ravi-karunanayake"
    ),
    _handover("foreign minister", "LKA", date(2021, 8, 16), "dinesh-gunawardena", "g-l-peiris"),
    _handover("foreign minister", "LKA", date(2022, 7, 22), "g-l-peiris", "ali-sabry"),
    # Colombia, foreign: Araújo resigned on 2008-07-16, Bermúdez sworn in the next day
    _handover("foreign minister", "COL", date(2008, 7, 16), "fernando-araujo", "jaime-bermudez"),
    # Georgia, foreign: Zourabichvili dismissed on 2005-10-19; Darchiashvili on 2022-04-04
    _handover(
        "foreign minister", "GEO", date(2005, 10, 19), "salome-zourabichvili", "gela-bezhuashvili"
    ),
    _handover(
        "foreign minister", "GEO", date(2022, 4, 4), "david-zalkaliani", "ilia-darchiashvili"
    ),
    # Georgia, defence: Akhalaia on 2009-08-27; Khidasheli on 2015-05-01; Izoria on 2016-08-01
    _handover("defence minister", "GEO", date(2009, 8, 27), "vasil-sikharulidze", "bacho-akhalaia"),
    _handover(
        "defence minister", "GEO", date(2015, 5, 1), "mindia-janelidze", "tinatin-khidasheli"
    ),
    _handover("defence minister", "GEO", date(2016, 8, 1), "tinatin-khidasheli", "levan-izoria"),
    # South Korea, defence: the reshuffle of 2001-03-26; Yoon named on 2004-07-28; Kim Tae-young
    # resigned on 2010-11-25 and Kim Kwan-jin took office on 2010-12-04
    _handover("defence minister", "KOR", date(2001, 3, 26), "cho-seong-tae", "kim-dong-shin"),
    _handover("defence minister", "KOR", date(2004, 7, 28), "cho-young-kil", "yoon-kwang-ung"),
    # South Korea, interior: Jeon from 2020-12-24; Lee Sang-min from 2022-05-12
    _handover("interior minister", "KOR", date(2020, 12, 24), "chin-young", "jeon-hae-cheol"),
    _handover("interior minister", "KOR", date(2022, 5, 12), "jeon-hae-cheol", "lee-sang-min"),
    # Belarus: Khrenin from 2020-01-20; Shunevich from 2012-05-11; Kubrakov from 2020-10-29
    _handover("defence minister", "BLR", date(2020, 1, 20), "andrei-ravkov", "viktor-khrenin"),
    _handover("interior minister", "BLR", date(2012, 5, 11), "anatoly-kuleshov", "ihar-shunevich"),
    _handover("interior minister", "BLR", date(2020, 10, 29), "yury-karayev", "ivan-kubrakov"),
    # Argentina, defence: Jaunarena sworn in on 2001-03-05; Puricelli on 2010-12-15
    _handover(
        "defence minister", "ARG", date(2001, 3, 5), "ricardo-lopez-murphy", "horacio-jaunarena"
    ),
    _handover("defence minister", "ARG", date(2010, 12, 15), "nilda-garre", "arturo-puricelli"),
    # Burkina Faso: Sori-Coulibaly named on 2021-12-13; Traoré on 2023-12-17
    _handover(
        "foreign minister", "BFA", date(2021, 12, 13), "alpha-barry", "rosine-sori-coulibaly"
    ),
    _handover(
        "foreign minister",
        "BFA",
        date(2023, 12, 17),
        "olivia-rouamba",
        "karamoko-jean-marie-traore",
    ),
    # Brazil, defence: Pires from 2006-03-31; Jobim from 2007-07-25
    _handover("defence minister", "BRA", date(2006, 3, 31), "jose-alencar", "waldir-pires"),
    _handover("defence minister", "BRA", date(2007, 7, 25), "waldir-pires", "nelson-jobim"),
    # Libya: Mahmudi from 2006-03-05; Koussa from 2009-03-04
    _handover("prime minister", "LBY", date(2006, 3, 5), "shukri-ghanem", "baghdadi-al-mahmudi"),
    _handover(
        "foreign minister", "LBY", date(2009, 3, 4), "abdel-rahman-shalgham", "moussa-koussa"
    ),
]

# Days inside a former overlap month, away from the handover, that now name one holder.
SPELLS = {
    ("defence minister", "VEN", date(2013, 7, 20)): "carmen-melendez",
    ("foreign minister", "VEN", date(2013, 1, 2)): "nicolas-maduro",
    ("interior minister", "VEN", date(2020, 10, 3)): "nestor-reverol",
    # the months the old dates had wrong: Juma kept defence to September 2021, Omamo had
    # foreign affairs from January 2020
    ("defence minister", "KEN", date(2021, 5, 1)): "monica-juma",
    ("foreign minister", "KEN", date(2020, 2, 15)): "raychelle-omamo",
    # Zalkaliani kept the office to April 2022
    ("foreign minister", "GEO", date(2022, 3, 15)): "david-zalkaliani",
    # Barry kept foreign affairs through 2021 (reappointed in January)
    ("foreign minister", "BFA", date(2021, 6, 1)): "alpha-barry",
    # Kim Kwan-jin from 2010-12-04 (Kim Tae-young left on 2010-11-25)
    ("defence minister", "KOR", date(2010, 12, 10)): "kim-kwan-jin",
}

test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)

# (state, office, first holder, second holder) of each overlap the pass removed.
FIXED = {(t[1], t[0], t[4], t[5]) for t in HANDOVERS} | {
    ("KOR", "defence minister", "kim-tae-young", "kim-kwan-jin"),
    ("BFA", "prime minister", "christophe-dabire", "lassina-zerbo"),
    ("BRA", "defence minister", "nelson-jobim", "celso-amorim"),
}


test_each_handover_names_one_holder_each_side = each_handover_names_its_holders(HANDOVERS)


def test_the_days_between_a_resignation_and_the_successor_name_nobody(kb: KnowledgeBase) -> None:
    """Kim Tae-young's resignation was accepted on 2010-11-25; Kim Kwan-jin took office only
    after his confirmation hearing, on 2010-12-04: the days between name no defence minister."""
    assert not holder_ids(kb, "defence minister", "KOR", date(2010, 11, 30))


def test_the_days_between_a_prime_minister_and_the_next_name_nobody(kb: KnowledgeBase) -> None:
    """Christophe Dabiré resigned on 2021-12-08; Lassina Zerbo was named on 2021-12-10. Nelson
    Jobim resigned on 2011-08-04; Celso Amorim was sworn in on 2011-08-08."""
    assert holder_ids(kb, "prime minister", "BFA", date(2021, 12, 7)) == {"christophe-dabire"}
    assert not holder_ids(kb, "prime minister", "BFA", date(2021, 12, 9))
    assert holder_ids(kb, "prime minister", "BFA", date(2021, 12, 11)) == {"lassina-zerbo"}
    assert holder_ids(kb, "defence minister", "BRA", date(2011, 8, 3)) == {"nelson-jobim"}
    assert not holder_ids(kb, "defence minister", "BRA", date(2011, 8, 6))
    assert holder_ids(kb, "defence minister", "BRA", date(2011, 8, 9)) == {"celso-amorim"}


def test_the_overlaps_fixed_are_gone(kb: KnowledgeBase) -> None:
    assert not overlaps_left(kb, FIXED)
