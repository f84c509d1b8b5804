"""The spaCy pipeline built once for all the local workers of an ingest, before they start.

An ingest that starts its own workers (``engine.ingest_on_dask`` without a scheduler) has Dask
start them from a forkserver (``distributed.worker.multiprocessing-method``), a clean
single-threaded process that imports this module first (its ``preload``): the module builds
and warms up the pipeline of the settings the ingest put in ``ENV``. Each worker is then a fork
of that process and finds its pipeline built (``PipelinePlugin.build``), instead of every
worker importing the project and loading the model at the same time as the others. A worker
the nanny restarts is forked from it again.

The forkserver is started once per process (by its first ingest on local workers) and keeps
the pipeline of those settings: a later ingest in the same process with other settings gets
none here, and each of its workers builds its own, as a cluster's workers do. Nothing here
runs unless the forkserver imports it with ``ENV`` set: a build that fails (no model) leaves
no pipeline, and the workers then report the error themselves.
"""

from __future__ import annotations

import base64
import os
import pickle
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsgraph.config import Settings
    from newsgraph.pipeline import Pipeline

ENV = "NEWSGRAPH_WORKER_PRELOAD"  # the settings (pickled, base64), set only by the ingest

settings: Settings | None = None
pipeline: Pipeline | None = None


def encode(s: Settings) -> str:
    return base64.b64encode(pickle.dumps(s)).decode("ascii")


def preloaded(s: Settings) -> Pipeline | None:
    """The pipeline this process inherited for settings ``s``, if any."""
    return pipeline if pipeline is not None and settings == s else None


def _build() -> None:
    global settings, pipeline
    blob = os.environ.pop(ENV, None)  # the workers forked from here do not need it
    if not blob:
        return
    try:
        from newsgraph.pipeline import Pipeline

        wanted = pickle.loads(base64.b64decode(blob))  # noqa: S301 - written by our own ingest
        built = Pipeline(wanted)
        built.warm_up()
    except Exception:  # noqa: BLE001 - each worker builds it again and reports why it cannot
        return
    settings, pipeline = wanted, built


_build()
