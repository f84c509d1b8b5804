"""What runs on a Dask worker: the worker's Pipeline, and the two tasks that use it.

The Pipeline is rebuilt on each worker from the settings (a frozen dataclass) by
``PipelinePlugin.setup``: the spaCy model and the stage data load once per worker process,
and no live object travels. Tasks hand back plain dataclasses: Articles and Skips from
``read_clean``, each article's facts (by id) and Skips from ``process`` (the spaCy Doc stays
on the worker).
"""

from __future__ import annotations

import resource
import signal
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from distributed import WorkerPlugin, get_worker

from newsgraph.config import Settings
from newsgraph.distributed import preload
from newsgraph.ingest.reader import read_input
from newsgraph.ingest.source import Source
from newsgraph.pipeline import Pipeline, clean_batch
from newsgraph.types import Article, RawDoc, Skip

PLUGIN = "newsgraph-pipeline"


class WorkerSetupError(RuntimeError):
    """A worker could not build the pipeline (most often: the spaCy model is not installed)."""


class PipelinePlugin(WorkerPlugin):
    """Builds the Pipeline once per worker; a lock keeps a multi-threaded worker's tasks apart."""

    name = PLUGIN

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.pipeline: Pipeline | None = None
        self.error: str | None = None
        self.lock = threading.Lock()
        self.task_cpu_s = 0.0  # CPU seconds of the task threads inside our tasks, in all
        self.task_wall_s = 0.0  # wall seconds inside our tasks, in all
        self.first_task_at: float | None = None  # time.time() when the first task began
        self.last_task_at: float | None = None  # time.time() when the last task ended

    @contextmanager
    def task(self) -> Iterator[None]:
        """One task at a time, its CPU time counted (what is not counted is Dask's own)."""
        with self.lock:
            started, began = time.thread_time(), time.time()
            if self.first_task_at is None:
                self.first_task_at = began
            try:
                yield
            finally:
                self.task_cpu_s += time.thread_time() - started
                self.last_task_at = time.time()
                self.task_wall_s += self.last_task_at - began

    def __getstate__(self) -> dict[str, Any]:  # only the settings travel
        return {"settings": self.settings}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["settings"])  # type: ignore[misc]

    def setup(self, worker: Any) -> None:
        self.build()

    def build(self) -> Pipeline | None:
        """Build the pipeline (once); on failure keep the reason, for the client to show."""
        if self.pipeline is None:
            inherited = preload.preloaded(self.settings)  # a local worker's (preload.py)
            if inherited is not None:
                self.pipeline, self.error = inherited, None
                return inherited
            try:
                pipeline = Pipeline(self.settings)
                pipeline.warm_up()
                self.pipeline, self.error = pipeline, None
            except Exception as exc:  # noqa: BLE001 - reported by every task this worker gets
                self.error = f"{type(exc).__name__}: {exc}"
        return self.pipeline


class LocalWorkerPlugin(WorkerPlugin):
    """For the workers an ingest starts itself: Ctrl-C at the terminal reaches them as well as
    the ingest, which stops them in order; so they ignore it (and print no traceback)."""

    name = "newsgraph-local-worker"

    def setup(self, worker: Any) -> None:
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGINT, signal.SIG_IGN)


def _plugin() -> tuple[PipelinePlugin, Pipeline]:
    worker = get_worker()
    plugin = worker.plugins.get(PLUGIN)
    if not isinstance(plugin, PipelinePlugin):
        raise WorkerSetupError(f"worker {worker.address} has no newsgraph pipeline registered")
    with plugin.lock:
        # Built in ``setup``; tried again here for a worker whose setup ran before something it
        # needed was there (a restarted worker runs the plugins in the order they came).
        pipeline = plugin.build()
    if pipeline is None:
        raise WorkerSetupError(
            f"worker {worker.address} cannot build the newsgraph pipeline: {plugin.error}"
        )
    return plugin, pipeline


def read_clean(inputs: list[Source | Skip]) -> list[Article | Skip]:
    """Read a partition of the inputs and clean every document, in input order."""
    plugin, pipe = _plugin()
    with plugin.task():
        items = [doc for item in inputs for doc in read_input(item)]
        return clean_batch(items, pipe.clean)


def clean_raw(batch: list[RawDoc | Skip]) -> list[Article | Skip]:
    """Clean documents the client read itself (stdin, a file too big to hand over whole)."""
    plugin, pipe = _plugin()
    with plugin.task():
        return clean_batch(batch, pipe.clean)


Facts = tuple[str, Mapping[str, tuple[Any, ...]]]  # an article's id and its facts


def process(articles: list[Article]) -> tuple[list[Facts], list[Skip]]:
    """``Pipeline.process`` of one batch; only each article's id and facts travel back: the
    client holds the Articles it sent (they were a fifth of what came back), and the
    Docs stay here."""
    plugin, pipe = _plugin()
    with plugin.task():
        parsed, skips = pipe.process(articles)
    return [(p.article.id, p.facts) for p in parsed], skips


@dataclass(frozen=True)
class Usage:
    """What a worker process has used so far."""

    peak_mb: float  # peak resident memory
    cpu_s: float  # CPU seconds of the whole process (user + system)
    task_cpu_s: float  # of which inside our tasks (the rest: Dask, the event loop, the GC)
    task_wall_s: float = 0.0  # wall seconds inside our tasks
    first_task_at: float | None = None  # time.time() of the first task's start
    last_task_at: float | None = None  # time.time() of the last task's end


def usage(dask_worker: Any) -> Usage:
    """This worker process's peak resident memory in MB and its CPU seconds (``client.run``).

    The peak is ``VmHWM`` of /proc/self/status: ``ru_maxrss`` would not do, as a process keeps
    the ``ru_maxrss`` of the process it was forked from (a local worker's nanny runs in the
    ingest process) until it grows past it.
    """
    r = resource.getrusage(resource.RUSAGE_SELF)
    peak_kb = float(r.ru_maxrss)
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    peak_kb = float(line.split()[1])
    except OSError:  # not Linux
        pass
    plugin = dask_worker.plugins.get(PLUGIN)
    cpu = r.ru_utime + r.ru_stime
    if not isinstance(plugin, PipelinePlugin):
        return Usage(peak_kb / 1024, cpu, 0.0)
    return Usage(
        peak_kb / 1024,
        cpu,
        plugin.task_cpu_s,
        plugin.task_wall_s,
        plugin.first_task_at,
        plugin.last_task_at,
    )
