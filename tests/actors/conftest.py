"""Fixtures shared by the actor tests."""

from __future__ import annotations

import pytest

from newsgraph.config import Settings
from newsgraph.resolve.actors import build_kb, shipped_kb_dir
from newsgraph.resolve.kb import KnowledgeBase
from newsgraph.resolve.kb_files import read_kb_file
from newsgraph.resolve.mentions import ActorStage


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    """The shipped knowledge base, every file of `shipped_kb_dir()`, built once per session (a
    module that needs another KB defines its own `kb`)."""
    return build_kb([[read_kb_file(p) for p in sorted(shipped_kb_dir().glob("*.yaml"))]])


@pytest.fixture(scope="session")
def stage(settings: Settings) -> ActorStage:
    """The actors stage (shipped KB and its fuzzy index) with the session's settings, built
    once: the resolution tests only read it."""
    return ActorStage(settings)
