"""newsgraph articles [list|show ID]."""

from __future__ import annotations

import json
import sys

import click
from rich.console import Console
from rich.table import Table

from newsgraph.cli.app import Context, cli, db_option
from newsgraph.query.formats import write_rows
from newsgraph.query.main_events import main_event_of
from newsgraph.store import articles as sql


@cli.group("articles", invoke_without_command=True)
@db_option
@click.pass_context
def articles_cmd(ctx: click.Context) -> None:
    """List the stored articles, or show one."""
    if ctx.invoked_subcommand is None:
        ctx.invoke(list_cmd)


@articles_cmd.command("list")
@db_option
@click.option("--outlet", help="Only this outlet.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "jsonl", "json", "csv"]),
    default="table",
    show_default=True,
)
@click.option("--limit", type=int, default=None)
@click.pass_obj
def list_cmd(
    obj: Context, outlet: str | None = None, fmt: str = "table", limit: int | None = None
) -> None:
    """One line per article: id, source id, outlet, date, title."""
    with obj.store(read_only=True) as store:
        rows = list(sql.iter_articles(store.conn, outlet=outlet, limit=limit, with_text=False))
    if fmt != "table":
        write_rows(rows, fmt, sys.stdout)
        return
    table = Table(box=None, header_style="bold")
    for name in ("id", "source_id", "outlet", "published", "chars", "dup of"):
        table.add_column(name, no_wrap=True, overflow="ellipsis", max_width=40)
    table.add_column("title", no_wrap=True, overflow="ellipsis", max_width=60)
    for r in rows:
        table.add_row(
            r["id"],
            r["source_id"],
            r["outlet"] or "",
            r["published"] or "-",
            str(r["chars"]),
            (r["duplicate_of"] or "")[:8],
            r["title"] or "",
        )
    console = Console(highlight=False)
    if not console.is_terminal:
        console.width = 240  # piped: do not squeeze the table into 80 columns
    console.print(table)
    if not rows:
        console.print("no articles yet: run `newsgraph ingest PATH`")


@articles_cmd.command("show")
@db_option
@click.argument("ref")
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@click.pass_obj
def show_cmd(obj: Context, ref: str, as_json: bool) -> None:
    """Show one article (by id, id prefix or source id): metadata, main event, text, what was
    removed."""
    with obj.store(read_only=True) as store:
        a = sql.get_article(store.conn, ref)
        if a is not None:
            a["main_event"] = main_event_of(store.conn, a["id"])
    if a is None:
        raise click.UsageError(f"no article {ref!r} (give an id, an id prefix or a source id)")
    if as_json:
        click.echo(json.dumps(a, ensure_ascii=False, indent=2, default=str))
        return
    c = Console(highlight=False)
    for key in (
        "id",
        "source_id",
        "origin",
        "format",
        "outlet",
        "title",
        "url",
        "published",
        "published_source",
        "language",
        "duplicate_of",
        "duplicate_kind",
        "warnings",
    ):
        if a.get(key):
            c.print(f"[bold]{key}[/]: {a[key]}")
    m = a["main_event"]
    if m is not None:
        p = m["provenance"]
        c.print(f"[bold]main event[/]: {m['summary']}", markup=True, highlight=False)
        c.print(
            f"  sentence {p['sent']}, trigger {m['did']['trigger']!r} "
            f"[{p['trigger_start']}:{p['trigger_end']}], score {m['score']}",
            markup=False,
        )
        b = m["blamed"]
        if b is not None:
            who = b["name"] or b["text"] or b["actor_id"]
            inferred = f" ({b['country']}, inferred)" if b["inferred"] else ""
            c.print(
                f"  blamed for the attack the article reports: {who}{inferred} [rule: {b['rule']}]",
                markup=False,
            )
    c.print()
    c.print(a["text"], markup=False)
    if a["removed"]:
        c.print("\n[bold]removed as boilerplate[/]:")
        for r in a["removed"]:
            c.print(f"  [{r['kind']}] {r['text'].strip()[:100]}", markup=False)
