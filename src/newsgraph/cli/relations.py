"""newsgraph relations [--as-of D | --reported-by D] [--between A B] [--format ...|gexf|graphml]."""

from __future__ import annotations

import click

from newsgraph.cli.app import Context, cli, db_option
from newsgraph.cli.output import TABLE_FORMATS, emit


@cli.command("relations")
@db_option
@click.option(
    "--as-of",
    help="As happened by this date (YYYY-MM-DD): evidence whose event is dated up to it (an "
    "undated event: its article's publication date).",
)
@click.option(
    "--reported-by",
    help="As reported by this date (YYYY-MM-DD): evidence from articles published up to it, "
    "whatever the events' own dates.",
)
@click.option("--since", help="Only evidence that happened from this date (event date).")
@click.option("--until", help="Only evidence that happened up to this date (event date).")
@click.option("--between", nargs=2, metavar="A B", help="Only edges between these two actors.")
@click.option(
    "--kind",
    "kinds",
    multiple=True,
    type=click.Choice(["support", "cooperate", "consult", "accuse", "oppose", "assault"]),
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice([*TABLE_FORMATS, "gexf", "graphml"]),
    default="table",
    show_default=True,
)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True))
@click.pass_obj
def relations_cmd(
    obj: Context,
    as_of: str | None,
    reported_by: str | None,
    since: str | None,
    until: str | None,
    between: tuple[str, str] | None,
    kinds: tuple[str, ...],
    fmt: str,
    output: str | None,
) -> None:
    """The directed, time-stamped actor graph: who supports, consults, accuses, attacks whom.

    --as-of D: what had happened by D (event dates); --reported-by D: what the articles
    published by D reported. first/last keep each date's own precision (2015, 2024-W48).
    """
    from newsgraph.analyze.graph_export import to_gexf, to_graphml
    from newsgraph.analyze.relations import build_relations
    from newsgraph.store.relations import actor_names

    with obj.store(read_only=True) as store:
        edges = build_relations(
            store.conn,
            as_of=as_of,
            since=since,
            until=until,
            between=between or None,
            kinds=kinds or None,
            reported_by=reported_by,
        )
        names = actor_names(store.conn)
    if fmt in ("gexf", "graphml"):
        text = (to_gexf if fmt == "gexf" else to_graphml)(edges, names)
        if output:
            with open(output, "w", encoding="utf-8") as fh:
                fh.write(text)
            click.echo(f"wrote {len(edges)} edges to {output}", err=True)
        else:
            click.echo(text, nl=False)
        return
    rows = [e.as_dict(names) for e in edges]
    if fmt == "table":
        for r in rows:
            r.pop("evidence")
    emit(rows, fmt, ["source_name", "kind", "target_name", "weight", "first", "last", "outlets"])
