"""Imports every module that registers a fact writer. Add a line when you add one."""

from newsgraph.store import facts  # noqa: F401
from newsgraph.store import figures  # noqa: F401
from newsgraph.store import framing  # noqa: F401
from newsgraph.store import events  # noqa: F401
