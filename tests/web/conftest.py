"""Fixtures for the web tests: the in-process API client, a real `newsgraph serve` process,
and headless Chromium (Debian's /usr/bin/chromium driven by Playwright; never downloaded)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = os.environ.get("NEWSGRAPH_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"


@pytest.fixture(scope="session")
def client(sample_db: Path) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    from newsgraph.web import create_app

    with TestClient(create_app(sample_db)) as c:
        yield c


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    def __init__(self, db: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        exe = Path(sys.executable).with_name("newsgraph")
        cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "newsgraph.cli"]
        self.proc = subprocess.Popen(
            [*cmd, "--db", str(db), "serve", "--port", str(self.port), "--log-level", "warning"],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"newsgraph serve exited: {self.proc.stdout.read()}")  # type: ignore[union-attr]
            try:
                with urllib.request.urlopen(self.url + "/api/outlets", timeout=1):
                    return
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("newsgraph serve did not start in 30 s")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


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
    msg = (f"{CHROMIUM} not found: install Debian's chromium (`make browser`, i.e. "
           "`apt-get install -y chromium`)")
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


def shot(page: Any, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
