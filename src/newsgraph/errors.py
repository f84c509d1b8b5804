"""Exceptions newsgraph raises on purpose, and the exit code each maps to (see ``cli``)."""

from __future__ import annotations


class NewsgraphError(Exception):
    """Base class: a problem the user can act on, with a message that says what and where."""

    exit_code = 1


class UsageError(NewsgraphError):
    exit_code = 2


class ConfigError(NewsgraphError):
    exit_code = 3


class KnowledgeBaseError(NewsgraphError):
    """A knowledge-base file failed to load; nothing from it was loaded."""

    exit_code = 3


class ModelError(NewsgraphError):
    """The spaCy pipeline could not be loaded."""

    exit_code = 4


class StoreError(NewsgraphError):
    exit_code = 5
