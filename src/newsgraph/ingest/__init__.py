"""bytes -> RawDoc. One module per input format; ``read_inputs`` walks paths and dispatches.

The public function ``newsgraph.ingest(paths, store=...)`` (``newsgraph.pipeline.ingest``)
shares this package's name; ``newsgraph/__init__.py`` keeps the name bound to the function.
"""

from newsgraph.ingest.options import IngestOptions
from newsgraph.ingest.reader import estimate_documents, read_inputs

__all__ = ["IngestOptions", "estimate_documents", "read_inputs"]
