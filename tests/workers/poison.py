"""A doc stage that kills its own worker process on an article carrying ``MARKER``: tests only.

Imported on the Dask workers by ``ImportPoison`` (a worker plugin), so that a worker the
nanny restarts can build the pipeline again.
"""

from __future__ import annotations

import os
from typing import Any

from distributed import WorkerPlugin

from newsgraph.registry import register_stage
from newsgraph.types import Parsed

MARKER = "POISON-PILL-7f3a"


@register_stage("poison_pill")
def poison_pill(batch: list[Parsed]) -> list[Parsed]:
    if any(MARKER in p.article.text for p in batch):
        os._exit(13)  # what a segfault or the OOM killer does to a worker
    return batch


class ImportPoison(WorkerPlugin):
    name = "newsgraph-test-poison"

    def setup(self, worker: Any) -> None:
        import tests.workers.poison  # noqa: F401
