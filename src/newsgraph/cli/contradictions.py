"""newsgraph contradictions [--kind date|number|attribution|dispute] [--min-confidence X]."""

from __future__ import annotations

import click

from newsgraph.analyze.contradictions import DEFAULT_MIN_CONFIDENCE, explain_text
from newsgraph.cli.app import Context, cli, db_option
from newsgraph.cli.output import emit, format_option
from newsgraph.store import analysis as sql


@cli.command("contradictions")
@db_option
@click.option("--kind", type=click.Choice(["date", "number", "attribution", "dispute"]))
@click.option(
    "--min-confidence",
    type=click.FloatRange(0.0, 1.0),
    default=DEFAULT_MIN_CONFIDENCE,
    show_default=True,
    help="Show only contradictions at least this sure; 0 shows everything the store holds.",
)
@format_option
@click.pass_obj
def contradictions_cmd(obj: Context, kind: str | None, min_confidence: float, fmt: str) -> None:
    """Where reports disagree: each contradiction with its confidence, the reports on every
    side and an explanation (the event in words, both sides' sentences, why one event)."""
    with obj.store(read_only=True) as store:
        rows = list(sql.iter_contradictions(store.conn, kind, min_confidence=min_confidence))
    if fmt == "table":
        for r in rows:
            r["outlets"] = " | ".join(
                ", ".join(s.get("outlets", []) or [str(s.get("role", ""))]) for s in r["sides"]
            )
            r["explanation"] = explain_text(r)
    emit(
        rows,
        fmt,
        ["id", "kind", "confidence", "scope", "summary", "outlets", "explanation"],
    )
