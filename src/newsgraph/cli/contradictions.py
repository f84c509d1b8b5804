"""newsgraph contradictions [--kind date|number|attribution|dispute]."""

from __future__ import annotations

import click

from newsgraph.cli.app import Context, cli, db_option
from newsgraph.cli.output import emit, format_option
from newsgraph.store import analysis as sql


@cli.command("contradictions")
@db_option
@click.option("--kind", type=click.Choice(["date", "number", "attribution", "dispute"]))
@format_option
@click.pass_obj
def contradictions_cmd(obj: Context, kind: str | None, fmt: str) -> None:
    """Where reports disagree: each contradiction with the reports on every side."""
    with obj.store(read_only=True) as store:
        rows = list(sql.iter_contradictions(store.conn, kind))
    if fmt == "table":
        for r in rows:
            r["outlets"] = " | ".join(
                ", ".join(s.get("outlets", []) or [str(s.get("role", ""))]) for s in r["sides"]
            )
    emit(rows, fmt, ["id", "kind", "canonical_id", "summary", "outlets"])
