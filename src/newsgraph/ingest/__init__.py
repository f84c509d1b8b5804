"""bytes -> RawDoc. One module per input format; ``read_inputs`` walks paths and dispatches."""

from newsgraph.ingest.options import IngestOptions
from newsgraph.ingest.reader import estimate_documents, read_inputs

__all__ = ["IngestOptions", "estimate_documents", "read_inputs"]
