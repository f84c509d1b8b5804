"""The senior officials most named in world news, a checked pass (issue 14, items 1 and 5,
kbsenior36): Russia's chiefs of the General Staff of 1997-2012 (Kvashnin, Baluyevsky, Makarov)
and ambassadors to the UN (Lavrov's years, Churkin, Ilyichev acting, Nebenzia), Israel's chiefs
of staff of 1998-2011 (Mofaz, Ya'alon, Halutz, Ashkenazi), directors of Shin Bet of 2000-2021
(Dichter, Diskin, Yoram Cohen, Argaman) and of the Mossad of 2002-2016 (Dagan, Pardo), Turkey's
chiefs of the General Staff since 2002 (Özkök, Büyükanıt, Başbuğ, Özel, Akar, Güler, Gürak),
India's national security advisers of 1998-2014 (Mishra, Dixit, Narayanan, Menon) and Pakistan's
directors general of the ISI since 2016 (Mukhtar, Asim Munir, Faiz Hameed, Anjum, Asim Malik),
read from stored copies of public pages (docs/actors.md, "the kbsenior36 pass"); a day inside
each new spell, the handover days, the gaps left open, the names, and the titles that resolve
to the holder of the day.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids
from tests.actors.resolving import actors_at, run

from newsgraph.resolve.kb import KnowledgeBase
from newsgraph.resolve.mentions import ActorStage

pytestmark = pytest.mark.slow  # builds the shipped KB

CoS = "chief of staff"
UN = "ambassador to the un"
NSA = "national security adviser"

SPELLS = {
    # Russia, chief of the General Staff (RUS.MIL), ambassador to the UN
    (CoS, "RUS", date(2001, 1, 1)): "anatoly-kvashnin",
    (CoS, "RUS", date(2006, 1, 1)): "yuri-baluyevsky",
    (CoS, "RUS", date(2010, 1, 1)): "nikolai-makarov",
    (UN, "RUS", date(2000, 1, 1)): "sergey-lavrov",
    (UN, "RUS", date(2010, 1, 1)): "vitaly-churkin",
    (UN, "RUS", date(2017, 5, 1)): "pyotr-ilyichev",
    (UN, "RUS", date(2020, 1, 1)): "vassily-nebenzia",
    # Israel, chief of the general staff (ISR.MIL)
    (CoS, "ISR", date(2001, 1, 1)): "shaul-mofaz",
    (CoS, "ISR", date(2004, 1, 1)): "moshe-yaalon",
    (CoS, "ISR", date(2006, 1, 1)): "dan-halutz",
    (CoS, "ISR", date(2009, 1, 1)): "gabi-ashkenazi",
    # Turkey, chief of the General Staff (TUR.MIL)
    (CoS, "TUR", date(2004, 1, 1)): "hilmi-ozkok",
    (CoS, "TUR", date(2007, 1, 1)): "yasar-buyukanit",
    (CoS, "TUR", date(2009, 1, 1)): "ilker-basbug",
    (CoS, "TUR", date(2013, 1, 1)): "necdet-ozel",
    (CoS, "TUR", date(2017, 1, 1)): "hulusi-akar",
    (CoS, "TUR", date(2020, 1, 1)): "yasar-guler",
    (CoS, "TUR", date(2024, 1, 1)): "metin-gurak",
    # India, national security adviser
    (NSA, "IND", date(2001, 1, 1)): "brajesh-mishra",
    (NSA, "IND", date(2004, 9, 1)): "j-n-dixit",
    (NSA, "IND", date(2007, 1, 1)): "m-k-narayanan",
    (NSA, "IND", date(2012, 1, 1)): "shivshankar-menon",
    # Pakistan, director general of the ISI (the only "director" of Pakistan in the KB)
    ("director", "PAK", date(2017, 6, 1)): "naveed-mukhtar",
    ("director", "PAK", date(2019, 1, 1)): "asim-munir",
    ("director", "PAK", date(2020, 6, 1)): "faiz-hameed",
    ("director", "PAK", date(2023, 1, 1)): "nadeem-anjum",
    ("director", "PAK", date(2025, 1, 1)): "muhammad-asim-malik",
}

test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)

# Israel's "director" is two offices: the Mossad's and Shin Bet's (by the spell's org).
ORG_SPELLS = {
    ("ISR.SHIN_BET", date(2003, 1, 1)): "avi-dichter",
    ("ISR.SHIN_BET", date(2008, 1, 1)): "yuval-diskin",
    ("ISR.SHIN_BET", date(2014, 1, 1)): "yoram-cohen",
    ("ISR.SHIN_BET", date(2019, 1, 1)): "nadav-argaman",
    ("ISR.MOSSAD", date(2005, 1, 1)): "meir-dagan",
    ("ISR.MOSSAD", date(2013, 1, 1)): "tamir-pardo",
}


def org_holders(kb: KnowledgeBase, org: str, day: date) -> set[str]:
    return {aid for aid, _ in kb.holders("director", day, country="ISR", org=org)}


@pytest.mark.parametrize(("spell", "person"), list(ORG_SPELLS.items()), ids=str)
def test_each_israeli_agency_spell_names_its_director(
    kb: KnowledgeBase, spell: tuple[str, date], person: str
) -> None:
    org, day = spell
    assert org_holders(kb, org, day) == {person}


def test_russia_handovers(kb: KnowledgeBase) -> None:
    """Kvashnin to Baluyevsky (2004-07-19), Baluyevsky to Makarov (2008-06-03), Makarov to
    Gerasimov (2012-11-09); Lavrov to his foreign ministry (2004-03-09), Denisov's years left
    out; Churkin to his death (2017-02-20), the four days to Ilyichev's acting start
    (2017-02-24) nobody's, Nebenzia from 2017-07-27."""
    rus = "RUS"
    assert holder_ids(kb, CoS, rus, date(2004, 7, 18)) == {"anatoly-kvashnin"}
    assert holder_ids(kb, CoS, rus, date(2004, 7, 19)) == {"yuri-baluyevsky"}
    assert holder_ids(kb, CoS, rus, date(2008, 6, 2)) == {"yuri-baluyevsky"}
    assert holder_ids(kb, CoS, rus, date(2008, 6, 3)) == {"nikolai-makarov"}
    assert holder_ids(kb, CoS, rus, date(2012, 11, 8)) == {"nikolai-makarov"}
    assert holder_ids(kb, CoS, rus, date(2012, 11, 9)) == {"valery-gerasimov"}
    assert holder_ids(kb, UN, rus, date(2004, 3, 8)) == {"sergey-lavrov"}
    assert holder_ids(kb, UN, rus, date(2005, 1, 1)) == set()  # Denisov
    assert holder_ids(kb, UN, rus, date(2006, 4, 8)) == {"vitaly-churkin"}
    assert holder_ids(kb, UN, rus, date(2017, 2, 19)) == {"vitaly-churkin"}
    assert holder_ids(kb, UN, rus, date(2017, 2, 21)) == set()
    assert holder_ids(kb, UN, rus, date(2017, 2, 24)) == {"pyotr-ilyichev"}
    assert holder_ids(kb, UN, rus, date(2017, 7, 26)) == {"pyotr-ilyichev"}
    assert holder_ids(kb, UN, rus, date(2017, 7, 27)) == {"vassily-nebenzia"}
    # Lavrov keeps his foreign ministry
    assert holder_ids(kb, "foreign minister", rus, date(2004, 3, 9)) == {"sergey-lavrov"}


def test_israel_handovers(kb: KnowledgeBase) -> None:
    """Mofaz to Ya'alon (2002-07-09); Ya'alon to Halutz in June 2005 (the month); Halutz to
    Ashkenazi (2007-02-14) and Ashkenazi to Gantz (2011-02-14); Dichter to Diskin
    (2005-05-15), Diskin to Yoram Cohen (2011-05-15), Cohen to Argaman in May 2016, Argaman to
    Bar (2021-10-13); Dagan to Pardo in January 2011, Pardo to Yossi Cohen (2016-01-06)."""
    isr = "ISR"
    assert holder_ids(kb, CoS, isr, date(2002, 7, 8)) == {"shaul-mofaz"}
    assert holder_ids(kb, CoS, isr, date(2002, 7, 9)) == {"moshe-yaalon"}
    assert holder_ids(kb, CoS, isr, date(2005, 5, 31)) == {"moshe-yaalon"}
    assert holder_ids(kb, CoS, isr, date(2005, 7, 1)) == {"dan-halutz"}
    assert holder_ids(kb, CoS, isr, date(2007, 2, 13)) == {"dan-halutz"}
    assert holder_ids(kb, CoS, isr, date(2007, 2, 14)) == {"gabi-ashkenazi"}
    assert holder_ids(kb, CoS, isr, date(2011, 2, 13)) == {"gabi-ashkenazi"}
    assert holder_ids(kb, CoS, isr, date(2011, 2, 14)) == {"benny-gantz"}
    shin, mossad = "ISR.SHIN_BET", "ISR.MOSSAD"
    assert org_holders(kb, shin, date(2005, 5, 14)) == {"avi-dichter"}
    assert org_holders(kb, shin, date(2005, 5, 15)) == {"yuval-diskin"}
    assert org_holders(kb, shin, date(2011, 5, 14)) == {"yuval-diskin"}
    assert org_holders(kb, shin, date(2011, 5, 15)) == {"yoram-cohen"}
    assert org_holders(kb, shin, date(2016, 4, 30)) == {"yoram-cohen"}
    assert org_holders(kb, shin, date(2016, 6, 1)) == {"nadav-argaman"}
    assert org_holders(kb, shin, date(2021, 10, 12)) == {"nadav-argaman"}
    assert org_holders(kb, shin, date(2021, 10, 13)) == {"ronen-bar"}
    assert org_holders(kb, mossad, date(2010, 12, 31)) == {"meir-dagan"}
    assert org_holders(kb, mossad, date(2011, 2, 1)) == {"tamir-pardo"}
    assert org_holders(kb, mossad, date(2016, 1, 5)) == {"tamir-pardo"}
    assert org_holders(kb, mossad, date(2016, 1, 6)) == {"yossi-cohen"}
    # Efraim Halevy (1998-2002) left out: the Mossad of 2001 is nobody's
    assert org_holders(kb, mossad, date(2001, 6, 1)) == set()
    # the ministers keep their offices
    assert holder_ids(kb, "defence minister", isr, date(2004, 1, 1)) == {"shaul-mofaz"}
    assert holder_ids(kb, "public security minister", isr, date(2007, 1, 1)) == {"avi-dichter"}


def test_turkey_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Özkök to Büyükanıt (2006-08-30), Büyükanıt to Başbuğ (2008-08-30), Başbuğ to 2010-08-27;
    Koşaner's year (left out for his given name) nobody's; Özel from 2011-07-29 (acting) to
    August 2015, Akar to 2018-07-10, Güler to 2023-06-04; Avsever's acting two months left
    out; Gürak from 2023-08-03 to August 2025 (retired at the Supreme Military Council of
    2025-08-05: the kbaudit39 audit's fix of his open spell)."""
    tur = "TUR"
    assert holder_ids(kb, CoS, tur, date(2006, 8, 29)) == {"hilmi-ozkok"}
    assert holder_ids(kb, CoS, tur, date(2006, 8, 30)) == {"yasar-buyukanit"}
    assert holder_ids(kb, CoS, tur, date(2008, 8, 29)) == {"yasar-buyukanit"}
    assert holder_ids(kb, CoS, tur, date(2008, 8, 30)) == {"ilker-basbug"}
    assert holder_ids(kb, CoS, tur, date(2010, 8, 26)) == {"ilker-basbug"}
    assert holder_ids(kb, CoS, tur, date(2011, 1, 1)) == set()  # Koşaner
    assert holder_ids(kb, CoS, tur, date(2011, 7, 29)) == {"necdet-ozel"}
    assert holder_ids(kb, CoS, tur, date(2015, 7, 31)) == {"necdet-ozel"}
    assert holder_ids(kb, CoS, tur, date(2015, 9, 1)) == {"hulusi-akar"}
    assert holder_ids(kb, CoS, tur, date(2018, 7, 9)) == {"hulusi-akar"}
    assert holder_ids(kb, CoS, tur, date(2018, 7, 10)) == {"yasar-guler"}
    assert holder_ids(kb, CoS, tur, date(2023, 6, 3)) == {"yasar-guler"}
    assert holder_ids(kb, CoS, tur, date(2023, 7, 1)) == set()  # Avsever, acting
    assert holder_ids(kb, CoS, tur, date(2023, 8, 3)) == {"metin-gurak"}
    assert holder_ids(kb, CoS, tur, date(2025, 8, 5)) == {"metin-gurak"}
    assert holder_ids(kb, CoS, tur, date(2025, 9, 1)) == set()  # Bayraktaroğlu, not in the KB
    # Akar and Güler keep their defence ministry
    assert holder_ids(kb, "defence minister", tur, date(2018, 7, 10)) == {"hulusi-akar"}
    assert holder_ids(kb, "defence minister", tur, date(2023, 6, 4)) == {"yasar-guler"}


def test_india_and_pakistan_handovers(kb: KnowledgeBase) -> None:
    """Mishra to Dixit in May 2004, Dixit to Narayanan in January 2005 (the lists disagree on
    the days), Narayanan to Menon (2010-01-24), Menon to 2014-05-28 and Doval from 2014-05-30;
    Mukhtar to Munir (2018-10-26), Munir to Faiz Hameed in June 2019, Hameed to Anjum
    (2021-11-20), Anjum to Asim Malik (2024-09-30); the ISI before December 2016 nobody's."""
    ind, pak = "IND", "PAK"
    assert holder_ids(kb, NSA, ind, date(2004, 4, 30)) == {"brajesh-mishra"}
    assert holder_ids(kb, NSA, ind, date(2004, 6, 1)) == {"j-n-dixit"}
    assert holder_ids(kb, NSA, ind, date(2005, 2, 1)) == {"m-k-narayanan"}
    assert holder_ids(kb, NSA, ind, date(2010, 1, 23)) == {"m-k-narayanan"}
    assert holder_ids(kb, NSA, ind, date(2010, 1, 24)) == {"shivshankar-menon"}
    assert holder_ids(kb, NSA, ind, date(2014, 5, 27)) == {"shivshankar-menon"}
    assert holder_ids(kb, NSA, ind, date(2014, 5, 29)) == set()
    assert holder_ids(kb, NSA, ind, date(2014, 5, 30)) == {"ajit-doval"}
    assert holder_ids(kb, "director", pak, date(2016, 12, 10)) == set()
    assert holder_ids(kb, "director", pak, date(2016, 12, 11)) == {"naveed-mukhtar"}
    assert holder_ids(kb, "director", pak, date(2018, 10, 25)) == {"naveed-mukhtar"}
    assert holder_ids(kb, "director", pak, date(2018, 10, 26)) == {"asim-munir"}
    assert holder_ids(kb, "director", pak, date(2019, 5, 31)) == {"asim-munir"}
    assert holder_ids(kb, "director", pak, date(2019, 7, 1)) == {"faiz-hameed"}
    assert holder_ids(kb, "director", pak, date(2021, 11, 19)) == {"faiz-hameed"}
    assert holder_ids(kb, "director", pak, date(2021, 11, 20)) == {"nadeem-anjum"}
    assert holder_ids(kb, "director", pak, date(2024, 9, 29)) == {"nadeem-anjum"}
    assert holder_ids(kb, "director", pak, date(2024, 9, 30)) == {"muhammad-asim-malik"}
    # Asim Munir keeps his army command
    assert holder_ids(kb, CoS, pak, date(2023, 1, 1)) == {"asim-munir"}


def test_names(kb: KnowledgeBase) -> None:
    """The new people's names and spellings resolve; "Cohen" is a surname four KB people share
    now (Yoram Cohen joins it), "Narayanan" one the two Narayanans share; "Özel" stays Özgür
    Özel's own alias (Necdet Özel is its other bearer); "Pardo" is nobody's alone."""
    for name, actor_id in [
        ("Anatoly Kvashnin", "anatoly-kvashnin"),
        ("Yury Baluyevsky", "yuri-baluyevsky"),
        ("Nikolai Makarov", "nikolai-makarov"),
        ("Vitaly Churkin", "vitaly-churkin"),
        ("Pyotr Ilyichev", "pyotr-ilyichev"),
        ("Vassily Nebenzia", "vassily-nebenzia"),
        ("Vasily Nebenzya", "vassily-nebenzia"),
        ("Nebenzya", "vassily-nebenzia"),
        ("Dan Halutz", "dan-halutz"),
        ("Yuval Diskin", "yuval-diskin"),
        ("Yoram Cohen", "yoram-cohen"),
        ("Nadav Argaman", "nadav-argaman"),
        ("Meir Dagan", "meir-dagan"),
        ("Tamir Pardo", "tamir-pardo"),
        ("Hilmi Özkök", "hilmi-ozkok"),
        ("Yasar Buyukanit", "yasar-buyukanit"),
        ("İlker Başbuğ", "ilker-basbug"),
        ("Necdet Özel", "necdet-ozel"),
        ("Metin Gürak", "metin-gurak"),
        ("Brajesh Mishra", "brajesh-mishra"),
        ("J. N. Dixit", "j-n-dixit"),
        ("M. K. Narayanan", "m-k-narayanan"),
        ("Shivshankar Menon", "shivshankar-menon"),
        ("Naveed Mukhtar", "naveed-mukhtar"),
        ("Faiz Hameed", "faiz-hameed"),
        ("Faiz Hamid", "faiz-hameed"),
        ("Nadeem Anjum", "nadeem-anjum"),
        ("Asim Malik", "muhammad-asim-malik"),
        ("Kvashnin", "anatoly-kvashnin"),
        ("Argaman", "nadav-argaman"),
        ("Halutz", "dan-halutz"),
    ]:
        assert alias_ids(kb, name) == {actor_id}, name
    assert set(kb.sharing("Cohen")) == {"eli-cohen", "william-cohen", "yossi-cohen", "yoram-cohen"}
    assert set(kb.sharing("Narayanan")) == {"kr-narayanan", "m-k-narayanan"}
    assert alias_ids(kb, "Özel") == {"ozgur-ozel"}
    assert kb.also_named("Özel", "ozgur-ozel") == ("necdet-ozel",)
    assert alias_ids(kb, "Pardo") == set()
    # the ministers' own bare surnames are theirs still
    assert alias_ids(kb, "Lavrov") == {"sergey-lavrov"}
    assert alias_ids(kb, "Mofaz") == {"shaul-mofaz"}


@pytest.mark.parametrize(
    ("text", "word", "day", "actor_id"),
    [
        # full names
        (
            "General Nikolai Makarov, the chief of the General Staff, met NATO officials.",
            "Makarov",
            date(2010, 5, 1),
            "nikolai-makarov",
        ),
        (
            "Vassily Nebenzia told the Security Council that Moscow would veto the draft.",
            "Vassily",
            date(2019, 3, 1),
            "vassily-nebenzia",
        ),
        (
            "Nadav Argaman said the attack had been foiled.",
            "Nadav",
            date(2018, 3, 1),
            "nadav-argaman",
        ),
        ("Faiz Hameed, the ISI chief, visited Kabul.", "Faiz", date(2021, 9, 4), "faiz-hameed"),
        # standalone titles: the holder of the day
        ("Israel's chief of staff visited the border.", "Israel", date(2006, 3, 1), "dan-halutz"),
        (
            "The Mossad chief flew to Washington for talks.",
            "Mossad",
            date(2005, 3, 1),
            "meir-dagan",
        ),
        ("The Shin Bet chief briefed the cabinet.", "Shin", date(2013, 3, 1), "yoram-cohen"),
        ("The ISI chief met the army chief in Rawalpindi.", "ISI", date(2020, 3, 1), "faiz-hameed"),
        (
            "Turkey's chief of staff, General Necdet Özel, met Erdoğan.",
            "Turkey",
            date(2013, 3, 1),
            "necdet-ozel",
        ),
    ],
)
def test_a_new_holder_resolves_by_name_and_title(
    nlp,  # type: ignore[no-untyped-def]
    stage: ActorStage,
    text: str,
    word: str,
    day: date,
    actor_id: str,
) -> None:
    ms = run(nlp, stage, text, day)
    assert [a for a, _ in actors_at(ms, text, (word,))[word]] == [actor_id]


def test_a_title_beside_its_holder_is_no_mention_of_its_own(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """ "national security adviser" and "ambassador to the UN" right before or beside the
    holder's name give the name its role and are no mention of their own (docs/actors.md,
    "the kbsenior36 pass"; standalone, they resolve to the holder of the day since main's
    title words of the twenty-second round: ``test_actor_ministries.py``); the holder named
    beside them resolves by name."""
    text = "India's national security adviser M. K. Narayanan flew to Washington."
    ms = run(nlp, stage, text, date(2008, 3, 1))
    got = actors_at(ms, text, ("national", "Narayanan"), sectors=False)
    assert got == {"national": [], "Narayanan": ["m-k-narayanan"]}
    text = "Russia's ambassador to the UN, Vitaly Churkin, vetoed the resolution."
    ms = run(nlp, stage, text, date(2012, 3, 1))
    got = actors_at(ms, text, ("ambassador", "Vitaly"), sectors=False)
    assert got == {"ambassador": [], "Vitaly": ["vitaly-churkin"]}
