"""Main political parties of Europe, the Americas and Oceania (issue 14, item 1; branch
kbpartyA): each party's own names look up to it alone, and a bare short name that another
country's party bears or that is a common word ("Labour", "Tories", "Socialists") names it only
in an article about its country.

Shipped KB and real model; each text is made up to test one party or rule.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_party_is_its_states
from tests.actors.resolving import actor_ids_at, covering, run

from newsgraph.resolve.kb import KnowledgeBase
from newsgraph.resolve.mentions import ActorStage

# id -> state, for every party the pass adds
PARTIES: dict[str, str] = {
    "gbr-labour-party": "GBR",
    "gbr-conservative-party": "GBR",
    "gbr-liberal-democrats": "GBR",
    "gbr-snp": "GBR",
    "gbr-reform-uk": "GBR",
    "deu-cdu": "DEU",
    "deu-csu": "DEU",
    "deu-spd": "DEU",
    "deu-greens": "DEU",
    "deu-fdp": "DEU",
    "deu-afd": "DEU",
    "fra-renaissance": "FRA",
    "fra-national-rally": "FRA",
    "fra-les-republicains": "FRA",
    "fra-socialist-party": "FRA",
    "fra-lfi": "FRA",
    "ita-brothers-of-italy": "ITA",
    "ita-democratic-party": "ITA",
    "ita-five-star-movement": "ITA",
    "ita-lega": "ITA",
    "ita-forza-italia": "ITA",
    "esp-psoe": "ESP",
    "esp-peoples-party": "ESP",
    "esp-vox": "ESP",
    "pol-law-and-justice": "POL",
    "pol-civic-platform": "POL",
    "nld-pvv": "NLD",
    "nld-vvd": "NLD",
    "hun-fidesz": "HUN",
    "hun-tisza": "HUN",
    "ukr-servant-of-the-people": "UKR",
    "ukr-european-solidarity": "UKR",
    "ukr-batkivshchyna": "UKR",
    "ukr-opzzh": "UKR",
    "grc-new-democracy": "GRC",
    "grc-syriza": "GRC",
    "grc-pasok": "GRC",
    "swe-social-democrats": "SWE",
    "swe-moderate-party": "SWE",
    "swe-sweden-democrats": "SWE",
    "aut-ovp": "AUT",
    "aut-fpo": "AUT",
    "aut-spo": "AUT",
    "bel-n-va": "BEL",
    "bel-vlaams-belang": "BEL",
    "prt-socialist-party": "PRT",
    "prt-psd": "PRT",
    "prt-chega": "PRT",
    "cze-ano": "CZE",
    "cze-ods": "CZE",
    "rou-psd": "ROU",
    "rou-pnl": "ROU",
    "rou-aur": "ROU",
    "srb-sns": "SRB",
    "irl-fianna-fail": "IRL",
    "irl-fine-gael": "IRL",
    "irl-labour-party": "IRL",
    "irl-sinn-fein": "IRL",
    "can-liberal-party": "CAN",
    "can-conservative-party": "CAN",
    "can-ndp": "CAN",
    "can-bloc-quebecois": "CAN",
    "mex-morena": "MEX",
    "mex-pri": "MEX",
    "mex-pan": "MEX",
    "bra-workers-party": "BRA",
    "bra-liberal-party": "BRA",
    "bra-psdb": "BRA",
    "arg-justicialist-party": "ARG",
    "arg-la-libertad-avanza": "ARG",
    "col-historic-pact": "COL",
    "col-democratic-centre": "COL",
    "ven-psuv": "VEN",
    "ven-popular-will": "VEN",
    "chl-republican-party": "CHL",
    "chl-socialist-party": "CHL",
    "per-popular-force": "PER",
    "aus-labor-party": "AUS",
    "aus-liberal-party": "AUS",
    "aus-national-party": "AUS",
    "aus-greens": "AUS",
    "nzl-labour-party": "NZL",
    "nzl-national-party": "NZL",
}


(
    test_each_party_is_its_states_with_sector_pty,
    test_each_name_and_alias_looks_up_to_the_party_alone,
) = each_party_is_its_states(PARTIES)


@pytest.mark.parametrize(
    "name",
    [
        "Labour",
        "Labour Party",
        "Conservatives",
        "Tories",
        "Socialists",
        "Socialist Party",
        "Greens",
        "Green Party",
        "Social Democrats",
        "People's Party",
        "Republicans",
        "Democratic Party",
        "Liberal Democrats",
        "National Front",
        "PS",
        "PP",
        "PD",
        "Vox",
        "League",
    ],
)
def test_a_shared_short_name_is_no_partys_ordinary_alias(kb: KnowledgeBase, name: str) -> None:
    assert not alias_ids(kb, name) & set(PARTIES)
    assert set(kb.local(name)) & set(PARTIES)


def test_labour_is_the_uk_party_in_an_article_about_the_uk(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Labour promised to cut hospital waiting lists as the British prime minister toured "
        "Manchester, while the Conservatives accused the UK government of raising taxes."
    )
    day = date(2025, 3, 4)
    assert actor_ids_at(nlp, stage, text, "Labour", day) == ["gbr-labour-party"]
    assert actor_ids_at(nlp, stage, text, "Conservatives", day) == ["gbr-conservative-party"]


def test_a_local_name_elsewhere_is_not_the_party(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """ "Labour" in an article about Norway (whose party the KB lacks) is not the UK's."""
    text = (
        "In Oslo, Labour won the most seats in the Norwegian election, and the Norwegian "
        "prime minister said the new government would raise spending on the north."
    )
    for m in covering(run(nlp, stage, text, date(2025, 9, 9)), text, "Labour"):
        assert m.actor_id not in PARTIES


def test_socialists_are_the_party_of_the_articles_state(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    spain = (
        "The Socialists lost two seats in the Spanish regional vote, and the Spanish "
        "government in Madrid said it would govern on."
    )
    france = (
        "The Socialists called for a new budget in Paris, and the French government "
        "said the French deficit would fall next year."
    )
    day = date(2024, 5, 20)
    assert actor_ids_at(nlp, stage, spain, "Socialists", day) == ["esp-psoe"]
    assert actor_ids_at(nlp, stage, france, "Socialists", day) == ["fra-socialist-party"]


def test_republicans_are_frances_in_an_article_about_france(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    france = (
        "The Republicans said they would not join the French government, a week after "
        "the French president named a new prime minister in Paris."
    )
    usa = (
        "The Republicans said they would block the bill in Washington, where the American "
        "president has asked the US Congress for more money."
    )
    day = date(2024, 9, 10)
    assert actor_ids_at(nlp, stage, france, "Republicans", day) == ["fra-les-republicains"]
    assert actor_ids_at(nlp, stage, usa, "Republicans", day) == ["usa-republican-party"]


def test_a_partys_own_name_resolves_in_any_article(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officials in Brussels met leaders of the Alternative for Germany and of the "
        "Brothers of Italy on Monday to discuss the European budget."
    )
    day = date(2024, 2, 12)
    assert actor_ids_at(nlp, stage, text, "Alternative", day) == ["deu-afd"]
    assert actor_ids_at(nlp, stage, text, "Brothers", day) == ["ita-brothers-of-italy"]


@pytest.mark.parametrize(
    "phrase", ["Law and Justice", "Popular Will", "European Solidarity", "Historic Pact"]
)
def test_a_name_that_is_an_everyday_phrase_is_local(kb: KnowledgeBase, phrase: str) -> None:
    """The lower-case phrase ("upholding law and justice"), which the NER sometimes tags, names
    no party: such a name is a local alias, which needs a capitalised entity."""
    assert not alias_ids(kb, phrase) & set(PARTIES)
    assert len(set(kb.local(phrase)) & set(PARTIES)) == 1


def test_law_and_justice_is_polands_party_in_an_article_about_poland(
    nlp, stage: ActorStage
) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In Warsaw, the ruling Law and Justice party said the Polish president would sign "
        "the bill on the courts."
    )
    assert actor_ids_at(nlp, stage, text, "Law and", date(2023, 10, 16)) == ["pol-law-and-justice"]


def test_labour_is_new_zealands_in_an_article_about_new_zealand(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Labour lost ground in Auckland, and the New Zealand prime minister said the "
        "government in Wellington would not change course."
    )
    assert actor_ids_at(nlp, stage, text, "Labour", date(2023, 10, 2)) == ["nzl-labour-party"]


def test_liberals_are_the_party_of_the_articles_state(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    canada = (
        "The Liberals promised new housing in Toronto, and the Canadian prime minister said "
        "the Canadian government would pay for it."
    )
    australia = (
        "The Liberals promised new housing in Sydney, and the Australian prime minister said "
        "the Australian government would pay for it."
    )
    day = date(2025, 4, 1)
    assert actor_ids_at(nlp, stage, canada, "Liberals", day) == ["can-liberal-party"]
    assert actor_ids_at(nlp, stage, australia, "Liberals", day) == ["aus-liberal-party"]


def test_a_renamed_partys_former_name_is_its_alias(kb: KnowledgeBase) -> None:
    assert alias_ids(kb, "Brexit Party") == {"gbr-reform-uk"}
    assert alias_ids(kb, "Front National") == {"fra-national-rally"}
    assert alias_ids(kb, "Petro Poroshenko Bloc") == {"ukr-european-solidarity"}
    assert alias_ids(kb, "Vlaams Blok") == {"bel-vlaams-belang"}


def test_labour_is_irelands_in_an_article_about_ireland_that_names_britain(
    nlp, stage: ActorStage
) -> None:  # type: ignore[no-untyped-def]
    """The Irish Labour Party keeps "Labour" in an Irish article from the UK's party."""
    text = (
        "Labour said the Irish government in Dublin had failed renters, as the Taoiseach "
        "returned from talks in London on the Irish border."
    )
    assert actor_ids_at(nlp, stage, text, "Labour", date(2024, 11, 5)) == ["irl-labour-party"]


def test_a_party_word_inside_a_longer_party_name_is_that_party(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """ "Liberal Democrat leader" is the UK's Liberal Democrats, not the US Democratic Party
    that "Democrat" alone names in an article that also names the US (main, sixteenth
    round: the NER tags "Democrat" alone; the longer KB name around it wins)."""
    text = (
        "The Liberal Democrat leader urged the British prime minister to give MPs a vote in "
        "London before any strike, as the US president said Washington was ready to act."
    )
    day = date(2018, 4, 12)
    ms = run(nlp, stage, text, day)
    assert [m.actor_id for m in covering(ms, text, "Democrat")] == ["gbr-liberal-democrats"]


def test_a_local_alias_cut_short_by_the_ner_is_the_longer_name(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """ "Republican" at the head of "Republican People's party" is Turkey's CHP, whatever
    the article says of the US Republicans."""
    text = (
        "US Republican senators left Ankara on Monday. The leader of the main opposition "
        "Republican People’s party (CHP) met the Turkish president after they left."
    )
    ms = run(nlp, stage, text, date(2018, 1, 20))
    start = text.index("Republican People")
    assert {m.actor_id for m in ms if m.start <= start < m.end} <= {"chp"}
