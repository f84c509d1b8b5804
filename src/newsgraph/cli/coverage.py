"""newsgraph coverage: which events and quotes each outlet carries or misses."""

from __future__ import annotations

import click

from newsgraph.cli.app import Context, cli, db_option
from newsgraph.cli.output import emit, format_option
from newsgraph.store import analysis as sql


@cli.command("coverage")
@db_option
@format_option
@click.pass_obj
def coverage_cmd(obj: Context, fmt: str) -> None:
    """Per outlet: events carried, exclusive, shared, missed (carried by 2+ others), quotes."""
    with obj.store(read_only=True) as store:
        rows = sql.coverage_rows(store.conn)
    if fmt == "table":
        for r in rows:
            r["missed"] = len(r["missed"])
    emit(rows, fmt, ["outlet", "events", "exclusive", "shared", "missed", "quotes", "speakers"])
