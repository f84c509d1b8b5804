"""The real export of the sample corpus against the JSON Schema, the other export formats, and
the ``newsgraph events`` filters (real SQLite, real CLI)."""

from __future__ import annotations

import csv
import io
import json
from importlib import resources
from pathlib import Path

import jsonschema
from click.testing import CliRunner

from newsgraph.cli import cli


def _run(db: Path, *args: str) -> str:
    res = CliRunner().invoke(cli, ["--db", str(db), *args], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    return res.stdout


def _events(db: Path, *args: str) -> list[dict]:  # type: ignore[type-arg]
    return [
        json.loads(line)
        for line in _run(db, "events", "--format", "jsonl", *args).splitlines()
        if line.strip()
    ]


def test_export_matches_schema(sample_db: Path) -> None:
    schema = json.loads(
        (resources.files("newsgraph") / "schema" / "event-report.schema.json").read_text(
            encoding="utf-8"
        )
    )
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    rows = [
        json.loads(x)
        for x in _run(
            sample_db, "export", "--what", "event-reports", "--format", "jsonl"
        ).splitlines()
        if x.strip()
    ]
    assert len(rows) >= 30
    for r in rows:
        errors = [e.message for e in validator.iter_errors(r)]
        assert not errors, (r["trigger"], errors)
        assert r["source_id"] and r["article_id"]
        assert r["date"] != r["report_date"] or r["date_text"]  # a date only from the text
        assert r["sentence"] and r["trigger"].split()[0] in r["sentence"]


def test_plover_json_and_gdelt_csv(sample_db: Path) -> None:
    recs = json.loads(
        _run(sample_db, "export", "--what", "event-reports", "--format", "plover-json")
    )
    assert recs and {"event_type", "actors", "recipients", "event_date", "story_id"} <= set(recs[0])
    rows = list(
        csv.DictReader(
            io.StringIO(
                _run(sample_db, "export", "--what", "event-reports", "--format", "gdelt-csv")
            ),
            delimiter="\t",
        )
    )
    assert rows and rows[0]["EventRootCode"].isdigit() and rows[0]["QuadClass"] in "1234"


def test_unknown_format_is_a_usage_error(sample_db: Path) -> None:
    res = CliRunner().invoke(
        cli, ["--db", str(sample_db), "export", "--what", "event-reports", "--format", "xml"]
    )
    assert res.exit_code == 2 and "plover-json" in res.output


def test_events_filters(sample_db: Path) -> None:
    everything = _events(sample_db)
    assert everything
    consult = _events(sample_db, "--type", "consult")
    assert consult and all(r["type"] == "CONSULT" for r in consult)
    assert len(consult) < len(everything)
    nohist = _events(sample_db, "--exclude-historical")
    assert any(r["factuality"]["historical"] for r in everything)
    assert not any(r["factuality"]["historical"] for r in nohist)
    noreport = _events(sample_db, "--exclude-reported")
    assert not any(r["factuality"]["reported"] for r in noreport)
    since = _events(sample_db, "--since", "2024-11-25", "--until", "2024-12-31")
    assert since and all(r["date"] and r["date"] >= "2024-11" for r in since if r["date"])
    windows = [r for r in since if r["date_basis"] == "window"]
    assert windows and all(r["date"] is None for r in windows)
    assert all("2024-11-25" <= r["date_start"] <= r["date_end"] <= "2024-12-31" for r in windows)
    early = _events(sample_db, "--since", "2024-11-25", "--until", "2024-11-28")
    assert not any(r["date_basis"] == "window" for r in early)  # no window lies inside
    conf = _events(sample_db, "--min-confidence", "0.7")
    assert conf and all(r["confidence"] >= 0.7 for r in conf)
    iran = _events(sample_db, "--actor", "IRN", "--exact")
    assert iran and all(
        any((p["id"] or "").startswith("IRN") or "Iran" in (p["text"] or "") for p in r["actor"])
        for r in iran
    )
    # without --exact a state also matches its officials (Araghchi): a superset
    rolled = _events(sample_db, "--actor", "irn")
    assert len(rolled) > len(iran) and {r["event_id"] for r in iran} <= {
        r["event_id"] for r in rolled
    }
    outlet = _events(sample_db, "--outlet", "RT")
    assert outlet and all(r["outlet"] == "RT" for r in outlet)


def test_bad_date_is_a_clear_error(sample_db: Path) -> None:
    res = CliRunner().invoke(cli, ["--db", str(sample_db), "events", "--since", "yesterday"])
    assert res.exit_code == 2 and "not a date" in res.output
