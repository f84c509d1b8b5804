"""A "chief" or a "leader" that is no state's head, and titles that name no holder (issue 14,
item 3: precision first).

"Britain's chief of the defence staff" had resolved to the King, "Pakistan's chief of army
staff" and "Kenya's chief justice" to the president, "Iran's chief nuclear negotiator" to the
supreme leader: the title reader took "chief" alone for the state's leader. Now "chief" before
a noun it qualifies is no title; the chief of a state's defence staff or forces is the head of
its armed forces (the KB's chief of staff of them), the chief of one service or of a general
staff is a military office whose holder is not guessed; "of" and anything but a state or an
organisation ("leader of the opposition", "chief of police") names no head. An organisation's
"chief" is the holder of its first office the KB has ("the UN chief": its secretary-general).
A state's "leader" is its head of government where ``data/leading_office.yaml`` says so ("the
German leader" the chancellor), else its head of state. A title said of the office (a
predicate, what one runs for) or of no holder of the day ("a", "next") is no title mention.
Shipped KB and real model; each text is made up to test one rule.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.resolving import covering, run

from newsgraph.resolve.leading import GOVERNMENT_HEAD_TITLES, STATE_HEAD_TITLES, leader_titles
from newsgraph.resolve.mentions import ActorStage

DAY = date(2019, 6, 1)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Kenya's chief justice said the election was void.", "chief"),
        ("Iran's chief nuclear negotiator arrived in Vienna.", "chief"),
        ("The Kremlin's chief negotiator arrived in Vienna.", "chief"),
        ("India's chief minister of Punjab met the visitors.", "chief"),
        ("Kenya's leader of the opposition said the vote was rigged.", "leader"),
        ("Nigeria's chief of police said the suspects were held.", "chief"),
    ],
)
def test_a_chief_of_something_else_is_no_states_head(
    nlp, stage: ActorStage, text: str, word: str
) -> None:  # type: ignore[no-untyped-def]
    ms = run(nlp, stage, text, DAY)
    assert [m for m in covering(ms, text, word) if m.label == "TITLE"] == []


@pytest.mark.parametrize(
    ("text", "day", "actor_id"),
    [
        ("Britain's chief of the defence staff said troops would stay.", DAY, "nicholas-carter"),
        (
            "Britain's chief of defence staff said troops would stay.",
            date(2023, 6, 1),
            "tony-radakin",
        ),
        (
            "The Turkish chief of the armed forces visited the border.",
            date(2016, 6, 1),
            "hulusi-akar",
        ),
        # no chief of Kenya's forces in the KB: unresolved, not the president
        ("The Kenyan chief of the defence forces visited Somalia.", DAY, None),
    ],
)
def test_the_chief_of_a_states_forces_heads_its_armed_forces(  # type: ignore[no-untyped-def]
    nlp, stage: ActorStage, text: str, day: date, actor_id: str | None
) -> None:
    ms = run(nlp, stage, text, day)
    (m,) = [m for m in covering(ms, text, "chief") if m.label == "TITLE"]
    assert (m.actor_id, m.sector) == (actor_id, "MIL")
    assert text[m.start : m.end].endswith(("staff", "forces"))


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan's chief of army staff met the Afghan president.",
        "The Turkish chief of general staff visited the border.",
        "Egypt's chief of naval staff toured the port.",
    ],
)
def test_a_service_chief_is_a_military_office_not_guessed(
    nlp, stage: ActorStage, text: str
) -> None:  # type: ignore[no-untyped-def]
    """Which office "chief of the general staff" is differs by state (the army's head in
    Britain, all forces' in Russia): the mention is military, its holder left open."""
    ms = run(nlp, stage, text, DAY)
    (m,) = [m for m in covering(ms, text, "chief") if m.label == "TITLE"]
    assert (m.actor_id, m.sector) == (None, "MIL")
    assert m.role is not None and m.role.endswith("service chief")


def test_a_corpus_person_with_a_military_title_is_military(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """A name the KB lacks gets the title's sector: its body's, not the government's."""
    text = "Nigeria's chief of army staff, Audu Kwarrama, said the group was defeated."
    ms = run(nlp, stage, text, DAY)
    (m,) = [m for m in covering(ms, text, "Kwarrama") if m.label == "PERSON"]
    assert (m.actor_id, m.country, m.sector, m.role) == (
        "audu-kwarrama",
        "NGA",
        "MIL",
        "NGA service chief",
    )


@pytest.mark.parametrize(
    ("text", "word", "day", "actor_id", "sector"),
    [
        ("The UN chief called for restraint.", "UN", DAY, "antonio-guterres", "IGO"),
        ("The NATO chief said allies must spend more.", "NATO", DAY, "jens-stoltenberg", "IGO"),
        (
            "The IMF chief warned of a slowdown.",
            "IMF",
            date(2019, 2, 1),
            "christine-lagarde",
            "IGO",
        ),
        (
            "The WHO chief warned of a pandemic.",
            "WHO",
            date(2020, 2, 1),
            "tedros-adhanom-ghebreyesus",
            "IGO",
        ),
        # the EU has several presidents: none is guessed
        ("The EU chief said the talks would go on.", "EU", DAY, None, "IGO"),
        ("The CIA chief visited Kabul.", "CIA", DAY, "gina-haspel", "SPY"),
    ],
)
def test_an_organisations_chief_is_its_heads_office(  # type: ignore[no-untyped-def]
    nlp, stage: ActorStage, text: str, word: str, day: date, actor_id: str | None, sector: str
) -> None:
    ms = run(nlp, stage, text, day)
    (m,) = [m for m in covering(ms, text, word) if m.label == "TITLE"]
    assert m.actor_id == actor_id
    assert m.sector == sector


@pytest.mark.parametrize(
    ("text", "day", "actor_id"),
    [
        # a parliamentary state's leader is its head of government (data/leading_office.yaml)
        (
            "The German leader said Germany would take more refugees.",
            date(2015, 11, 18),
            "angela-merkel",
        ),
        ("The Israeli leader met members of Congress.", date(2015, 12, 10), "benjamin-netanyahu"),
        ("The British leader flew to Kyiv.", date(2023, 6, 1), "rishi-sunak"),
        # a state whose system changed: Turkey's prime minister led until 2014-08-28
        ("The Turkish leader warned Damascus.", date(2012, 6, 1), "recep-tayyip-erdogan"),
        # a state not listed: its head of state
        ("The Russian leader visited Sochi.", DAY, "vladimir-putin"),
        ("The Iranian leader spoke in Tehran.", DAY, "ali-khamenei"),
    ],
)
def test_a_states_leader_is_its_leading_office(  # type: ignore[no-untyped-def]
    nlp, stage: ActorStage, text: str, day: date, actor_id: str
) -> None:
    ms = run(nlp, stage, text, day)
    assert [m.actor_id for m in covering(ms, text, "leader") if m.label == "TITLE"] == [actor_id]


def test_the_leading_office_reads_its_dates() -> None:
    assert leader_titles("DEU", DAY) == GOVERNMENT_HEAD_TITLES
    assert leader_titles("TUR", date(2012, 6, 1)) == GOVERNMENT_HEAD_TITLES
    assert leader_titles("TUR", date(2014, 8, 28)) == STATE_HEAD_TITLES
    assert leader_titles("USA", DAY) == STATE_HEAD_TITLES
    assert leader_titles(None, DAY) == STATE_HEAD_TITLES


@pytest.mark.parametrize(
    ("text", "state_word", "state"),
    [
        # a predicate or what one runs for is the office, not its holder of the day
        ("Trump said he would become the president of the United States.", "United", "USA"),
        ("She is running for president of the United States.", "United", "USA"),
        ("Trump is now a serious contender for U.S. president.", "U.S.", "USA"),
        # "next", "a": not the holder of the day
        ("The next president of the United States will face Congress.", "United", "USA"),
        ("A Syrian leader of the opposition spoke in Geneva.", "Syrian", "SYR"),
        ("It will be up to another U.N. leader to keep the promise.", "U.N.", "UN"),
        # "as" a title: the office held, not the holder of the article's day
        ("Trump blamed her tenure as America's top diplomat for the crisis.", "America", "USA"),
        # an adjective, not a title
        ("Sansui was one of Japan's premier makers of stereo gear.", "Japan", "JPN"),
    ],
)
def test_a_title_that_names_no_holder_leaves_its_state(  # type: ignore[no-untyped-def]
    nlp, stage: ActorStage, text: str, state_word: str, state: str
) -> None:
    ms = run(nlp, stage, text, DAY)
    assert [m for m in ms if m.label == "TITLE"] == []
    assert [m.actor_id for m in covering(ms, text, state_word)] == [state]


@pytest.mark.parametrize(
    "text",
    [
        "The leader of the Syrian opposition met the envoy.",
        "The chief of the Cuban Interests Section was willing to help.",
    ],
)
def test_a_demonym_that_qualifies_another_noun_is_no_titles_state(
    nlp, stage: ActorStage, text: str
) -> None:  # type: ignore[no-untyped-def]
    ms = run(nlp, stage, text, DAY)
    assert [m for m in ms if m.label == "TITLE"] == []
