"""Stories (articles about the same news, by shared rare words) and events within them,
contradictions with confidence, scope and explanation (issue 19)."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

from test_clusters import fv, rv  # the same directory is on sys.path (rootdir imports)

from newsgraph.analyze.clusters import Clusterer
from newsgraph.analyze.contradictions import (
    DEFAULT_MIN_CONFIDENCE,
    ContradictionSettings,
    EventContext,
    find_attribution_contradictions,
    find_date_contradictions,
    find_disputes,
    find_number_contradictions,
)
from newsgraph.analyze.stories import (
    ArticleText,
    StoryIndex,
    StorySettings,
    article_terms,
    document_frequencies,
)

BACKGROUND = [
    ArticleText(f"bg{i}", f"Talks on trade {i}", f"Ministers met to discuss tariffs and ports {i}.")
    for i in range(30)
]


def _stories(articles: list[ArticleText], settings: StorySettings | None = None) -> StoryIndex:
    everything = articles + BACKGROUND
    terms = {a.id: article_terms(a.title, a.text) for a in everything}
    index = StoryIndex(settings or StorySettings())
    index.assign(everything, document_frequencies(terms.values()), len(everything), terms)
    return index


STRIKE = "Air strikes hit the village of Kafr Nabudah, killing 23 civilians, medics said."
STRIKE_2 = "At least 23 civilians died when warplanes struck Kafr Nabudah on Tuesday."


def test_articles_sharing_rare_words_are_one_story() -> None:
    a = ArticleText("a", "Strikes on Kafr Nabudah", STRIKE, "2024-05-07")
    b = ArticleText("b", "Kafr Nabudah toll", STRIKE_2, "2024-05-07")
    c = ArticleText("c", "Trade talks", "Ministers met to discuss tariffs and ports.", "2024-05-07")
    index = _stories([a, b, c])
    assert index.story_of["a"] == index.story_of["b"] != index.story_of["c"]
    assert index.joined["b"] == "a" and 0 < index.similarity_of["b"] <= 1


def test_same_words_weeks_apart_are_two_stories() -> None:
    a = ArticleText("a", "Strikes on Kafr Nabudah", STRIKE, "2024-05-07")
    b = ArticleText("b", "Kafr Nabudah toll", STRIKE_2, "2024-06-20")
    index = _stories([a, b])
    assert index.story_of["a"] != index.story_of["b"]


def test_a_copy_is_in_its_originals_story_and_known_articles_never_move() -> None:
    a = ArticleText("a", "Strikes on Kafr Nabudah", STRIKE, "2024-05-07")
    copy = ArticleText("copy", "x", "unrelated words entirely", "2024-05-08", duplicate_of="a")
    index = _stories([a, copy])
    assert index.story_of["copy"] == index.story_of["a"]
    before = dict(index.story_of)
    b = ArticleText("b", "Kafr Nabudah toll", STRIKE_2, "2024-05-07")
    later = StoryIndex(story_of=dict(before), next_id=max(before.values()) + 1)
    everything = [a, copy, b, *BACKGROUND]
    terms = {x.id: article_terms(x.title, x.text) for x in everything}
    later.assign(everything, document_frequencies(terms.values()), len(everything), terms)
    assert {k: later.story_of[k] for k in before} == before
    assert later.story_of["b"] == before["a"]


def test_years_are_not_terms_and_names_weigh_more() -> None:
    terms = article_terms("", "In 2017 the army entered Raqqa. Troops entered the city.")
    assert "#2017" not in terms
    assert terms["raqqa"] == 2 and terms["troops"] == 1  # a name inside a sentence doubles


def test_an_articles_lead_is_its_stored_main_event(sample_db: Path) -> None:
    with sqlite3.connect(sample_db) as conn:
        rows = conn.execute(
            "SELECT s.article_id, s.lead_type, r.type FROM article_stories s "
            "LEFT JOIN article_main_events m ON m.article_id = s.article_id "
            "LEFT JOIN event_reports r ON r.id = m.event_id"
        ).fetchall()
    assert rows and any(main for _, _, main in rows)
    for article, lead, main in rows:
        assert lead == main, article


def test_within_a_story_an_unnamed_attack_joins_and_across_stories_it_does_not() -> None:
    named = replace(rv(1, "a", type_="ASSAULT", actors=("RUS",), recipients=()), story=1)
    unnamed = replace(rv(2, "b", type_="ASSAULT", actors=(), recipients=(), date=None), story=1)
    elsewhere = replace(unnamed, id=3, article_id="c", origin="c", outlet="c", story=2)
    c = Clusterer()
    first = c.add(named)
    assert c.add(unnamed) == first
    assert c.add(elsewhere) != first


def test_across_stories_only_a_fully_told_report_joins() -> None:
    c = Clusterer()
    first = c.add(replace(rv(1, "a"), story=1))
    assert c.add(replace(rv(2, "b"), story=2)) == first  # same actor, counterpart, date
    assert c.add(replace(rv(3, "c", recipients=()), story=3)) != first


def test_one_article_giving_two_dates_is_below_the_default_threshold() -> None:
    reports = [rv(1, "a"), replace(rv(2, "a", date="2024-12-02"), sent=4)]
    (con,) = find_date_contradictions(1, reports, ContradictionSettings())
    assert con.scope == "one article"
    assert con.confidence < DEFAULT_MIN_CONFIDENCE


def test_two_outlets_in_one_story_make_a_trusted_contradiction_with_its_explanation() -> None:
    reports = [replace(rv(1, "a"), story=1), replace(rv(2, "b", date="2024-12-02"), story=1)]
    context = EventContext(
        description="a meeting or call (CONSULT) by Araghchi with Assad",
        why_same=("their articles tell one story",),
        cohesion=0.9,
        sentences={("a", 0): "Araghchi met Assad on Sunday.", ("b", 0): "They met on Monday."},
    )
    (con,) = find_date_contradictions(1, reports, ContradictionSettings(), context)
    assert con.scope == "outlets" and con.confidence >= DEFAULT_MIN_CONFIDENCE
    e = con.explanation
    assert "Araghchi" in e["event"] and e["why_same_event"]
    texts = [s["text"] for side in e["sides"] for s in side["sentences"]]
    assert texts == ["Araghchi met Assad on Sunday.", "They met on Monday."]


def test_a_toll_that_rose_in_one_outlet_is_an_update_not_a_dispute() -> None:
    figs = [fv(1, "a", 10, 10), replace(fv(2, "b", 25, 25), outlet="a")]
    (con,) = find_number_contradictions(1, figs, ContradictionSettings(), EventContext(cohesion=1))
    assert con.scope == "one outlet over time" and con.confidence < DEFAULT_MIN_CONFIDENCE


def test_a_state_and_its_own_military_are_one_side() -> None:
    reports = [
        rv(1, "a", type_="ASSAULT", actors=("TUR",), recipients=("~village",)),
        rv(2, "b", type_="ASSAULT", actors=("TUR.MIL",), recipients=("~village",)),
    ]
    assert find_attribution_contradictions(1, reports) == []


def test_disputing_ones_own_words_or_an_unnamed_disputer_is_not_trusted() -> None:
    def quote(who: str, whose: str) -> dict[str, object]:
        return {
            "id": 1,
            "article_id": "a",
            "content": "that the army had shelled the market at dawn",
            "disputes": [
                {
                    "kind": "denial",
                    "via": "verb",
                    "role": "disputes",
                    "cue": "denied",
                    "disputed_by": {"text": who, "name": who},
                    "claim": "that the army had shelled the market at dawn",
                    "claim_by": {"text": whose, "name": whose},
                }
            ],
        }

    (real,) = find_disputes([quote("The Syrian army", "Human Rights Watch")])
    (own,) = find_disputes([quote("Human Rights Watch", "Human Rights Watch")])
    (pronoun,) = find_disputes([quote("it", "Human Rights Watch")])
    assert real.confidence >= DEFAULT_MIN_CONFIDENCE
    assert own.confidence < DEFAULT_MIN_CONFIDENCE
    assert pronoun.confidence < DEFAULT_MIN_CONFIDENCE
    assert real.explanation["sides"][0]["sentences"]


def test_within_a_story_an_attack_and_a_use_of_force_may_be_one_event() -> None:
    attack = replace(rv(1, "a", type_="ASSAULT", actors=("RUS",), recipients=()), story=1)
    force = replace(rv(2, "b", type_="COERCE", actors=("RUS",), recipients=()), story=1)
    meeting = replace(rv(3, "c", type_="CONSULT", actors=("RUS",), recipients=()), story=1)
    other = replace(rv(4, "d", type_="COERCE", actors=("RUS",), recipients=()), story=2)
    c = Clusterer()
    first = c.add(attack)
    assert c.add(force) == first
    assert c.add(meeting) != first
    assert c.add(other) != first


def test_coarse_and_inherited_dates_make_no_date_contradiction() -> None:
    day = rv(1, "a", date="2024-12-02")
    month = replace(rv(2, "b", date="2024-12"), date_precision="month")
    week = replace(rv(3, "c", date="2024-W49"), date_precision="week")
    inherited = replace(rv(4, "d", date="2024-12-05"), date_basis="inherited")
    c = Clusterer()
    first = c.add(day)
    assert c.add(month) == first and c.add(week) == first  # a day inside the month, week
    s = ContradictionSettings()
    assert find_date_contradictions(1, [day, month, week], s) == []
    assert find_date_contradictions(1, [day, inherited], s) == []
    explicit = replace(inherited, date_basis="explicit", date="2024-12-03")
    assert find_date_contradictions(1, [day, explicit], s)


def test_an_event_in_words_does_not_depend_on_set_order() -> None:
    # Counters fed from sets keep the sets' hash order, which differs between processes (a
    # Dask worker, a CLI run): ties must be broken by id so every engine stores the same text.
    from collections import Counter

    from newsgraph.analyze.explain import describe_event
    from newsgraph.types import Cluster

    names = {"IRN": ("Iran", "IRN"), "QAT": ("Qatar", "QAT"), "TUR": ("Turkey", "TUR")}
    texts = {
        describe_event(
            Cluster(1, "CONSULT", Counter({"IRN": 2}), Counter(dict.fromkeys(order, 1))),
            names,
            None,
            None,
        )
        for order in (("QAT", "TUR", "IRN"), ("TUR", "QAT", "IRN"))
    }
    assert texts == {"a meeting or call (CONSULT) by Iran with Qatar and Turkey"}
    # "visited Damascus": the place its reports take as a participant is said once, as a place
    visit = Cluster(1, "CONSULT", Counter({"IRN": 2}), Counter({"~damascus": 1, "SYR": 1}))
    assert describe_event(visit, names, "Damascus (SYR)", None) == (
        "a meeting or call (CONSULT) by Iran with SYR in Damascus (SYR)"
    )


def test_regions_are_compared_through_the_hierarchy() -> None:
    """The region one article is most about among the other's (an event near a boundary,
    told from either side) is near; other regions of one country, or other countries, are
    not; a region-less article (a country only) is neither."""
    index = StoryIndex(StorySettings(same_region=2.5, near_region=1.5, other_region=0.5))

    def factor(a: str | None, b: str | None) -> float:
        return index._context_factor(
            ArticleText("a", "", "", region=a), ArticleText("b", "", "", region=b)
        )

    assert factor("SYR:09,SYR:12|SYR", "SYR:09|SYR") == 2.5
    assert factor("SYR:09,SYR:12|SYR", "SYR:12,SYR:13|SYR") == 1.5
    assert factor("SYR:09|SYR", "SYR:13|SYR") == 0.5
    assert factor("USA:DC|SYR", "SYR:13|SYR") == 0.5  # no region in common
    assert factor("SYR:09", "SYR:09") == 2.5  # a bare region (older stores)
    assert factor("|SYR", "SYR:09|SYR") == 1.0  # the country alone says nothing against
    assert factor("|SYR", "|TUR") == 0.5
    assert factor(None, "SYR:09|SYR") == 1.0


def test_the_regions_of_the_country_an_article_is_most_about_come_first() -> None:
    """A region abroad mentioned most (a village's name resolved to a town abroad, a foreign
    capital told often) does not stand for where a story about another country is: the
    regions at home are compared first. An article most about the other country keeps its
    order."""
    index = StoryIndex(StorySettings(same_region=2.5, near_region=1.5, other_region=0.5))

    def factor(a: str, b: str) -> float:
        return index._context_factor(
            ArticleText("a", "", "", region=a), ArticleText("b", "", "", region=b)
        )

    assert factor("MAR:07,SYR:10,SYR:13|SYR", "SYR:10|SYR") == 2.5
    assert factor("MAR:07,SYR:13,SYR:10|SYR", "SYR:10|SYR") == 1.5  # at home, not first
    assert factor("MAR:07,SYR:10|MAR", "SYR:10|SYR") == 1.5  # most about Morocco: as told
    assert factor("USA:DC|SYR", "SYR:13|SYR") == 0.5  # no region at home: still different


def test_a_city_joins_the_event_told_at_its_governorates_level() -> None:
    """A town and the governorate it is in are compared through the hierarchy, not by the
    distance to the governorate's centre; two governorates are two places."""
    city = replace(
        rv(1, "a", type_="ASSAULT", actors=("USA",), recipients=(), place="1", country="SYR"),
        story=1,
        point=(34.73, 36.71),
        own_point=True,
        place_region="SYR:11",
    )
    governorate = replace(
        rv(2, "b", type_="ASSAULT", actors=("USA",), recipients=("SYR.GOV",), place="2"),
        place_country="SYR",
        story=1,
        point=(34.6, 37.8),  # the governorate's centre, 100 km from the city
        place_region="SYR:11",
    )
    other = replace(governorate, id=3, article_id="c", origin="c", place_region="SYR:09")
    c = Clusterer()
    first = c.add(city)
    assert c.add(governorate) == first
    assert c.add(other) != first


def test_an_article_bridging_two_new_stories_joins_them_and_stored_ones_never_move() -> None:
    """One event told in two vocabularies starts two stories; a later article strongly
    similar to both makes them one. A story already stored is never moved."""
    a = ArticleText(
        "a", "Gas attack on Khan Sheikhoun", "Sarin gas attack Khan Sheikhoun.", "2024-05-07"
    )
    b = ArticleText(
        "b", "Chemical massacre in Idlib town", "Chemical massacre Tamanah Habit.", "2024-05-07"
    )
    c = ArticleText(
        "c",
        "Khan Sheikhoun gas attack: chemical massacre",
        "Sarin gas attack Khan Sheikhoun, chemical massacre Tamanah Habit.",
        "2024-05-07",
    )
    index = _stories([a, b, c])
    assert index.story_of["a"] == index.story_of["b"] == index.story_of["c"]
    # with a and b stored in their own stories, c joins one and moves neither
    stored = StoryIndex(StorySettings())
    stored.story_of.update({"a": 1, "b": 2})
    stored.next_id = 3
    everything = [a, b, c, *BACKGROUND]
    terms = {x.id: article_terms(x.title, x.text) for x in everything}
    stored.assign(everything, document_frequencies(terms.values()), len(everything), terms)
    assert stored.story_of["a"] == 1 and stored.story_of["b"] == 2
    assert stored.story_of["c"] in (1, 2)
    # without the merge, the two stories stay apart
    apart = _stories([a, b, c], StorySettings(merge_factor=99.0))
    assert apart.story_of["a"] != apart.story_of["b"]
