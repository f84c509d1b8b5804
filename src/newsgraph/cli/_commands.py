"""Imports every command module. Add a line when you add a command."""

from newsgraph.cli import articles, demo, export, ingest, stats  # noqa: F401
