"""newsgraph demo: ingest the bundled sample corpus and show what came out."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import click
from rich.console import Console

from newsgraph.cli.app import Context, cli, db_option
from newsgraph.cli.ingest import print_report
from newsgraph.cli.stats import print_stats
from newsgraph.ingest import IngestOptions
from newsgraph.pipeline import ingest

# What the demo found, in words, each with the command that lists it.
FOUND = (
    ("event_reports", "event reports", "events"),
    ("canonical_events", "events across outlets", "events --canonical"),
    ("quotes", "quotes", "quotes"),
    ("contradictions", "contradictions", "contradictions"),
    ("actors", "actors", "actors"),
    ("places", "place mentions", "places"),
)


def print_found(counts: dict[str, int], db: str | Path, c: Console) -> None:
    c.print("[bold]found[/]:")
    for table, words, command in FOUND:
        c.print(
            f"  {counts.get(table, 0):>5} {words:<22} newsgraph --db {db} {command}", markup=False
        )
    c.print("Every command has --help; `newsgraph --db DB serve` opens the web UI.", markup=False)


def sample_corpus() -> Path:
    return Path(str(resources.files("newsgraph") / "data" / "sample"))


@cli.command("demo")
@db_option
@click.option("--serve/--no-serve", default=False, help="Serve the web UI afterwards.")
@click.option("--port", default=8000, show_default=True)
@click.pass_obj
def demo_cmd(obj: Context, serve: bool, port: int) -> None:
    """Ingest the five-article sample corpus into the database and print a summary."""
    c = Console(highlight=False, stderr=True, soft_wrap=True)
    corpus = sample_corpus()
    c.print(f"Ingesting the sample corpus from {corpus} into {obj.settings.db} ...")
    with obj.store() as store:
        report = ingest(
            [corpus / "articles"],
            store,
            settings=obj.settings,
            options=IngestOptions(manifest=str(corpus / "manifest.csv")),
        )
        print_report(report, c)
        stats = store.stats()
        counts = store.table_counts()
    out = Console(highlight=False, soft_wrap=True)
    print_stats(stats, out)
    print_found(counts, obj.settings.db, out)
    if serve:
        from newsgraph.web.server import serve as run_server

        run_server(obj.settings.db, host="127.0.0.1", port=port)
