"""Foreign, defence and interior ministers of West and Central Africa (issue 14, kbafrW19, a
seventh pass checked against stored public pages).

Each spell was read from stored copies of public pages (docs/actors.md, "the kbafrW19
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
    ("defence minister", "SEN", date(2001, 6, 1)): "youba-sambou",
    ("defence minister", "SEN", date(2005, 6, 1)): "becaye-diop",
    ("defence minister", "SEN", date(2010, 3, 1)): "abdoulaye-balde",
    ("defence minister", "SEN", date(2011, 6, 1)): "becaye-diop",
    ("defence minister", "SEN", date(2012, 2, 1)): "moustapha-sourang",
    ("interior minister", "SEN", date(2010, 3, 1)): "becaye-diop",
    ("interior minister", "SEN", date(2011, 6, 1)): "ousmane-ngom",
    ("foreign minister", "SLE", date(2015, 6, 1)): "samura-kamara",
    ("foreign minister", "SLE", date(2018, 2, 1)): "kaifala-marah",
    ("foreign minister", "SLE", date(2018, 10, 1)): "alie-kabba",
    ("foreign minister", "SLE", date(2020, 6, 1)): "nabeela-tunis",
    ("defence minister", "SLE", date(2021, 6, 1)): "kellie-hassan-conteh",
    ("foreign minister", "GNB", date(2016, 1, 1)): "artur-silva-gnb",
    ("defence minister", "GNB", date(2016, 1, 1)): "adiatu-djalo-nandigna",
    ("interior minister", "GNB", date(2016, 8, 1)): "botche-cande",
    ("foreign minister", "GNB", date(2017, 6, 1)): "jorge-malu",
    ("defence minister", "NGA", date(2005, 6, 1)): "rabiu-kwankwaso",
    ("defence minister", "NGA", date(2010, 10, 1)): "adetokunbo-kayode",
    ("foreign minister", "CAF", date(2020, 6, 1)): "sylvie-baipo-temon",
    ("interior minister", "CAF", date(2017, 1, 1)): "jean-serge-bokassa",
    ("interior minister", "CAF", date(2019, 6, 1)): "henri-wanzet-linguissara",
    ("interior minister", "CAF", date(2021, 10, 1)): "michel-nicaise-nassin",
    ("interior minister", "CIV", date(2006, 6, 1)): "joseph-dja-ble",
    ("foreign minister", "CPV", date(2025, 11, 15)): "jose-luis-livramento",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_senegal_handovers(kb: KnowledgeBase) -> None:
    """Senegal: Youba Sambou resigned on 2002-10-01 (the prime minister held the portfolio
    until Seck's government of 2002-11-06: nobody coded between); the reshuffle of
    2009-10-14 passes the armed forces to Abdoulaye Baldé and the interior to Bécaye Diop,
    that of 2010-09-11 the armed forces back to Diop and the interior to Ousmane Ngom; Sourang
    from 2011-12-04; the Mbaye government of 2012-04-04 ends Ngom's and Sourang's spells."""
    sen = "SEN"
    assert holder_ids(kb, "defence minister", sen, date(2002, 9, 30)) == {"youba-sambou"}
    assert holder_ids(kb, "defence minister", sen, date(2002, 10, 15)) == set()
    assert holder_ids(kb, "defence minister", sen, date(2002, 11, 6)) == {"becaye-diop"}
    assert holder_ids(kb, "defence minister", sen, date(2009, 10, 13)) == {"becaye-diop"}
    assert holder_ids(kb, "defence minister", sen, date(2009, 10, 14)) == {"abdoulaye-balde"}
    assert holder_ids(kb, "interior minister", sen, date(2009, 10, 14)) == {"becaye-diop"}
    assert holder_ids(kb, "defence minister", sen, date(2010, 9, 11)) == {"becaye-diop"}
    assert holder_ids(kb, "interior minister", sen, date(2010, 9, 11)) == {"ousmane-ngom"}
    assert holder_ids(kb, "defence minister", sen, date(2011, 12, 4)) == {"moustapha-sourang"}
    assert holder_ids(kb, "defence minister", sen, date(2012, 4, 4)) == {"augustin-tine"}
    assert holder_ids(kb, "interior minister", sen, date(2012, 4, 4)) == {"mbaye-ndiaye"}


def test_sierra_leone_handovers(kb: KnowledgeBase) -> None:
    """Sierra Leone: foreign affairs from J. B. Dauda to Samura Kamara on 2013-01-04, to
    Kaifala Marah on 2017-12-04, Alie Kabba from 2018-05-01, Nabeela Tunis from 2019-05-09,
    David Francis from 2021-04-30 (the KB had April 2021); defence vacant in Koroma's second
    term and from 2018 to Kellie Conteh's appointment of 2019-11-07."""
    sle = "SLE"
    assert holder_ids(kb, "foreign minister", sle, date(2013, 1, 4)) == {"samura-kamara"}
    assert holder_ids(kb, "foreign minister", sle, date(2017, 12, 4)) == {"kaifala-marah"}
    assert holder_ids(kb, "foreign minister", sle, date(2018, 4, 4)) == set()
    assert holder_ids(kb, "foreign minister", sle, date(2019, 5, 8)) == {"alie-kabba"}
    assert holder_ids(kb, "foreign minister", sle, date(2019, 5, 9)) == {"nabeela-tunis"}
    assert holder_ids(kb, "foreign minister", sle, date(2021, 4, 29)) == {"nabeela-tunis"}
    assert holder_ids(kb, "foreign minister", sle, date(2021, 4, 30)) == {"david-j-francis"}
    assert holder_ids(kb, "defence minister", sle, date(2015, 6, 1)) == set()
    assert holder_ids(kb, "defence minister", sle, date(2019, 11, 6)) == set()
    assert holder_ids(kb, "defence minister", sle, date(2019, 11, 7)) == {"kellie-hassan-conteh"}


def test_names(kb: KnowledgeBase) -> None:
    """Common or shared surnames of the new people are no one's bare alias; "Kabbah" stays
    Ahmad Tejan Kabbah's, "Tunis" the Tunisian capital's; "Sourang" is one person's."""
    for word in ("Sambou", "Baldé", "Balde", "Ngom", "Kamara", "Marah", "Kabba", "Conteh", "Diop"):
        assert not alias_ids(kb, word), word
    assert alias_ids(kb, "Kabbah") == {"ahmad-tejan-kabbah"}
    assert alias_ids(kb, "Tunis") == {"TUN"}
    assert alias_ids(kb, "Sourang") == {"moustapha-sourang"}
    assert alias_ids(kb, "Bécaye Diop") == {"becaye-diop"}
    assert alias_ids(kb, "Nabeela Tunis") == {"nabeela-tunis"}


def test_guinea_bissau_handovers(kb: KnowledgeBase) -> None:
    """Guinea-Bissau: the Correia government of 2015-10-12 (Artur Silva, foreign; Adiatu
    Nandigna, defence; the interior left to the prime minister, nobody coded) to its dismissal
    on 2016-05-12; Botché Candé at the interior in Djá's government of 2016-06-02; Jorge Malú
    foreign minister in Embaló's government from 2016-12-12."""
    gnb = "GNB"
    assert holder_ids(kb, "foreign minister", gnb, date(2015, 10, 12)) == {"artur-silva-gnb"}
    assert holder_ids(kb, "defence minister", gnb, date(2016, 5, 11)) == {"adiatu-djalo-nandigna"}
    assert holder_ids(kb, "defence minister", gnb, date(2016, 5, 12)) == set()
    assert holder_ids(kb, "interior minister", gnb, date(2015, 12, 1)) == set()
    assert holder_ids(kb, "interior minister", gnb, date(2016, 6, 2)) == {"botche-cande"}
    assert holder_ids(kb, "foreign minister", gnb, date(2016, 12, 11)) == set()
    assert holder_ids(kb, "foreign minister", gnb, date(2016, 12, 12)) == {"jorge-malu"}
    assert not alias_ids(kb, "Malú")
    assert not alias_ids(kb, "Malu")


def test_nigeria_defence(kb: KnowledgeBase) -> None:
    """Nigeria: Adetokunbo Kayode from Jonathan's cabinet of 2010-04-06 to the end of the
    ministers' appointments on 2011-05-29 (the KB had the years 2010-11, overlapping Godwin
    Abbe and Bello Haliru Mohammed); Badaru Abubakar resigned on 2025-12-01 (the KB had no
    end); Kwankwaso is one person's bare surname."""
    nga = "NGA"
    assert holder_ids(kb, "defence minister", nga, date(2010, 2, 1)) == {"godwin-abbe"}
    assert holder_ids(kb, "defence minister", nga, date(2010, 4, 6)) == {"adetokunbo-kayode"}
    assert holder_ids(kb, "defence minister", nga, date(2011, 5, 29)) == set()
    assert holder_ids(kb, "defence minister", nga, date(2011, 9, 1)) == {"bello-haliru-mohammed"}
    assert holder_ids(kb, "defence minister", nga, date(2025, 11, 30)) == {
        "mohammed-badaru-abubakar"
    }
    assert holder_ids(kb, "defence minister", nga, date(2025, 12, 1)) == set()
    assert alias_ids(kb, "Kwankwaso") == {"rabiu-kwankwaso"}


def test_central_african_republic(kb: KnowledgeBase) -> None:
    """The Central African Republic: foreign affairs from Doubane to Sylvie Baïpo-Temon on
    2018-12-14; the interior from Jean Serge Bokassa to Henri Wanzet Linguissara on 2017-09-12
    and to Michel Nicaise Nassin on 2021-06-23; "Bokassa" stays no one's bare alias."""
    caf = "CAF"
    assert holder_ids(kb, "foreign minister", caf, date(2018, 12, 13)) == {"charles-armel-doubane"}
    assert holder_ids(kb, "foreign minister", caf, date(2018, 12, 14)) == {"sylvie-baipo-temon"}
    assert holder_ids(kb, "interior minister", caf, date(2017, 9, 11)) == {"jean-serge-bokassa"}
    assert holder_ids(kb, "interior minister", caf, date(2017, 9, 12)) == {
        "henri-wanzet-linguissara"
    }
    assert holder_ids(kb, "interior minister", caf, date(2021, 6, 23)) == {"michel-nicaise-nassin"}
    assert not alias_ids(kb, "Bokassa")


def test_cote_d_ivoire_cape_verde_dr_congo(kb: KnowledgeBase) -> None:
    """Côte d'Ivoire: Joseph Dja Blé at the interior from 2005-12-28 to Tagro's 2007-04-07 ("Blé"
    no bare alias); Cape Verde: Monteiro left foreign affairs on 2025-10-28 for José Luís
    Livramento (the KB had no end); DR Congo: Tshibala to Ilunga on 2019-05-20 (the KB had May
    2019 for both, two prime ministers that month)."""
    assert holder_ids(kb, "interior minister", "CIV", date(2005, 12, 27)) == set()
    assert holder_ids(kb, "interior minister", "CIV", date(2007, 4, 7)) == {"desire-tagro"}
    assert not alias_ids(kb, "Blé")
    assert holder_ids(kb, "foreign minister", "CPV", date(2025, 10, 27)) == {
        "jose-filomeno-monteiro"
    }
    assert holder_ids(kb, "foreign minister", "CPV", date(2025, 10, 28)) == {"jose-luis-livramento"}
    assert holder_ids(kb, "prime minister", "COD", date(2019, 5, 19)) == {"bruno-tshibala"}
    assert holder_ids(kb, "prime minister", "COD", date(2019, 5, 20)) == {"sylvestre-ilunga"}
