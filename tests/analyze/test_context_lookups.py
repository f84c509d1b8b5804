"""The analysis reads what its contradictions name in batches: the same answers as one query
per id, across batch boundaries, for ids the store lacks too."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.store import analysis as sql
from newsgraph.store import open_store
from newsgraph.store.articles import SENTENCE_TEXT

pytestmark = pytest.mark.model


def test_batched_lookups_answer_as_one_query_per_id(
    sample_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sql, "IN_CHUNK", 4)  # many batches, a short last one
    with open_store(sample_db, read_only=True) as store:
        conn = store.conn
        actors = [r[0] for r in conn.execute("SELECT DISTINCT actor_id FROM event_actors")]
        actors = [a for a in actors if a] + ["~the militants", "no-such-actor"]
        articles = [r[0] for r in conn.execute("SELECT id FROM articles")] + ["no-such-article"]
        refs = [tuple(r) for r in conn.execute("SELECT article_id, idx FROM sentences")]
        refs += [(articles[0], 100_000)]
        assert len(refs) > 10 and len(actors) > 10

        def one(query: str, *args: object) -> tuple[object, ...] | None:
            row = conn.execute(query, args).fetchone()
            return None if row is None else tuple(row)

        names = sql.actor_names(conn, actors)
        assert names["~the militants"] == ("the militants", None)
        assert names["no-such-actor"] == ("no-such-actor", None)
        for a in actors:
            if not a.startswith("~"):
                assert names[a] == (
                    one("SELECT name, country FROM actors WHERE id = ?", a) or (a, None)
                )
        published = sql.published_dates(conn, articles)
        assert published["no-such-article"] is None
        assert published == {
            a: (one("SELECT published FROM articles WHERE id = ?", a) or (None,))[0]
            for a in articles
        }
        similar = sql.story_similarities(conn, articles)
        expected = {
            a: row[0]
            for a in articles
            if (row := one("SELECT similarity FROM article_stories WHERE article_id = ?", a))
        }
        assert similar == expected and len(similar) == len(articles) - 1
        texts = sql.sentence_texts(conn, refs)
        assert len(texts) == len(refs) - 1
        for article_id, idx in refs[:-1]:
            row = one(
                f"SELECT {SENTENCE_TEXT} FROM sentences s JOIN articles a ON a.id = s.article_id "
                "WHERE s.article_id = ? AND s.idx = ?",
                article_id,
                idx,
            )
            assert row is not None and texts[(article_id, idx)] == row[0]


def test_stored_events_load_with_their_reports_and_regions(sample_db: Path) -> None:
    """Loaded in one query each for all events: the same as one query per event."""
    with open_store(sample_db, read_only=True) as store:
        conn = store.conn
        clusters = list(sql.load_clusters(conn))
        assert len(clusters) == conn.execute("SELECT count(*) FROM canonical_events").fetchone()[0]
        with_regions = 0
        for c in clusters:
            assert c.report_ids == [
                r[0]
                for r in conn.execute(
                    "SELECT report_id FROM canonical_event_reports WHERE canonical_id = ? "
                    "ORDER BY report_id",
                    (c.id,),
                )
            ]
            assert c.report_ids
            regions = {
                r[0]
                for r in conn.execute(
                    "SELECT p.country || ':' || p.admin1 FROM canonical_event_reports m "
                    "JOIN event_reports e ON e.id = m.report_id JOIN places p "
                    "ON p.article_id = e.article_id AND p.start = e.place_start "
                    "WHERE m.canonical_id = ? AND p.admin1 IS NOT NULL AND p.country IS NOT NULL",
                    (c.id,),
                )
            }
            assert c.regions == regions
            with_regions += bool(regions)
        assert with_regions > 0
