"""The genre of an article as a confidence cue: an article whose resolved actors are mostly
people, parties and companies (campaign, business, court prose) is read as civil, and its
reports get the genre's own weights; war and diplomacy news keeps the base model. Names and
sentences made up for these tests."""

from __future__ import annotations

from typing import Any

from test_event_cases import find, run_text

from newsgraph.extract.events.confidence import Evidence, confidence, features
from newsgraph.extract.events.guards import civil_genre
from newsgraph.types import Actor, Mention


def _mention(actor_id: str | None, sector: str | None = None) -> Mention:
    return Mention("a", 0, 0, 1, "x", "PERSON", actor_id, "dictionary", 1.0, sector=sector)


_ACTORS = {
    "jane-molloy": Actor("jane-molloy", "person", "Jane Molloy"),
    "tom-reddick": Actor("tom-reddick", "person", "Tom Reddick"),
    "acme-foods": Actor("acme-foods", "organisation", "Acme Foods"),
    "TUR": Actor("TUR", "state", "Turkey"),
    "hts": Actor("hts", "armed_group", "HTS"),
    "TUR.MOD": Actor("TUR.MOD", "institution", "Turkish defence ministry"),
    "ali-demir": Actor("ali-demir", "person", "Ali Demir"),
    "daily-courier": Actor("daily-courier", "media", "The Daily Courier"),
    "watch-group": Actor("watch-group", "ngo", "Conflict Watch", sector="NGO"),
}


def test_people_and_companies_make_an_article_civil() -> None:
    ids = ["jane-molloy", "tom-reddick", "acme-foods", "jane-molloy", "TUR", None, None]
    assert civil_genre([_mention(i) for i in ids], _ACTORS)


def test_states_organs_and_armed_groups_do_not() -> None:
    ids = ["jane-molloy", "TUR", "hts", "TUR.MOD", "tom-reddick"]
    assert not civil_genre([_mention(i) for i in ids], _ACTORS)
    # a state's code the article's actors lack ("SYR.MIL") counts as a state
    ids = ["jane-molloy", "SYR.MIL", "SYR", "tom-reddick"]
    assert not civil_genre([_mention(i) for i in ids], _ACTORS)


def test_a_person_holding_a_state_post_counts_as_the_state() -> None:
    """A president or a general (the mention's sector) is a state's actor; a candidate is not."""
    civil = [_mention("ali-demir"), _mention("ali-demir"), _mention("jane-molloy")]
    assert civil_genre(civil, _ACTORS)
    war = [_mention("ali-demir", "GOV"), _mention("ali-demir", "MIL"), _mention("jane-molloy")]
    assert not civil_genre(war, _ACTORS)


def test_the_media_and_monitors_that_tell_the_news_are_left_out() -> None:
    # war news told through a newspaper and a monitor: the state, the group and one person count
    parties = [_mention("TUR"), _mention("hts"), _mention("jane-molloy")]
    sources = [_mention("daily-courier"), _mention("watch-group", "NGO")] * 3
    assert not civil_genre([*sources, *parties], _ACTORS)
    # the same article with a candidate and a company in the sources' place reads as civil
    others = [_mention("jane-molloy"), _mention("acme-foods")] * 3
    assert civil_genre([*others, *parties], _ACTORS)


def test_too_few_resolved_mentions_say_nothing() -> None:
    assert not civil_genre(
        [_mention("jane-molloy"), _mention("tom-reddick"), _mention(None)], _ACTORS
    )
    assert not civil_genre([], _ACTORS)


def _evidence(civil: bool) -> Evidence:
    return Evidence(
        kind="verb",
        actor="political",
        actor_known=True,
        pronoun=False,
        recipient="none",
        type="ACCUSE",
        quad=3,
        negated=False,
        hypothetical=False,
        future=False,
        reported=False,
        quoted=False,
        long_sentence=False,
        inherited_date=False,
        civil=civil,
    )


def test_the_genre_crosses_kind_quad_and_recipient() -> None:
    f = features(_evidence(True))
    assert f["civil"] == 1.0
    assert f["civil*kind_verb"] == f["civil*quad_3"] == f["civil*recipient_none"] == 1.0
    assert not [k for k in features(_evidence(False)) if k.startswith("civil")]


def test_a_civil_article_lowers_a_verb_report_with_no_recipient() -> None:
    assert confidence(_evidence(True)) < confidence(_evidence(False))


_CAMPAIGN = (
    "Jane Molloy and Tom Reddick spent the weekend courting voters in Ohio. "
    "Molloy toured a factory owned by Acme Foods, and Reddick spoke at a county fair. "
    "Peter Lindqvist, who runs Reddick's campaign, said the race was close. "
)
_WAR = (
    "Turkey and Russia discussed the ceasefire in Ankara on Monday. "
    "Iran condemned Israel over the strikes, and Syria called on the United Nations to act. "
    "The Russian army shelled the outskirts of Idlib. "
)
_SENTENCE = "Reddick criticised Molloy over the tax plan on Tuesday."


def test_the_same_report_is_less_sure_in_campaign_prose(pipeline: Any) -> None:
    civil, _ = run_text(pipeline, _CAMPAIGN + _SENTENCE)
    war, _ = run_text(pipeline, _WAR + _SENTENCE)
    a = [e for e in civil if e.trigger == "criticised"]
    b = [e for e in war if e.trigger == "criticised"]
    assert a and b, ([(e.type, e.trigger) for e in civil], [(e.type, e.trigger) for e in war])
    assert a[0].type == b[0].type == "ACCUSE"
    assert a[0].confidence < b[0].confidence


def test_war_news_keeps_its_confidence(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, _WAR)
    e = find(evs, "ASSAULT")
    assert e.confidence >= 0.7
