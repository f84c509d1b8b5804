from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from newsgraph.errors import StoreError
from newsgraph.store import open_store
from newsgraph.store.connection import migration_files


def test_every_migration_recorded(db_path: Path) -> None:
    with open_store(db_path):
        pass
    conn = sqlite3.connect(db_path)
    done = {r[0] for r in conn.execute("SELECT version FROM schema_migrations")}
    assert done == {v for v, _, _ in migration_files()}


def test_a_migration_numbered_below_the_newest_is_still_applied(db_path: Path) -> None:
    with open_store(db_path):
        pass
    conn = sqlite3.connect(db_path)
    version, name, _ = migration_files()[1]
    conn.execute("DELETE FROM schema_migrations WHERE version = ?", (version,))
    conn.commit()
    with pytest.raises(StoreError, match=name):
        open_store(db_path, read_only=True)
    # the tables exist already, so re-applying fails loudly rather than half-applying
    with pytest.raises(StoreError, match="E103"):
        open_store(db_path)


def test_read_only_store_refuses_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="E101"):
        open_store(tmp_path / "nope.db", read_only=True)
