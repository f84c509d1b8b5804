"""newsgraph figures: casualty, displacement and detention figures."""

from __future__ import annotations

import click

from newsgraph.cli.app import Context, cli, db_option
from newsgraph.cli.output import emit, format_option
from newsgraph.store import figures as sql


@cli.command("figures")
@db_option
@click.option("--category", help="killed | injured | casualties | displaced | detained | missing")
@click.option("--group", help="civilians | children | women | fighters | soldiers | people")
@click.option("--outlet", help="Only this outlet.")
@format_option
@click.pass_obj
def figures_cmd(
    obj: Context, category: str | None, group: str | None, outlet: str | None, fmt: str
) -> None:
    """Figures as the articles give them, with the words used ("at least", "over")."""
    with obj.store(read_only=True) as store:
        rows = list(sql.iter_figures(store.conn, category=category, group=group, outlet=outlet))
    emit(rows, fmt, ["outlet", "published", "category", "group", "qualifier", "count", "text"])
