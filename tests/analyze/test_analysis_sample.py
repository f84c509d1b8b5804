"""The cross-outlet analysis on the sample corpus, through the real pipeline and CLI."""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from tests.cli_run import run_on as run

from newsgraph.analyze.relations import build_relations
from newsgraph.ingest import IngestOptions
from newsgraph.pipeline import ingest
from newsgraph.store import analysis as sql
from newsgraph.store import open_store

pytestmark = pytest.mark.model


def test_meeting_dated_differently_is_a_date_contradiction(sample_db: Path) -> None:
    rows = json.loads(run(sample_db, "contradictions", "--kind", "date", "--format", "json"))
    values = [{s["value"] for s in r["sides"]} for r in rows]
    assert any({"2024-12-01", "2024-12-02"} <= v for v in values), rows
    # Araghchi-Fidan: "Monday" (2 December) against "the following day" (3 December), shown
    # by default now that the president's call with the Emir is not in that meeting
    assert any(v == {"2024-12-02", "2024-12-03"} for v in values), rows
    for r in rows:
        for side in r["sides"]:
            assert side["outlets"] and side["reports"]
            assert all(rep["article_id"] for rep in side["reports"])


def test_dispute_from_the_quote_stage(sample_db: Path) -> None:
    rows = json.loads(run(sample_db, "contradictions", "--kind", "dispute", "--format", "json"))
    assert len(rows) == 1, rows  # one dispute, though both quotes record it
    claim, dispute = rows[0]["sides"]
    assert claim["by"]["actor_id"] == "hakan-fidan"
    assert "Turkish foreign ministry" in dispute["by"]["text"]


def test_canonical_events_count_outlets_once(sample_db: Path) -> None:
    with open_store(sample_db, read_only=True) as store:
        events = list(sql.iter_canonical_events(store.conn))
    assert events
    shared = [e for e in events if e["n_outlets"] >= 2]
    assert shared, "some event is reported by two outlets"
    for e in events:
        assert e["n_outlets"] == len(e["outlets"]) <= e["n_reports"]
        assert len(e["reports"]) == e["n_reports"]


def test_framing_labels_for_hts(sample_db: Path) -> None:
    rows = json.loads(run(sample_db, "framing", "--actor", "hts", "--format", "json"))
    labels = {(r["outlet"], r["label"]) for r in rows}
    assert ("Tehran Times", "takfiri group") in labels
    assert any("terrorist" in label for _, label in labels)
    assert all(r["example"] for r in rows)
    # geography is not framing
    syr = json.loads(run(sample_db, "framing", "--actor", "SYR", "--format", "json"))
    gov = json.loads(run(sample_db, "framing", "--actor", "SYR.GOV", "--format", "json"))
    assert any("regime" in r["label"] for r in gov), gov
    assert not any(r["label"] in ("northern", "northwestern", "eastern") for r in syr)


def test_loaded_terms_and_distinctive_terms(sample_db: Path) -> None:
    rows = json.loads(run(sample_db, "framing", "--terms", "--format", "json"))
    tehran = {r["stance"]: r for r in rows if r["outlet"] == "Tehran Times"}
    assert "takfiri" in tehran["delegitimizing"]["terms"]
    assert json.loads(run(sample_db, "framing", "--distinctive", "--format", "json"))


def test_relations_from_backing_and_events(sample_db: Path) -> None:
    with open_store(sample_db, read_only=True) as store:
        edges = build_relations(store.conn)
        early = build_relations(store.conn, as_of="2024-12-04")
    kinds = {(e.source, e.kind, e.target) for e in edges}
    assert ("TUR", "support", "hts") in kinds
    backing = [e for e in edges if any(x["via"] == "backing" for x in e.evidence)]
    assert backing and all(x["sentence"] for e in backing for x in e.evidence)
    # as-of leaves out evidence from the article of 2024-12-13
    assert all(
        x["date"] is None or x["date"][:10] <= "2024-12-04" for e in early for x in e.evidence
    )
    assert sum(len(e.evidence) for e in early) < sum(len(e.evidence) for e in edges)


def test_relations_graph_formats(sample_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "g.graphml"
    run(sample_db, "relations", "--format", "graphml", "-o", str(out))
    root = ET.parse(out).getroot()
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    assert root.findall(f".//{ns}edge")
    gexf = run(sample_db, "relations", "--format", "gexf")
    assert ET.fromstring(gexf.encode()).tag.endswith("gexf")


def test_cli_lists_and_exports(sample_db: Path) -> None:
    assert "Tehran Times" in run(sample_db, "coverage")
    figures = json.loads(run(sample_db, "figures", "--format", "json"))
    assert any(f["category"] == "displaced" and f["count"] == 280000 for f in figures)
    for what in ("events", "contradictions", "figures", "framing", "relations"):
        lines = run(sample_db, "export", "--what", what).splitlines()
        assert lines, what
        json.loads(lines[0])


def test_new_article_joins_an_existing_event(
    sample_db: Path, tmp_path: Path, settings, pipeline
) -> None:
    db = tmp_path / "copy.db"
    shutil.copy(sample_db, db)
    text = tmp_path / "new.txt"
    text.write_text(
        "On Sunday the Iranian foreign minister, Abbas Araghchi, met the Syrian "
        "president in Damascus, state media said.\n",
        encoding="utf-8",
    )
    with open_store(db) as store:
        before = store.conn.execute("SELECT max(id) FROM canonical_events").fetchone()[0]
        report = ingest(
            [text],
            store,
            settings=settings,
            pipeline=pipeline,
            options=IngestOptions(outlet="Test Wire", published="2024-12-03"),
        )
        assert report.analysis is not None and report.analysis.new_reports >= 1
        rows = store.conn.execute(
            "SELECT c.canonical_id FROM canonical_event_reports c JOIN event_reports e "
            "ON e.id = c.report_id JOIN articles a ON a.id = e.article_id "
            "WHERE a.outlet = 'Test Wire' AND e.type = 'CONSULT'"
        ).fetchall()
    assert rows and any(r[0] <= before for r in rows), "joined an event that existed before"


@pytest.mark.parametrize(
    ("what", "definition"),
    [
        ("events", "canonical_event"),
        ("contradictions", "contradiction"),
        ("figures", "figure"),
        ("framing", "framing_label"),
        ("relations", "relation"),
    ],
)
def test_exports_match_the_json_schema(sample_db: Path, what: str, definition: str) -> None:
    from importlib import resources

    import jsonschema

    schema = json.loads(
        (resources.files("newsgraph") / "schema" / "analysis.schema.json").read_text(
            encoding="utf-8"
        )
    )
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(
        {"$ref": f"#/$defs/{definition}", "$defs": schema["$defs"]}
    )
    rows = [json.loads(line) for line in run(sample_db, "export", "--what", what).splitlines()]
    assert rows
    for row in rows:
        validator.validate(row)
        if what in ("events", "contradictions", "relations"):
            assert row["article_id"] and len(row["source_id"]) == len(row["article_id"])
            assert all(row["source_id"]), "every article behind a row keeps its input id"


def test_relations_export_writes_the_graph_formats(sample_db: Path) -> None:
    gexf = run(sample_db, "export", "--what", "relations", "--format", "gexf")
    assert gexf == run(sample_db, "relations", "--format", "gexf")
    graphml = run(sample_db, "export", "--what", "relations", "--format", "graphml")
    assert ET.fromstring(graphml.encode()).findall(".//{http://graphml.graphdrawing.org/xmlns}edge")


def test_reports_below_the_threshold_leave_no_analysis_pending(sample_db: Path) -> None:
    # Less confident reports stay out of the analysis on purpose: a rerun has nothing to finish.
    from newsgraph.analyze.update import analysis_pending
    from newsgraph.extract.events.confidence import DEFAULT_MIN_CONFIDENCE

    with open_store(sample_db, read_only=True) as store:
        low = store.conn.execute(
            "SELECT count(*) FROM event_reports WHERE confidence < ?", (DEFAULT_MIN_CONFIDENCE,)
        ).fetchone()[0]
        assert low, "the sample has reports below the default threshold"
        assert not analysis_pending(store)


def test_each_canonical_event_shows_what_the_outlets_agree_on(sample_db: Path) -> None:
    """Corroboration (original articles, copies once) and agreement beside the
    contradictions: in the export rows, the API's event and the CLI table's line."""
    from fastapi.testclient import TestClient

    from newsgraph.analyze.explain import agreement_text
    from newsgraph.web import create_app

    with open_store(sample_db, read_only=True) as store:
        shared = [e for e in sql.iter_canonical_events(store.conn) if e["n_outlets"] >= 2]
    assert shared
    meeting = next(e for e in shared if "bashar-al-assad" in e["actors"] + e["recipients"])
    assert meeting["corroboration"] == meeting["agreement"]["originals"] == 2
    words = agreement_text(meeting["agreement"])
    assert "abbas-araghchi (2)" in words and "bashar-al-assad (2)" in words
    with TestClient(create_app(sample_db, warm=False)) as client:
        d = client.get(f"/api/events/c{meeting['event_id']}").json()
    assert d["corroboration"] == 2 and d["agreement"]["participants"]
