"""The real CLI, in process (click's runner), for the tests: one helper for every test file."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from click.testing import CliRunner, Result

from newsgraph.cli import cli


def invoke(*args: str, env: Mapping[str, str] | None = None) -> Result:
    """Run ``newsgraph ARGS``; an unexpected exception is caught into the result."""
    return CliRunner().invoke(cli, list(args), env=env)


def outcome(*args: str, env: Mapping[str, str] | None = None) -> tuple[int, str]:
    """Exit code and output of ``newsgraph ARGS``, with an unexpected exception's text."""
    result = invoke(*args, env=env)
    crash = result.exception if not isinstance(result.exception, SystemExit) else None
    return result.exit_code, result.output + (str(crash) if crash else "")


def run(
    *args: str,
    env: Mapping[str, str] | None = None,
    codes: tuple[int, ...] = (0,),
    stdout: bool = False,
) -> str:
    """Output of ``newsgraph ARGS`` (``stdout``: without what went to stderr), asserting its exit
    code is one of ``codes``; an unexpected exception fails the test with its traceback."""
    result = CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)
    assert result.exit_code in codes, result.output
    return result.stdout if stdout else result.output


def run_on(db: Path, *args: str, **options: Any) -> str:
    """``run("--db", DB, *ARGS)``: a command on one store file."""
    return run("--db", str(db), *args, **options)
