"""Fixtures for the web tests: the in-process API client, a real `newsgraph serve` process,
and headless Chromium (Debian's /usr/bin/chromium driven by Playwright; never downloaded)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from web_harness import Server

CHROMIUM = os.environ.get("NEWSGRAPH_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


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
        b = p.chromium.launch(executable_path=path, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = ctx.new_page()
    pg.errors = []  # type: ignore[attr-defined]
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))  # type: ignore[attr-defined]
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)  # type: ignore[attr-defined]
    yield pg
    ctx.close()
