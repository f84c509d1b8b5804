"""Doc stages that fail on an article carrying a marker: tests only.

``raise_on_marker`` raises (``RAISE_MARKER``): an ordinary stage failure. ``poison_pill`` kills
its own worker process at once (``MARKER``); ``poison_waits`` (``WAITING_MARKER``), in a batch
of more than one article, first waits up to ``WAIT_S`` seconds for another task to be queued on
its worker, so that the death falls on that task too (Dask counts it against every task the
worker held).

Imported on the Dask workers by ``ImportPoison`` (a worker plugin), so that a worker the
nanny restarts can build the pipeline again.
"""

from __future__ import annotations

import os
import time
from typing import Any

from distributed import WorkerPlugin, get_worker

from newsgraph.registry import register_stage
from newsgraph.types import Parsed

MARKER = "POISON-PILL-7f3a"
WAITING_MARKER = "POISON-WAITS-91c2"
WAIT_S = 8.0
RAISE_MARKER = "STAGE-RAISES-5d0e"


@register_stage("raise_on_marker")
def raise_on_marker(batch: list[Parsed]) -> list[Parsed]:
    if any(RAISE_MARKER in p.article.text for p in batch):
        raise ValueError("this stage cannot read this article")
    return batch


@register_stage("poison_pill")
def poison_pill(batch: list[Parsed]) -> list[Parsed]:
    if any(MARKER in p.article.text for p in batch):
        os._exit(13)  # what a segfault or the OOM killer does to a worker
    return batch


@register_stage("poison_waits")
def poison_waits(batch: list[Parsed]) -> list[Parsed]:
    if not any(WAITING_MARKER in p.article.text for p in batch):
        return batch
    worker = get_worker()
    deadline = time.monotonic() + (WAIT_S if len(batch) > 1 else 0.0)
    while time.monotonic() < deadline and not _queued(worker):
        time.sleep(0.02)
    os._exit(13)


def _queued(worker: Any) -> bool:
    """Does the worker hold a task besides the running one (read from the task's thread)?"""
    try:
        states = [ts.state for ts in list(worker.state.tasks.values())]
    except RuntimeError:  # changed size while copied: look again
        return False
    return any(s in ("ready", "constrained", "waiting") for s in states)


class ImportPoison(WorkerPlugin):
    name = "newsgraph-test-poison"

    def setup(self, worker: Any) -> None:
        import tests.workers.poison  # noqa: F401
