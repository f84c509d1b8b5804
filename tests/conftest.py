"""Shared fixtures: a real SQLite file in tmp_path, the real model, the sample corpus."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from newsgraph.cli.demo import sample_corpus
from newsgraph.config import Settings, load_settings
from newsgraph.store import Store, open_store


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    s = open_store(db_path)
    yield s
    s.close()


@pytest.fixture(scope="session")
def settings() -> Settings:
    return load_settings()


@pytest.fixture(scope="session")
def sample_dir() -> Path:
    return sample_corpus()


@pytest.fixture(scope="session")
def pipeline(settings: Settings):  # type: ignore[no-untyped-def]
    """The real pipeline (real spaCy model), built once per test session."""
    from newsgraph.pipeline import Pipeline

    return Pipeline(settings)


@pytest.fixture(scope="session")
def nlp(pipeline):  # type: ignore[no-untyped-def]
    return pipeline.parse.nlp


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory, pipeline, settings, sample_dir) -> Path:  # type: ignore[no-untyped-def]
    """The sample corpus ingested once per session into a real SQLite file (treat as read-only)."""
    from newsgraph.ingest import IngestOptions
    from newsgraph.pipeline import ingest

    path = tmp_path_factory.mktemp("sample") / "sample.db"
    with open_store(path) as s:
        ingest(
            [sample_dir / "articles"],
            s,
            settings=settings,
            pipeline=pipeline,
            options=IngestOptions(manifest=str(sample_dir / "manifest.csv")),
        )
    return path
