"""Imports every module that registers a fact writer. Add a line when you add one."""

from newsgraph.store import actors as _actors  # noqa: F401
from newsgraph.store import (
    events,  # noqa: F401
    facts,  # noqa: F401
    figures,  # noqa: F401
    framing,  # noqa: F401
    main_events,  # noqa: F401
    quotes,  # noqa: F401
)
from newsgraph.store import places as _places  # noqa: F401
from newsgraph.store import timexes as _timexes  # noqa: F401
