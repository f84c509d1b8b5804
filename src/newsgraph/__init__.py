"""newsgraph: source-attributed, time-resolved event data from news articles."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

# The readers' package shares the name of the public function ``ingest`` below. Importing it
# here binds it as this package's attribute once, before the function is defined; later
# imports of its modules never rebind it, so ``newsgraph.ingest`` stays the function.
import newsgraph.ingest as _readers  # noqa: F401

__version__ = "0.1.0"
__all__ = ["IngestOptions", "__version__", "ingest", "load_settings", "open_store"]

if TYPE_CHECKING:
    from newsgraph.config import load_settings
    from newsgraph.ingest import IngestOptions
    from newsgraph.pipeline import IngestReport
    from newsgraph.store import open_store


def ingest(*args: Any, **kwargs: Any) -> IngestReport:
    """Read, clean, parse, extract and store every input under ``paths``: the pipeline's
    ``newsgraph.pipeline.ingest(paths, store=..., settings=..., options=..., workers=N,
    scheduler=...)``, with all its arguments."""
    from newsgraph.pipeline import ingest as run

    return run(*args, **kwargs)


def __getattr__(name: str) -> Any:
    # Lazy, so `import newsgraph` stays cheap and loads no model.
    if name == "open_store":
        from newsgraph.store import open_store

        return open_store
    if name == "IngestOptions":
        from newsgraph.ingest import IngestOptions

        return IngestOptions
    if name == "load_settings":
        from newsgraph.config import load_settings

        return load_settings
    raise AttributeError(name)


def __dir__() -> list[str]:
    # The lazy names above are the public API: list them, not only what is bound at import time.
    return sorted(set(globals()) | set(__all__))
