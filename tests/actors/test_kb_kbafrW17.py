"""Heads of state and government of Guinea-Bissau and foreign, defence and interior ministers
of West and Central Africa (issue 14, kbafrW17, a fifth pass checked against stored public
pages).

Each spell was read from stored copies of public pages (docs/actors.md, "the kbafrW17
pass"); these tests name the holder on a day inside each new spell, check the handover days
and the months left out, and that the new people took no bare surname from anyone.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    ("president", "GNB", date(2000, 1, 1)): "malam-bacai-sanha",
    ("president", "GNB", date(2001, 6, 1)): "kumba-iala",
    ("president", "GNB", date(2004, 6, 1)): "henrique-rosa",
    ("president", "GNB", date(2007, 6, 1)): "joao-bernardo-vieira",
    ("president", "GNB", date(2009, 6, 1)): "raimundo-pereira",
    ("president", "GNB", date(2011, 1, 1)): "malam-bacai-sanha",
    ("president", "GNB", date(2012, 3, 1)): "raimundo-pereira",
    ("president", "GNB", date(2013, 6, 1)): "manuel-serifo-nhamadjo",
    ("president", "GNB", date(2017, 6, 1)): "jose-mario-vaz",
    ("president", "GNB", date(2023, 6, 1)): "umaro-sissoco-embalo",
    ("president", "GNB", date(2026, 1, 1)): "horta-n-tam",
    ("prime minister", "GNB", date(2000, 1, 1)): "francisco-fadul",
    ("prime minister", "GNB", date(2000, 6, 1)): "caetano-n-tchama",
    ("prime minister", "GNB", date(2001, 6, 1)): "faustino-imbali",
    ("prime minister", "GNB", date(2002, 6, 1)): "alamara-nhasse",
    ("prime minister", "GNB", date(2003, 6, 1)): "mario-pires",
    ("prime minister", "GNB", date(2004, 1, 1)): "artur-sanha",
    ("prime minister", "GNB", date(2005, 1, 1)): "carlos-gomes-junior",
    ("prime minister", "GNB", date(2006, 6, 1)): "aristides-gomes",
    ("prime minister", "GNB", date(2008, 1, 1)): "martinho-ndafa-cabi",
    ("prime minister", "GNB", date(2008, 10, 1)): "carlos-correia",
    ("prime minister", "GNB", date(2010, 6, 1)): "carlos-gomes-junior",
    ("prime minister", "GNB", date(2013, 6, 1)): "rui-duarte-de-barros",
    ("prime minister", "GNB", date(2015, 1, 1)): "domingos-simoes-pereira",
    ("prime minister", "GNB", date(2016, 1, 1)): "carlos-correia",
    ("prime minister", "GNB", date(2016, 9, 1)): "baciro-dja",
    ("prime minister", "GNB", date(2017, 6, 1)): "umaro-sissoco-embalo",
    ("prime minister", "GNB", date(2018, 3, 1)): "artur-silva-gnb",
    ("prime minister", "GNB", date(2019, 1, 1)): "aristides-gomes",
    ("prime minister", "GNB", date(2022, 1, 1)): "nuno-gomes-nabiam",
    ("prime minister", "GNB", date(2023, 10, 1)): "geraldo-martins",
    ("prime minister", "GNB", date(2024, 6, 1)): "rui-duarte-de-barros",
    ("prime minister", "GNB", date(2025, 9, 1)): "braima-camara",
    ("foreign minister", "GNB", date(2012, 9, 1)): "faustino-imbali",
    ("foreign minister", "GNB", date(2013, 9, 1)): "fernando-delfim-da-silva",
    ("defence minister", "GNB", date(2013, 1, 1)): "celestino-de-carvalho",
    ("interior minister", "GNB", date(2013, 1, 1)): "antonio-suka-ntchama",
    ("foreign minister", "GNB", date(2015, 1, 1)): "mario-lopes-da-rosa",
    ("defence minister", "GNB", date(2015, 1, 1)): "cadi-mane",
    ("interior minister", "GNB", date(2014, 9, 1)): "botche-cande",
    ("foreign minister", "GNB", date(2021, 6, 1)): "suzi-barbosa",
    ("defence minister", "GNB", date(2021, 6, 1)): "sandji-fati",
    ("interior minister", "GNB", date(2021, 6, 1)): "botche-cande",
    ("defence minister", "GNB", date(2023, 1, 1)): "marciano-silva-barbeiro",
    ("interior minister", "GNB", date(2023, 1, 1)): "sandji-fati",
    ("interior minister", "GNB", date(2023, 6, 1)): "soares-sambu",
    ("interior minister", "GNB", date(2023, 10, 1)): "adiatu-djalo-nandigna",
    ("defence minister", "GNB", date(2023, 10, 1)): "nicolau-dos-santos",
    ("foreign minister", "GNB", date(2024, 6, 1)): "carlos-pinto-pereira",
    ("defence minister", "GNB", date(2024, 6, 1)): "nicolau-dos-santos",
    ("interior minister", "GNB", date(2024, 6, 1)): "botche-cande",
    ("defence minister", "GNB", date(2025, 3, 1)): "dionisio-cabi",
    ("defence minister", "SEN", date(2015, 1, 1)): "augustin-tine",
    ("defence minister", "SEN", date(2020, 6, 1)): "sidiki-kaba",
    ("interior minister", "SEN", date(2012, 6, 1)): "mbaye-ndiaye",
    ("interior minister", "SEN", date(2013, 3, 1)): "pathe-seck",
    ("interior minister", "SEN", date(2015, 6, 1)): "abdoulaye-daouda-diallo",
    ("interior minister", "SEN", date(2025, 12, 1)): "mouhamadou-bamba-cisse",
    ("defence minister", "COG", date(2005, 1, 1)): "jacques-yvon-ndolou",
    ("defence minister", "COG", date(2011, 1, 1)): "charles-zacharie-bowao",
    ("defence minister", "COG", date(2020, 1, 1)): "charles-richard-mondjo",
    ("interior minister", "COG", date(2005, 1, 1)): "francois-ibovi",
    ("interior minister", "COG", date(2020, 1, 1)): "raymond-mboulou",
    ("defence minister", "GAB", date(2005, 1, 1)): "ali-bongo",
    ("defence minister", "GAB", date(2019, 6, 1)): "rose-christiane-ossouka-raponda",
    ("defence minister", "GAB", date(2021, 6, 1)): "michael-moussa-adamo",
    ("defence minister", "GAB", date(2023, 1, 1)): "felicite-ongouori-ngoubili",
    ("defence minister", "GAB", date(2024, 6, 1)): "brigitte-onkanowa",
    ("interior minister", "GAB", date(2020, 1, 1)): "lambert-noel-matha",
    ("interior minister", "GAB", date(2024, 6, 1)): "hermann-immongault",
    ("interior minister", "GAB", date(2026, 2, 1)): "adrien-nguema-mba",
    ("defence minister", "LBR", date(2004, 1, 1)): "daniel-chea",
    ("defence minister", "LBR", date(2012, 1, 1)): "brownie-samukai",
    ("defence minister", "LBR", date(2021, 1, 1)): "daniel-dee-ziankahn",
    ("foreign minister", "LBR", date(2009, 1, 1)): "olubanke-king-akerele",
    ("foreign minister", "LBR", date(2014, 1, 1)): "augustine-ngafuan",
    ("defence minister", "SLE", date(2003, 1, 1)): "ahmad-tejan-kabbah",
    ("defence minister", "SLE", date(2010, 1, 1)): "alfred-palo-conteh",
    ("interior minister", "SLE", date(2015, 1, 1)): "jb-dauda",
    ("interior minister", "SLE", date(2017, 1, 1)): "alfred-palo-conteh",
    ("defence minister", "SLE", date(2018, 2, 1)): "alfred-palo-conteh",
    ("interior minister", "SLE", date(2019, 1, 1)): "edward-suluku",
    ("interior minister", "SLE", date(2022, 1, 1)): "david-panda-noah",
    ("defence minister", "GMB", date(2005, 1, 1)): "yahya-jammeh",
    ("defence minister", "GMB", date(2018, 1, 1)): "adama-barrow",
    ("defence minister", "GMB", date(2021, 1, 1)): "sheikh-omar-faye",
    ("defence minister", "GMB", date(2023, 1, 1)): "sering-modou-njie",
    ("interior minister", "GMB", date(2017, 6, 1)): "mai-ahmad-fatty",
    ("interior minister", "GMB", date(2021, 1, 1)): "yankuba-sonko",
    ("interior minister", "NER", date(2003, 6, 1)): "albade-abouba",
    ("interior minister", "NER", date(2008, 6, 1)): "albade-abouba",
    ("defence minister", "NER", date(2010, 6, 1)): "mamadou-ousseini",
    ("defence minister", "NER", date(2014, 1, 1)): "karidjo-mahamadou",
    ("interior minister", "NER", date(2012, 1, 1)): "abdou-labo",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_guinea_bissau_heads_handovers(kb: KnowledgeBase) -> None:
    """Guinea-Bissau: Vieira was killed on 2009-03-02 and Raimundo Pereira sworn in the next
    day; the juntas of September 2003 and April-May 2012 head nobody in the KB; Embaló was
    deposed on 2025-11-26 and General Horta N'Tam sworn in on 2025-11-27."""
    assert holder_ids(kb, "president", "GNB", date(2009, 3, 1)) == {"joao-bernardo-vieira"}
    assert holder_ids(kb, "president", "GNB", date(2009, 3, 2)) == set()
    assert holder_ids(kb, "president", "GNB", date(2009, 3, 3)) == {"raimundo-pereira"}
    assert holder_ids(kb, "president", "GNB", date(2003, 9, 20)) == set()
    assert holder_ids(kb, "president", "GNB", date(2012, 4, 20)) == set()
    assert holder_ids(kb, "president", "GNB", date(2025, 11, 25)) == {"umaro-sissoco-embalo"}
    assert holder_ids(kb, "president", "GNB", date(2025, 11, 26)) == set()
    assert holder_ids(kb, "president", "GNB", date(2025, 11, 27)) == {"horta-n-tam"}


def test_guinea_bissau_prime_ministers_left_out(kb: KnowledgeBase) -> None:
    """Guinea-Bissau: the acting prime minister of February-April 2012, Baciro Djá's voided
    first spell (August-September 2015) and Faustino Imbali's rival government (2019-10-29 to
    2019-11-08) are left out; Aristides Gomes holds the office on each side of it; the decree
    of 2023-12-20 passes it from Geraldo Martins to Rui Duarte de Barros."""
    assert holder_ids(kb, "prime minister", "GNB", date(2012, 3, 1)) == set()
    assert holder_ids(kb, "prime minister", "GNB", date(2015, 9, 1)) == set()
    assert holder_ids(kb, "prime minister", "GNB", date(2019, 10, 28)) == {"aristides-gomes"}
    assert holder_ids(kb, "prime minister", "GNB", date(2019, 11, 1)) == set()
    assert holder_ids(kb, "prime minister", "GNB", date(2019, 11, 8)) == {"aristides-gomes"}
    assert holder_ids(kb, "prime minister", "GNB", date(2023, 12, 19)) == {"geraldo-martins"}
    assert holder_ids(kb, "prime minister", "GNB", date(2023, 12, 20)) == {"rui-duarte-de-barros"}


def test_guinea_bissau_names(kb: KnowledgeBase) -> None:
    """The heads Phoenix had mined for Guinea-Bissau are the hand-written people now, under
    the same ids (no duplicate); "Embaló", "Nhamadjo" and "Nabiam" are bare surnames of one
    person each; the common or shared surnames (Pereira, Gomes, Vieira, Correia, Vaz, Silva,
    Barros, Martins, Rosa) stay no one's alias, "Yala" (a Thai province) too; "Camará" is a
    shared surname that now includes Braima Camará, "Sanhá" Malam Bacai Sanhá."""

    assert alias_ids(kb, "Embaló") == {"umaro-sissoco-embalo"}
    assert alias_ids(kb, "Embalo") == {"umaro-sissoco-embalo"}
    assert alias_ids(kb, "Nhamadjo") == {"manuel-serifo-nhamadjo"}
    assert alias_ids(kb, "Nabiam") == {"nuno-gomes-nabiam"}
    assert alias_ids(kb, "Kumba Yala") == {"kumba-iala"}
    assert alias_ids(kb, "Nino Vieira") == {"joao-bernardo-vieira"}
    assert alias_ids(kb, "Carlos Gomes Junior") == {"carlos-gomes-junior"}
    for surname in ("Pereira", "Gomes", "Vieira", "Correia", "Vaz", "Silva", "Barros"):
        assert not alias_ids(kb, surname), surname
    for surname in ("Martins", "Rosa", "Yala", "Ialá", "Djá", "Pires"):
        assert not alias_ids(kb, surname), surname
    assert "braima-camara" in kb.sharing("Camará")
    assert "malam-bacai-sanha" in kb.sharing("Sanhá")
    # Mauro Vieira (Brazil) keeps his full name; no new name makes "Vieira" a given name
    assert alias_ids(kb, "Mauro Vieira") == {"mauro-vieira"}
    assert {"umaro-sissoco-embalo"} == {a.id for a in kb if a.name == "Umaro Sissoco Embaló"}


def test_guinea_bissau_ministers_handovers(kb: KnowledgeBase) -> None:
    """Guinea-Bissau: the decree of 2022-10-27 swaps Candé and Fati at the interior; Embaló's
    own weeks at defence and the interior (December 2023) are left out; the coup of
    2025-11-26 ends the ministers' spells; Mário Lopes da Rosa's full name is no alias, and
    "Cabi" is a shared surname of two people."""
    assert holder_ids(kb, "interior minister", "GNB", date(2022, 10, 26)) == {"botche-cande"}
    assert holder_ids(kb, "interior minister", "GNB", date(2022, 10, 27)) == {"sandji-fati"}
    assert holder_ids(kb, "defence minister", "GNB", date(2023, 12, 10)) == set()
    assert holder_ids(kb, "interior minister", "GNB", date(2023, 12, 10)) == set()
    assert holder_ids(kb, "foreign minister", "GNB", date(2025, 11, 25)) == {"carlos-pinto-pereira"}
    assert holder_ids(kb, "foreign minister", "GNB", date(2025, 11, 26)) == set()
    # "Lopes" was the shared surname of three Portuguese ministers; since the twenty-first
    # round their compound surnames are theirs whole ("Santana Lopes": docs/actors.md,
    # "Compound surnames"), and Mário Lopes da Rosa's full name is still no alias
    assert [h.actor_id for h in kb.lookup("Santana Lopes")] == ["pedro-santana-lopes"]
    assert not kb.lookup("Mário Lopes da Rosa") and not kb.lookup("Lopes")
    assert set(kb.sharing("Cabi")) == {"dionisio-cabi", "martinho-ndafa-cabi"}
    assert not kb.lookup("Candé")
    assert not kb.lookup("Fati")


def test_senegal_handovers_and_corrections(kb: KnowledgeBase) -> None:
    """Senegal: the reshuffle of 2012-10-29 passes the interior from Mbaye Ndiaye to Pathé
    Seck; the government of 2017-09-07 from Abdoulaye Daouda Diallo to Aly Ngouille Ndiaye;
    that of 2024-04-05 the armed forces from Oumar Youm to Birame Diop (the KB had April for
    both); Jean-Baptiste Tine left the interior on 2025-09-06 (the KB had him in office to
    the cut-off); Idrissa Seck keeps the bare "Seck", Augustin and Jean-Baptiste Tine share
    "Tine"."""
    assert holder_ids(kb, "interior minister", "SEN", date(2012, 10, 28)) == {"mbaye-ndiaye"}
    assert holder_ids(kb, "interior minister", "SEN", date(2012, 10, 29)) == {"pathe-seck"}
    assert holder_ids(kb, "interior minister", "SEN", date(2017, 9, 6)) == {
        "abdoulaye-daouda-diallo"
    }
    assert holder_ids(kb, "interior minister", "SEN", date(2017, 9, 7)) == {"aly-ngouille-ndiaye"}
    assert holder_ids(kb, "defence minister", "SEN", date(2024, 4, 4)) == {"oumar-youm"}
    assert holder_ids(kb, "defence minister", "SEN", date(2024, 4, 5)) == {"birame-diop"}
    assert holder_ids(kb, "defence minister", "SEN", date(2025, 12, 1)) == {"birame-diop"}
    assert holder_ids(kb, "interior minister", "SEN", date(2025, 9, 5)) == {"jean-baptiste-tine"}
    assert holder_ids(kb, "interior minister", "SEN", date(2025, 9, 6)) == {
        "mouhamadou-bamba-cisse"
    }
    assert holder_ids(kb, "defence minister", "SEN", date(2019, 4, 6)) == {"augustin-tine"}
    assert holder_ids(kb, "defence minister", "SEN", date(2019, 4, 7)) == {"sidiki-kaba"}
    assert {h.actor_id for h in kb.lookup("Seck")} == {"idrissa-seck"}
    assert set(kb.sharing("Tine")) == {"augustin-tine", "jean-baptiste-tine"}


def test_congo_handovers(kb: KnowledgeBase) -> None:
    """Republic of the Congo: the government of 2009-09-15 passes defence from Ndolou to
    Bowao, the reshuffle of 2012-09-25 to Mondjo; the decree of 2007-12-30 the interior from
    Ibovi to Mboulou; before the government of 2002-08-18 neither office had a holder (both
    since dated: Pierre Oba by kbafrE28, Justin Lékoundzou Itihi Ossetoumba by kbafrE30)."""
    assert holder_ids(kb, "defence minister", "COG", date(2009, 9, 14)) == {"jacques-yvon-ndolou"}
    assert holder_ids(kb, "defence minister", "COG", date(2009, 9, 15)) == {
        "charles-zacharie-bowao"
    }
    assert holder_ids(kb, "defence minister", "COG", date(2012, 9, 25)) == {
        "charles-richard-mondjo"
    }
    assert holder_ids(kb, "interior minister", "COG", date(2007, 12, 30)) == {"raymond-mboulou"}
    # Justin Lékoundzou Itihi Ossetoumba, minister delegate for defence from 1999 to
    # 2002-08-18: dated by kbafrE30 (tests/actors/test_kb_kbafrE30.py)
    assert holder_ids(kb, "defence minister", "COG", date(2001, 1, 1)) == {
        "justin-lekoundzou-itihi-ossetoumba"
    }
    # Pierre Oba, interior minister from 1997-11-02 to 2002-08-18: dated by kbafrE28
    assert holder_ids(kb, "interior minister", "COG", date(2001, 1, 1)) == {"pierre-oba"}


def test_gabon_handovers_and_corrections(kb: KnowledgeBase) -> None:
    """Gabon: Ali Bongo left the defence ministry on 2009-08-14, before his election; the
    reshuffle of 2022-03-08 moved Michael Moussa Adamo from defence to foreign affairs, which
    he held until his death on 2023-01-20 (the KB had 2022 to 2023); the coup of 2023-08-30
    ends Ali Bongo's last ministers; "Matha" stays Wan Muhamad Noor Matha's."""
    assert holder_ids(kb, "defence minister", "GAB", date(2009, 8, 13)) == {"ali-bongo"}
    assert holder_ids(kb, "defence minister", "GAB", date(2009, 8, 14)) == set()
    assert holder_ids(kb, "defence minister", "GAB", date(2022, 3, 8)) == {
        "felicite-ongouori-ngoubili"
    }
    assert holder_ids(kb, "foreign minister", "GAB", date(2022, 3, 8)) == {"michael-moussa-adamo"}
    assert holder_ids(kb, "foreign minister", "GAB", date(2023, 1, 19)) == {"michael-moussa-adamo"}
    assert "michael-moussa-adamo" not in holder_ids(kb, "foreign minister", "GAB", date(2023, 6, 1))
    assert holder_ids(kb, "interior minister", "GAB", date(2023, 8, 30)) == set()
    # the government of 2020-07-17 passes foreign affairs from Bilie-By-Nze to Moubelet-Boubeya
    assert holder_ids(kb, "foreign minister", "GAB", date(2020, 7, 16)) == {
        "alain-claude-bilie-by-nze"
    }
    assert holder_ids(kb, "foreign minister", "GAB", date(2020, 7, 17)) == {
        "pacome-moubelet-boubeya"
    }
    assert {h.actor_id for h in kb.lookup("Matha")} == {"wan-muhamad-noor-matha"}


def test_liberia_handovers(kb: KnowledgeBase) -> None:
    """Liberia: Weah relieved Samukai of defence on the evening of his inauguration
    (2018-01-22); Ngafuan's resignation took effect on 2015-10-10; the months of Toga
    McIntosh (2010-11 to 2012-02) and the interior stay without a holder."""
    assert holder_ids(kb, "defence minister", "LBR", date(2018, 1, 21)) == {"brownie-samukai"}
    assert holder_ids(kb, "defence minister", "LBR", date(2018, 1, 22)) == {"daniel-dee-ziankahn"}
    assert holder_ids(kb, "foreign minister", "LBR", date(2015, 10, 9)) == {"augustine-ngafuan"}
    # Toga McIntosh's months (December 2010 to 2012-01-19), added by the kbafrW20 pass
    assert holder_ids(kb, "foreign minister", "LBR", date(2011, 6, 1)) == {"toga-gayewea-mcintosh"}
    # Varney Sirleaf's spell (2018-02-19 to 2024-01-22), added by the kbafrW21 pass
    assert holder_ids(kb, "interior minister", "LBR", date(2020, 1, 1)) == {"varney-sirleaf"}


def test_sierra_leone_handovers(kb: KnowledgeBase) -> None:
    """Sierra Leone: the defence ministry was vacant from Koroma's second-term cabinet
    (2013-01-04) to the reshuffle of 2017-12-04; "Noah" (a given name) and "Conteh" (a common
    surname) stay nobody's alias."""
    assert holder_ids(kb, "defence minister", "SLE", date(2015, 1, 1)) == set()
    assert holder_ids(kb, "interior minister", "SLE", date(2016, 3, 12)) == {"jb-dauda"}
    assert holder_ids(kb, "interior minister", "SLE", date(2016, 3, 13)) == {"alfred-palo-conteh"}
    assert not kb.lookup("Noah")
    assert not kb.lookup("Conteh")
    assert {h.actor_id for h in kb.lookup("Panda-Noah")} == {"david-panda-noah"}


def test_gambia_handovers_and_names(kb: KnowledgeBase) -> None:
    """The Gambia: the statement of 2019-08-22 ends the president's own tenure of the defence
    ministry; the cabinet of 2022-05-04 gives it to Sering Modou Njie (the KB had 2022);
    "Sonko" stays Ousmane Sonko's, "Fatty" (an English word) nobody's, "Faye" a shared
    surname."""
    assert holder_ids(kb, "defence minister", "GMB", date(2019, 8, 21)) == {"adama-barrow"}
    assert holder_ids(kb, "defence minister", "GMB", date(2019, 8, 22)) == {"sheikh-omar-faye"}
    assert holder_ids(kb, "defence minister", "GMB", date(2022, 5, 4)) == {"sering-modou-njie"}
    assert holder_ids(kb, "interior minister", "GMB", date(2017, 11, 10)) == set()
    assert {h.actor_id for h in kb.lookup("Sonko")} == {"ousmane-sonko"}
    assert not kb.lookup("Fatty")
    assert "sheikh-omar-faye" in kb.sharing("Faye")


def test_niger_handovers(kb: KnowledgeBase) -> None:
    """Niger: the coup of 2010-02-18 ends Abouba's interior spell; the first Rafini
    government (2011-04-21) passes defence from the junta's Ousseini to Karidjo; the
    government of 2013-08-13 the interior from Labo to Massoudou."""
    assert holder_ids(kb, "interior minister", "NER", date(2010, 2, 18)) == set()
    assert holder_ids(kb, "defence minister", "NER", date(2011, 4, 20)) == {"mamadou-ousseini"}
    assert holder_ids(kb, "defence minister", "NER", date(2011, 4, 21)) == {"karidjo-mahamadou"}
    assert holder_ids(kb, "interior minister", "NER", date(2013, 8, 13)) == {"hassoumi-massoudou"}
