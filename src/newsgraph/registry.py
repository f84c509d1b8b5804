"""What newsgraph has built in, in one place: the modules that register stages, fact writers,
exports and commands, and the registry of stages by name.

Stages are registered by name, so a pipeline can be rebuilt from its config anywhere.

A stage is a plain function or a callable class over a batch: ``list[In] -> list[Out | Skip]``.
A class stage is built once with the settings (load heavy things in ``__init__``); a function
stage is used as is. Workers of a distributed engine rebuild stages from names: nothing live
is pickled.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from newsgraph.errors import ConfigError

# The built-in modules whose import registers something, per kind. Add a line when you add one.
BUILTIN_MODULES: dict[str, tuple[str, ...]] = {
    # @register_stage and the nlp extenders
    "stages": (
        "newsgraph.extract.places",
        "newsgraph.extract.sentences",
        "newsgraph.extract.events.stage",
        "newsgraph.extract.figures.stage",
        "newsgraph.extract.framing.stage",
        "newsgraph.extract.quotes.stage",
        "newsgraph.extract.timexes.stage",
        "newsgraph.resolve.mentions",
    ),
    # @store.facts.fact_writer: how each kind of extracted fact is written
    "facts": (
        "newsgraph.store.actors",
        "newsgraph.store.events",
        "newsgraph.store.facts",
        "newsgraph.store.figures",
        "newsgraph.store.framing",
        "newsgraph.store.main_events",
        "newsgraph.store.quotes",
        "newsgraph.store.places",
        "newsgraph.store.timexes",
    ),
    # @query.exports.exporter: what `newsgraph export --what NAME` can export
    "exports": (
        "newsgraph.query.actors",
        "newsgraph.query.analysis_exports",
        "newsgraph.query.events",
        "newsgraph.query.exports",
        "newsgraph.query.main_events",
        "newsgraph.query.quotes",
        "newsgraph.query.places",
        "newsgraph.query.timexes",
    ),
    # @cli.command: one module per command
    "commands": tuple(
        f"newsgraph.cli.{name}"
        for name in (
            "actors",
            "analyze",
            "articles",
            "brief",
            "contradictions",
            "coverage",
            "demo",
            "events",
            "export",
            "figures",
            "framing",
            "ingest",
            "places",
            "quotes",
            "relations",
            "serve",
            "stats",
            "watch",
        )
    ),
}


def load_builtins(kind: str) -> None:
    """Import the built-in modules of ``kind`` (see ``BUILTIN_MODULES``): their decorators
    register them. Importing twice is free."""
    for name in BUILTIN_MODULES[kind]:
        importlib.import_module(name)


StageFactory = Callable[..., Callable[[list[Any]], list[Any]]]

_STAGES: dict[str, tuple[str, Callable[..., Any]]] = {}


def register_stage(name: str, *, kind: str = "doc") -> Callable[[Any], Any]:
    """Register a stage under ``name``.

    ``kind`` is ``raw`` (RawDoc -> Article) or ``doc`` (Parsed -> Parsed).
    """

    def wrap(obj: Any) -> Any:
        _STAGES[name] = (kind, obj)
        return obj

    return wrap


def stage_names(kind: str | None = None) -> list[str]:
    _load_builtin_stages()
    return sorted(n for n, (k, _) in _STAGES.items() if kind is None or k == kind)


def build_stage(name: str, settings: Any) -> Callable[[list[Any]], list[Any]]:
    """Build the stage registered as ``name``: a class gets the settings, a function is returned."""
    _load_builtin_stages()
    if name not in _STAGES:
        raise ConfigError(
            f"E001 unknown stage {name!r}; registered stages: {', '.join(stage_names())}"
        )
    _, obj = _STAGES[name]
    if isinstance(obj, type):
        return obj(settings)
    return obj


def _load_builtin_stages() -> None:
    load_builtins("stages")
