from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.config import load_settings
from newsgraph.pipeline import Pipeline, ingest
from newsgraph.store import open_store


@pytest.mark.model
def test_text_beyond_max_chars_is_parsed_up_to_the_limit_and_noted(tmp_path: Path) -> None:
    settings = load_settings(max_chars=2_000, doc_stages=("sentences",))
    src = tmp_path / "long.txt"
    src.write_text(
        "Russian jets struck rebel positions near Idlib on Monday. " * 200, encoding="utf-8"
    )
    with open_store(tmp_path / "x.db") as store:
        ingest([src], store, settings=settings, pipeline=Pipeline(settings), analyze=False)
        (end,) = store.conn.execute('SELECT max("end") FROM sentences').fetchone()
        notes = store.conn.execute("SELECT reason FROM skips WHERE stage = 'parse:text'").fetchall()
        status = dict(store.conn.execute("SELECT stage, status FROM stage_status").fetchall())
    assert end <= 2_000
    assert notes and "only the first 2,000" in notes[0][0]
    assert status["parse"] == "ok"
