"""Printing rows as a terminal table or as JSON Lines / JSON / CSV (shared by list commands)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from newsgraph.query.formats import write_rows

TABLE_FORMATS = ("table", "jsonl", "json", "csv")


def format_option(fn: Any) -> Any:
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(TABLE_FORMATS),
        default="table",
        show_default=True,
        help="Output format.",
    )(fn)


def emit(
    rows: Iterable[dict[str, Any]], fmt: str, columns: Sequence[str], title: str | None = None
) -> None:
    if fmt != "table":
        write_rows(rows, fmt, sys.stdout)
        return
    table = Table(*columns, title=title, show_lines=False)
    n = 0
    for row in rows:
        table.add_row(*[_cell(row.get(c)) for c in columns])
        n += 1
    console = Console()
    if n:
        console.print(table)
    else:
        console.print("(nothing)")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)
