"""newsgraph export --what NAME --format jsonl|csv|json|parquet [-o FILE]."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from newsgraph.cli.app import Context, cli, db_option
from newsgraph.query.exports import EXTRA_FORMATS, load_exporters
from newsgraph.query.formats import FORMATS, write_rows
from newsgraph.query.parquet import ROWS_PER_FILE, write_parquet


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
    help=f"{'|'.join(FORMATS)}|parquet, or a format the export offers (event-reports: "
    "plover-json, gdelt-csv; relations: gexf, graphml). parquet needs -o; more than "
    "--rows-per-file rows make -o a folder of parts.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(writable=True),  # a folder only for a parquet export in parts
    default=None,
    help="Write to FILE instead of stdout.",
)
@click.option(
    "--rows-per-file",
    type=click.IntRange(min=1),
    default=ROWS_PER_FILE,
    show_default=True,
    help="parquet: rows per file; a larger export is a folder of part files.",
)
@click.option("--list", "list_", is_flag=True, help="List what can be exported.")
@click.pass_obj
def export_cmd(
    obj: Context, what: str, fmt: str, output: str | None, rows_per_file: int, list_: bool
) -> None:
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
    if fmt not in FORMATS and fmt not in extra and fmt != "parquet":
        raise click.BadParameter(
            f"{fmt!r} for {what}; valid: {', '.join([*FORMATS, 'parquet', *extra])}",
            param_hint="--format",
        )
    if fmt == "parquet":
        if not output:
            raise click.BadParameter("parquet is written to a file: give -o FILE", param_hint="-o")
        with obj.store(read_only=True) as store:
            try:
                n = write_parquet(exporters[what](store.conn), output, rows_per_file=rows_per_file)
            except FileExistsError as exc:
                raise click.BadParameter(str(exc), param_hint="-o") from exc
        shape = "folder of parts" if Path(output).is_dir() else "file"
        click.echo(f"wrote {n} {what} rows to {output} (parquet {shape})", err=True)
        return

    def write(rows: Any, out: Any) -> int:
        return extra[fmt](rows, out) if fmt in extra else write_rows(rows, fmt, out)

    if output and Path(output).is_dir():
        raise click.BadParameter(f"{output} is a folder", param_hint="-o")
    with obj.store(read_only=True) as store:
        rows = exporters[what](store.conn)
        if output:
            with open(output, "w", encoding="utf-8", newline="") as fh:
                n = write(rows, fh)
            click.echo(f"wrote {n} {what} rows to {output}", err=True)
        else:
            write(rows, sys.stdout)
