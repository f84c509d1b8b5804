"""Leaders of the main parties in 2000-2009 (issue 14, items 1 and 5; branch kbleaders25): who
led each party on a day, and how a leader is coded on a day of the spell (resolve/roles.py): a
prime minister or chancellor who leads a party is still the office holder (GOV); an opposition
leader with no office of state is coded PTY.

Shipped KB; no model.
"""

from __future__ import annotations

from datetime import date

from tests.actors.kb_holders import (
    PersonDay,
    alias_ids,
    each_party_leader_is_coded,
    party_leader_ids,
)

from newsgraph.resolve.kb import KnowledgeBase

# (party, a day inside the spell) -> its leader on that day
LEADERS: dict[tuple[str, date], str] = {
    ("gbr-labour-party", date(2003, 3, 20)): "tony-blair",
    ("gbr-labour-party", date(2008, 10, 1)): "gordon-brown",
    ("gbr-conservative-party", date(2000, 6, 1)): "william-hague",
    ("gbr-conservative-party", date(2002, 6, 1)): "iain-duncan-smith",
    ("gbr-conservative-party", date(2004, 6, 1)): "michael-howard",
    ("gbr-liberal-democrats", date(2003, 2, 15)): "charles-kennedy",
    ("gbr-liberal-democrats", date(2007, 1, 1)): "menzies-campbell",
    ("gbr-liberal-democrats", date(2012, 1, 1)): "nick-clegg",
    ("deu-spd", date(2002, 6, 1)): "gerhard-schroeder",
    ("deu-spd", date(2005, 1, 1)): "franz-muntefering",
    ("deu-spd", date(2006, 1, 1)): "matthias-platzeck",
    ("deu-spd", date(2007, 6, 1)): "kurt-beck",
    ("deu-spd", date(2009, 6, 1)): "franz-muntefering",
    ("deu-csu", date(2003, 1, 1)): "edmund-stoiber",
    ("deu-csu", date(2008, 1, 1)): "erwin-huber",
    ("deu-csu", date(2015, 1, 1)): "horst-seehofer",
    ("deu-fdp", date(2005, 1, 1)): "guido-westerwelle",
    ("fra-les-republicains", date(2003, 6, 1)): "alain-juppe",
    ("fra-les-republicains", date(2006, 1, 1)): "nicolas-sarkozy",
    ("fra-socialist-party", date(2005, 1, 1)): "francois-hollande",
    ("fra-national-rally", date(2002, 4, 21)): "jean-marie-le-pen",
    ("esp-peoples-party", date(2001, 1, 1)): "jose-maria-aznar",
    ("can-liberal-party", date(2001, 1, 1)): "jean-chretien",
    ("can-liberal-party", date(2005, 1, 1)): "paul-martin",
    ("can-liberal-party", date(2007, 6, 1)): "stephane-dion",
    ("can-liberal-party", date(2010, 1, 1)): "michael-ignatieff",
    ("can-conservative-party", date(2005, 1, 1)): "stephen-harper",
    ("can-conservative-party", date(2012, 1, 1)): "stephen-harper",
    ("aus-labor-party", date(2002, 6, 1)): "simon-crean",
    ("aus-labor-party", date(2004, 6, 1)): "mark-latham",
    ("aus-labor-party", date(2009, 1, 1)): "kevin-rudd",
    ("aus-liberal-party", date(2004, 1, 1)): "john-howard",
    ("aus-liberal-party", date(2008, 6, 1)): "brendan-nelson",
    ("aus-liberal-party", date(2009, 6, 1)): "malcolm-turnbull",
    ("anc", date(2003, 1, 1)): "thabo-mbeki",
    ("anc", date(2012, 1, 1)): "jacob-zuma",
    ("inc", date(2004, 5, 1)): "sonia-gandhi",
    ("bjp", date(2008, 1, 1)): "rajnath-singh",
    ("bjp", date(2011, 1, 1)): "nitin-gadkari",
    ("nzl-labour-party", date(2005, 1, 1)): "helen-clark",
    ("nzl-national-party", date(2002, 6, 1)): "bill-english",
    ("nzl-national-party", date(2005, 1, 1)): "don-brash",
    ("irl-fianna-fail", date(2002, 1, 1)): "bertie-ahern",
    ("irl-fianna-fail", date(2009, 1, 1)): "brian-cowen",
    ("irl-fine-gael", date(2001, 6, 1)): "michael-noonan",
    ("likud", date(2003, 1, 1)): "ariel-sharon",
    ("kadima", date(2007, 1, 1)): "ehud-olmert",
    ("kadima", date(2010, 1, 1)): "tzipi-livni",
    ("chp", date(2005, 1, 1)): "deniz-baykal",
    ("zwe-movement-for-democratic-change", date(2005, 1, 1)): "morgan-tsvangirai",
    ("jpn-liberal-democratic-party", date(2003, 1, 1)): "junichiro-koizumi",
    ("jpn-liberal-democratic-party", date(2007, 1, 1)): "shinzo-abe",
    ("jpn-liberal-democratic-party", date(2008, 1, 1)): "yasuo-fukuda",
    ("jpn-liberal-democratic-party", date(2009, 1, 1)): "taro-aso",
    ("jpn-liberal-democratic-party", date(2011, 1, 1)): "sadakazu-tanigaki",
    ("grc-new-democracy", date(2005, 1, 1)): "kostas-karamanlis",
    ("grc-pasok", date(2006, 1, 1)): "george-papandreou",
    ("swe-social-democrats", date(2003, 1, 1)): "goran-persson",
    ("swe-social-democrats", date(2009, 1, 1)): "mona-sahlin",
    ("ita-democratic-party", date(2008, 6, 1)): "walter-veltroni",
    ("ita-democratic-party", date(2009, 6, 1)): "dario-franceschini",
    ("ita-democratic-party", date(2011, 1, 1)): "pier-luigi-bersani",
    ("pol-civic-platform", date(2005, 1, 1)): "donald-tusk",
    ("prt-socialist-party", date(2008, 1, 1)): "jose-socrates",
}


def test_a_handover_day_names_the_successor_alone(kb: KnowledgeBase) -> None:
    def leader(party: str, day: date) -> set[str]:
        return party_leader_ids(kb, party, day)

    assert leader("gbr-labour-party", date(2007, 6, 23)) == {"tony-blair"}
    assert leader("gbr-labour-party", date(2007, 6, 24)) == {"gordon-brown"}
    assert leader("gbr-conservative-party", date(2003, 11, 6)) == {"michael-howard"}
    assert leader("gbr-conservative-party", date(2005, 12, 6)) == {"david-cameron"}
    assert leader("deu-spd", date(2004, 3, 20)) == {"gerhard-schroeder"}
    assert leader("deu-spd", date(2004, 3, 21)) == {"franz-muntefering"}
    assert leader("deu-spd", date(2009, 11, 13)) == {"sigmar-gabriel"}
    assert leader("anc", date(2007, 12, 18)) == {"jacob-zuma"}
    assert leader("anc", date(2017, 12, 18)) == {"cyril-ramaphosa"}
    assert leader("aus-liberal-party", date(2009, 12, 1)) == {"tony-abbott"}
    # Phil Goff's start, month-only before this pass, is the day of his election
    assert leader("nzl-labour-party", date(2008, 11, 10)) == {"helen-clark"}
    assert leader("nzl-labour-party", date(2008, 11, 11)) == {"phil-goff"}
    assert leader("irl-fianna-fail", date(2008, 4, 9)) == {"brian-cowen"}
    assert leader("likud", date(2005, 12, 1)) == set()
    assert leader("jpn-liberal-democratic-party", date(2009, 9, 20)) == set()
    # the weeks of an interim leader the pass leaves out: nobody
    assert leader("gbr-labour-party", date(2010, 7, 1)) == set()
    assert leader("gbr-liberal-democrats", date(2006, 2, 1)) == set()
    assert leader("gbr-liberal-democrats", date(2007, 11, 1)) == set()
    assert leader("deu-spd", date(2008, 10, 1)) == set()
    assert leader("fra-les-republicains", date(2004, 9, 1)) == set()
    assert leader("can-liberal-party", date(2006, 6, 1)) == set()


# a head of government or state who leads a party on a day, and the office label
HEADS: list[PersonDay] = [
    ("tony-blair", date(2003, 3, 20), "GBR prime minister"),
    ("gordon-brown", date(2008, 10, 1), "GBR prime minister"),
    ("gerhard-schroeder", date(2002, 6, 1), "DEU chancellor"),
    ("jose-maria-aznar", date(2001, 1, 1), "ESP prime minister"),
    ("jean-chretien", date(2001, 1, 1), "CAN prime minister"),
    ("paul-martin", date(2005, 1, 1), "CAN prime minister"),
    ("stephen-harper", date(2012, 1, 1), "CAN prime minister"),
    ("john-howard", date(2004, 1, 1), "AUS prime minister"),
    ("kevin-rudd", date(2009, 1, 1), "AUS prime minister"),
    ("thabo-mbeki", date(2003, 1, 1), "ZAF president"),
    ("jacob-zuma", date(2012, 1, 1), "ZAF president"),
    # the party's leader in a minister's office: the office first
    ("helen-clark", date(2005, 1, 1), "NZL prime minister"),
    ("bertie-ahern", date(2002, 1, 1), "IRL prime minister"),
    ("ariel-sharon", date(2003, 1, 1), "ISR prime minister"),
    ("ehud-olmert", date(2007, 1, 1), "ISR prime minister"),
    ("junichiro-koizumi", date(2003, 1, 1), "JPN prime minister"),
    ("kostas-karamanlis", date(2005, 1, 1), "GRC prime minister"),
    ("george-papandreou", date(2010, 12, 1), "GRC prime minister"),
    ("goran-persson", date(2003, 1, 1), "SWE prime minister"),
    ("donald-tusk", date(2010, 1, 1), "POL prime minister"),
    ("jose-socrates", date(2008, 1, 1), "PRT prime minister"),
    ("taro-aso", date(2009, 1, 1), "JPN prime minister"),
    ("nicolas-sarkozy", date(2006, 1, 1), "FRA interior minister"),
    ("guido-westerwelle", date(2010, 6, 1), "DEU foreign minister"),
]


# an opposition leader with no office of state on a day, and the party's state
OPPOSITION: list[PersonDay] = [
    ("william-hague", date(2000, 6, 1), "GBR"),
    ("iain-duncan-smith", date(2002, 6, 1), "GBR"),
    ("michael-howard", date(2004, 6, 1), "GBR"),
    ("charles-kennedy", date(2003, 2, 15), "GBR"),
    ("menzies-campbell", date(2007, 1, 1), "GBR"),
    # between the party's choice (24 June 2007) and the premiership (27 June)
    ("gordon-brown", date(2007, 6, 25), "GBR"),
    ("franz-muntefering", date(2005, 1, 1), "DEU"),
    ("kurt-beck", date(2007, 6, 1), "DEU"),
    ("edmund-stoiber", date(2003, 1, 1), "DEU"),
    ("guido-westerwelle", date(2005, 1, 1), "DEU"),
    ("alain-juppe", date(2003, 6, 1), "FRA"),
    ("nicolas-sarkozy", date(2005, 3, 1), "FRA"),
    ("francois-hollande", date(2005, 1, 1), "FRA"),
    ("jean-marie-le-pen", date(2002, 4, 21), "FRA"),
    ("stephane-dion", date(2007, 6, 1), "CAN"),
    ("michael-ignatieff", date(2010, 1, 1), "CAN"),
    ("mark-latham", date(2004, 6, 1), "AUS"),
    ("kevin-rudd", date(2007, 6, 1), "AUS"),
    ("brendan-nelson", date(2008, 6, 1), "AUS"),
    ("malcolm-turnbull", date(2009, 6, 1), "AUS"),
    ("jacob-zuma", date(2008, 6, 1), "ZAF"),
    ("sonia-gandhi", date(2004, 5, 1), "IND"),
    ("bill-english", date(2002, 6, 1), "NZL"),
    ("don-brash", date(2005, 1, 1), "NZL"),
    ("michael-noonan", date(2001, 6, 1), "IRL"),
    # between the party's choice (9 April 2008) and the office of Taoiseach (7 May)
    ("brian-cowen", date(2008, 4, 20), "IRL"),
    ("ariel-sharon", date(2000, 6, 1), "ISR"),
    ("tzipi-livni", date(2010, 1, 1), "ISR"),
    ("deniz-baykal", date(2005, 1, 1), "TUR"),
    ("morgan-tsvangirai", date(2005, 1, 1), "ZWE"),
    ("sadakazu-tanigaki", date(2011, 1, 1), "JPN"),
    ("george-papandreou", date(2006, 1, 1), "GRC"),
    ("mona-sahlin", date(2009, 1, 1), "SWE"),
    ("walter-veltroni", date(2008, 6, 1), "ITA"),
    ("pier-luigi-bersani", date(2011, 1, 1), "ITA"),
    ("donald-tusk", date(2005, 1, 1), "POL"),
    ("rajnath-singh", date(2008, 1, 1), "IND"),
    ("nitin-gadkari", date(2011, 1, 1), "IND"),
    # between the party's vote (20 September 2006) and the premiership (26 September)
    ("shinzo-abe", date(2006, 9, 22), "JPN"),
]

(
    test_each_party_has_its_leader_on_a_day,
    test_a_prime_minister_who_leads_a_party_is_coded_prime_minister,
    test_an_opposition_leader_is_coded_pty,
) = each_party_leader_is_coded(LEADERS, HEADS, OPPOSITION)


def test_new_leaders_are_found_by_name(kb: KnowledgeBase) -> None:
    for name, aid in [
        ("Iain Duncan Smith", "iain-duncan-smith"),
        ("Charles Kennedy", "charles-kennedy"),
        ("Menzies Campbell", "menzies-campbell"),
        ("Ming Campbell", "menzies-campbell"),
        ("Nick Clegg", "nick-clegg"),
        ("Franz Müntefering", "franz-muntefering"),
        ("Franz Muentefering", "franz-muntefering"),
        ("Matthias Platzeck", "matthias-platzeck"),
        ("Kurt Beck", "kurt-beck"),
        ("Edmund Stoiber", "edmund-stoiber"),
        ("Erwin Huber", "erwin-huber"),
        ("Jean-Marie Le Pen", "jean-marie-le-pen"),
        ("Simon Crean", "simon-crean"),
        ("Mark Latham", "mark-latham"),
        ("Michael Ignatieff", "michael-ignatieff"),
        ("Sonia Gandhi", "sonia-gandhi"),
        ("Don Brash", "don-brash"),
        ("Michael Noonan", "michael-noonan"),
        ("Morgan Tsvangirai", "morgan-tsvangirai"),
        ("Sadakazu Tanigaki", "sadakazu-tanigaki"),
        ("Mona Sahlin", "mona-sahlin"),
        ("Walter Veltroni", "walter-veltroni"),
        ("Dario Franceschini", "dario-franceschini"),
        ("Pier Luigi Bersani", "pier-luigi-bersani"),
        ("Pierluigi Bersani", "pier-luigi-bersani"),
        ("Nitin Gadkari", "nitin-gadkari"),
    ]:
        assert alias_ids(kb, name) == {aid}, name
