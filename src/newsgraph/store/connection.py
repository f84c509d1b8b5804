"""Opening the SQLite file: WAL mode, foreign keys, and schema migrations."""

from __future__ import annotations

import sqlite3
import time
from importlib import resources
from pathlib import Path

from newsgraph.errors import StoreError

BUSY_SECONDS = 10.0  # how long an open or a write waits for another process's lock


def connect(path: str | Path, *, read_only: bool = False) -> sqlite3.Connection:
    """Open (and, unless read-only, create and migrate) the store at ``path``."""
    p = Path(path)
    try:
        if read_only:
            if not p.exists():
                raise StoreError(f"E101 no database at {p}: run `newsgraph ingest` first")
            conn = sqlite3.connect(
                f"{p.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
            )
        else:
            if p.parent and not p.parent.exists():
                p.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(p, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_SECONDS * 1000)}")
        if not read_only:
            _use_wal(conn)
            conn.execute("PRAGMA synchronous = NORMAL")
            migrate(conn)
        else:
            _check_version(conn, p)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"E102 cannot open {p} as a newsgraph database: {exc}") from exc
    return conn


def _use_wal(conn: sqlite3.Connection) -> None:
    """Switch the file to WAL, waiting for other processes as long as the busy timeout.

    SQLite answers "database is locked" at once, without calling the busy handler, when
    another process is switching a new file to WAL at the same moment; so wait here.
    """
    deadline = time.monotonic() + BUSY_SECONDS
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def table_names(conn: sqlite3.Connection) -> set[str]:
    """The tables the database has (stages' tables may be absent from older files)."""
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def migration_files() -> list[tuple[int, str, str]]:
    """(version, name, sql) for each file in ``migrations/``, in order."""
    out = []
    folder = resources.files("newsgraph.store") / "migrations"
    for entry in folder.iterdir():
        name = entry.name
        if name.endswith(".sql") and name[:4].isdigit():
            out.append((int(name[:4]), name, entry.read_text(encoding="utf-8")))
    return sorted(out)


def schema_version(conn: sqlite3.Connection) -> int:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
        " applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))"
    )
    row = conn.execute("SELECT max(version) FROM schema_migrations").fetchone()
    return int(row[0] or 0)


def applied_versions(conn: sqlite3.Connection) -> set[int]:
    schema_version(conn)  # creates the table if needed
    return {int(r[0]) for r in conn.execute("SELECT version FROM schema_migrations")}


def migrate(conn: sqlite3.Connection) -> int:
    """Apply every migration the database has not recorded, in order, each in its own
    transaction (a file numbered below the newest applied one is still applied).

    Each transaction takes the write lock first and checks again that its migration is still
    missing: two processes opening a new database at once migrate it once.
    """
    done = applied_versions(conn)
    for version, name, sql in migration_files():
        if version in done:
            continue
        try:
            conn.execute("BEGIN IMMEDIATE")
            if version not in applied_versions(conn):  # another process may have applied it
                for statement in _statements(sql):
                    conn.execute(statement)
                conn.execute(
                    "INSERT INTO schema_migrations(version, name) VALUES (?, ?)", (version, name)
                )
            conn.commit()
        except sqlite3.Error as exc:
            conn.rollback()
            raise StoreError(f"E103 migration {name} failed: {exc}") from exc
    return schema_version(conn)


def _statements(script: str) -> list[str]:
    """The SQL statements of a script, whole (a trigger's body stays in its statement)."""
    out: list[str] = []
    current = ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            if current.strip():
                out.append(current)
            current = ""
    if current.strip() and not all(
        not ln.strip() or ln.strip().startswith("--") for ln in current.splitlines()
    ):
        out.append(current)
    return out


def _check_version(conn: sqlite3.Connection, path: Path) -> None:
    try:
        done = {int(r[0]) for r in conn.execute("SELECT version FROM schema_migrations")}
    except sqlite3.OperationalError as exc:
        raise StoreError(f"E104 {path} is not a newsgraph database") from exc
    missing = [name for version, name, _ in migration_files() if version not in done]
    if missing:
        raise StoreError(
            f"E105 {path} lacks schema migrations {', '.join(missing)}: "
            "open it once read-write (e.g. `newsgraph stats`) to migrate"
        )
