"""The analysis on awkward corpora: one article, no dates, self-contradiction, one huge event."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from test_clusters import rv  # the same directory is on sys.path (rootdir imports)

from newsgraph.analyze.clusters import Clusterer
from newsgraph.analyze.update import update_analysis
from newsgraph.ingest import IngestOptions
from newsgraph.pipeline import ingest
from newsgraph.store import analysis as sql
from newsgraph.store import open_store


def _ingest(tmp_path: Path, text: str, settings, pipeline, **meta: str):  # type: ignore[no-untyped-def]
    src = tmp_path / "a.txt"
    src.write_text(text, encoding="utf-8")
    store = open_store(tmp_path / "x.db")
    ingest([src], store, settings=settings, pipeline=pipeline, options=IngestOptions(**meta))
    return store


@pytest.mark.model
def test_corpus_of_one_article(tmp_path: Path, settings, pipeline) -> None:  # type: ignore[no-untyped-def]
    with _ingest(
        tmp_path,
        "Russian jets bombed rebel positions near Idlib on Monday, monitors said.\n",
        settings,
        pipeline,
        outlet="Solo",
        published="2024-12-03",
    ) as store:
        events = list(sql.iter_canonical_events(store.conn))
        assert events and all(e["n_outlets"] == 1 for e in events)
        assert list(sql.iter_contradictions(store.conn)) == []
        # running it again changes nothing
        again = update_analysis(store)
        assert again.new_reports == 0


@pytest.mark.model
def test_corpus_without_dates(tmp_path: Path, settings, pipeline) -> None:  # type: ignore[no-untyped-def]
    with _ingest(
        tmp_path,
        "Turkish forces shelled Kurdish positions in northern Syria, officials said.\n",
        settings,
        pipeline,
        outlet="Nodate",
    ) as store:
        events = list(sql.iter_canonical_events(store.conn))
        assert events
        assert all(e["date"] is None for e in events)


@pytest.mark.model
def test_article_that_contradicts_itself(tmp_path: Path, settings, pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Russian jets bombed the town of Saraqib on Sunday, a monitor said.\n\n"
        "Activists said Russian jets bombed the town of Saraqib on Monday.\n"
    )
    with _ingest(
        tmp_path, text, settings, pipeline, outlet="Self", published="2024-12-03"
    ) as store:
        dates = [c for c in sql.iter_contradictions(store.conn, "date")]
    assert dates, "the two dates of one bombing are flagged"
    assert {s["value"] for s in dates[0]["sides"]} == {"2024-12-01", "2024-12-02"}
    assert all(s["outlets"] == ["Self"] for s in dates[0]["sides"])


def test_thousands_of_reports_of_one_event_stay_linear() -> None:
    reports = [rv(i, f"o{i}") for i in range(5_000)]
    t = time.perf_counter()
    c = Clusterer()
    ids = set(c.add_all(reports).values())
    assert len(ids) == 1
    assert time.perf_counter() - t < 10


@pytest.mark.model
def test_numbers_in_a_headline_a_caption_and_a_quote_invent_no_contradiction(
    tmp_path: Path, settings, pipeline
) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Air strike kills 12 civilians in Ariha\n\n"
        "An air strike killed 12 civilians in the town of Ariha on Monday, medics said.\n\n"
        "Photograph 1 of 22: rescuers search the rubble in Ariha.\n\n"
        '"We pulled 12 bodies from the rubble, one of the victims was a child," a rescuer '
        "said. The driver, 42, was doing 50 on the road when the strike hit.\n"
    )
    with _ingest(tmp_path, text, settings, pipeline, outlet="One", published="2024-12-03") as s:
        numbers = list(sql.iter_contradictions(s.conn, "number"))
        figures = [r[0] for r in s.conn.execute("SELECT count FROM figures")]
    assert numbers == [], numbers
    assert 22 not in figures and 42 not in figures and 50 not in figures and 1 not in figures


@pytest.mark.model
def test_one_outlet_only_reports_nothing_between_outlets(
    tmp_path: Path, settings, pipeline
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Russian jets bombed the town of Saraqib on Sunday, killing 9 people, a monitor said.\n",
        encoding="utf-8",
    )
    (folder / "b.txt").write_text(
        "The toll from Sunday's bombing of Saraqib by Russian jets rose to 14 people.\n",
        encoding="utf-8",
    )
    with open_store(tmp_path / "y.db") as store:
        ingest(
            [folder],
            store,
            settings=settings,
            pipeline=pipeline,
            options=IngestOptions(outlet="Only", published="2024-12-03"),
        )
        found = list(sql.iter_contradictions(store.conn))
    assert all(c["scope"] != "outlets" for c in found), found
    assert all(c["confidence"] < 0.6 for c in found if c["kind"] == "number"), found
