"""bytes -> RawDoc. One module per input format; ``read_inputs`` walks paths and dispatches.

This package shares its name with the public API function ``newsgraph.ingest(paths,
store=...)`` (``newsgraph.pipeline.ingest``). Python binds an imported subpackage as an
attribute of its parent, which would hide the function, so the package itself is made
callable: ``newsgraph.ingest(...)`` runs the pipeline whichever of the two it finds, with all
its arguments: ``newsgraph.ingest(paths, store=..., workers=N, scheduler="tcp://host:8786")``.
"""

import sys
import types
from typing import Any

from newsgraph.ingest.options import IngestOptions
from newsgraph.ingest.reader import estimate_documents, read_inputs

__all__ = ["IngestOptions", "estimate_documents", "read_inputs"]


class _CallablePackage(types.ModuleType):
    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        from newsgraph.pipeline import ingest

        return ingest(*args, **kwargs)


sys.modules[__name__].__class__ = _CallablePackage
