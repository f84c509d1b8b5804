"""Imports every command module. Add a line when you add a command."""

from newsgraph.cli import articles, demo, export, ingest, stats  # noqa: F401
from newsgraph.cli import serve  # noqa: F401
from newsgraph.cli import events  # noqa: F401
from newsgraph.cli import analyze, contradictions, coverage, figures, framing, relations  # noqa: F401
