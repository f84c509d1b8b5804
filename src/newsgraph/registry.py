"""Stages are registered by name, so a pipeline can be rebuilt from its config anywhere.

A stage is a plain function or a callable class over a batch: ``list[In] -> list[Out | Skip]``.
A class stage is built once with the settings (load heavy things in ``__init__``); a function
stage is used as is. Workers of a distributed engine rebuild stages from names: nothing live
is pickled.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from newsgraph.errors import ConfigError

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
    # Importing the modules runs their @register_stage decorators.
    import newsgraph.stages  # noqa: F401
