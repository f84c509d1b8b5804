"""The command line: one module per command, each a thin wrapper over a library function.

Exit codes: 0 ok; 1 some inputs were skipped or failed (the run completed); 2 usage error;
3 bad configuration or knowledge base; 4 spaCy pipeline missing; 5 database problem;
130 interrupted.
"""

from __future__ import annotations

import sqlite3
import sys

import click

from newsgraph.cli.app import cli
from newsgraph.errors import NewsgraphError
from newsgraph.registry import load_builtins

# Importing the command modules registers them on ``cli``.
load_builtins("commands")


def main(argv: list[str] | None = None) -> None:
    """Entry point: maps exceptions to exit codes in one place."""
    try:
        cli.main(args=argv, prog_name="newsgraph", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(130)
    except KeyboardInterrupt:
        click.echo("Interrupted.", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except NewsgraphError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except sqlite3.Error as exc:
        click.echo(f"error: database: {exc}", err=True)
        sys.exit(5)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except BrokenPipeError:
        sys.exit(0)


__all__ = ["cli", "main"]
