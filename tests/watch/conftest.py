"""Fixtures for the watch tests: a local HTTP server (127.0.0.1 only)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from feedserver import FeedServer


@pytest.fixture
def http() -> Iterator[FeedServer]:
    s = FeedServer()
    yield s
    s.stop()
