"""What is shown by default is an act told as happened, in its political sense (issue 13, item
1, on news in general): acts to come, owed or asked about; statements coded as acts; verbs in a
contest's sense, on the actor's own things, requests that ask nothing, attacks in words.
Sentences made up for these tests (real pipeline)."""

from __future__ import annotations

from typing import Any

import pytest
from test_event_cases import find, run_text

from newsgraph.extract.events.confidence import DEFAULT_MIN_CONFIDENCE


def _shown(evs: Any, type_: str) -> bool:
    return find(evs, type_).confidence >= DEFAULT_MIN_CONFIDENCE


# ---------------------------------------------------------------- not told as happened


@pytest.mark.parametrize(
    ("text", "type_", "flag"),
    [
        ("The governor has to condemn the raid on the village.", "ACCUSE", "hypothetical"),
        ("The senator would oppose the plan and criticize the governor.", "ACCUSE", "hypothetical"),
        ("Has the minister called for new sanctions on Iran?", "REQUEST", "hypothetical"),
        ("Did Russia attack the convoy?", "ASSAULT", "hypothetical"),
        ("The president plans to call on Congress to pass the bill.", "REQUEST", "future"),
        ("The minister will deny the report tomorrow.", "REJECT", "future"),
        # a modal on a governing verb that is no verb of saying
        (
            "The deal would allow Turkish troops to attack Kurdish positions.",
            "ASSAULT",
            "hypothetical",
        ),
        # an act told by how easy or hard it would be, or that a party could not do
        ("It will be difficult for the army to attack the town.", "ASSAULT", "hypothetical"),
        ("The army was unable to attack the rebels near the town.", "ASSAULT", "negated"),
        # the content of a denial
        ("The ministry denied that its jets bombed the hospital on Monday.", "ASSAULT", "negated"),
    ],
)
def test_an_act_not_told_as_happened_is_kept_but_not_shown(
    pipeline: Any, text: str, type_: str, flag: str
) -> None:
    evs, _ = run_text(pipeline, text)
    e = find(evs, type_)
    assert getattr(e, flag)
    assert 0 < e.confidence < DEFAULT_MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The senator opposed the plan and criticized the governor.", "ACCUSE"),
        ("The villagers had to flee after the army shelled the town.", "ASSAULT"),
        ("Why did the army attack the village?", "ASSAULT"),  # a wh-question tells it did
        ("The rebels attempted to seize the town on Friday.", "ASSAULT"),  # the attempt happened
        ("The rebels vowed to retaliate against the army.", "THREATEN"),  # the vow is the act
        ("The army was quick to attack the rebels near the town.", "ASSAULT"),
        # a modal on a verb of saying leaves its content told; a denial's own act is shown
        ("Officials could confirm that Russian jets bombed the town on Monday.", "ASSAULT"),
        ("The ministry said that its jets bombed rebel positions on Monday.", "ASSAULT"),
        ("The ministry denied that its jets bombed the hospital on Monday.", "REJECT"),
    ],
)
def test_an_act_told_as_happened_is_shown(pipeline: Any, text: str, type_: str) -> None:
    evs, _ = run_text(pipeline, text)
    e = find(evs, type_)
    assert not (e.hypothetical or (e.future and type_ != "THREATEN"))
    assert e.confidence >= DEFAULT_MIN_CONFIDENCE


# ---------------------------------------------------------------- statements, not acts


@pytest.mark.parametrize(
    ("text", "type_", "shown"),
    [
        ("The mayor asked me.", "REQUEST", 0),
        ("The mayor asked the police to release the prisoners.", "REQUEST", 1),
        ("The mayor asked the governor for help.", "REQUEST", 1),
        ("The senator agrees that the tax plan is hurting small firms.", "AGREE", 0),
        ("The professor argued that Ethiopia's reforms were a sham.", "ACCUSE", 0),
        ("The professor argued that Ethiopia had armed the rebels.", "ACCUSE", 1),
        ("The governor warned that Washington cannot afford to wait.", "THREATEN", 0),
        # the content of the object noun ("disputes the idea that ...": an opinion noun, no
        # event at all, test_event_senses.py)
        ("The woman disputes the suggestion that she needed to be hospitalized.", "ACCUSE", 0),
        # (disputing the suggestion that a party acted accuses nobody: its act is not told either)
        ("The professor disputes the suggestion that Ethiopia had armed the rebels.", "ACCUSE", 0),
        ("The governor warned that Washington would pay a heavy price.", "THREATEN", 1),
    ],
)
def test_a_statement_through_a_verb_of_saying_is_not_the_act(
    pipeline: Any, text: str, type_: str, shown: int
) -> None:
    evs, _ = run_text(pipeline, text)
    assert _shown(evs, type_) == bool(shown)


# ---------------------------------------------------------------- word sense


@pytest.mark.parametrize(
    ("text", "type_", "coded"),
    [
        # a contest: an election or a match
        ("The senator defeated the governor in the Republican primary on Tuesday.", "ASSAULT", 0),
        ("The governor captured 700 delegates on Tuesday.", "COERCE", 0),
        ("Spain beat Portugal in the final on Sunday.", "ASSAULT", 0),
        ("The rebels defeated the army near the town.", "ASSAULT", 1),
        ("The governor snatched victory from his rival.", "COERCE", 0),
        ("Rebels captured the district seat on Monday.", "COERCE", 1),
        # seizing on a remark
        (
            "The senator is seizing upon a newspaper report that the governor had a net loss"
            " in 1995.",
            "ASSAULT",
            0,
        ),
        ("Rebels seized on Monday the town of Saraqib.", "COERCE", 1),
        ("The senator struggled in states with closed primaries.", "ASSAULT", 0),
        ("The police clashed with protesters in towns with runoff votes.", "ASSAULT", 1),
        ("Rebels clashed with government troops in the city.", "ASSAULT", 1),
        # the actor's own thing
        ("The senator takes her positions out of convenience.", "ASSAULT", 0),
        ("The regime destroyed its chemical arsenal under the deal.", "ASSAULT", 0),
        ("The army destroyed the rebels' arsenal near the border.", "ASSAULT", 1),
        ("The air force intensified its air raids on the rebels.", "ASSAULT", 1),
        ("The minister defended his decision to close the border.", "SUPPORT", 0),
        ("Russia defended Syria at the UN on Monday.", "AID", 1),
        # a name given, not a call
        ("A militia called Jaish al-Fatah attacked the town on Monday.", "CONSULT", 0),
        ("A militia called Jaish al-Fatah attacked the town on Monday.", "ASSAULT", 1),
        # a request that asks nothing of anybody
        ("The candidate campaigned with her running mate in Ohio on Friday.", "REQUEST", 0),
        ("The candidate campaigned on a promise to cut taxes.", "REQUEST", 0),
        ("Activists campaigned for the release of the jailed journalists.", "REQUEST", 1),
        ("He sent fewer soldiers than the president demanded on Monday.", "REQUEST", 1),
        ("Britain is pushing hard for France support its relief plan.", "REQUEST", 1),
        ("The mayor asked the police to release the prisoners.", "REQUEST", 1),
    ],
)
def test_the_political_sense_needs_its_kind_of_object(
    pipeline: Any, text: str, type_: str, coded: int
) -> None:
    evs, _ = run_text(pipeline, text)
    assert any(e.type == type_ for e in evs) == bool(coded), [(e.type, e.trigger) for e in evs]


def test_a_demonstration_of_a_quality_is_no_protest(pipeline: Any) -> None:
    from newsgraph.extract.docview import DocView
    from newsgraph.extract.events.guards import sense_skip_reason

    nlp = pipeline.parse.nlp
    for text, noun, shown_of in (
        ("The vote was another demonstration of the party's weakness.", "demonstration", True),
        ("Police dispersed a demonstration of farmers in the capital.", "demonstration", False),
        ("Police dispersed a demonstration against the government.", "demonstration", False),
    ):
        doc = nlp(text)
        view = DocView.of(doc, text)
        i = next(t.i for t in doc if t.lower_ == noun)
        parties = {t.i for t in doc if t.lemma_ in ("farmer", "government", "party")}
        reason = sense_skip_reason(i, "nominal", "PROTEST", view, parties.__contains__)
        assert (reason is not None) == shown_of, text


def test_a_name_given_is_no_call(pipeline: Any) -> None:
    """A bare past participle of calling that gives a name, whatever subject the parser hangs
    on it; a finite call or a meeting called by someone is no name."""
    from newsgraph.extract.docview import DocView
    from newsgraph.extract.events.guards import sense_skip_reason

    nlp = pipeline.parse.nlp
    for text, naming in (
        ("A group of exiles called Ginbot 7 was founded in 2008.", True),
        ("The army fought a militia dubbed the Lions of Tawhid.", True),
        ("Putin called Erdogan on Monday.", False),
        ("The talks, called by the Arab League, began on Monday.", False),
    ):
        doc = nlp(text)
        view = DocView.of(doc, text)
        i = next(t.i for t in doc if t.lemma_ in ("call", "dub"))
        reason = sense_skip_reason(i, "verb", "CONSULT", view, lambda _: True)
        assert (reason is not None) == naming, text


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Senator Mark Ellison's attacks on Mexicans drew criticism from the bishops.", 1),
        ("The senator's attacks on immigrants drew criticism from the bishops.", 1),
        ("Republican lawmakers slammed the president's plan on Monday.", 1),
        ("Government forces attacked the rebels near the town.", 0),
        ("Vladimir Putin attacked Ukraine in February.", 0),
        ("A gunman attacked John Carver outside his home.", 0),
        ("President Bashar al-Assad attacked the rebels in Homs.", 0),
    ],
)
def test_an_attack_by_a_party_that_holds_no_arms_is_in_words(
    pipeline: Any, text: str, words: int
) -> None:
    evs, _ = run_text(pipeline, text)
    attack = [e for e in evs if e.trigger.lower().startswith(("attack", "slam"))]
    assert attack and (attack[0].type == "ACCUSE") == bool(words), attack
