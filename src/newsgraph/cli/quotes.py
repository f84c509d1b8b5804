"""newsgraph quotes: who said what, and through whom."""

from __future__ import annotations

from typing import Any

import click

from newsgraph.cli.app import Context, cli, db_option
from newsgraph.cli.output import emit, format_option
from newsgraph.store import quotes as sql


def _table_row(r: dict[str, Any]) -> dict[str, Any]:
    sp = r["speaker"] or {}
    who = sp.get("name") or sp.get("text") or "(unattributed)"
    if sp.get("anonymous"):
        who = f"{sp.get('text')} [anonymous, {sp.get('affiliation') or '?'}]"
    content = r["content"] if len(r["content"]) <= 90 else r["content"][:87] + "..."
    return {
        **r,
        "who": who,
        "via_text": " < ".join(r["via"]),
        "text": content,
        "disputed": "yes" if r["disputes"] else "",
    }


@cli.command("quotes")
@db_option
@click.option("--speaker", help="Speaker text, name, actor id or affiliation (substring).")
@click.option("--via", "via", help="A medium or intermediary in the chain, e.g. Reuters.")
@click.option("--outlet", help="Only this outlet.")
@format_option
@click.pass_obj
def quotes_cmd(
    obj: Context, speaker: str | None, via: str | None, outlet: str | None, fmt: str
) -> None:
    """Quotes and claims with their speaker, the chain they came through, and disputes."""
    with obj.store(read_only=True) as store:
        rows = list(sql.iter_quotes(store.conn, speaker=speaker, via=via, outlet=outlet))
    if fmt == "table":
        rows = [_table_row(r) for r in rows]
        emit(rows, fmt, ["outlet", "kind", "who", "cue", "via_text", "text", "disputed"])
        return
    emit(rows, fmt, [])
