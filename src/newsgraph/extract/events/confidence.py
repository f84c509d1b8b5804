"""The confidence of an event report, and the default threshold below which reports are kept in
the store but not shown."""

from __future__ import annotations

# The one default: ``newsgraph events``, the web UI/API and the cross-outlet analysis show the
# reports at or above it; ``--min-confidence 0`` shows everything. Nothing below it is deleted.
DEFAULT_MIN_CONFIDENCE = 0.0
