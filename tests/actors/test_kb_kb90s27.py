"""Office holders of 1989-1999, sixteenth checked pass (issue 14, kb90s27): heads of state and
government of the focus states the kb90s23 pass did not reach, read from stored copies of
public pages (docs/actors.md, "the kb90s27 pass"); a day inside each new spell, the handover
days and the gaps left open, and the surnames the pass keeps where they were.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    ("head of state", "NER", date(1989, 6, 1)): "ali-saibou",
    ("president", "NER", date(1991, 1, 1)): "ali-saibou",
    ("president", "NER", date(1994, 1, 1)): "mahamane-ousmane",
    ("head of state", "NER", date(1996, 5, 1)): "ibrahim-bare-mainassara",
    ("president", "NER", date(1998, 1, 1)): "ibrahim-bare-mainassara",
    ("head of state", "NER", date(1999, 8, 1)): "daouda-malam-wanke",
    ("prime minister", "NER", date(1989, 6, 1)): "mamane-oumarou",
    ("prime minister", "NER", date(1991, 1, 1)): "aliou-mahamidou",
    ("prime minister", "NER", date(1992, 6, 1)): "amadou-cheiffou",
    ("prime minister", "NER", date(1994, 1, 1)): "mahamadou-issoufou",
    ("prime minister", "NER", date(1994, 12, 1)): "souley-abdoulaye",
    ("prime minister", "NER", date(1995, 6, 1)): "hama-amadou",
    ("prime minister", "NER", date(1997, 6, 1)): "amadou-boubacar-cisse",
    ("prime minister", "NER", date(1998, 6, 1)): "ibrahim-hassane-mayaki",
    ("head of state", "MLI", date(1990, 1, 1)): "moussa-traore",
    ("head of state", "MLI", date(1991, 10, 1)): "amadou-toumani-toure",
    ("prime minister", "MLI", date(1991, 10, 1)): "soumana-sacko",
    ("prime minister", "MLI", date(1992, 10, 1)): "younoussi-toure",
    ("prime minister", "MLI", date(1993, 10, 1)): "abdoulaye-sekou-sow",
    ("prime minister", "BFA", date(1993, 1, 1)): "youssouf-ouedraogo",
    ("prime minister", "BFA", date(1995, 1, 1)): "roch-marc-christian-kabore",
    ("president", "TCD", date(1989, 6, 1)): "hissene-habre",
    ("prime minister", "RWA", date(1992, 1, 1)): "sylvestre-nsanzimana",
    ("prime minister", "RWA", date(1993, 1, 1)): "dismas-nsengiyaremye",
    ("prime minister", "RWA", date(1994, 1, 1)): "agathe-uwilingiyimana",
    ("prime minister", "RWA", date(1994, 6, 1)): "jean-kambanda",
    ("prime minister", "RWA", date(1995, 1, 1)): "faustin-twagiramungu",
    ("prime minister", "COD", date(1989, 6, 1)): "leon-kengo-wa-dondo",
    ("prime minister", "COD", date(1990, 10, 1)): "lunda-bululu",
    ("prime minister", "COD", date(1991, 6, 1)): "mulumba-lukoji",
    ("prime minister", "COD", date(1992, 12, 1)): "etienne-tshisekedi",
    ("prime minister", "COD", date(1993, 9, 1)): "faustin-birindwa",
    ("prime minister", "COD", date(1996, 1, 1)): "leon-kengo-wa-dondo",
    ("prime minister", "HTI", date(1991, 6, 1)): "rene-preval",
    ("prime minister", "HTI", date(1992, 1, 1)): "jean-jacques-honorat",
    ("prime minister", "HTI", date(1994, 1, 1)): "robert-malval",
    ("prime minister", "HTI", date(1995, 6, 1)): "smarck-michel",
    ("prime minister", "HTI", date(1996, 1, 1)): "claudette-werleigh",
    ("prime minister", "HTI", date(1997, 1, 1)): "rosny-smarth",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Niger: Saibou to Ousmane on 1993-04-16, the coup of 1996-01-27, Baré Maïnassara killed
    on 1999-04-09 (Wanké from 04-11), Wanké to Tandja on 1999-12-22; no prime minister from
    1989-12-20 to 1990-03-02, nor for Boukary Adji's 1996 (no page gave its days); Mayaki to
    Hama Amadou on 2000-01-03. Mali: Traoré overthrown on 1991-03-26; no prime minister before
    1991-04-02; Sow to Keïta in February 1994."""
    assert holder_ids(kb, "president", "NER", date(1993, 4, 15)) == {"ali-saibou"}
    assert holder_ids(kb, "president", "NER", date(1993, 4, 16)) == {"mahamane-ousmane"}
    assert holder_ids(kb, "head of state", "NER", date(1996, 1, 27)) == {"ibrahim-bare-mainassara"}
    assert holder_ids(kb, "head of state", "NER", date(1999, 4, 10)) == set()
    assert holder_ids(kb, "president", "NER", date(1999, 4, 10)) == set()
    assert holder_ids(kb, "president", "NER", date(1999, 12, 22)) == {"mamadou-tandja"}
    assert holder_ids(kb, "prime minister", "NER", date(1990, 1, 15)) == set()
    assert holder_ids(kb, "prime minister", "NER", date(1996, 6, 1)) == set()
    assert holder_ids(kb, "prime minister", "NER", date(2000, 1, 3)) == {"hama-amadou"}
    assert holder_ids(kb, "head of state", "MLI", date(1991, 3, 25)) == {"moussa-traore"}
    assert holder_ids(kb, "head of state", "MLI", date(1991, 3, 26)) == {"amadou-toumani-toure"}
    assert holder_ids(kb, "president", "MLI", date(1992, 6, 8)) == {"alpha-oumar-konare"}
    assert holder_ids(kb, "prime minister", "MLI", date(1990, 6, 1)) == set()
    assert holder_ids(kb, "prime minister", "MLI", date(1994, 2, 3)) == {"abdoulaye-sekou-sow"}
    assert holder_ids(kb, "prime minister", "BFA", date(1991, 1, 1)) == set()
    kabore = {"roch-marc-christian-kabore"}
    assert holder_ids(kb, "prime minister", "BFA", date(1994, 3, 22)) == kabore
    assert holder_ids(kb, "prime minister", "BFA", date(1996, 2, 6)) == {"kadre-desire-ouedraogo"}
    assert holder_ids(kb, "president", "TCD", date(1990, 11, 30)) == {"hissene-habre"}
    assert holder_ids(kb, "president", "TCD", date(1990, 12, 2)) == {"idriss-deby"}
    assert holder_ids(kb, "prime minister", "RWA", date(1991, 6, 1)) == set()
    assert holder_ids(kb, "prime minister", "RWA", date(1994, 4, 8)) == set()
    assert holder_ids(kb, "prime minister", "RWA", date(1995, 8, 31)) == {"pierre-celestin-rwigema"}
    assert holder_ids(kb, "prime minister", "COD", date(1991, 10, 15)) == set()
    assert holder_ids(kb, "prime minister", "COD", date(1992, 3, 1)) == set()
    assert holder_ids(kb, "prime minister", "COD", date(1994, 3, 1)) == set()
    assert holder_ids(kb, "prime minister", "COD", date(1997, 4, 5)) == set()
    assert holder_ids(kb, "prime minister", "HTI", date(1990, 6, 1)) == set()
    assert holder_ids(kb, "prime minister", "HTI", date(1998, 6, 1)) == set()


def test_names(kb: KnowledgeBase) -> None:
    """The full names and their spellings name the new people; the inverted forms keep the
    given names "Ousmane", "Abdoulaye" and "Saibou" nobody's surnames; "Traoré" and "Touré"
    stay surnames several people share, resolved in context."""
    assert alias_ids(kb, "Mahamane Ousmane") == {"mahamane-ousmane"}
    assert alias_ids(kb, "Ibrahim Bare Mainassara") == {"ibrahim-bare-mainassara"}
    assert alias_ids(kb, "Ibrahim Assane Mayaki") == {"ibrahim-hassane-mayaki"}
    assert alias_ids(kb, "Moussa Traore") == {"moussa-traore"}
    assert alias_ids(kb, "Hissene Habre") == {"hissene-habre"}
    assert alias_ids(kb, "Habré") == {"hissene-habre"}
    assert alias_ids(kb, "Kambanda") == {"jean-kambanda"}
    assert alias_ids(kb, "Twagiramungu") == {"faustin-twagiramungu"}
    assert alias_ids(kb, "Kengo") == {"leon-kengo-wa-dondo"}
    assert alias_ids(kb, "Etienne Tshisekedi") == {"etienne-tshisekedi"}


def test_tshisekedi_stays_felix_tshisekedis(kb: KnowledgeBase) -> None:
    """Étienne Tshisekedi (Zaire's prime minister 1992-93) would make "Tshisekedi" a shared
    surname; an explicit alias keeps the bare name his son's, President Félix Tshisekedi's."""
    assert alias_ids(kb, "Tshisekedi") == {"felix-tshisekedi"}
    assert alias_ids(kb, "Félix Tshisekedi") == {"felix-tshisekedi"}
    assert alias_ids(kb, "Ousmane") == set()
    assert alias_ids(kb, "Abdoulaye") == set()
    assert alias_ids(kb, "Saibou") == set()
    assert alias_ids(kb, "Traoré") == set()
    assert "moussa-traore" in kb.sharing("Traoré")
    assert {"amadou-toumani-toure", "younoussi-toure"} <= set(kb.sharing("Touré"))


def test_oumarou_stays_seyni_oumarous(kb: KnowledgeBase) -> None:
    """Mamane Oumarou (prime minister 1983 and 1988-89) would make "Oumarou" a shared surname;
    an explicit alias keeps the bare name Seyni Oumarou's (prime minister 2007-09)."""
    assert alias_ids(kb, "Oumarou") == {"seyni-oumarou"}
    assert alias_ids(kb, "Mamane Oumarou") == {"mamane-oumarou"}


def test_refinements(kb: KnowledgeBase) -> None:
    """Ibrahim Boubacar Keïta's premiership, coded to the month (1994-02 to 2000-02), is 4
    February 1994 to 15 February 2000; Mandé Sidibé's (2000-02 to 2002-03) 15 February 2000 to
    18 March 2002, Modibo Keita's start."""
    assert holder_ids(kb, "prime minister", "MLI", date(1994, 2, 4)) == {"ibrahim-boubacar-keita"}
    assert holder_ids(kb, "prime minister", "MLI", date(2000, 2, 10)) == {"ibrahim-boubacar-keita"}
    assert holder_ids(kb, "prime minister", "MLI", date(2000, 2, 15)) == {"mande-sidibe"}
    assert holder_ids(kb, "prime minister", "MLI", date(2002, 3, 18)) == {"modibo-keita-pm"}
    # Jacques-Édouard Alexis's start, coded to the month (1999-03), is 26 March 1999
    assert holder_ids(kb, "prime minister", "HTI", date(1999, 3, 20)) == set()
    assert holder_ids(kb, "prime minister", "HTI", date(1999, 3, 26)) == {"jacques-edouard-alexis"}
