"""newsgraph watch SOURCE... : follow folders and feeds, ingesting what is new each round."""

from __future__ import annotations

import json
import sys

import click
from rich.console import Console
from rich.markup import escape

from newsgraph.cli.app import Context, cli, db_option
from newsgraph.errors import UsageError
from newsgraph.ingest import IngestOptions
from newsgraph.ingest.options import DEFAULT_MAX_BYTES
from newsgraph.watch.model import RoundReport
from newsgraph.watch.sources import parse_every, resolve_sources

SHOWN_MESSAGES = 20  # per source per round


@cli.command(
    "watch",
    epilog="""\b
Exit codes (with --once): 0 every source was checked; 1 a source failed (it backs off and
is retried; `newsgraph stats` lists it); 2 usage error; 5 database problem;
130 interrupted (what was stored stays stored; the next run goes on from there).""",
)
@click.argument("sources", nargs=-1, required=True)
@db_option
@click.option(
    "--every",
    default="10m",
    show_default=True,
    help="Time between rounds: 30s, 10m, 1h, 1d. Also the base of a failing source's back-off.",
)
@click.option("--once", is_flag=True, help="One round, then exit (for cron).")
@click.option("--outlet", help="Outlet for folder inputs that give none (feeds name their own).")
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help="Skip single documents (pages, files) larger than this.",
)
@click.option("--json", "as_json", is_flag=True, help="One JSON line per round on stdout.")
@click.option("--quiet", "-q", is_flag=True, help="Only the one-line summary of each round.")
@click.pass_obj
def watch_cmd(
    obj: Context,
    sources: tuple[str, ...],
    every: str,
    once: bool,
    outlet: str | None,
    max_bytes: int,
    as_json: bool,
    quiet: bool,
) -> None:
    """Watch folders (new and changed files), RSS/Atom feeds (URLs or files) and lists of
    feeds (a text file, one URL or path per line) and ingest what is new, every --every.

    A feed item's page is fetched (robots.txt honoured) and ingested with the feed's title,
    date, link and outlet. The state is in the database: a restart, a kill -9 or a cron
    `--once` run goes on where the last one stopped, ingesting nothing twice. What is new:
    `newsgraph events --since-ingested 1h`.
    """
    try:
        parse_every(every)
    except UsageError as exc:
        raise click.BadParameter(str(exc), param_hint="--every") from None
    try:
        resolve_sources(list(sources))
    except UsageError as exc:
        raise click.BadParameter(str(exc), param_hint="SOURCES") from None
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    failed = False

    def show(report: RoundReport) -> None:
        nonlocal failed
        failed = failed or bool(report.failed_sources)
        if as_json:
            click.echo(json.dumps(report.as_dict(), default=str))
        print_round(report, err, quiet=quiet)

    from newsgraph.watch.run import watch_sources  # httpx and feedparser: only when watching

    options = IngestOptions(outlet=outlet, max_bytes=max_bytes)
    with obj.store() as store:
        watch_sources(
            list(sources),
            store,
            settings=obj.settings,
            every=every,
            once=once,
            options=options,
            on_round=show,
        )
    if once and failed:
        sys.exit(1)


def print_round(report: RoundReport, c: Console, *, quiet: bool = False) -> None:
    for s in report.sources:
        if quiet:
            continue
        line = (
            f"{escape(s.source)} [{s.status}]: {s.new_items} new item(s), "
            f"ingested {s.ingested}, already stored {s.unchanged}, skipped {s.skipped}"
            + (f", retrying {s.retrying}" if s.retrying else "")
        )
        c.print(line)
        if s.error:
            c.print(f"  [yellow]{escape(s.error)}[/]")
        for m in s.messages[:SHOWN_MESSAGES]:
            c.print(f"  {escape(m)}")
        if len(s.messages) > SHOWN_MESSAGES:
            c.print(f"  ... and {len(s.messages) - SHOWN_MESSAGES} more")
    c.print(
        f"round {report.started}: {len(report.sources)} source(s), ingested {report.ingested}"
        + (f", {report.failed_sources} failed" if report.failed_sources else ""),
        markup=False,
    )
