"""Figures with meaning (issue 19): ages, speeds, measures, gallery counters and "one of the
victims" are not counts; running totals are not one event's; members of an organisation are
not "people"."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.extract.figures import find_figures

pytestmark = pytest.mark.model


def _counts(nlp: Any, text: str) -> list[tuple[int | None, str, str, str]]:
    return [(f.count, f.category, f.group, f.scope) for f in find_figures(nlp(text), "a1")]


@pytest.mark.parametrize(
    "text",
    [
        "The driver, 42, was doing 50 on a 12mph bend when the crash killed him, police said.",
        "A 42-year-old man was killed when the car hit a wall.",
        "Those killed were aged 19 and 23, the police said.",
        "One of the victims was killed outside the school, witnesses said.",
        "Photograph 3 of 22: residents mourn those killed in the attack.",
        "The convoy travelled 30 km before the attack killed the driver.",
    ],
)
def test_not_counts(nlp: Any, text: str) -> None:
    assert _counts(nlp, text) == [], text


def test_a_count_is_still_a_count(nlp: Any) -> None:
    assert (12, "killed", "civilians", "event") in _counts(
        nlp, "At least 12 civilians were killed in the air strike on Tuesday."
    )


def test_running_total_is_cumulative(nlp: Any) -> None:
    found = _counts(nlp, "The war has killed more than 350,000 people since 2011.")
    assert found and all(scope == "cumulative" for *_, scope in found)


def test_members_of_an_organisation_are_not_people(nlp: Any) -> None:
    found = _counts(nlp, "At least 25 members of the Nusra Front were killed in the blast.")
    assert found and found[0][2] == "members", found


def test_between_two_numbers_is_not_their_sum(nlp: Any) -> None:
    found = _counts(nlp, "Between 500 and 1,300 people were killed in the attack.")
    assert all(c != 1800 for c, *_ in found), found


def test_a_group_among_the_killed_is_killed(nlp: Any) -> None:
    found = _counts(nlp, "Six civilians were among at least 22 people killed on Sunday.")
    assert (6, "killed", "civilians", "event") in found, found


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("35 Terrorists Killed in Ambush Near Palmyra", "fighters"),
        ("Seven Civilians Killed in Shelling of Market", "civilians"),
        ("Twelve Women Killed in Raid on Village", "women"),
    ],
)
def test_a_title_case_headline_keeps_its_group(nlp: Any, text: str, group: str) -> None:
    groups = {g for _, category, g, _ in _counts(nlp, text) if category == "killed"}
    assert groups == {group}, _counts(nlp, text)


def test_families_are_not_a_count_of_civilians(nlp: Any) -> None:
    counts = _counts(nlp, "Regime forces executed six families in the village on Tuesday.")
    assert not [c for c in counts if c[2] == "civilians"], counts


def test_a_superseded_toll_is_not_the_events(nlp: Any) -> None:
    counts = _counts(
        nlp, "The monitor updated its earlier death toll of 15, saying three more people died."
    )
    assert (15, "killed", "people", "earlier") in counts, counts
    assert (3, "killed", "people", "increment") in counts, counts


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The blast came days after the bombing of a bus last week that killed 61 people.", 61),
        ("It was the worst attack since June, when 73 people died in a mosque bombing.", 73),
        ("A similar raid last month killed 29 people in the same district.", 29),
        ("Last year, an air strike on a bakery in the town killed 44 civilians.", 44),
        ("The assault comes a week after a suicide bomber killed 38 people at a checkpoint.", 38),
        ("In a separate attack, seven policemen were killed near the border.", 7),
        ("Earlier this month, a truck bomb killed 27 people outside the ministry.", 27),
        ("Three years ago, a gas attack on the valley killed 91 people.", 91),
        ("In early November a twin bombing at a college killed 57 people.", 57),
        ("Eleven civilians were killed by a previous air raid on the camp.", 11),
        ("Another roadside bomb killed 13 soldiers on the coastal road.", 13),
        ("It was the worst raid in years since nerve gas killed 140 people in the valley.", 140),
    ],
)
def test_a_toll_of_another_event_is_background(nlp: Any, text: str, count: int) -> None:
    lead = "At least nine people were killed in a blast in the city on Monday. "
    found = {c: scope for c, *_, scope in _counts(nlp, lead + text)}
    assert found == {9: "event", count: "background"}, found


def test_a_toll_told_in_the_past_is_the_articles_own_when_it_leads(nlp: Any) -> None:
    """An article a week on tells its own event in the past: its first toll is its news."""
    text = (
        "Aid workers said at least 240 people had died last week from a toxic gas in the "
        "valley. Last year, an air strike on a bakery in the town killed 44 civilians."
    )
    found = {c: scope for c, *_, scope in _counts(nlp, text)}
    assert found == {240: "event", 44: "background"}, found


def test_a_toll_told_in_the_past_after_a_running_total_is_background(nlp: Any) -> None:
    """An article that has told a running total (the war's) tells a strike of two weeks ago
    as background, as after a toll of its own (branch xo14)."""
    text = (
        "The conflict has claimed more than 400,000 lives. Two weeks ago, an air strike on a "
        "market in the town killed 30 people."
    )
    found = {c: scope for c, *_, scope in _counts(nlp, text)}
    assert found == {400000: "cumulative", 30: "background"}, found


def test_the_events_toll_beside_a_background_one(nlp: Any) -> None:
    counts = _counts(
        nlp,
        "A drone strike killed 17 civilians in the village on Thursday, the deadliest since a "
        "raid in April that killed 45.",
    )
    scopes = {c: scope for c, *_, scope in counts}
    assert scopes == {17: "event", 45: "background"}, counts


@pytest.mark.parametrize(
    "text",
    [
        "The monitor, which has tracked the war since 2012, said 33 people were killed on Friday.",
        "At least 26 people were killed on Sunday in the heaviest shelling since the truce.",
        "Earlier on Wednesday, a car bomb killed 19 people near the port.",
        "Two people were killed earlier today when a shell hit a clinic.",
        "Rescuers arrived after an air strike that killed 14 civilians in the market.",
        "Government forces killed 21 fighters in the previous 24 hours, the monitor said.",
        # the clause names its own day: a past time further on is another phrase's
        "One man was killed in a drone strike Sunday on the village of Tel Haddad, scene of a "
        "gas attack earlier this month, a monitor said.",
        # another source, not another event
        "Another monitor said 30 people were killed in the raid on the market.",
        # "another" counts bodies, not another event
        "The raid on the farms killed 12 civilians and 19 guards, with another 6 bodies not "
        "yet identified.",
        # a day's toll, a calendar's week, a war's attack, fighting (branch xo14)
        "At least 40 people were killed in the past 24 hours, the monitor said.",
        "A bomb killed 12 people in the market in the last week of March.",
        "The war's deadliest attack killed 90 people on Sunday.",
        "Fighting claimed the lives of 25 soldiers on Tuesday.",
    ],
)
def test_a_since_or_a_time_elsewhere_in_the_sentence_is_not_the_figures(
    nlp: Any, text: str
) -> None:
    counts = _counts(nlp, text)
    assert counts and all(scope == "event" for *_, scope in counts), counts


@pytest.mark.parametrize(
    "text",
    [
        "More than 120,000 people have been killed since the uprising began.",
        "At least 16 people were killed this year in the province, the monitor said.",
        "Over 210,000 people have been killed and millions uprooted since the war began in 2012.",
        "Jets have pounded the district in recent days, killing at least 48 civilians there.",
        # a war as the toll's subject (branch xo14)
        "The conflict, now in its eighth year, has claimed more than 400,000 lives.",
        "Yemen's civil war, which has claimed an estimated 230,000 lives, shows no sign of ending.",
        # a period of a week or longer up to the news
        "Air strikes have killed 150 civilians over the past two weeks, the group said.",
        "Shelling of the suburbs in the last two weeks has killed more than 100 people.",
        "The monitor said 3,000 people have been killed during the past month.",
    ],
)
def test_a_running_total_on_the_figures_clause(nlp: Any, text: str) -> None:
    counts = _counts(nlp, text)
    assert counts and all(scope == "cumulative" for *_, scope in counts), counts


def test_a_previous_tolls_figures_are_earlier(nlp: Any) -> None:
    counts = _counts(nlp, "The previous death toll was 31 with 64 others injured.")
    assert {(c, scope) for c, _, _, scope in counts} == {(31, "earlier"), (64, "earlier")}, counts


def test_a_previous_tolls_figure_under_a_copula_clause_is_earlier() -> None:
    """The parse an article gave: "injured" a clausal complement of "was". A copula is no
    verb of saying: the figure is still in the previous toll's clause."""
    import spacy
    from spacy.tokens import Doc

    words = [
        "The",
        "previous",
        "death",
        "toll",
        "was",
        "20",
        "with",
        "50",
        "others",
        "injured",
        ".",
    ]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=[3, 3, 3, 4, 4, 4, 5, 8, 9, 4, 4],
        deps=["det", "amod", "compound", "nsubj", "ROOT", "attr", "prep", "nummod", "nsubj"]
        + ["ccomp", "punct"],
        pos=["DET", "ADJ", "NOUN", "NOUN", "AUX", "NUM", "ADP", "NUM", "NOUN", "VERB", "PUNCT"],
        lemmas=[
            "the",
            "previous",
            "death",
            "toll",
            "be",
            "20",
            "with",
            "50",
            "other",
            "injure",
            ".",
        ],
        sent_starts=[True] + [False] * 10,
    )
    found = {(f.count, f.scope) for f in find_figures(doc, "a1")}
    assert (50, "earlier") in found, found


def _clauses(nlp: Any, text: str) -> dict[int | None, str]:
    """Each figure's count -> the words of the clause it is told in."""
    return {
        f.count: text[f.clause_start : f.clause_end]
        for f in find_figures(nlp(text), "a1")
        if f.clause_start is not None and f.clause_end is not None
    }


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "An air strike on a market in Sarmin killed five civilians on Monday, and shelling "
            "of a school in Harem killed 12 children.",
            "air strike",
            "shelling",
        ),
        (
            "Five people were killed in an air strike on Sarmin on Monday, while 12 died in "
            "shelling of Harem.",
            "air strike",
            "shelling",
        ),
    ],
)
def test_a_figure_is_told_in_its_own_clause(nlp: Any, text: str, first: str, second: str) -> None:
    clauses = _clauses(nlp, text)
    assert first in clauses[5] and second not in clauses[5], clauses
    assert second in clauses[12] and first not in clauses[12], clauses


def test_a_relative_clause_takes_in_its_noun(nlp: Any) -> None:
    text = "The bombing came a week before a rocket attack that killed 30 people in the town."
    clauses = _clauses(nlp, text)
    assert "rocket attack" in clauses[30] and "bombing" not in clauses[30], clauses


def _found(nlp: Any, text: str) -> set[tuple[int | None, str, str, str]]:
    return set(_counts(nlp, text))


def test_two_numerals_in_a_row_are_two_numbers(nlp: Any) -> None:
    """A text that lost its commas ("86, 30 of them children") gives two counts, not their
    sum; three digits after one to three are a number's thousands ("1 200")."""
    found = _found(
        nlp, "The death toll has risen to 86 30 of them children a monitoring group said."
    )
    assert (86, "killed", "people", "event") in found and not any(f[0] == 116 for f in found)
    assert (1200, "killed", "people", "event") in _found(nlp, "The toll rose to 1 200 people.")


@pytest.mark.parametrize(
    "text",
    [
        "The Observatory said the attack on two villages killed 15 civilians.",
        "Four air strikes killed 15 civilians in the town on Monday.",
        "Fighting displaced 15 civilians from four towns near the front.",
    ],
)
def test_places_attacks_and_things_are_not_counted_people(nlp: Any, text: str) -> None:
    found = _found(nlp, text)
    assert {f[0] for f in found} == {15}, found


@pytest.mark.parametrize(
    ("text", "count", "category"),
    [
        (
            "Officials have reported that 84 people have been killed and another 659 injured "
            "over four days.",
            659,
            "injured",
        ),
        ("At least 45 people were killed and 30 wounded by a suicide bombing.", 30, "injured"),
        ("Eight civilians were killed with at least 70 injured, the monitor said.", 70, "injured"),
        (
            "The attack left at least 100 people killed and over 400 wounded, officials said.",
            100,
            "killed",
        ),
        # a text without its commas: the object of "killed" stays killed
        (
            "The UN says the war has killed more than 220000 people wounded at least one million.",
            220000,
            "killed",
        ),
    ],
)
def test_a_conjunct_figure_takes_its_own_participle(
    nlp: Any, text: str, count: int, category: str
) -> None:
    found = {(f[0], f[1]) for f in _found(nlp, text)}
    assert (count, category) in found, found


def test_a_toll_of_the_whole_war_is_a_running_total(nlp: Any) -> None:
    found = _found(
        nlp,
        "More than 330000 people are estimated to have been killed in the Syrian war that "
        "began in 2011.",
    )
    assert (330000, "killed", "people", "cumulative") in found, found
    dated = _found(nlp, "Three soldiers were killed in the war on Tuesday.")
    assert (3, "killed", "soldiers", "event") in dated, dated


def test_a_toll_over_a_counted_period_is_a_running_total(nlp: Any) -> None:
    """ "killed in three months", "in the previous 12 months": a total of the period; not
    "the deadliest in almost a year" (a comparison) nor "over two days" (one news cycle)."""
    found = _found(nlp, "More than 700 people have been killed in three months, monitors said.")
    assert (700, "killed", "people", "cumulative") in found, found
    for text, count in (
        ("The toll has reached at least 126 in the deadliest incident in almost a year.", 126),
        ("It was the deadliest attack in two years, killing 30 people.", 30),
        ("At least 40 people were killed over two days of fighting.", 40),
    ):
        assert (count, "killed", "people", "event") in _found(nlp, text), text
