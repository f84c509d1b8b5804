"""newsgraph relations [--as-of D] [--between A B] [--format ...|gexf|graphml]."""

from __future__ import annotations

import click

from newsgraph.cli.app import Context, cli, db_option
from newsgraph.cli.output import TABLE_FORMATS, emit


@cli.command("relations")
@db_option
@click.option("--as-of", help="Only evidence up to this date (YYYY-MM-DD).")
@click.option("--since", help="Only evidence from this date.")
@click.option("--until", help="Only evidence up to this date.")
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
    since: str | None,
    until: str | None,
    between: tuple[str, str] | None,
    kinds: tuple[str, ...],
    fmt: str,
    output: str | None,
) -> None:
    """The directed, time-stamped actor graph: who supports, consults, accuses, attacks whom."""
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
