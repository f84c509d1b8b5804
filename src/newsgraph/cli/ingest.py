"""newsgraph ingest PATH... : read, clean, parse, extract and store."""

from __future__ import annotations

import sys

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from newsgraph.cli.app import Context, cli, db_option
from newsgraph.ingest import IngestOptions
from newsgraph.pipeline import IngestReport, Pipeline, ingest


def parse_field_map(pairs: tuple[str, ...]) -> dict[str, str]:
    from newsgraph.ingest.options import FIELDS

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


@cli.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--outlet", help="Outlet name for inputs that give none.")
@click.option("--published", help="Publication date (YYYY-MM-DD) for inputs that give none.")
@click.option("--language", help="Language code for inputs that give none.")
@click.option("--manifest", type=click.Path(exists=True, dir_okay=False),
              help="CSV with columns file,outlet,published,language[,title,url].")
@click.option("--field", "fields", multiple=True, metavar="FIELD=COLUMN",
              help="Map a JSONL/CSV column to a field, e.g. --field text=body. Repeatable.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.pass_obj
def ingest_cmd(
    obj: Context, paths: tuple[str, ...], outlet: str | None, published: str | None,
    language: str | None, manifest: str | None, fields: tuple[str, ...], quiet: bool,
) -> None:
    """Ingest files, folders (recursively) or - (stdin).

    Formats, detected by content and extension: plain text, HTML, JSON Lines, CSV, WARC.
    Exits 0 when every input was ingested (or was already stored), 1 when some were skipped.
    """
    from newsgraph.ingest.dates import parse_iso_date

    if published and parse_iso_date(published) is None:
        raise click.BadParameter(f"{published!r} is not a date (YYYY-MM-DD)",
                                 param_hint="--published")
    options = IngestOptions(outlet=outlet, published=published, language=language,
                            manifest=manifest, field_map=parse_field_map(fields))
    err = Console(stderr=True)
    settings = obj.settings
    with err.status("Loading the spaCy pipeline...", spinner="dots") if not quiet else _null():
        pipeline = Pipeline(settings)
    with obj.store() as store:
        if quiet or not err.is_terminal:
            report = ingest(paths, store, settings=settings, options=options, pipeline=pipeline)
        else:
            with Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(),
                          TextColumn("{task.fields[last]}"), TimeElapsedColumn(),
                          console=err, transient=True) as bar:
                task = bar.add_task("ingest", total=None, last="")

                def tick(n: int, origin: str) -> None:
                    bar.update(task, advance=n, last=origin[-50:])

                report = ingest(paths, store, settings=settings, options=options,
                                pipeline=pipeline, progress=tick)
    print_report(report, err)
    if report.failed:
        sys.exit(1)


def print_report(report: IngestReport, console: Console) -> None:
    for line in report.messages:
        console.print(f"[yellow]skipped[/] {line}", markup=True, highlight=False)
    console.print(
        f"read {report.read}, ingested {report.ingested}, already stored {report.unchanged}, "
        f"near duplicates/wire copies {report.duplicates}, exact duplicates "
        f"{report.exact_duplicates}, skipped {report.failed}",
        highlight=False,
    )
    for reason, n in report.skipped.most_common():
        console.print(f"  {n} x {reason}", highlight=False)


class _null:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *a: object) -> None:
        return None
