"""Running the app: ``newsgraph serve`` and ``newsgraph demo --serve`` call ``serve``."""

from __future__ import annotations

from pathlib import Path

from newsgraph.errors import UsageError

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def serve(
    db: str | Path, host: str = "127.0.0.1", port: int = 8000, log_level: str = "info"
) -> None:
    """Serve the web UI over the store at ``db`` (opened read-only) until interrupted."""
    import uvicorn

    from newsgraph.web.app import LOOPBACK_HOSTS, create_app

    if not 0 < port < 65536:
        raise UsageError(f"--port {port}: expected 1-65535")
    allowed = LOOPBACK_HOSTS if host in LOOPBACK else ["*"]
    app = create_app(db, allowed_hosts=allowed)
    shown = f"[{host}]" if ":" in host else host
    print(
        f"newsgraph: serving {db} (read-only) at http://{shown}:{port}/  (Ctrl-C to stop)",
        flush=True,
    )
    uvicorn.run(
        app, host=host, port=port, log_level=log_level, server_header=False, proxy_headers=False
    )
