"""Imports every module that registers an exporter. Add a line when you add one."""

from newsgraph.query import actors as _actors  # noqa: F401
from newsgraph.query import (
    analysis_exports,  # noqa: F401
    events,  # noqa: F401
    exports,  # noqa: F401
    main_events,  # noqa: F401
    quotes,  # noqa: F401
)
from newsgraph.query import places as _places  # noqa: F401
from newsgraph.query import timexes as _timexes  # noqa: F401
