"""What the read commands print for a reader on the sample corpus: `events` rows traceable to
their sentence with names whole, canonical participants named once and as written,
`contradictions` summaries cut at a word, `relations` on both clocks with dates as written."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from tests.cli_run import run_on

pytestmark = pytest.mark.model

WIDE = {"COLUMNS": "220", "NO_COLOR": "1"}


def run(db: Path, *args: str) -> str:
    return run_on(db, *args, env=WIDE, stdout=True)


def test_events_table_traces_rows_and_keeps_names_whole(sample_db: Path) -> None:
    rows = json.loads(run(sample_db, "events", "--format", "json"))
    table = run(sample_db, "events")
    assert "source:sent" in table
    for r in rows:
        # every row carries its article's source id and sentence number
        assert f"{r['source_id']}:{r['sent']}" in table
    outlets = {r["outlet"] for r in rows if r["outlet"]}
    long = [o for o in outlets if len(o) > 20]
    assert long, "the sample has outlet names longer than 20 characters"
    flat = re.sub(r"[\s│┃]+", " ", table)
    for o in long:
        assert o in flat or all(w in table for w in o.split()), o


def test_canonical_who_names_each_participant_once_as_written(sample_db: Path) -> None:
    events = json.loads(run(sample_db, "events", "--canonical", "--format", "json"))
    table = run(sample_db, "events", "--canonical")
    both = [e for e in events if set(e["actors"]) & set(e["recipients"])]
    unresolved = [
        x[1:]
        for e in events
        for x in e["actors"] + e["recipients"]
        if x.startswith("~") and x[1:] != x[1:].lower()
    ]
    assert both or unresolved, "the sample should exercise one of the two"
    from newsgraph.cli.events import _who

    for e in events:
        who = _who(e)
        names = [n for side in who.split(" -> ") for n in side.split(", ") if n]
        assert len(names) == len(set(names)), who
        for x in e["actors"] + e["recipients"]:
            if x.startswith("~"):
                # an unresolved name shows as a report's sentence writes it
                text = x[1:]
                written = [
                    s["sentence"][i : i + len(text)]
                    for s in e["reports"]
                    if (i := (s.get("sentence") or "").lower().find(text)) >= 0
                ]
                if written:
                    assert written[0] in who, (written[0], who)
    # an unresolved place written with a capital keeps it in the table
    assert "Damascus" in table or "Aleppo" in table


def test_contradictions_summary_cut_at_a_word_and_outlets_named(sample_db: Path) -> None:
    rows = json.loads(run(sample_db, "contradictions", "--min-confidence", "0", "--format", "json"))
    table = run(sample_db, "contradictions", "--min-confidence", "0")
    assert "claim | dispute" not in table
    from newsgraph.cli.contradictions import _summary

    for r in rows:
        s = _summary(r)
        claim = " ".join(str(x.get("claim") or "") for x in r["sides"])
        words = (str(r["summary"]) + " " + claim).split()
        # the last word shown is a whole word of the full text (no "fundame")
        last = s[: -len(" …")].split()[-1] if s.endswith("…") else s.split()[-1]
        assert last in words, s
    disputes = [r for r in rows if r["kind"] == "dispute"]
    if disputes:
        assert "Defence Talks" in table or "RT" in table or "Tehran Times" in table


def test_relations_two_clocks_and_dates_as_written(sample_db: Path) -> None:
    everything = json.loads(run(sample_db, "relations", "--format", "json"))
    evidence = [x for e in everything for x in e["evidence"]]
    # a year-dated event keeps its precision in first/last
    years = [x for x in evidence if re.fullmatch(r"\d{4}", str(x.get("date_value") or ""))]
    assert years, "the sample has year-dated relation evidence"
    firsts = {e["first"] for e in everything}
    assert any(re.fullmatch(r"\d{4}", str(f)) for f in firsts)
    assert not any(str(f).endswith("-01-01") for f in firsts if f)
    # as happened by D (event date) and as reported by D (publication date) differ
    day = "2024-12-03"
    happened = json.loads(run(sample_db, "relations", "--as-of", day, "--format", "json"))
    reported = json.loads(run(sample_db, "relations", "--reported-by", day, "--format", "json"))
    n_h = sum(e["weight"] for e in happened)
    n_r = sum(e["weight"] for e in reported)
    assert n_h == sum(1 for x in evidence if x["date"] and x["date"][:10] <= day)
    assert n_r == sum(1 for x in evidence if x["published"] and x["published"][:10] <= day)
    assert n_h != n_r
    help_text = run(sample_db, "relations", "--help")
    assert "--reported-by" in help_text and "happened" in help_text
