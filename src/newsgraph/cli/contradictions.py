"""newsgraph contradictions [--kind date|number|attribution|dispute] [--min-confidence X]."""

from __future__ import annotations

import sqlite3
import textwrap
from typing import Any

import click

from newsgraph.analyze.contradictions import DEFAULT_MIN_CONFIDENCE, explain_text
from newsgraph.cli.app import Context, cli, db_option
from newsgraph.cli.output import emit, format_option
from newsgraph.store import analysis as sql
from newsgraph.store.articles import get_article

SUMMARY_WIDTH = 240  # characters of a summary in the table; cut at a word, marked with …


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
                r["outlets"] = _outlets(store.conn, r)
                r["summary"] = _summary(r)
                r["explanation"] = explain_text(r)
    emit(
        rows,
        fmt,
        ["id", "kind", "confidence", "scope", "summary", "outlets", "explanation"],
    )


def _outlets(conn: sqlite3.Connection, row: dict[str, Any]) -> str:
    """Each side's outlets ("A | B"); a dispute inside one article: that article's outlet."""
    sides = row["sides"]
    if any(s.get("outlets") for s in sides):
        return " | ".join(", ".join(s.get("outlets") or ["?"]) for s in sides)
    names = []
    for article_id in dict.fromkeys(s.get("article_id") for s in sides if s.get("article_id")):
        article = get_article(conn, str(article_id))
        names.append(str((article or {}).get("outlet") or "(unknown)"))
    return ", ".join(names)


def _summary(row: dict[str, Any]) -> str:
    """The summary with the disputed claim whole (the stored summary cuts it at a fixed
    length), then shortened at a word boundary."""
    summary = str(row.get("summary") or "")
    for side in row["sides"]:
        claim = str(side.get("claim") or "")
        for n in (120, 80):  # the lengths the stored summary may have cut the claim to
            if len(claim) > n and summary.endswith(claim[:n]):
                summary = summary[: len(summary) - n] + claim
                break
    return textwrap.shorten(summary, SUMMARY_WIDTH, placeholder=" …")
