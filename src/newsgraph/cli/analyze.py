"""newsgraph analyze: bring canonical events and contradictions up to date."""

from __future__ import annotations

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
@click.pass_obj
def analyze_cmd(
    obj: Context, rebuild: bool, date_tolerance: int, number_tolerance: float | None
) -> None:
    """Cluster event reports into events and find contradictions (incremental; ingest runs it)."""
    from newsgraph.analyze.clusters import ClusterSettings
    from newsgraph.analyze.contradictions import ContradictionSettings
    from newsgraph.analyze.update import update_analysis

    with obj.store() as store:
        report = update_analysis(
            store,
            rebuild=rebuild,
            cluster_settings=ClusterSettings(date_tolerance_days=date_tolerance),
            contradiction_settings=ContradictionSettings()
            if number_tolerance is None
            else ContradictionSettings(number_tolerance=number_tolerance),
        )
    kinds = ", ".join(f"{k} {n}" for k, n in sorted(report.contradictions.items())) or "none"
    click.echo(
        f"{report.new_reports} new event reports; {report.events_touched} events updated, "
        f"{report.events_total} in all; contradictions found: {kinds}"
    )
