"""A failed stage is a recorded Skip and, in the log, its traceback (shown by `--verbose`)."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from click.testing import CliRunner

from newsgraph.cli import cli
from newsgraph.pipeline import _run_doc_stage
from newsgraph.types import Article, Parsed, Skip


def _broken(batch: list[Any]) -> list[Any]:
    raise ValueError("a bug in the stage")


def test_a_failed_stage_logs_its_traceback(caplog: pytest.LogCaptureFixture) -> None:
    article = Article(
        id="a1", source_id="s1", origin="in/a.txt", format="text", raw_text="Text.", text="Text."
    )
    skips: list[Skip] = []
    with caplog.at_level(logging.DEBUG, logger="newsgraph"):
        out = _run_doc_stage("events", _broken, [Parsed(article=article, doc=None)], skips)
    assert [p.article.id for p in out] == ["a1"]  # the document goes on without the stage
    assert skips[0].status == "failed" and "ValueError: a bug in the stage" in skips[0].reason
    record = next(r for r in caplog.records if r.name == "newsgraph.pipeline")
    assert "events" in record.getMessage() and "in/a.txt" in record.getMessage()
    assert record.exc_info and record.exc_info[0] is ValueError


def test_verbose_turns_on_newsgraph_debug_logs(tmp_path: Any) -> None:
    logger = logging.getLogger("newsgraph")
    level, handlers = logger.level, list(logger.handlers)
    from newsgraph.store import open_store

    open_store(tmp_path / "x.db").close()
    try:
        result = CliRunner().invoke(cli, ["-v", "--db", str(tmp_path / "x.db"), "stats"])
        assert result.exit_code == 0, result.output
        assert logger.isEnabledFor(logging.DEBUG)
        assert logging.getLogger().level != logging.DEBUG  # other libraries stay quiet
    finally:
        logger.setLevel(level)
        logger.handlers[:] = handlers
