"""newsgraph brief: a self-contained briefing (HTML, Markdown or PDF) of a window of news."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from newsgraph.cli.app import Context, cli, db_option
from newsgraph.cli.events import _date


@cli.command(
    "brief",
    epilog="""\b
Exit codes: 0 written (an empty window writes a brief that says so, and a warning);
2 usage error; 3 --format pdf without Chromium; 5 database problem.""",
)
@db_option
@click.option("--since", callback=_date, help="From this date (YYYY-MM-DD), inclusive.")
@click.option("--until", callback=_date, help="To this date (YYYY-MM-DD), inclusive.")
@click.option("--actor", help="Only events this actor (id or name) takes part in.")
@click.option("--query", "query", help="Only events reported by articles matching this search.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["html", "md", "pdf"]),
    default=None,
    help="Output format [default: from -o's extension, else html].",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="File to write [stdout].")
@click.option(
    "--events",
    "max_events",
    type=click.IntRange(1, 1000),
    default=40,
    show_default=True,
    help="Events in the timeline (those carried by the most outlets).",
)
@click.pass_obj
def brief_cmd(
    obj: Context,
    since: str | None,
    until: str | None,
    actor: str | None,
    query: str | None,
    fmt: str | None,
    output: str | None,
    max_events: int,
) -> None:
    """A briefing of a window of news: headline figures, a timeline of events with their
    outlets and dates, a map, contradictions with both sides quoted, what outlets agree on,
    framing and key quotes of the main actors, coverage gaps, and the source sentences.

    HTML is one self-contained file (no scripts, no network requests, prints well); Markdown
    is for notes and tickets; PDF is the HTML printed by headless Chromium.
    """
    from newsgraph.brief import BriefQuery, build_brief, render_html, render_markdown
    from newsgraph.brief.render import chromium_path, render_pdf

    if since and until and since > until:
        raise click.BadParameter(f"--since {since} is after --until {until}", param_hint="--since")
    if fmt is None:
        ext = Path(output).suffix.lower() if output else ""
        fmt = {".md": "md", ".markdown": "md", ".pdf": "pdf"}.get(ext, "html")
    if fmt == "pdf" and not output:
        raise click.UsageError("--format pdf needs -o FILE")
    if fmt == "pdf" and chromium_path() is None:
        render_pdf("", Path(output or "brief.pdf"))  # raises the message saying what to do
    q = BriefQuery(since=since, until=until, actor=actor, query=query, max_events=max_events)
    with obj.store(read_only=True) as store:
        b = build_brief(store.conn, q)
    if b.empty:
        click.echo(
            "warning: no articles in this window"
            + (" match the search" if query else "")
            + ": the brief says so and holds nothing else",
            err=True,
        )
    text = render_markdown(b) if fmt == "md" else render_html(b)
    if fmt == "pdf":
        assert output is not None
        render_pdf(text, Path(output))
    elif output:
        Path(output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    if output:
        click.echo(
            f"wrote {output} ({fmt}): {b.headline['articles']} articles, "
            f"{len(b.timeline)} events in the timeline, {len(b.contradictions)} contradictions, "
            f"{len(b.citations.items)} source sentences",
            err=True,
        )
