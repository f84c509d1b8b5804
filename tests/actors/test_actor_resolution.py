"""Resolution rules on small texts (real model, real KB): dates, titles, fuzzy, unresolved."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.resolving import run

from newsgraph.resolve.mentions import ActorStage
from newsgraph.types import Mention


def by_text(mentions: list[Mention], text: str) -> Mention:
    found = [m for m in mentions if m.text == text]
    assert found, [m.text for m in mentions]
    return found[0]


def test_titles_resolve_for_the_article_date(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    text = "The Iranian president said talks would continue. Turkey's foreign minister agreed."
    old = run(nlp, stage, text, date(2022, 9, 20))
    new = run(nlp, stage, text, date(2024, 12, 3))
    assert by_text(old, "The Iranian president").actor_id == "ebrahim-raisi"
    assert by_text(new, "The Iranian president").actor_id == "masoud-pezeshkian"
    assert by_text(old, "Turkey's foreign minister").actor_id == "mevlut-cavusoglu"
    assert by_text(new, "Turkey's foreign minister").actor_id == "hakan-fidan"


def test_kremlin_spokesman_and_emir(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    ms = run(
        nlp,
        stage,
        "The Kremlin spokesman declined to comment, and the Emir of Qatar called for calm.",
        date(2024, 12, 3),
    )
    assert by_text(ms, "The Kremlin spokesman").actor_id == "dmitry-peskov"
    assert by_text(ms, "the Emir of Qatar").actor_id == "tamim-bin-hamad-al-thani"


def test_ousted_and_dated_roles(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    ms = run(nlp, stage, "Ousted president Bashar al-Assad remains in Moscow.", date(2024, 11, 1))
    assad = by_text(ms, "Bashar al-Assad")
    assert (assad.actor_id, assad.role, assad.sector) == ("bashar-al-assad", None, "ELI")
    ms = run(nlp, stage, "Syrian President Bashar al-Assad met envoys.", date(2015, 10, 21))
    assert by_text(ms, "Bashar al-Assad").sector == "GOV"
    ms = run(nlp, stage, "HTS fighters entered Damascus.", date(2024, 12, 20))
    assert by_text(ms, "HTS").sector == "GOV"  # HTS governed Syria from 2024-12-08
    ms = run(nlp, stage, "HTS fighters entered Aleppo.", date(2024, 11, 30))
    assert by_text(ms, "HTS").sector == "REB"


def test_fuzzy_keeps_the_score_and_obeys_the_threshold(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    text = "Foreign Minister Hossein Amir-Abdolahian met his hosts."
    ms = run(nlp, stage, text, date(2023, 5, 1))
    m = by_text(ms, "Hossein Amir-Abdolahian")
    assert m.actor_id == "hossein-amir-abdollahian" and m.method == "fuzzy"
    assert 0.88 <= m.confidence < 1.0
    strict = run(nlp, stage, text, date(2023, 5, 1), threshold=99.5)
    assert by_text(strict, "Hossein Amir-Abdolahian").actor_id is None


def test_unknown_people_become_corpus_actors(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    ms = run(
        nlp,
        stage,
        "Analyst Jonathan Wexler-Moore said the offensive was planned. "
        "Wexler-Moore added that Ankara knew.",
        date(2024, 12, 3),
    )
    people = [m for m in ms if m.label == "PERSON"]
    assert people and all(m.actor_id == "jonathan-wexler-moore" for m in people)
    assert all(m.actor_id not in stage.kb for m in people)  # a corpus actor, not a KB one
    assert by_text(ms, "Ankara").actor_id == "TUR.GOV"  # a capital that acts: its government


def test_pronoun_for_the_previous_subject(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    ms = run(
        nlp,
        stage,
        "Hakan Fidan spoke to reporters in Doha. He said the regime had wasted valuable time.",
        date(2024, 12, 8),
    )
    he = by_text(ms, "He")
    assert (he.actor_id, he.method, he.label) == ("hakan-fidan", "coreference", "PRON")


@pytest.mark.parametrize(
    "text",
    [
        "Hakan Fidan spoke in Doha. A witness said he saw the convoy.",
        "Hakan Fidan spoke in Doha. A woman who says she lost her son spoke to reporters.",
        "Hakan Fidan spoke in Doha. Later a man was arrested after he threw a stone.",
    ],
)
def test_a_person_brought_in_by_a_common_noun_takes_the_pronoun(
    nlp, stage: ActorStage, text: str
) -> None:  # type: ignore[no-untyped-def]
    """ "A witness said he ...": the pronoun is the witness, no one of the article's named
    people; the named person stays the antecedent where the pronoun is his own ("the man he
    met", a plural "teachers")."""
    ms = run(nlp, stage, text, date(2024, 12, 8))
    assert all(m.actor_id is None for m in ms if m.label == "PRON"), [
        (m.text, m.actor_id) for m in ms
    ]
    assert by_text(ms, "Hakan Fidan").actor_id == "hakan-fidan"


@pytest.mark.parametrize(
    ("text", "pronoun"),
    [
        ("Hakan Fidan spoke in Doha. He praised a diplomat he met in Ankara.", "he"),
        ("Hakan Fidan spoke in Doha. The teachers were angry, he said.", "he"),
        ("A witness said Hakan Fidan told him that he would stay.", "he"),
        ("Hakan Fidan spoke in Doha. A woman told him she feared he was too soft.", "he"),
    ],
)
def test_the_named_person_keeps_the_pronoun(
    nlp, stage: ActorStage, text: str, pronoun: str
) -> None:  # type: ignore[no-untyped-def]
    ms = run(nlp, stage, text, date(2024, 12, 8))
    assert by_text(ms, pronoun).actor_id == "hakan-fidan"


def test_a_headline_word_is_no_misspelt_name(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """In a Title Case headline every word is capitalised: "Phone" is not the Ethiopian
    militia Fano by its transliteration key; in running text the fuzzy match stays."""
    ms = run(
        nlp,
        stage,
        "Georgia, Finland Military Leaders Speak by Phone Amid Tensions",
        date(2023, 5, 1),
    )
    assert all(m.actor_id != "fano" for m in ms), [(m.text, m.actor_id) for m in ms]


def test_a_presidents_title_is_not_a_surname_of_another_office(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """ "President Carter" after "Ash Carter" (a defence secretary, never a president) is
    someone else; "President Obama" after "Barack Obama" is still Obama."""
    ms = run(
        nlp,
        stage,
        "Defense Secretary Ash Carter spoke on Monday. Reagan benefited from President "
        "Carter's unpopular handling of Iran.",
        date(2016, 8, 19),
    )
    assert [m.actor_id for m in ms if m.text == "Carter"] == [None]
    ms = run(  # a US article: the surname in context would be the defence secretary of 2016
        nlp,
        stage,
        "He picked George H.W. Bush as a running mate. Reagan benefited from President "
        "Carter's unpopular handling of Iran.",
        date(2016, 8, 19),
    )
    assert [m.actor_id for m in ms if m.text == "Carter"] == [None]
    ms = run(
        nlp,
        stage,
        "Barack Obama spoke on Monday. President Obama said he would veto it.",
        date(2016, 8, 19),
    )
    assert {m.actor_id for m in ms if m.text == "Obama"} == {"barack-obama"}


@pytest.mark.parametrize(
    ("text", "word", "actor_id"),
    [
        ("MAN QUESTIONED IN KILLING OF DOCTOR IS RELEASED", "IS", None),
        ("WHO IS TO BLAME FOR THE FLOODS", "WHO", None),
        ("IS fighters attacked the town on Monday.", "IS", "isis"),
        ("The WHO said the outbreak was over.", "WHO", "WHO"),
    ],
)
def test_a_word_alias_in_an_all_caps_headline_is_the_word(
    nlp,  # type: ignore[no-untyped-def]
    stage: ActorStage,
    text: str,
    word: str,
    actor_id: str | None,
) -> None:
    ms = run(nlp, stage, text, date(2016, 11, 21))
    found = {m.actor_id for m in ms if m.text == word}
    assert found == {actor_id} if actor_id else found <= {None}


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb hit civilians evacuated from the towns of Fua and Kefraya. "
        "Kefraya has been besieged for three years.",
        "About 45 buses left the besieged al-Foua and Kefraya towns. Kefraya residents were tired.",
    ],
)
def test_a_name_used_as_a_place_is_no_corpus_actor(nlp, stage: ActorStage, text: str) -> None:  # type: ignore[no-untyped-def]
    """A village the gazetteer lacks, which the NER tags ORG or PERSON: once the article uses
    it as a place, no mention of it anywhere is an actor of the corpus."""
    ms = run(nlp, stage, text, date(2017, 4, 20))
    assert not [m.actor_id for m in ms if m.text == "Kefraya" and m.actor_id], [
        (m.text, m.actor_id) for m in ms
    ]


def test_a_person_the_ner_tags_a_place_stays_a_corpus_actor(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """The NER's place label alone does not make a name a place: "Abu Zubair al-Fictioni"
    tagged FAC as a subject is still the corpus's person."""
    ms = run(
        nlp,
        stage,
        "Abu Zubair al-Fictioni, a commander, said his fighters would hold the line. "
        "Abu Zubair al-Fictioni later met Iranian Foreign Minister Abbas Araghchi in Baghdad.",
        date(2024, 12, 5),
    )
    assert {m.actor_id for m in ms if m.text == "Abu Zubair al-Fictioni"} == {
        "abu-zubair-al-fictioni"
    }


@pytest.mark.parametrize("word", ["Marxist", "neo-Islamist", "Communism"])
def test_an_ideology_word_is_no_actor(nlp, stage: ActorStage, word: str) -> None:  # type: ignore[no-untyped-def]
    ms = run(
        nlp,
        stage,
        f"The movement of {word} ideas grew. {word} was a theme of the rally.",
        date(2018, 1, 5),
    )
    assert all(m.actor_id is None for m in ms if m.text == word), [(m.text, m.actor_id) for m in ms]


def test_the_monarch_of_the_realms(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """The monarch holds a role in each Commonwealth realm: "Canada's king" resolves to him,
    and in UK news the British king is still the UK's (role and country of the mention), while
    "the King" with no state resolves to no one, as before."""
    text = (
        "The British king met the Australian prime minister in London. Canada's king will open "
        "parliament in Ottawa. The King later returned to Windsor."
    )
    ms = run(nlp, stage, text, date(2024, 5, 1))
    british = by_text(ms, "The British king")
    assert (british.actor_id, british.country, british.role) == (
        "king-charles-iii",
        "GBR",
        "GBR king",
    )
    assert by_text(ms, "Canada's king").actor_id == "king-charles-iii"
    assert by_text(ms, "Canada's king").country == "GBR"
    assert not [m for m in ms if m.text == "The King" and m.actor_id is not None]


def test_a_religion_is_no_actor(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """ "Islam" or "Islamophobia" tagged ORG is a belief, not a corpus organisation."""
    text = "He said Islam was a religion of peace and that Islamophobia was rising in Europe."
    ms = run(nlp, stage, text, date(2019, 3, 1))
    assert not [m for m in ms if m.text in ("Islam", "Islamophobia") and m.actor_id]


def test_a_place_of_the_gazetteer_overlay_is_no_actor(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """A region, river or airbase the places overlay knows ("Crimea", "the Euphrates") and
    the NER tags ORG is a place, not a corpus organisation; GeoNames' cities alone did not
    say so."""
    assert stage.fuzzy.is_place("Crimea") and stage.fuzzy.is_place("the Euphrates")
    assert stage.fuzzy.is_place("The Hague")
    text = "Putin signed a treaty making Crimea part of Russia. The Kremlin called it legal."
    ms = run(nlp, stage, text, date(2014, 3, 18))
    assert not [m for m in ms if m.text == "Crimea"]


def test_a_generic_body_word_is_no_corpus_actor(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """ "Army chief Min Aung Hlaing": the NER's ORG "Army" opening a sentence is the army of
    no state said, not an organisation called "Army" shared by every article."""
    text = "Myanmar's generals seized power. Army chief Min Aung Hlaing took control."
    ms = run(nlp, stage, text, date(2021, 2, 1))
    assert not [m for m in ms if m.text == "Army" and m.actor_id]


def test_a_name_before_a_feature_noun_is_a_place(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """ "Sambisa forest", "the Nuba mountains": a name qualifying a place or feature noun in
    lower case is where, not who."""
    text = "Nigerian troops freed 97 women held by Boko Haram in Sambisa forest, the army said."
    ms = run(nlp, stage, text, date(2016, 5, 3))
    assert not [m for m in ms if m.text == "Sambisa" and m.actor_id]


@pytest.mark.parametrize(
    ("word", "state"),
    [
        ("Philippine", "PHL"),
        ("South Sudanese", "SSD"),
        ("Nigerien", "NER"),
        ("Ecuadorian", "ECU"),
        ("Uzbek", "UZB"),
        ("Nepali", "NPL"),
    ],
)
def test_adjectives_in_wide_use_are_demonyms(stage: ActorStage, word: str, state: str) -> None:
    """The adjectives the NGEC nationality table lacks (scripts/build_kb.py EXTRA_DEMONYMS)."""
    assert [h.actor_id for h in stage.kb.lookup(word)] == [state]


def test_a_central_bank_by_name_and_the_fed_in_its_country(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """Central banks are their states' institutions; "the Fed" is the Federal Reserve only in
    an article about the United States (a local alias)."""
    text = "The Fed cut rates on Wednesday, officials in Washington said."
    ms = run(nlp, stage, text, date(2019, 7, 31))
    assert [m.actor_id for m in ms if m.text == "Fed"] == ["USA.FED"]
    text = "The Bank of Russia raised its key rate. Russia's central bank also shut the bourse."
    ms = run(nlp, stage, text, date(2022, 3, 18))
    assert {m.actor_id for m in ms} == {"RUS.CBR"}


def test_a_place_name_a_number_goes_on_is_an_organisation(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """ "The DeirEzzor 24 monitoring group": a monitor named after its city (as "France 24"),
    still a corpus organisation where the NER tags the place's word alone."""
    text = "The DeirEzzor 24 monitoring group said the missile hit near a school on Thursday."
    ms = run(nlp, stage, text, date(2017, 10, 13))
    assert [m.actor_id for m in ms if m.text == "DeirEzzor"] == ["deirezzor"]


def test_an_overlay_place_is_matched_as_written(stage: ActorStage) -> None:
    """The overlay's places are matched as written, not by transliteration key: "Khalil"
    (a surname, and Hebron's "Al-Khalil" only with the article) is no place."""
    assert not stage.fuzzy.is_place("Khalil")


def test_a_capital_in_a_wire_dateline_is_no_government(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """ "DAMASCUS (Sputnik) A suicide blast ...", "MEXICO CITY - The rise ...": where the reporter
    was, not the government; the capital that acts in the text stays its government."""
    for text in (
        "DAMASCUS (Sputnik) A suicide blast in Idlib province killed 45 people, a source said.",
        "MEXICO CITY - The rise of Donald Trump and the wave he is riding have alarmed the "
        "Mexican government so much that it has reshuffled its diplomats.",
    ):
        ms = run(nlp, stage, text, date(2017, 5, 21))
        assert not [m for m in ms if m.text in ("DAMASCUS", "MEXICO CITY")], [
            (m.text, m.actor_id) for m in ms
        ]
    ms = run(nlp, stage, "Damascus said on Sunday that it would respond.", date(2017, 5, 21))
    assert by_text(ms, "Damascus").actor_id == "SYR.GOV"


@pytest.mark.parametrize(
    "text",
    [
        "The campaign began airing Spanish-language ads in Florida on Monday.",
        "The ads ran in Spanish and English on Sunday.",
        "The document was translated into Arabic, and she speaks French.",
        "English-speaking volunteers joined the fighters.",
    ],
)
def test_a_language_is_no_state(nlp, stage: ActorStage, text: str) -> None:  # type: ignore[no-untyped-def]
    """A demonym that names a language ("Spanish-language ads", "in Spanish") is no state."""
    ms = run(nlp, stage, text, date(2016, 9, 4))
    assert not [m for m in ms if m.actor_id in ("ESP", "GBR", "FRA", "SAU")], [
        (m.text, m.actor_id) for m in ms
    ]


def test_a_demonym_before_a_noun_or_of_people_stays_a_state(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    ms = run(
        nlp, stage, "There was no shipping in Kuwaiti or Iraqi ports, he said.", date(1990, 8, 16)
    )
    assert {m.actor_id for m in ms} >= {"KWT", "IRQ"}
    ms = run(nlp, stage, "A man drove a bulldozer into Israelis at a bus stop.", date(2015, 11, 10))
    assert by_text(ms, "Israelis").actor_id == "ISR"


def test_a_headline_line_inside_a_longer_sentence_gives_no_corpus_actor(
    nlp, stage: ActorStage
) -> None:  # type: ignore[no-untyped-def]
    """A wire story's Title Case headline runs into its slug lines with no full stop, so the
    parser makes one sentence of them: the headline's line is still a headline ("Elian Move
    Outside" is no person), and a name the body gives in full is that actor there too."""
    text = (
        "Cuba Fears Elian Move Outside US\n\nAPW20000328  NEWS STORY  2000-03-28\n"
        "Acme Widget Corp. Posts Record Loss\nBy JANE ROE Associated Press Writer\n\n"
        "HAVANA (AP) -- Cuba said on Tuesday that the boy Elian Gonzalez could move "
        "outside the US. "
        "Shares of Acme Widget Corp. fell on Monday, the company said."
    )
    ms = run(nlp, stage, text, date(2000, 3, 28))
    assert not [m for m in ms if m.actor_id and "Move" in m.text], [
        (m.text, m.actor_id) for m in ms
    ]
    acme = {m.actor_id for m in ms if m.text.startswith("Acme")}
    assert len(acme) == 1 and None not in acme, [(m.text, m.actor_id) for m in ms]


def test_a_function_word_is_no_corpus_actor(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """ "Beyond" of the book title "2016 and Beyond" (the NER's ORG) is no organisation; an
    acronym that is a word in lower case ("WHO") still is."""
    text = (
        "Republican pollster Whit Ayres, author of 2016 and Beyond, is skeptical. "
        "WHO said the outbreak was over."
    )
    ms = run(nlp, stage, text, date(2016, 7, 18))
    assert not [m for m in ms if m.text == "Beyond" and m.actor_id]
    assert [m for m in ms if m.text == "WHO" and m.actor_id == "WHO"]


def test_a_demonym_before_another_states_people_is_not_its_state(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """ "Cuban Americans", "Turkish Americans": Americans of that origin, neither Cuba nor
    Turkey; "Syrian Kurds" (a people no state has) keep Syria."""
    text = "Some Cuban Americans returned to Havana. Syrian Kurds took the town on Monday."
    ms = run(nlp, stage, text, date(1998, 1, 20))
    assert not [m for m in ms if m.text == "Cuban" and m.actor_id], [
        (m.text, m.actor_id) for m in ms
    ]
    assert [m for m in ms if m.text == "Syrian" and m.actor_id == "SYR"]


def test_the_office_a_candidate_seeks_is_not_the_government(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """ "White House hopefuls", "a White House bid": the presidency sought, not the US
    government; "GOP candidates" stay the party's."""
    text = (
        "Nabisco faced criticism from White House hopefuls Hillary Clinton and Donald Trump. "
        "The White House said on Monday it would act. Most GOP candidates agreed."
    )
    ms = run(nlp, stage, text, date(2016, 3, 24))
    gov = [m.text for m in ms if m.actor_id == "USA.GOV"]
    assert gov == ["The White House"], [(m.text, m.actor_id) for m in ms]
    assert [m for m in ms if m.text == "GOP" and m.actor_id == "usa-republican-party"]


def test_a_media_outlet_named_after_a_town_the_article_calls_a_town(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """ "the town of Al Mayadeen": every "Al Mayadeen" of that article is the town, not the
    television channel; an article that does not call it a town keeps the channel."""
    town = (
        "Russian air strikes killed 14 civilians near the militant-held town of Al Mayadeen. "
        "Al Mayadeen has been under Daesh control since 2014."
    )
    ms = run(nlp, stage, town, date(2017, 10, 6))
    assert not [m for m in ms if "Mayadeen" in m.text and m.actor_id], [
        (m.text, m.actor_id) for m in ms
    ]
    channel = "Al Mayadeen reported that the army advanced on Friday."
    ms = run(nlp, stage, channel, date(2017, 10, 6))
    assert [m for m in ms if m.text == "Al Mayadeen" and m.actor_id == "ALMAYADEEN"]
