"""newsgraph export --what NAME --format jsonl|csv|json [-o FILE]."""

from __future__ import annotations

import sys
from typing import Any

import click

from newsgraph.cli.app import Context, cli, db_option
from newsgraph.query.exports import EXTRA_FORMATS, load_exporters
from newsgraph.query.formats import FORMATS, write_rows


@cli.command("export")
@db_option
@click.option(
    "--what",
    "what",
    default="articles",
    show_default=True,
    help="What to export; see `newsgraph export --list`.",
)
@click.option(
    "--format",
    "fmt",
    default="jsonl",
    show_default=True,
    help=f"{'|'.join(FORMATS)}, or a format the export offers (event-reports: "
    "plover-json, gdelt-csv; relations: gexf, graphml).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    default=None,
    help="Write to FILE instead of stdout.",
)
@click.option("--list", "list_", is_flag=True, help="List what can be exported.")
@click.pass_obj
def export_cmd(obj: Context, what: str, fmt: str, output: str | None, list_: bool) -> None:
    """Export stored data. Every row keeps article_id and source_id where it has an article."""
    exporters = load_exporters()
    if list_:
        click.echo("\n".join(sorted(exporters)))
        return
    if what not in exporters:
        raise click.BadParameter(
            f"{what!r}; valid: {', '.join(sorted(exporters))}", param_hint="--what"
        )
    extra = EXTRA_FORMATS.get(what, {})
    if fmt not in FORMATS and fmt not in extra:
        raise click.BadParameter(
            f"{fmt!r} for {what}; valid: {', '.join([*FORMATS, *extra])}", param_hint="--format"
        )

    def write(rows: Any, out: Any) -> int:
        return extra[fmt](rows, out) if fmt in extra else write_rows(rows, fmt, out)

    with obj.store(read_only=True) as store:
        rows = exporters[what](store.conn)
        if output:
            with open(output, "w", encoding="utf-8", newline="") as fh:
                n = write(rows, fh)
            click.echo(f"wrote {n} {what} rows to {output}", err=True)
        else:
            write(rows, sys.stdout)
