"""RawDoc -> Article: boilerplate, normalisation, metadata, duplicates and wire copies."""

from newsgraph.clean.stage import CleanStage

__all__ = ["CleanStage"]
