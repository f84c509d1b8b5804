"""Imports every module that registers an exporter. Add a line when you add one."""

from newsgraph.query import exports  # noqa: F401
