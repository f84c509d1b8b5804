"""newsgraph places: where the articles are, with mention counts, coordinates and precision."""

from __future__ import annotations

from typing import Any

import click

from newsgraph.cli.app import Context, cli, db_option
from newsgraph.cli.output import emit, format_option
from newsgraph.store import places as sql


def _coords(r: dict[str, Any]) -> str:
    return "" if r["lat"] is None else f"{r['lat']:.4f}, {r['lon']:.4f}"


def _candidates(r: dict[str, Any]) -> str:
    return "; ".join(
        f"{c['name']} ({c.get('country') or '?'}"
        + (f", {c['lat']:.2f},{c['lon']:.2f}" if c.get("lat") is not None else "")
        + ")"
        for c in r["candidates"][:4]
    )


@cli.command("places")
@db_option
@click.option(
    "--unresolved", is_flag=True, help="List the names left unresolved, with their candidates."
)
@click.option("--country", metavar="ISO3", help="Only places in this country, e.g. SYR.")
@click.option(
    "--no-metonyms",
    is_flag=True,
    help='Leave out mentions that stand for a government ("Damascus said").',
)
@click.option("--limit", type=click.IntRange(min=1), default=None, help="At most N rows.")
@format_option
@click.pass_obj
def places_cmd(
    obj: Context,
    unresolved: bool,
    country: str | None,
    no_metonyms: bool,
    limit: int | None,
    fmt: str,
) -> None:
    """Places mentioned in the articles, geocoded offline (GeoNames + curated overlay)."""
    with obj.store(read_only=True) as store:
        if unresolved:
            rows = sql.unresolved_places(store.conn)
        else:
            rows = sql.place_summary(store.conn, country=country, include_metonyms=not no_metonyms)
    rows = rows[:limit] if limit else rows
    if fmt != "table":
        emit(rows, fmt, [])
        return
    if unresolved:
        emit(
            [{**r, "candidates_text": _candidates(r)} for r in rows],
            fmt,
            ["text", "mentions", "articles", "note", "candidates_text"],
            title="Unresolved place names",
        )
        return
    emit(
        [{**r, "coordinates": _coords(r)} for r in rows],
        fmt,
        [
            "name",
            "country",
            "precision",
            "geonames_id",
            "coordinates",
            "mentions",
            "articles",
            "metonyms",
        ],
        title="Places",
    )
