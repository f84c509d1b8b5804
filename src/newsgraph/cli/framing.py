"""newsgraph framing [--actor X] [--outlet O] [--terms]: how each outlet names each actor."""

from __future__ import annotations

import click

from newsgraph.cli.app import Context, cli, db_option
from newsgraph.cli.output import emit, format_option


@cli.command("framing")
@db_option
@click.option("--actor", help="Actor id (see `newsgraph actors`), any case; a state rolls up.")
@click.option("--exact", is_flag=True, help="A state's id matches only the state itself.")
@click.option("--outlet", help="Only this outlet.")
@click.option("--terms", is_flag=True, help="Loaded terms per outlet instead of actor labels.")
@click.option("--distinctive", is_flag=True, help="Words each outlet over-uses (log-odds).")
@click.option(
    "--min-confidence",
    type=float,
    default=0.0,
    show_default=True,
    help="Drop labels tied to an actor with less confidence (salience links: 0.5).",
)
@format_option
@click.pass_obj
def framing_cmd(
    obj: Context,
    actor: str | None,
    exact: bool,
    outlet: str | None,
    terms: bool,
    distinctive: bool,
    min_confidence: float,
    fmt: str,
) -> None:
    """The labels each outlet uses for an actor, with counts and an example sentence."""
    from newsgraph.analyze import framing

    with obj.store(read_only=True) as store:
        if terms:
            emit(
                framing.loaded_terms(store.conn),
                fmt,
                ["outlet", "stance", "count", "per_1000_words", "terms"],
            )
            return
        if distinctive:
            rows = framing.distinctive_terms(store.conn)
            for r in rows:
                r["terms"] = [t["term"] for t in r["terms"]]
            emit(rows, fmt, ["outlet", "terms"])
            return
        rows = framing.label_table(
            store.conn, actor=actor, outlet=outlet, min_confidence=min_confidence, exact=exact
        )
    emit(rows, fmt, ["actor_id", "outlet", "label", "n", "kinds", "example"])
