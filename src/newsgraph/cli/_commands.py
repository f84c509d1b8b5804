"""Imports every command module. Add a line when you add a command."""

from newsgraph.cli import actors as _actors  # noqa: F401
from newsgraph.cli import (  # noqa: F401  # noqa: F401
    analyze,
    articles,
    contradictions,
    coverage,
    demo,
    events,  # noqa: F401
    export,
    figures,
    framing,
    ingest,
    quotes,  # noqa: F401
    relations,
    serve,  # noqa: F401
    stats,
)
from newsgraph.cli import brief as _brief  # noqa: F401
from newsgraph.cli import places as _places  # noqa: F401
from newsgraph.cli import watch as _watch  # noqa: F401
