from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

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


def _open_and_close(path: str) -> str:
    try:
        open_store(path).close()
    except StoreError as exc:
        return str(exc)
    return ""


def test_processes_creating_one_new_database_at_once_all_open_it(tmp_path: Path) -> None:
    """SQLite refuses a second process's switch of a new file to WAL at once ("database is
    locked", no busy handler): without the wait in connect, about one open in forty failed."""
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    paths = [str(tmp_path / f"n{i}.db") for i in range(40)]
    with ctx.Pool(4) as pool:
        errors = pool.map(_open_and_close, [p for p in paths for _ in range(4)], chunksize=1)
    assert [e for e in errors if e] == []


def test_the_switch_to_wal_waits_while_another_process_holds_the_new_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsgraph.store import connection

    refusals = [sqlite3.OperationalError("database is locked")] * 3
    real_connect = sqlite3.connect

    class Refusing(sqlite3.Connection):
        def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
            if "journal_mode" in sql and refusals:
                raise refusals.pop()
            return super().execute(sql, *args)

    def connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        return real_connect(*args, factory=Refusing, **kwargs)

    monkeypatch.setattr(connection.sqlite3, "connect", connect)
    conn = connection.connect(tmp_path / "w.db")
    assert refusals == []
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
