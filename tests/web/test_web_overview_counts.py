"""The overview's counts agree with `newsgraph stats`, and `/api/actors` lists the actors the
articles mention, not knowledge-base entries no article names."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from newsgraph.store import open_store

pytestmark = pytest.mark.model


def test_overview_and_actors_count_as_the_cli(sample_db: Path, tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from newsgraph.web import create_app

    db = tmp_path / "copy.db"
    shutil.copy(sample_db, db)
    with open_store(db) as s:
        # a knowledge-base entry that no article mentions
        s.conn.execute(
            "INSERT INTO actors (id, type, name) VALUES ('zz-unmentioned', 'person', 'Nobody')"
        )
        s.conn.commit()
        tables = s.table_counts()
        mentioned = s.conn.execute(
            "SELECT count(DISTINCT actor_id) FROM mentions WHERE actor_id IS NOT NULL"
        ).fetchone()[0]
    with TestClient(create_app(db)) as c:
        o = c.get("/api/overview").json()
        for name, n in o["facts"].items():
            assert tables[name] == n, name
        assert o["actors_mentioned"] == mentioned
        actors = c.get("/api/actors", params={"limit": 500}).json()
        assert actors["total"] == mentioned == len(actors["items"])
        assert all(a["mentions"] > 0 for a in actors["items"])
        assert c.get("/api/actors", params={"q": "Nobody"}).json()["total"] == 0
