"""Shared fixtures: a real SQLite file in tmp_path, the real model, the sample corpus."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsgraph.brief.render import HEADLESS_FLAGS
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


# Headless Chromium for the browser tests (tests/web, tests/brief): Debian's /usr/bin/chromium
# driven by Playwright, never downloaded; one for the whole session.
CHROMIUM = os.environ.get("NEWSGRAPH_CHROMIUM", "/usr/bin/chromium")


def chromium_or_fail() -> str:
    """The Chromium binary. In CI a missing browser is a failure, locally a skip."""
    path = CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")
    if path:
        return path
    msg = (
        f"{CHROMIUM} not found: install Debian's chromium (`make browser`, i.e. "
        "`apt-get install -y chromium`)"
    )
    if os.environ.get("CI"):
        pytest.fail(msg + " — CI must run the browser tests", pytrace=False)
    pytest.skip(msg + " — browser tests skipped (set CI=1 to make this a failure)")


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    path = chromium_or_fail()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail("playwright is not installed (pip install -e '.[dev]')", pytrace=False)
        pytest.skip("playwright is not installed (pip install -e '.[dev]')")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=path, args=list(HEADLESS_FLAGS), headless=True)
        yield b
        b.close()
