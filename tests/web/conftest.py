"""Fixtures for the web tests: the in-process API client, a real `newsgraph serve` process,
and headless Chromium (Debian's /usr/bin/chromium driven by Playwright; never downloaded)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from web_harness import Server


@pytest.fixture(scope="session")
def client(sample_db: Path) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    from newsgraph.web import create_app

    with TestClient(create_app(sample_db)) as c:
        yield c


@pytest.fixture(scope="session")
def server(sample_db: Path) -> Iterator[Server]:
    s = Server(sample_db)
    yield s
    s.stop()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = ctx.new_page()
    pg.errors = []  # type: ignore[attr-defined]
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))  # type: ignore[attr-defined]
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)  # type: ignore[attr-defined]
    yield pg
    ctx.close()
