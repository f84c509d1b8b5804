"""The real CLI on a real SQLite file, for the analysis tests: run a command, and build a store
from made-up articles (ingest, then analyze)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.cli_run import run_on


def run(db: Path, *args: str) -> str:
    return run_on(db, *args, codes=(0, 1))


def analysed_store(tmp: Path, articles: list[dict[str, Any]]) -> Path:
    """``articles`` written as JSON lines, ingested and analysed into ``tmp/news.db``."""
    corpus = tmp / "articles.jsonl"
    corpus.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    db = tmp / "news.db"
    run(db, "ingest", str(corpus))
    run(db, "analyze")
    return db
