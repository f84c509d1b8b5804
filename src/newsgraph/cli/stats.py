"""newsgraph stats: what the store holds."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click
from rich.console import Console

from newsgraph.cli.app import Context, cli, db_option
from newsgraph.errors import StoreError
from newsgraph.store.watch import watch_health


@cli.command("stats")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@click.pass_obj
def stats_cmd(obj: Context, as_json: bool) -> None:
    """Counts of articles, outlets, dates, skips, and the rows of every table."""
    if not Path(obj.settings.db).exists():
        raise StoreError(f"E101 no database at {obj.settings.db}: run `newsgraph ingest` first")
    with obj.store() as store:  # read-write: opening migrates an older database
        stats = store.stats()
        stats["tables"] = store.table_counts()
        stats["watch"] = watch_health(store.conn)
    if as_json:
        click.echo(json.dumps(stats, indent=2, default=str))
        return
    print_stats(stats, Console(highlight=False, soft_wrap=True))


def print_stats(stats: dict[str, Any], c: Console) -> None:
    c.print(
        f"[bold]{stats['articles']}[/] articles from [bold]{stats['outlets']}[/] outlets, "
        f"{stats['first'] or '?'} to {stats['last'] or '?'} "
        f"({stats['undated']} undated, {stats['duplicates']} duplicates/wire copies)"
    )
    for outlet, n in stats["by_outlet"].items():
        c.print(f"  {outlet}: {n}", markup=False)
    if stats["skips"]:
        c.print("[bold]skipped inputs[/]:")
        for reason, n in stats["skips"].items():
            c.print(f"  {n} x {reason}", markup=False)
    if stats.get("partial_skips"):
        c.print("[bold]passed over within articles[/] (the rest of each article was processed):")
        for reason, n in stats["partial_skips"].items():
            c.print(f"  {n} x {reason}", markup=False)
    if stats.get("watch"):
        print_watch(stats["watch"], c)
    counts = {
        k: v
        for k, v in stats.get("tables", {}).items()
        if k not in ("articles", "schema_migrations") and v
    }
    if counts:
        c.print("[bold]rows[/]: " + ", ".join(f"{k} {v}" for k, v in counts.items()))


def print_watch(sources: list[dict[str, Any]], c: Console) -> None:
    """Watched sources: items by status, and the failing ones with their error and back-off."""
    c.print("[bold]watched sources[/]:")
    for s in sources:
        items = ", ".join(f"{n} {k}" for k, n in sorted(s["items"].items())) or "no items"
        health = (
            f"FAILING ({s['failures']} in a row, next check {s['next_check']}): {s['last_error']}"
            if s["failures"]
            else f"ok, last checked {s['last_checked'] or 'never'}"
            + (f" ({s['last_error']})" if s["last_error"] else "")
        )
        c.print(f"  {s['kind']} {s['source']}: {items}; {health}", markup=False)
