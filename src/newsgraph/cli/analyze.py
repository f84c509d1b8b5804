"""newsgraph analyze: bring canonical events and contradictions up to date."""

from __future__ import annotations

from dataclasses import replace

import click

from newsgraph.cli.app import Context, cli, db_option


@cli.command("analyze")
@db_option
@click.option("--rebuild", is_flag=True, help="Recluster everything instead of only new reports.")
@click.option(
    "--date-tolerance",
    type=int,
    default=3,
    show_default=True,
    help="Days apart two reports of one event may be.",
)
@click.option(
    "--number-tolerance",
    type=float,
    default=None,
    help="Relative slack on each side when comparing figures (0.05 = 5%; default 0.075: "
    "counts within about 15% of each other agree).",
)
@click.option(
    "--open-bound-reach",
    type=click.FloatRange(min=1.0),
    default=None,
    help="How far an open bound reaches: 'at least N' against a count over this many times N "
    "(1 or more; default 1.5) is a number contradiction, stored below the default listing's "
    "confidence.",
)
@click.option(
    "--no-open-bound-reach",
    is_flag=True,
    help="An open bound ('at least N') agrees with any larger figure.",
)
@click.pass_obj
def analyze_cmd(
    obj: Context,
    rebuild: bool,
    date_tolerance: int,
    number_tolerance: float | None,
    open_bound_reach: float | None,
    no_open_bound_reach: bool,
) -> None:
    """Cluster event reports into events and find contradictions (incremental; ingest runs it)."""
    from newsgraph.analyze.clusters import ClusterSettings
    from newsgraph.analyze.contradictions import ContradictionSettings
    from newsgraph.analyze.update import update_analysis

    if open_bound_reach is not None and no_open_bound_reach:
        raise click.UsageError("give --open-bound-reach or --no-open-bound-reach, not both")
    settings = ContradictionSettings()
    if number_tolerance is not None:
        settings = replace(settings, number_tolerance=number_tolerance)
    if open_bound_reach is not None or no_open_bound_reach:
        settings = replace(settings, open_bound_reach=open_bound_reach)
    with obj.store() as store:
        report = update_analysis(
            store,
            rebuild=rebuild,
            cluster_settings=ClusterSettings(date_tolerance_days=date_tolerance),
            contradiction_settings=settings,
        )
    kinds = ", ".join(f"{k} {n}" for k, n in sorted(report.contradictions.items())) or "none"
    click.echo(
        f"{report.new_reports} new event reports; {report.events_touched} events updated, "
        f"{report.events_total} in all; contradictions found: {kinds}"
    )
