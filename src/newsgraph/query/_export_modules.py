"""Imports every module that registers an exporter. Add a line when you add one."""

from newsgraph.query import exports  # noqa: F401
from newsgraph.query import events  # noqa: F401
from newsgraph.query import analysis_exports  # noqa: F401
