"""The per-article work on Dask workers; one writer commits to the store.

    client (the writer)                         Dask workers (each: one Pipeline, built once)
    list_inputs -> partitions   --submit-->     read + clean a partition -> Articles | Skips
    cut batches, select_fresh   --submit-->     Pipeline.process(batch)  -> facts, Skips
    commit_batch, in input order  <--results--

``engine.py`` is the client side (cluster, scheduling, failures), ``tasks.py`` what runs on a
worker. Nothing here imports Dask until a run asks for workers.
"""

from __future__ import annotations

import os

from newsgraph.ingest import IngestOptions, estimate_documents

# Below this many documents the default (``workers=None``) stays in this process: starting
# worker processes that each load the spaCy pipeline costs more than it saves (measured in
# docs/benchmarks.md, "Workers").
SMALL_INPUT = 200
# Nor on fewer cores than this. Until issue 17's fixes a worker spent about 1.5x the CPU per
# article of this process. Since (``engine.LOCAL_WORKER_CONFIG``) 2 workers spend 1.12-1.19x
# the CPU of one process (1.6x estimated on 2 idle cores), but on this project's 2-core machine,
# with others' work taking about a core, they were still slower in wall time (0.6x with their
# start, 0.79x without; since the workers fork from a forkserver that built the pipeline once,
# 1.16x with their start, 1.64x without; each run a fresh process, 1.23-1.71x at load 8-10,
# 0.84x at load 3.5-4.5, 0.93-1.28x at 2.7-2.9; docs/benchmarks.md, "Scaling"). Lower it only after
# a wall-clock run on an idle 2-core machine shows a gain; it would also send inputs of unknown
# size (gzip, WARC) to workers by default.
MIN_CORES = 4


def default_workers() -> int:
    """The machine's cores (the CPUs this process may run on)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def choose_workers(
    paths: list[str], options: IngestOptions, workers: int | None, scheduler: str | None
) -> int:
    """How many local worker processes an ingest uses; 1 means in this process.

    An explicit ``workers`` is obeyed. ``None`` means the machine's cores, except on a machine
    of fewer than ``MIN_CORES`` cores and for an input of fewer than ``SMALL_INPUT`` documents
    (or stdin), which stay in this process. With a
    ``scheduler`` the cluster's workers do the work and the number is only informative.
    """
    if workers is not None:
        if workers < 1:
            from newsgraph.errors import UsageError

            raise UsageError(f"E701 workers must be 1 or more, not {workers}")
        return workers
    if scheduler:
        return default_workers()
    cores = default_workers()
    if cores < MIN_CORES or "-" in paths:
        return 1
    n = estimate_documents(paths, options)
    return 1 if n is not None and n < SMALL_INPUT else cores
