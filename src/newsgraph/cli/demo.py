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


def sample_corpus() -> Path:
    return Path(str(resources.files("newsgraph") / "data" / "sample"))


@cli.command("demo")
@db_option
@click.option("--serve/--no-serve", default=False, help="Serve the web UI afterwards.")
@click.option("--port", default=8000, show_default=True)
@click.pass_obj
def demo_cmd(obj: Context, serve: bool, port: int) -> None:
    """Ingest the five-article sample corpus into the database and print a summary."""
    c = Console(highlight=False, stderr=True)
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
        stats["tables"] = store.table_counts()
    print_stats(stats, Console(highlight=False))
    if serve:
        from newsgraph.web.server import serve as run_server

        run_server(obj.settings.db, host="127.0.0.1", port=port)
