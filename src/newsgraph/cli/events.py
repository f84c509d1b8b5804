"""newsgraph events: the stored event reports, filtered by actor, type, date, outlet and how
the text presents them."""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime, timedelta
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from newsgraph.analyze.explain import agreement_text
from newsgraph.cli.app import Context, cli, db_option
from newsgraph.errors import UsageError
from newsgraph.extract.events.confidence import DEFAULT_MIN_CONFIDENCE
from newsgraph.query.events import iter_rows
from newsgraph.query.formats import write_rows
from newsgraph.store.events import EventQuery

PLOVER_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "SANCTION",
    "THREATEN",
    "PROTEST",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)


def _date(_ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(
            f"{value!r} is not a date (YYYY-MM-DD)", param_hint=f"--{param.name}"
        ) from None


def _ingested_since(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """A date, an ISO time or an age (``6h``) -> an ISO UTC time to compare with
    ``articles.ingested_at``."""
    if value is None:
        return None
    from newsgraph.watch.sources import parse_every

    try:
        if value.strip()[-1:].isalpha() and value.strip()[-1:] not in "Zz":
            when = datetime.now(UTC) - timedelta(seconds=parse_every(value))
        else:
            when = datetime.fromisoformat(value.strip().replace("z", "Z"))
            if when.tzinfo is None:
                when = when.replace(tzinfo=UTC)
    except (ValueError, UsageError):
        raise click.BadParameter(
            f"{value!r} is not a date, an ISO time or an age such as 6h or 2d",
            param_hint="--since-ingested",
        ) from None
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@cli.command("events")
@db_option
@click.option(
    "--actor",
    help="Actor id in any case (IRN also matches Iran's government, officials and forces) "
    "or text of the actor.",
)
@click.option("--exact", is_flag=True, help="A state's id matches only the state itself.")
@click.option("--recipient", help="Actor id or text of the recipient.")
@click.option(
    "--type",
    "type_",
    type=click.Choice(PLOVER_TYPES, case_sensitive=False),
    help="PLOVER event type.",
)
@click.option("--since", callback=_date, help="Events dated on or after (YYYY-MM-DD).")
@click.option("--until", callback=_date, help="Events dated on or before (YYYY-MM-DD).")
@click.option("--outlet", help="Only reports from this outlet.")
@click.option(
    "--since-ingested",
    metavar="WHEN",
    callback=_ingested_since,
    help="Only what was stored since WHEN: a date, an ISO time (UTC) or an age (30m, 6h, 2d).",
)
@click.option(
    "--include-reported/--exclude-reported",
    default=True,
    show_default=True,
    help="Keep events that are a speaker's claim.",
)
@click.option("--exclude-hypothetical", is_flag=True, help="Leave out hypothetical/conditional.")
@click.option("--exclude-negated", is_flag=True, help="Leave out negated events.")
@click.option("--exclude-historical", is_flag=True, help="Leave out historical background.")
@click.option("--exclude-future", is_flag=True, help="Leave out future or intended events.")
@click.option(
    "--min-confidence",
    type=click.FloatRange(0, 1),
    default=DEFAULT_MIN_CONFIDENCE,
    show_default=True,
    help="Only reports this confident (0: all; the rest stay in the store).",
)
@click.option(
    "--canonical",
    is_flag=True,
    help="Events, not reports: each clustered across articles, with its outlets and reports.",
)
@click.option(
    "--min-outlets",
    type=int,
    default=1,
    show_default=True,
    help="With --canonical: only events carried by this many outlets.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "jsonl", "csv"]),
    default="table",
    show_default=True,
)
@click.pass_obj
def events_cmd(
    obj: Context,
    actor: str | None,
    exact: bool,
    recipient: str | None,
    type_: str | None,
    since: str | None,
    until: str | None,
    outlet: str | None,
    since_ingested: str | None,
    include_reported: bool,
    exclude_hypothetical: bool,
    exclude_negated: bool,
    exclude_historical: bool,
    exclude_future: bool,
    min_confidence: float | None,
    canonical: bool,
    min_outlets: int,
    fmt: str,
) -> None:
    """Event reports: who did what to whom, when and where, with factuality flags.

    With --canonical, events clustered across articles (see `newsgraph analyze`).
    """
    if canonical:
        _canonical(
            obj, actor or recipient, type_, since, until, outlet, min_outlets, fmt, since_ingested
        )
        return
    q = EventQuery(
        actor=actor,
        recipient=recipient,
        type=type_,
        since=since,
        until=until,
        outlet=outlet,
        include_reported=include_reported,
        exclude_hypothetical=exclude_hypothetical,
        exclude_negated=exclude_negated,
        exclude_historical=exclude_historical,
        exclude_future=exclude_future,
        min_confidence=min_confidence,
        ingested_since=since_ingested,
        exact=exact,
    )
    with obj.store(read_only=True) as store:
        rows = list(iter_rows(store.conn, q))
    if fmt != "table":
        write_rows(rows, fmt, sys.stdout)
        return
    table = Table()
    # names and outlets wrap, never cut; "source:sent" traces a row to its article's sentence
    for col in (
        "date",
        "type/mode",
        "actor",
        "trigger",
        "recipient",
        "place",
        "flags",
        "conf",
        "outlet",
    ):
        table.add_column(col, overflow="fold")
    table.add_column("source:sent", overflow="fold")
    for r in rows:
        flags = ",".join(k[:4] for k, v in r["factuality"].items() if v)
        table.add_row(
            r["date"] or "?",
            f"{r['type']}/{r['mode'] or '-'}",
            "; ".join(_name(p) for p in r["actor"]),
            r["trigger"],
            "; ".join(_name(p) for p in r["recipient"]),
            (r["place"] or {}).get("name") or "",
            flags,
            f"{r['confidence']:.2f}",
            r["outlet"] or "",
            f"{r['source_id']}:{r['sent']}",
        )
    Console().print(table)
    click.echo(f"{len(rows)} event reports", err=True)


def _name(p: dict[str, object]) -> str:
    return str(p.get("id") or p.get("text") or "?") + (f" {p['sector']}" if p.get("sector") else "")


def _canonical(
    obj: Context,
    actor: str | None,
    type_: str | None,
    since: str | None,
    until: str | None,
    outlet: str | None,
    min_outlets: int,
    fmt: str,
    since_ingested: str | None = None,
) -> None:
    from newsgraph.cli.output import emit
    from newsgraph.store.analysis import iter_canonical_events
    from newsgraph.store.canonical_queries import canonical_ids_of_articles

    with obj.store(read_only=True) as store:
        rows = list(
            iter_canonical_events(
                store.conn,
                type_=type_,
                actor=actor,
                since=since,
                until=until,
                outlet=outlet,
                min_outlets=min_outlets,
            )
        )
        if since_ingested:
            new = canonical_ids_of_articles(store.conn, ingested_since=since_ingested)
            rows = [r for r in rows if r["event_id"] in new]
    if fmt == "table":
        for r in rows:
            r["who"] = _who(r)
            r["place_name"] = (r["place"] or {}).get("name")
            r["dates"] = " | ".join(f"{d} ({len(o)})" for d, o in r["date_spread"].items())
            r["agreed"] = agreement_text(r.get("agreement") or {})
            if not r["date"] and r.get("date_basis") == "window":
                r["date"] = f"{r['date_start']}..{r['date_end']} (window)"
    emit(
        rows,
        fmt,
        [
            "event_id",
            "date",
            "type",
            "who",
            "place_name",
            "n_outlets",
            "outlets",
            "dates",
            "corroboration",
            "agreed",
        ],
    )


def _who(event: dict[str, Any]) -> str:
    """ "actors -> recipients" of a canonical event, a participant named once (on the actor
    side when reports put it on both), an unresolved name as its reports write it."""
    sentences = [x.get("sentence") or "" for x in event.get("reports") or []]

    def shown(x: str) -> str:
        if not x.startswith("~"):
            return x
        text = x[1:]
        for sentence in sentences:
            i = sentence.lower().find(text)
            if i >= 0:
                return sentence[i : i + len(text)]
        return text

    actors = list(dict.fromkeys(event["actors"]))
    recipients = [x for x in dict.fromkeys(event["recipients"]) if x not in actors]
    return " -> ".join(", ".join(shown(x) for x in side) for side in (actors, recipients) if side)
