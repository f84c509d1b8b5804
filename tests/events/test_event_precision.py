"""Precision first: ordinary prose (business, sport, obituaries, private life) yields no event;
every report carries a confidence, lower where the text does not report the act as done; the
default threshold hides, and never deletes. Sentences made up for these tests (real pipeline)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from test_event_cases import find, run_text

from newsgraph.cli import cli
from newsgraph.extract.events.confidence import DEFAULT_MIN_CONFIDENCE, Evidence, confidence
from newsgraph.extract.events.typeclf import load_classifier


@pytest.mark.parametrize(
    "text",
    [
        "The carmaker sued its parts supplier over the delayed contract.",
        "The veteran goalkeeper is retiring at the end of the season, his club said.",
        "The painter died in 1983 at his home by the lake.",
        "He learned to sail as a boy on the northern coast.",
        "She founded the bakery in 2009 with two school friends.",
        "The crisis at the hospital escalated over the winter.",
        "He told me he had just returned from a fishing trip to Silver Lake.",
        "The photographer captured the moment on film.",
        "The fishermen captured a shark near the shore.",
        "The club struck a deal with its kit supplier.",
        "The lightning struck the old tower.",
        "The president laid a wreath at the memorial.",
        "The company pledged support for local schools.",
        "The retailer offered assistance to customers hit by the outage.",
    ],
)
def test_ordinary_prose_yields_no_event(pipeline: Any, text: str) -> None:
    evs, _ = run_text(pipeline, text)
    assert evs == [], [(e.type, e.trigger, [a.text for a in e.actors]) for e in evs]


def test_a_business_acting_on_a_political_actor_is_still_an_event(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "The mining company accused the Interior Ministry of fraud.")
    find(evs, "ACCUSE")


def test_an_appeal_with_object_and_infinitive_is_a_request(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "The governor invited the rebel commanders to attend the talks.")
    e = find(evs, "REQUEST")
    assert e.trigger == "invited"


def test_refusing_to_yield_is_a_rejection(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "The militia refused to withdraw from the port city.")
    e = find(evs, "REJECT")
    assert not e.negated
    assert not [x for x in evs if x.type in ("RETREAT", "CONCEDE")]


def test_asking_a_question_is_not_a_request(pipeline: Any) -> None:
    asked, _ = run_text(
        pipeline, "The ministers asked why the convoy had been stopped at the border."
    )
    assert not [e for e in asked if e.type == "REQUEST"]
    told, _ = run_text(pipeline, "The ministers asked the army to reopen the border crossing.")
    find(told, "REQUEST")


def test_a_wished_act_is_hypothetical_and_less_confident(pipeline: Any) -> None:
    done, _ = run_text(pipeline, "Government forces shelled the rebel-held town on Monday.")
    wished, _ = run_text(
        pipeline, "The rebels wish government forces would shell the town, a commander said."
    )
    a = find(done, "ASSAULT")
    b = find(wished, "ASSAULT")
    assert b.hypothetical and not a.hypothetical
    assert b.confidence < a.confidence


def test_wanting_a_party_to_act_is_an_appeal_to_it(pipeline: Any) -> None:
    # "want X to do" asks X to act (REQUEST, X the recipient); the act asked for is not a
    # second event, as the realnews annotation rules and PLOVER have it.
    events, _ = run_text(pipeline, "The rebels want Turkey to shell the town, a commander said.")
    req = find(events, "REQUEST")
    assert req.trigger == "want"
    assert [r.actor_id for r in req.recipients] == ["TUR"]
    assert not [e for e in events if e.type == "ASSAULT"]


def test_confidence_is_a_probability_and_uses_the_evidence() -> None:
    base = Evidence(
        kind="pattern",
        actor="political",
        actor_known=True,
        pronoun=False,
        recipient="political",
        type="ASSAULT",
        quad=4,
        negated=False,
        hypothetical=False,
        future=False,
        reported=False,
        quoted=False,
        long_sentence=False,
        inherited_date=False,
    )
    hypo = Evidence(**{**base.__dict__, "hypothetical": True})
    pron = Evidence(**{**base.__dict__, "actor": "unknown", "actor_known": False, "pronoun": True})
    for ev in (base, hypo, pron):
        assert 0.0 < confidence(ev) < 1.0
    assert confidence(hypo) < confidence(base)
    assert confidence(pron) < confidence(base)


def test_type_classifier_ships_and_reads_a_sentence() -> None:
    clf = load_classifier()
    assert clf is not None and "ASSAULT" in clf.index
    p = clf.probabilities("Troops shelled the village and killed three civilians.")
    assert abs(float(p.sum()) - 1.0) < 1e-4
    assert clf.probability("Troops shelled the village and killed three civilians.", "ASSAULT") > (
        clf.probability("Troops shelled the village and killed three civilians.", "AGREE")
    )


def _events(db: Path, *args: str) -> list[dict[str, Any]]:
    res = CliRunner().invoke(
        cli, ["--db", str(db), "events", "--format", "jsonl", *args], catch_exceptions=False
    )
    assert res.exit_code == 0, res.output
    return [json.loads(x) for x in res.stdout.splitlines() if x.strip()]


def test_default_threshold_hides_and_zero_shows_everything(sample_db: Path) -> None:
    shown = _events(sample_db)
    everything = _events(sample_db, "--min-confidence", "0")
    assert shown and all(r["confidence"] >= DEFAULT_MIN_CONFIDENCE for r in shown)
    assert len(everything) >= len(shown)
    below = [r for r in everything if r["confidence"] < DEFAULT_MIN_CONFIDENCE]
    assert len(everything) == len(shown) + len(below)  # hidden, not deleted
