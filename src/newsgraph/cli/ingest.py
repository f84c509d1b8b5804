"""newsgraph ingest PATH... : read, clean, parse, extract and store."""

from __future__ import annotations

import sys
from collections.abc import Callable
from contextlib import nullcontext

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from newsgraph.cli.app import Context, cli, db_option
from newsgraph.ingest import IngestOptions, estimate_documents
from newsgraph.ingest.options import DEFAULT_MAX_BYTES, FIELDS
from newsgraph.pipeline import IngestReport, Pipeline, ingest

SHOWN_MESSAGES = 50  # per-input lines printed at the end; the rest are in the skips table


def parse_field_map(pairs: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        ours, sep, theirs = pair.partition("=")
        if not sep or ours not in FIELDS or not theirs:
            raise click.BadParameter(
                f"{pair!r}: expected FIELD=COLUMN with FIELD one of {', '.join(FIELDS)}",
                param_hint="--field",
            )
        out[ours] = theirs
    return out


@cli.command(
    "ingest",
    epilog="""\b
Exit codes: 0 every input ingested (or already stored); 1 the run completed but some inputs
were skipped or failed (listed above the summary, and in `newsgraph export --what skips`);
2 usage error; 3 bad configuration; 4 spaCy pipeline missing; 5 database problem;
130 interrupted (batches already written stay written: rerun to finish).""",
)
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--outlet", help="Outlet name for inputs that give none.")
@click.option("--published", help="Publication date (YYYY-MM-DD) for inputs that give none.")
@click.option("--language", help="Language code for inputs that give none.")
@click.option(
    "--manifest",
    type=click.Path(exists=True, dir_okay=False),
    help="CSV with columns file,outlet,published,language[,title,url].",
)
@click.option(
    "--field",
    "fields",
    multiple=True,
    metavar="FIELD=COLUMN",
    help="Map a JSONL/CSV column to a field, e.g. --field text=body. Repeatable. "
    f"Fields: {', '.join(FIELDS)}.",
)
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help="Skip single documents larger than this.",
)
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=None,
    help="Articles per batch (one transaction each) [default: from settings, 16].",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Local Dask worker processes for the per-article work; 1 runs in this process "
    "[default: the machine's cores from 4 cores up; this process on fewer cores, for fewer "
    "than 200 documents or stdin].",
)
@click.option(
    "--scheduler",
    metavar="tcp://HOST:8786",
    default=None,
    help="Run the per-article work on an existing Dask cluster (its workers need newsgraph "
    "and the spaCy model installed, and the input paths readable: see docs/ingest.md).",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar, no per-input lines.")
@click.pass_obj
def ingest_cmd(
    obj: Context,
    paths: tuple[str, ...],
    outlet: str | None,
    published: str | None,
    language: str | None,
    manifest: str | None,
    fields: tuple[str, ...],
    max_bytes: int,
    batch_size: int | None,
    workers: int | None,
    scheduler: str | None,
    quiet: bool,
) -> None:
    """Ingest files, folders (recursively) or - (stdin).

    Formats, detected by content and extension: plain text (.txt; a leading line such as
    "date 2025-03-14" is metadata), HTML (.html, .htm), JSON Lines (.jsonl, .ndjson; .json),
    CSV (.csv, .tsv) with a header naming the columns id, text, title, url, outlet,
    published, language, and WARC (.warc, .warc.gz). Metadata an input gives wins over
    --manifest, which wins over --outlet/--published/--language.

    Re-ingesting is cheap: articles already stored (same content) are not parsed again.

    With --workers N (N > 1) or --scheduler, reading, cleaning, parsing and extraction run on
    Dask workers and this process alone writes the database; the result is the same database.
    """
    from newsgraph.distributed import choose_workers
    from newsgraph.pubdate import normalize_date

    if published and normalize_date(published) is None:
        raise click.BadParameter(
            f"{published!r} is not a date (YYYY-MM-DD)", param_hint="--published"
        )
    options = IngestOptions(
        outlet=outlet,
        published=published,
        language=language,
        manifest=manifest,
        field_map=parse_field_map(fields),
        max_bytes=max_bytes,
    )
    err = Console(stderr=True, highlight=False)
    settings = obj.settings.with_overrides(batch_size=batch_size)
    show_progress = not quiet and err.is_terminal
    n = choose_workers(list(paths), options, workers, scheduler)
    on_dask = n > 1 or scheduler is not None
    loading = (
        f"Starting {n} Dask workers (each loads the spaCy pipeline)..."
        if on_dask and not scheduler
        else f"Connecting to the Dask cluster at {scheduler}..."
        if scheduler
        else "Loading the spaCy pipeline..."
    )
    pipeline = None
    if not on_dask:
        with err.status(loading) if show_progress else nullcontext():
            pipeline = Pipeline(settings)
    with obj.store() as store:

        def run(progress: Callable[[int, str], None] | None = None) -> IngestReport:
            return ingest(
                paths,
                store,
                settings=settings,
                options=options,
                pipeline=pipeline,
                progress=progress,
                workers=n,
                scheduler=scheduler,
            )

        if not show_progress:
            report = run()
        else:
            total = estimate_documents(list(paths), options)
            with Progress(
                TextColumn("[bold]ingest"),
                BarColumn(),
                MofNCompleteColumn(),
                TaskProgressColumn(),
                TimeElapsedColumn(),
                TimeRemainingColumn(),
                TextColumn("{task.fields[last]}"),
                console=err,
                transient=True,
            ) as bar:
                task = bar.add_task("ingest", total=total, last=loading if on_dask else "")

                def tick(done: int, origin: str) -> None:
                    bar.update(task, advance=done, last=escape(origin[-50:]))

                report = run(tick)
    print_report(report, err, show_messages=not quiet)
    if report.failed:
        sys.exit(1)


def print_report(report: IngestReport, console: Console, *, show_messages: bool = True) -> None:
    """Per-input lines for what was skipped or failed, then one summary line and the reasons."""
    if show_messages:
        for line in report.messages[:SHOWN_MESSAGES]:
            console.print(f"[yellow]skipped[/] {escape(line)}", highlight=False, soft_wrap=True)
        more = len(report.messages) + report.more_messages - SHOWN_MESSAGES
        if more > 0:
            console.print(f"... and {more} more (all are in `newsgraph export --what skips`)")
    failures = sum(report.stage_failures.values())
    console.print(
        f"read {report.read}, ingested {report.ingested}, already stored {report.unchanged}, "
        f"near duplicates/wire copies {report.duplicates}, exact duplicates "
        f"{report.exact_duplicates}, skipped {sum(report.skipped.values())}"
        + (f", stage failures {failures}" if failures else ""),
        highlight=False,
        markup=False,
        soft_wrap=True,
    )
    if report.worker_peak_mb:
        console.print(
            f"  {len(report.worker_peak_mb)} Dask workers, peak memory per worker "
            f"{max(report.worker_peak_mb.values()):,.0f} MB",
            highlight=False,
            markup=False,
        )
    for reason, n in report.skipped.most_common():
        console.print(f"  {n} x {reason}", highlight=False, markup=False)
    for stage, n in report.stage_failures.most_common():
        console.print(f"  {n} x {stage} failed", highlight=False, markup=False)
