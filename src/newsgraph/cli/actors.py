"""newsgraph actors [show ID | unresolved | discovered | add ID | alias TEXT ACTOR_ID]."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from newsgraph.cli.app import Context, cli, db_option
from newsgraph.query.formats import write_rows
from newsgraph.resolve.actors import (
    KnowledgeBase,
    add_user_actor,
    add_user_alias,
    load_kb,
    user_kb_path,
)
from newsgraph.resolve.kb_files import ACTOR_TYPES
from newsgraph.resolve.reresolve import reresolve_actor, reresolve_text
from newsgraph.store import actors as sql

_FORMATS = click.Choice(["table", "jsonl", "json", "csv"])


@cli.group("actors", invoke_without_command=True)
@db_option
@click.option("--format", "fmt", type=_FORMATS, default="table", show_default=True)
@click.option("--limit", type=int, default=50, show_default=True)
@click.pass_context
def actors_cmd(ctx: click.Context, fmt: str, limit: int) -> None:
    """Actors with their mention counts per outlet (most mentioned first)."""
    if ctx.invoked_subcommand is not None:
        return
    obj: Context = ctx.obj
    kb = load_kb(obj.settings)
    with obj.store() as store:
        with store.transaction():
            sql.sync_kb(store.conn, kb)
        rows = list(sql.actor_counts(store.conn))[:limit]
    if fmt != "table":
        write_rows(rows, fmt, sys.stdout)
        return
    outlets = sorted({o for r in rows for o in r["by_outlet"]})
    table = Table("actor_id", "name", "type", "sector", "total", *(o[:14] for o in outlets))
    for r in rows:
        table.add_row(
            r["actor_id"],
            (r["name"] or "")[:28],
            r["type"] or "",
            r["sector"] or "",
            str(r["mentions"]),
            *(str(r["by_outlet"].get(o, "")) for o in outlets),
        )
    Console().print(table)


@actors_cmd.command("show")
@db_option
@click.argument("actor_id")
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@click.pass_obj
def show_cmd(obj: Context, actor_id: str, as_json: bool) -> None:
    """One actor: aliases, dated roles and every mention."""
    kb = load_kb(obj.settings)
    with obj.store() as store:
        with store.transaction():
            sql.sync_kb(store.conn, kb)
        actor = sql.get_actor(store.conn, actor_id)
        if actor is None:
            raise click.UsageError(f"no actor {actor_id!r}; see `newsgraph actors`")
        actor["mentions"] = list(sql.iter_mentions(store.conn, actor_id=actor_id))
    if as_json:
        click.echo(json.dumps(actor, ensure_ascii=False, indent=2, default=str))
        return
    c = Console(highlight=False)
    c.print(
        f"[bold]{actor['id']}[/]  {actor['name']}  ({actor['type']}, country "
        f"{actor['country'] or '-'}, sector {actor['sector'] or '-'}"
        f"{', QID ' + actor['qid'] if actor['qid'] else ''})"
    )
    c.print(
        "[bold]aliases[/]: " + "; ".join(f"{a['alias']} ({a['kind']})" for a in actor["aliases"]),
        markup=True,
    )
    for r in actor["roles"]:
        c.print(
            f"  role: {r['country'] or r['org'] or ''} {r['title']} [{r['sector'] or '-'}] "
            f"{r['start'] or '?'} to {r['end'] or 'now'}",
            markup=False,
        )
    c.print(f"[bold]{len(actor['mentions'])} mentions[/]")
    for m in actor["mentions"]:
        c.print(
            f"  {m['published'] or '-'} {m['outlet'] or ''} [{m['source_id']} s{m['sent']} "
            f"{m['start']}-{m['end']}] {m['text']!r} {m['method']} {m['confidence']:.2f} "
            f"{m['role'] or ''} {m['sector'] or ''}",
            markup=False,
        )


@actors_cmd.command("unresolved")
@db_option
@click.option("--format", "fmt", type=_FORMATS, default="table", show_default=True)
@click.option("--limit", type=int, default=50, show_default=True)
@click.pass_obj
def unresolved_cmd(obj: Context, fmt: str, limit: int) -> None:
    """Mentions that resolved to no actor, most frequent first, with a context."""
    with obj.store(read_only=True) as store:
        rows = list(sql.unresolved_counts(store.conn))[:limit]
    if fmt != "table":
        write_rows(rows, fmt, sys.stdout)
        return
    table = Table("text", "label", "mentions", "articles", "context")
    for r in rows:
        table.add_row(
            r["text"], r["label"], str(r["n"]), str(r["articles"]), (r["context"] or "")[:80]
        )
    Console().print(table)


@actors_cmd.command("discovered")
@db_option
@click.option("--format", "fmt", type=_FORMATS, default="table", show_default=True)
@click.option("--limit", type=int, default=50, show_default=True)
@click.pass_obj
def discovered_cmd(obj: Context, fmt: str, limit: int) -> None:
    """Actors found in the corpus that the knowledge base lacks, most mentioned first."""
    with obj.store(read_only=True) as store:
        rows = list(sql.discovered_counts(store.conn))[:limit]
    if fmt != "table":
        write_rows(rows, fmt, sys.stdout)
        return
    table = Table("actor_id", "name", "type", "country", "role", "mentions", "articles")
    for r in rows:
        table.add_row(
            r["actor_id"],
            r["name"][:32],
            r["type"],
            r["country"] or "",
            r["role"] or "",
            str(r["mentions"]),
            str(r["articles"]),
        )
    Console().print(table)


@actors_cmd.command("add")
@db_option
@click.argument("actor_id")
@click.option("--name", help="Canonical name (default: the discovered actor's).")
@click.option("--type", "type_", type=click.Choice(ACTOR_TYPES), help="Actor type.")
@click.option("--country", help="ISO3 of the actor's state.")
@click.option("--sector", help="PLOVER sector (GOV, MIL, REB, ...).")
@click.option("--alias", "aliases", multiple=True, help="Another name (repeatable).")
@click.option("--as", "new_id", help="Save a discovered actor under this id instead.")
@click.pass_obj
def add_cmd(
    obj: Context,
    actor_id: str,
    name: str | None,
    type_: str | None,
    country: str | None,
    sector: str | None,
    aliases: tuple[str, ...],
    new_id: str | None,
) -> None:
    """Add ACTOR_ID to your KB file: promote an actor of `actors discovered` (its name,
    type, country and name variants are the defaults) or define a new one (--name, --type).
    Stored mentions are re-resolved, without re-parsing."""
    with obj.store(read_only=True) as store:
        found = sql.discovered_actor(store.conn, actor_id)
    if found is None and (not name or not type_):
        raise click.UsageError(
            f"{actor_id!r} is not a discovered actor (see `newsgraph actors discovered`): "
            "give --name and --type to define a new one"
        )
    kb, old = _promote(
        obj,
        new_id or (found["id"] if found else actor_id),
        found,
        name=name,
        type_=type_,
        country=country,
        sector=sector,
        aliases=aliases,
    )
    with obj.store() as store, store.transaction():
        sql.sync_kb(store.conn, kb)
        aid = new_id or old or actor_id
        if old:
            reresolve_actor(store.conn, kb, old, aid)
        target = kb.get(aid)
        for text in (*(target.aliases if target else ()), *([target.name] if target else [])):
            reresolve_text(store.conn, kb, text)
        n = len(sql.mentions_of_actor(store.conn, aid))
    click.echo(
        f"added {aid} (saved in {user_kb_path(obj.settings)}); {n} stored mention(s) now "
        "point at it",
        err=True,
    )


def _promote(
    obj: Context,
    actor_id: str,
    found: dict[str, Any] | None,
    **given: Any,
) -> tuple[KnowledgeBase, str | None]:
    """Write the actor to the user KB file; (the KB, the discovered id it replaces)."""
    f = found or {}
    kb = add_user_actor(
        obj.settings,
        actor_id,
        given.get("name") or f.get("name") or actor_id,
        given.get("type_") or f.get("type") or "organisation",
        country=given.get("country") or f.get("country"),
        sector=given.get("sector"),
        aliases=(*f.get("aliases", ()), *given.get("aliases", ())),
        note=f.get("note"),
    )
    return kb, (f["id"] if found else None)


@actors_cmd.command("alias")
@db_option
@click.argument("text")
@click.argument("actor_id")
@click.pass_obj
def alias_cmd(obj: Context, text: str, actor_id: str) -> None:
    """Make TEXT an alias of ACTOR_ID (in the user KB file) and re-resolve stored mentions.

    ACTOR_ID may be an actor of `actors discovered`: it is first added to the user KB file."""
    old = None
    if actor_id not in load_kb(obj.settings) and Path(obj.settings.db).is_file():
        with obj.store(read_only=True) as store:
            found = sql.discovered_actor(store.conn, actor_id)
        if found is not None:
            _, old = _promote(obj, found["id"], found)
            actor_id = found["id"]
    kb = add_user_alias(obj.settings, text, actor_id)
    with obj.store() as store, store.transaction():
        sql.sync_kb(store.conn, kb)
        n = reresolve_actor(store.conn, kb, old, actor_id) if old else 0
        n += reresolve_text(store.conn, kb, text)
    click.echo(
        f"{text!r} -> {actor_id} (saved in {user_kb_path(obj.settings)}); "
        f"{n} stored mention(s) re-resolved",
        err=True,
    )
