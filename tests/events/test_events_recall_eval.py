"""The judged recall sentences of other outlets (eval/events_recall): the file is whole, the
draw is the one judged, and the scorer is realnews's (one matching and scoring code)."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from eval import EVALUATORS, events_recall, realnews

PLOVER = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip


def _judged() -> list[dict]:  # type: ignore[type-arg]
    if not events_recall.JUDGED.exists():
        pytest.skip("judged file not found")
    return events_recall._load()


def test_registered() -> None:
    assert "events_recall" in EVALUATORS


def test_judged_file_is_whole() -> None:
    rows = _judged()
    assert len(rows) == 250
    first = [r for r in rows if events_recall.draw_of(r) == "r7"]
    second = [r for r in rows if events_recall.draw_of(r) == "r8"]
    assert rows == first + second and len(first) == 150 and len(second) == 100
    for part, n_tune in ((first, events_recall.N_TUNE), (second, events_recall.N_TUNE_R8)):
        assert [r["part"] for r in part] == ["tune"] * n_tune + ["heldout"] * (len(part) - n_tune)
    assert Counter(r["set"] for r in first) == {"polnear": 50, "fakes": 50, "timebank": 50}
    assert Counter(r["set"] for r in second) == {"polnear": 34, "fakes": 34, "timebank": 32}
    assert len({(r["doc"], r["sentence"]) for r in second}) == 100  # each sentence once
    for r in rows:
        for e in r["events"]:
            assert e["type"] in PLOVER, r
            for side in ("actor", "recipient"):
                if e[side]:
                    assert e[side]["text"] in r["sentence"], (side, r)


def test_draw_is_the_judged_one_and_outside_events_other() -> None:
    rows = _judged()
    if not (events_recall.ROOT / "polnear").exists():
        pytest.skip("datasets not found")
    drawn = events_recall.draw() + events_recall.draw(r8=True)
    assert [(d["doc"], d["sentence"], events_recall.draw_of(d)) for d in drawn] == [
        (r["doc"], r["sentence"], events_recall.draw_of(r)) for r in rows
    ]
    assert not {r["doc"] for r in rows} & events_recall._taken()
    second = {r["doc"] for r in rows if events_recall.draw_of(r) == "r8"}
    assert not second & events_recall.taken_r8()  # nor the third fresh set, nor the first draw
    assert {r["id"] for r in events_recall.articles()} <= events_recall.taken_r8()


def test_sentence_split_keeps_abbreviations() -> None:
    text = "Mr. Smith met Gen. Jones on Nov. 16 in Paris. They talked.\n\nA new line here."
    assert events_recall.sentences(text) == [
        "Mr. Smith met Gen. Jones on Nov. 16 in Paris.",
        "They talked.",
        "A new line here.",
    ]


def test_figures_use_realnews_scoring() -> None:
    gold = [
        {"doc": "d1", "set": "x", "part": "tune", "sentence": "Rebels shelled the town today.",
         "events": [{"type": "ASSAULT", "actor": {"text": "Rebels", "code": None},
                     "recipient": None}]},
        {"doc": "d1", "set": "x", "part": "tune", "sentence": "Nothing happened here at all.",
         "events": []},
        {"doc": "d2", "set": "y", "part": "heldout", "sentence": "Iran condemned the strike.",
         "events": [{"type": "ACCUSE", "actor": {"text": "Iran", "code": "IRN"},
                     "recipient": None}]},
    ]  # fmt: skip
    reports = {
        "d1": [
            {"sentence": "Rebels shelled the town today.", "type": "ASSAULT", "confidence": 0.9,
             "actor": [{"text": "Rebels"}], "recipient": []},
            {"sentence": "Nothing happened here at all.", "type": "AID", "confidence": 0.5},
        ],
        "d2": [{"sentence": "Iran condemned the strike.", "type": "REJECT", "confidence": 0.8}],
    }  # fmt: skip
    out = events_recall.figures(gold, reports, 0.7)
    assert out["tune all"] == realnews.score(gold[:2], reports)
    assert out["tune shown"]["recall"] == 1.0 and out["tune shown"]["on_empty"] == 0
    assert out["tune all"]["on_empty"] == 1
    assert out["heldout shown"]["recall"] == 0.0 and out["heldout shown"]["precision"] == 0.0
    assert out["both shown"]["gold"] == 2
    assert set(out) >= {"set x shown", "set y shown", "r7 tune shown", "r7 heldout all"}
    assert "r8 tune shown" not in out  # no row of the second draw here
    second = [dict(g, draw="r8") for g in gold]
    out = events_recall.figures(gold + second, reports, 0.7)
    assert out["r8 tune shown"] == out["r7 tune shown"] == realnews.score(gold[:2], reports, 0.7)
    assert out["tune shown"]["gold"] == 2 * out["r7 tune shown"]["gold"]
    json.dumps(out)
