"""newsgraph serve: the web UI over the store, read-only."""

from __future__ import annotations

import click

from newsgraph.cli.app import Context, cli, db_option


@cli.command("serve")
@db_option
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Interface to bind (loopback by default; 0.0.0.0 exposes it to the network).",
)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option(
    "--log-level",
    default="info",
    show_default=True,
    type=click.Choice(["critical", "error", "warning", "info", "debug"]),
)
@click.pass_obj
def serve_cmd(obj: Context, host: str, port: int, log_level: str) -> None:
    """Open the database read-only and serve the web UI and its JSON API (/api/docs)."""
    from newsgraph.web.server import serve

    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(
            f"warning: binding to {host}: the UI will be reachable from the network", err=True
        )
    serve(obj.settings.db, host=host, port=port, log_level=log_level)
