"""The root command group and the options every command shares."""

from __future__ import annotations

import logging
from typing import Any

import click

from newsgraph import __version__
from newsgraph.config import Settings, load_settings
from newsgraph.store import Store, open_store


class Context:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def store(self, *, read_only: bool = False) -> Store:
        return open_store(self.settings.db, read_only=read_only)


EXIT_CODES = """\b
Exit codes: 0 ok; 1 the run completed but some inputs were skipped or failed;
2 usage error; 3 bad configuration or knowledge base; 4 spaCy pipeline missing;
5 database problem; 130 interrupted."""


@click.group(
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    epilog=EXIT_CODES,
)
@click.version_option(__version__, prog_name="newsgraph")
@click.option(
    "--db",
    envvar="NEWSGRAPH_DB",
    default=None,
    metavar="FILE",
    help="SQLite database [default: newsgraph.db, or $NEWSGRAPH_DB].",
)
@click.option(
    "--config",
    "config_file",
    type=click.Path(dir_okay=False),
    default=None,
    help="TOML settings file (or $NEWSGRAPH_CONFIG).",
)
@click.option("--model", default=None, help="spaCy pipeline to use (package name or path).")
@click.option(
    "-v",
    "--verbose",
    is_flag=True,
    help="Debug logs on stderr: the traceback of every failed stage, reader or parse.",
)
@click.pass_context
def cli(
    ctx: click.Context, db: str | None, config_file: str | None, model: str | None, verbose: bool
) -> None:
    """newsgraph: who did what to whom, who said it, and where outlets disagree."""
    if verbose:
        set_verbose()
    ctx.obj = Context(load_settings(config_file, db=db, model=model))


def set_verbose() -> None:
    """newsgraph's own debug messages (not other libraries') to stderr."""
    logger = logging.getLogger("newsgraph")
    if not any(getattr(h, "newsgraph_verbose", False) for h in logger.handlers):
        handler = logging.StreamHandler()
        handler.newsgraph_verbose = True  # type: ignore[attr-defined]
        handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)


def db_option(fn: Any) -> Any:
    """``--db`` on a subcommand too, so ``newsgraph ingest x --db f.db`` works."""

    def set_db(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
        if value:
            obj = ctx.find_object(Context)
            assert obj is not None
            obj.settings = obj.settings.with_overrides(db=value)

    return click.option(
        "--db",
        default=None,
        metavar="FILE",
        expose_value=False,
        callback=set_db,
        help="SQLite database.",
    )(fn)
