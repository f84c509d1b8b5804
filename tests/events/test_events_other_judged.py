"""The hand-judged shown reports on other outlets' news and their scorer (eval/events_other)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from eval import EVALUATORS, events_other


def test_judged_file_is_whole() -> None:
    rows = events_other._load()
    first = [r for r in rows if r.get("added") is None]
    assert len(first) == events_other.N_JUDGED
    assert sum(1 for r in rows if r.get("sample_merged")) == events_other.N_SAMPLE_MERGED
    # what the evjudge fix removed is not shown on the merged code either
    assert all(r.get("gone_merged") for r in rows if r.get("gone"))
    fresh = [r for r in rows if r.get("added") == "evsense"]
    for tag in events_other.LATER_SETS:
        later = [r for r in rows if r.get("added") == tag]
        assert len(later) == events_other.N_SAMPLE_FRESH
        assert sum(1 for r in later if r[f"sample_{tag}"] == "tune") == events_other.N_FRESH_TUNE
    stages = events_other.STAGES
    assert len(fresh) == events_other.N_SAMPLE_FRESH
    assert sum(1 for r in fresh if r["sample_evsense"] == "tune") == events_other.N_FRESH_TUNE
    for r in rows:
        assert r.get("added") in {
            None,
            "after-fix",
            "merged",
            "evsense",
            "after-evsense",
            *events_other.LATER_SETS,
        } | {tag for tag, _ in stages}, r
        for tag, _ in stages:  # a report a stage judged is one its store shows
            if r.get("added") == tag:
                assert r.get(f"shown_{tag}") is True, r
        assert r.get("sample_main6") in (None, "merged", "tune", "heldout"), r
        assert not (r.get("added") == "merged" and r.get("gone_merged")), r
        if r.get("added") == "evsense":
            assert r.get("sample_evsense") in ("tune", "heldout"), r
        if r.get("sample_evsense"):
            # judged on the fresh set, or shown later on one of its judged sentences
            assert r["added"] in ("evsense", "after-evsense", *(t for t, _ in stages)), r
        if r.get("added") in ("after-evsense", *(t for t, _ in stages)) and not r.get(
            "sample_main6"
        ):  # a report the fix (or the stage) made appear on a judged sentence, judged then
            sets = [r.get("after_of") == "old", bool(r.get("sample_evsense"))]
            later = [bool(r.get(f"sample_{t}")) for t in events_other.LATER_SETS]
            assert sum([*sets, *later]) == 1, r
        if r.get("added") == events_other.FRESH3:
            assert r.get("sample_fresh3") in ("tune", "heldout"), r
            assert r.get("shown_main7") is True, r
        if r.get("added") == "fresh4":  # judged on main's store: shown there by construction
            assert r.get("sample_fresh4") in ("tune", "heldout"), r
            assert r.get("shown_main8") is True, r
        if r.get("added") == "fresh5":  # the same on main ac1c5c7 (stage main9)
            assert r.get("sample_fresh5") in ("tune", "heldout"), r
            assert r.get("shown_main9") is True, r
        if r.get("added") == "fresh6":  # the same on main 0a80dd6 (stage main11)
            assert r.get("sample_fresh6") in ("tune", "heldout"), r
            assert r.get("shown_main11") is True, r
        if r.get("added") == "fresh7":  # the same on main bd496fc (stage main12)
            assert r.get("sample_fresh7") in ("tune", "heldout"), r
            assert r.get("shown_main12") is True, r
        assert r["source_id"].split(":")[0] in {"polnear", "fakes", "timebank"}
        assert r["sentence"] and r["type"] and isinstance(r["confidence"], float)
        assert isinstance(r["type_ok"], bool)
        wrong = not r["type_ok"] or r["actor_ok"] is False or r["recipient_ok"] is False
        assert bool(r.get("reason")) == wrong, r
        assert bool(r.get("cause")) == (not r["type_ok"]), r


def test_scorer_counts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def row(t: bool, a: bool | None, conf: float, **kw: object) -> dict[str, object]:
        base = {"source_id": "fakes:1", "type": "ASSAULT", "confidence": conf, "type_ok": t}
        return base | {"actor_ok": a, "recipient_ok": None, "cause": None if t else "x"} | kw

    rows = [
        row(True, True, 0.95),
        row(True, False, 0.75),
        row(False, None, 0.72, gone=True),
        row(True, True, 0.9, added="after-fix", gone_merged=True),
        row(False, None, 0.85, added="merged", sample_merged=True, source_id="polnear:x"),
        row(True, True, 0.95, sample_merged=True),
        row(False, None, 0.8, added="evsense", sample_evsense="tune", source_id="timebank:x"),
        row(True, True, 0.9, added="evsense", sample_evsense="heldout"),
    ]
    path = tmp_path / "j.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    monkeypatch.setattr(events_other, "JUDGED", path)
    out = events_other.run()
    assert out["all"]["n"] == 4 and out["all"]["type_right"] == 3
    assert out["all"]["full_p"] == pytest.approx(2 / 4)
    assert out["now"]["n"] == 4 and out["now"]["type_p"] == 1.0
    assert out["band 0.7-0.8"]["type_right"] == 1 and out["band 0.7-0.8"]["n"] == 2
    assert out["cause x"] == {"wrong": 1}
    # merged: every row not gone_merged (only the after-fix one is out)
    assert out["merged"]["n"] == 5 and out["merged"]["type_right"] == 3
    assert out["merged sample"] == {"n": 2, "type_right": 1, "type_p": 0.5, "full_p": 0.5}
    assert out["merged set polnear"]["n"] == 1 and out["merged set fakes"]["n"] == 4
    assert out["merged band 0.8-0.9"]["n"] == 1 and out["merged cause x"] == {"wrong": 2}
    # the fresh set is its own group, not part of the first 60 articles' groups
    assert out["fresh"]["n"] == 2 and out["fresh tune"]["type_right"] == 0
    assert out["fresh held-out"]["type_p"] == 1.0 and out["fresh set timebank"]["n"] == 1
    assert "merged after evsense" not in out
    assert "events_other" in EVALUATORS


def test_scorer_after_a_fix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def row(t: bool, **kw: object) -> dict[str, object]:
        base = {"source_id": "fakes:1", "type": "ASSAULT", "confidence": 0.9, "type_ok": t}
        return base | {"actor_ok": None, "recipient_ok": None, "cause": None if t else "x"} | kw

    rows = [
        row(True),
        row(False, gone_evsense=True),
        row(True, added="after-evsense", after_of="old"),
        row(False, added="evsense", sample_evsense="tune", gone_evsense=True),
        row(True, added="evsense", sample_evsense="tune"),
        row(False, added="evsense", sample_evsense="heldout"),
        row(True, added="after-evsense", sample_evsense="heldout"),
    ]
    path = tmp_path / "j.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    monkeypatch.setattr(events_other, "JUDGED", path)
    out = events_other.run()
    assert out["merged"]["n"] == 2 and out["merged after evsense"]["n"] == 2
    assert out["merged after evsense"]["type_p"] == 1.0
    assert out["fresh"]["n"] == 3 and out["fresh after evsense"]["n"] == 3
    tune = out["fresh tune after evsense"]
    assert tune == {"n": 1, "type_right": 1, "type_p": 1.0, "full_p": 1.0}
    assert out["fresh held-out after evsense"]["n"] == 2


def test_scorer_of_a_stage(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A stage's groups count the judged reports its stores show, each in its set; its own
    draws are apart."""

    def row(t: bool, **kw: object) -> dict[str, object]:
        base = {"source_id": "fakes:1", "type": "ASSAULT", "confidence": 0.9, "type_ok": t}
        return base | {"actor_ok": None, "recipient_ok": None, "cause": None if t else "x"} | kw

    rows = [
        row(True, shown_main6=True),
        row(False, shown_main6=False),
        row(False, added="evsense", sample_evsense="tune", shown_main6=True),
        row(True, added="evsense", sample_evsense="heldout", shown_main6=True),
        # a report shown on a judged sentence of the tune part, judged then
        row(True, added="main6", sample_evsense="tune", shown_main6=True),
        # main's own draws: one already judged, two new
        row(True, shown_main6=True, sample_main6="merged"),
        row(False, added="main6", sample_main6="tune", shown_main6=True),
        row(True, added="main6", sample_main6="merged", shown_main6=True),
    ]
    path = tmp_path / "j.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    monkeypatch.setattr(events_other, "JUDGED", path)
    out = events_other.run()
    assert out["main merged"] == {"n": 2, "type_right": 2, "type_p": 1.0, "full_p": 1.0}
    assert out["main fresh tune"]["n"] == 2 and out["main fresh tune"]["type_right"] == 1
    assert out["main fresh held-out"]["n"] == 1
    assert out["main sample merged"]["n"] == 2
    assert out["main sample fresh tune"]["type_right"] == 0
    assert "after evsense2 merged" not in out


def test_scorer_of_the_third_fresh_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The third fresh set is its own group, by part, and apart from the earlier sets in a
    stage's groups; a report a stage made appear on one of its sentences counts in its part."""

    def row(t: bool, **kw: object) -> dict[str, object]:
        base = {"source_id": "timebank:x", "type": "ASSAULT", "confidence": 0.9, "type_ok": t}
        return base | {"actor_ok": None, "recipient_ok": None, "cause": None if t else "x"} | kw

    rows = [
        row(True, shown_main7=True),
        row(False, added="fresh3", sample_fresh3="tune", shown_main7=True),
        row(True, added="fresh3", sample_fresh3="tune", shown_main7=True),
        row(True, added="fresh3", sample_fresh3="heldout", shown_main7=True),
        row(False, added="main7", sample_fresh3="heldout", shown_main7=True),
    ]
    path = tmp_path / "j.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    monkeypatch.setattr(events_other, "JUDGED", path)
    out = events_other.run()
    assert out["fresh3"]["n"] == 3 and out["fresh3 tune"]["type_p"] == 0.5
    assert out["fresh3 held-out"]["type_right"] == 1
    assert out["main7 merged"]["n"] == 1
    assert out["main7 fresh3 tune"]["n"] == 2
    assert out["main7 fresh3 held-out"] == {"n": 2, "type_right": 1, "type_p": 0.5, "full_p": 0.5}


def test_scorer_of_the_fourth_fresh_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The fourth fresh set is its own group, by part, apart from the third in a stage's groups."""

    def row(t: bool, **kw: object) -> dict[str, object]:
        base = {"source_id": "polnear:x", "type": "ACCUSE", "confidence": 0.8, "type_ok": t}
        return base | {"actor_ok": None, "recipient_ok": None, "cause": None if t else "x"} | kw

    rows = [
        row(True, added="fresh3", sample_fresh3="tune", shown_main8=True),
        row(False, added="fresh4", sample_fresh4="tune", shown_main8=True),
        row(True, added="fresh4", sample_fresh4="heldout", shown_main8=True),
        row(False, added="fresh4", sample_fresh4="heldout", shown_main8=False),
    ]
    path = tmp_path / "j.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    monkeypatch.setattr(events_other, "JUDGED", path)
    out = events_other.run()
    assert out["fresh4"]["n"] == 3 and out["fresh4 tune"]["type_right"] == 0
    assert out["fresh4 held-out"]["type_p"] == 0.5
    assert out["main8 fresh3"]["n"] == 1
    assert out["main8 fresh4 tune"]["n"] == 1
    assert out["main8 fresh4 held-out"] == {"n": 1, "type_right": 1, "type_p": 1.0, "full_p": 1.0}
    assert out["main8 merged"]["n"] == 0


def test_the_model_is_fitted_on_tune_reports_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``training_labels``: the tune parts' reports; never one judged in a held-out part, even
    when it was judged in a tune part too."""

    def row(t: bool, sentence: str, **kw: object) -> dict[str, object]:
        base = {"source_id": "polnear:x", "sentence": sentence, "type": "ACCUSE", "type_ok": t}
        return base | {"confidence": 0.8, "actor_ok": None, "recipient_ok": None} | kw

    rows = [
        row(True, "A criticised B.", added="fresh5", sample_fresh5="tune"),
        row(False, "C beat D in the primary.", added="fresh5", sample_fresh5="tune"),
        row(True, "E criticised F.", added="fresh5", sample_fresh5="heldout"),
        row(True, "G criticised H.", added="evsense", sample_evsense="tune"),
        row(True, "G criticised H.", sample_main6="heldout", added="main6"),
        row(False, "I met J.", added="fresh4", sample_fresh4="tune"),
        row(False, "K met L.", added="main9", sample_fresh4="heldout"),
    ]
    path = tmp_path / "j.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    monkeypatch.setattr(events_other, "JUDGED", path)
    labels = events_other.training_labels()
    assert sorted((k[1], v) for k, v in labels.items()) == [
        ("acriticisedb", 1),
        ("cbeatdintheprimary", 0),
        ("imetj", 0),
    ]
    # ``heldout_labels``: the other reports, each with its held-out part; none of them trained on
    held = events_other.heldout_labels()
    assert sorted((k[1], v) for k, v in held.items()) == [
        ("ecriticisedf", (1, "fresh5 heldout")),
        ("gcriticisedh", (1, "heldout")),
        ("kmetl", (0, "fresh4 heldout")),
    ]
    assert not set(held) & set(labels)


def test_mark_a_stage(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``mark``: a judged report is shown at a stage when a shown report of the export has its
    article, sentence and type; a shown report of a judged sentence with no verdict is
    returned to judge."""

    def row(t: bool, sentence: str, type_: str) -> dict[str, object]:
        base = {"source_id": "fakes:1", "sentence": sentence, "type": type_, "type_ok": t}
        return base | {"confidence": 0.9, "actor_ok": None, "recipient_ok": None}

    judged = [row(True, "X shelled Y.", "ASSAULT"), row(False, "Z met W.", "CONSULT")]
    path = tmp_path / "j.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in judged), encoding="utf-8")
    monkeypatch.setattr(events_other, "JUDGED", path)
    export = tmp_path / "e.jsonl"
    shown = [
        {"source_id": "fakes:1", "sentence": "X shelled Y.", "type": "ASSAULT", "confidence": 0.9},
        {"source_id": "fakes:1", "sentence": "Z met W.", "type": "CONSULT", "confidence": 0.5},
        {"source_id": "fakes:1", "sentence": "Z met W.", "type": "AGREE", "confidence": 0.8},
        {"source_id": "fakes:1", "sentence": "V spoke.", "type": "CONSULT", "confidence": 0.9},
    ]
    export.write_text("".join(json.dumps(r) + "\n" for r in shown), encoding="utf-8")
    n, new = events_other.mark("st", [export])
    assert n == 1 and [r["type"] for r in new] == ["AGREE"]
    marked = events_other._load()
    assert [r["shown_st"] for r in marked] == [True, False]
