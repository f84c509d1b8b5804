"""`newsgraph actors ...` on a real SQLite file, through the real CLI."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from click.testing import CliRunner
from tests.cli_run import run

from newsgraph.cli import cli

TEXT = (
    "Abu Zubair al-Fictioni, a commander, said on Monday that his fighters would hold the line. "
    "Abu Zubair al-Fictioni later met Iranian Foreign Minister Abbas Araghchi in Baghdad.\n"
)


def test_alias_command_re_resolves_stored_mentions(tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    run(
        "--db",
        db,
        "ingest",
        str(tmp_path / "a.txt"),
        "--published",
        "2024-12-05",
        "--outlet",
        "Test Wire",
        "-q",
    )
    found = json.loads(run("--db", db, "actors", "discovered", "--format", "json"))
    n = next(r["mentions"] for r in found if r["actor_id"] == "abu-zubair-al-fictioni")
    assert n >= 1

    out = run("--db", db, "actors", "alias", "Abu Zubair al-Fictioni", "hts")
    assert f"{n} stored mention(s) re-resolved" in out
    assert (tmp_path / "t.kb.yaml").is_file()  # the user KB file, beside the database
    conn = sqlite3.connect(db)
    assert conn.execute(
        "SELECT count(*), min(method) FROM mentions WHERE actor_id = 'hts'"
    ).fetchone() == (n, "dictionary")
    assert conn.execute(
        "SELECT count(*) FROM mentions WHERE norm = 'abu zubair al fictioni' AND actor_id != 'hts'"
    ).fetchone() == (0,)
    conn.close()
    found = json.loads(run("--db", db, "actors", "discovered", "--format", "json"))
    assert "abu-zubair-al-fictioni" not in {r["actor_id"] for r in found}

    shown = json.loads(run("--db", db, "actors", "show", "hts", "--json"))
    assert any(a["alias"] == "Abu Zubair al-Fictioni" for a in shown["aliases"])
    assert len(shown["mentions"]) == n
    listed = json.loads(run("--db", db, "actors", "--format", "json"))
    araghchi = next(r for r in listed if r["actor_id"] == "abbas-araghchi")
    assert araghchi["by_outlet"] == {"Test Wire": araghchi["mentions"]}

    rows = [json.loads(x) for x in run("--db", db, "export", "--what", "mentions").splitlines()]
    assert rows and all(r["article_id"] and r["source_id"] == "a.txt" for r in rows)
    actors = [json.loads(x) for x in run("--db", db, "export", "--what", "actors").splitlines()]
    assert {"hts", "abbas-araghchi"} <= {a["actor_id"] for a in actors}
    assert all(a["article_id"] and a["source_id"] for a in actors)


def test_alias_to_unknown_actor_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["--db", str(tmp_path / "t.db"), "actors", "alias", "X", "no-such-actor"]
    )
    assert result.exit_code != 0
    assert "unknown actor id 'no-such-actor'" in str(result.exception or result.output)
    assert not (tmp_path / "t.kb.yaml").exists()


def test_broken_user_kb_fails_with_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "actors:\n  - {id: X, type: state, name: X}\n  - {id: X, type: state, name: Y}\n",
        encoding="utf-8",
    )
    cfg = tmp_path / "c.toml"
    cfg.write_text(f'kb_paths = ["{bad}"]\n', encoding="utf-8")
    import pytest

    from newsgraph.cli import main

    with pytest.raises(SystemExit) as exit_:
        main(["--config", str(cfg), "--db", str(tmp_path / "t.db"), "actors"])
    assert exit_.value.code == 3
