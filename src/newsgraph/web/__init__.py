"""The web app: `newsgraph serve` opens the store read-only and serves pages and a JSON API.

``create_app(db_path)`` builds the FastAPI app; ``server.serve`` runs it with uvicorn.
Pages are server-rendered shells (Jinja2, autoescaped) filled by small vanilla JS modules
from the JSON API under ``/api/``; every asset is vendored in ``static/``.
"""

from newsgraph.web.app import create_app

__all__ = ["create_app"]
