"""The client side of an ingest on Dask: partitions out, batches committed in input order.

How it keeps the store identical to the one-process ingest (``pipeline.ingest``), ids
included: the client cuts the documents that come back from ``read_clean`` into the same
batches of ``batch_size`` documents, in input order, and commits them in that order with the
same ``commit_batch``. Exact duplicates and near copies are settled at commit, against every
article committed before (the SimHash bands and fingerprints of ``clean/dedup.py`` are in the
store by then), so dedup sees every earlier article whatever worker parsed it. The articles a
batch sends to ``process`` are chosen before the batches ahead of it are committed: stored
ids plus the ids of the batches still in flight, which is what the store will hold by then.

A worker that dies loses nothing: Dask runs its tasks again elsewhere, and as workers never
write, nothing is written twice. A task Dask gives up on (``KilledWorker``: it was on more
dying workers than ``distributed.scheduler.allowed-failures``) is not yet to blame: Dask counts
a death against every task the worker held, the one running and those only queued behind it.
So the client first lets every other task of the run finish (``_settle``), then runs the
given-up task again as one task per input or article, one at a time: each of these runs alone
on the cluster, so a worker death during it is its own, and only then is that input or
article recorded as a failed Skip. (Without the wait, a retried article queued on the worker
that another poison article was killing was blamed for that death.) At most
``WINDOW_PER_WORKER`` read tasks or batches per worker are in flight, so memory on the client
stays flat however large the input.

The end of a run: a batch is one ``process`` task, except the batches cut once the input is
listed to its end (``_Run.ending``: about a batch per worker still to read, the input being
listed a few partitions ahead), which go out as smaller tasks, down to one article as the end
nears (``end_pieces``), the longest articles first. Dask runs them after the whole batches
before them, so the workers run out of work within about an article of each other instead of
one waiting while the other parses a whole batch. Their
results are put back in the order one task for the batch gives (``_in_batch_order``): the
same rows, ids included. (spaCy and the doc stages give an article the same facts whatever
batch it is parsed in: ``parse/segments.py`` already groups a batch's texts by size.)
"""

from __future__ import annotations

import logging
import os
import time
import warnings
from collections import deque
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from typing import Any

from newsgraph.clean.dedup import Deduplicator
from newsgraph.config import Settings
from newsgraph.errors import ModelError, NewsgraphError, UsageError
from newsgraph.ingest import IngestOptions
from newsgraph.ingest.reader import STDIN, list_inputs, read_input
from newsgraph.ingest.source import Source
from newsgraph.pipeline import IngestReport, Progress, commit_batch, select_fresh
from newsgraph.store import Store
from newsgraph.types import Article, Parsed, RawDoc, Skip

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 10  # an address that does not answer within this is an error
WINDOW_PER_WORKER = 3  # tasks in flight per worker (reading and processing together)
PART_BYTES = 4 * 1024 * 1024  # input bytes per read task; a bigger file is read by the client
# Dask settings for the local workers an ingest starts itself (measured in docs/benchmarks.md,
# "Scaling"; a cluster's workers take the same from the environment, docs/ingest.md):
# - no statistical profiler: it samples every worker's task thread every 10 ms for a dashboard
#   we do not start, about 10% more CPU per article over spaCy's deep stacks;
# - no MALLOC_TRIM_THRESHOLD_ (Dask sets 64 KB): setting it also fixes glibc's mmap threshold,
#   so that every large array spaCy allocates and frees is a fresh mmap, its pages faulted in
#   and zeroed again: 12-15% more CPU per article, most of it system time. One thread per
#   numeric library, as Dask sets by default: a worker is one process per core;
# - the event loops' periodic checks less often (Dask's tick every 20 ms, memory every 100 ms):
#   an idle local cluster of two workers used 8.5% of a core, 1.3% with these.
LOCAL_WORKER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "500ms",
    "distributed.worker.memory.monitor-interval": "500ms",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.nanny.pre-spawn-environ": {
        "MALLOC_TRIM_THRESHOLD_": None,  # None: not set (as a cluster's environment merges)
        "OMP_NUM_THREADS": 1,
        "MKL_NUM_THREADS": 1,
        "OPENBLAS_NUM_THREADS": 1,
    },
}

Processed = tuple[list[Parsed], list[Skip]]

# The reasons of the failed Skips of an input or article that killed its worker on its own
# (``_Run._settle``: nothing else of the run was on the cluster) until Dask gave up on it.
_ALONE = "while it ran alone on the cluster, until Dask gave up on it"
KILLED_PARSE = f"the worker process died parsing this article {_ALONE}"
KILLED_READ = f"the worker process died reading or cleaning this input {_ALONE}"


def cluster_environment() -> dict[str, str]:
    """``LOCAL_WORKER_CONFIG`` as environment variables, for ``dask scheduler`` and
    ``dask worker`` on a cluster (docs/ingest.md, "Running on a cluster")."""
    return {
        "DASK_" + key.upper().replace(".", "__").replace("-", "_"): str(value)
        for key, value in LOCAL_WORKER_CONFIG.items()
    }


@dataclass(frozen=True)
class Partition:
    """One read task: inputs a worker reads (``inputs``) or documents it only cleans (``raws``)."""

    inputs: tuple[Source | Skip, ...] = ()
    raws: tuple[RawDoc | Skip, ...] = ()


def partitions(paths: list[str], options: IngestOptions, size: int) -> Iterator[Partition]:
    """The inputs in order, ``size`` files (at most ``PART_BYTES``) per partition.

    Workers open the files themselves (a cluster's workers need the same paths). Standard
    input and any file bigger than ``PART_BYTES`` are read here, a document at a time, and
    sent in groups of ``size`` documents: memory stays flat for a many-gigabyte JSON Lines file.
    """
    group: list[Source | Skip] = []
    nbytes = 0
    for item in list_inputs(paths, options):
        big = isinstance(item, Source) and (
            (item.origin == STDIN and not item.name) or _size(item) > PART_BYTES
        )
        if big and group:
            yield Partition(inputs=tuple(group))
            group, nbytes = [], 0
        if big:
            raws: list[RawDoc | Skip] = []
            for doc in read_input(item):
                raws.append(doc)
                if len(raws) >= size:
                    yield Partition(raws=tuple(raws))
                    raws = []
            if raws:
                yield Partition(raws=tuple(raws))
            continue
        group.append(item)
        nbytes += _size(item) if isinstance(item, Source) else 0
        if len(group) >= size or nbytes >= PART_BYTES:
            yield Partition(inputs=tuple(group))
            group, nbytes = [], 0
    if group:
        yield Partition(inputs=tuple(group))


def _size(src: Source) -> int:
    try:
        return os.path.getsize(src.origin)
    except OSError:
        return 0  # the worker reports it, as the reader would


@dataclass
class _Batch:
    cleaned: list[Article | Skip]
    sent: list[Article]  # what went to ``process``, in input order
    # the ``process`` tasks: (their articles, Future); one for the whole batch, smaller ones
    # at the end of a run (``_Run.ending``); none when nothing in the batch is new
    pieces: list[tuple[list[Article], Any]]
    ids: set[str] = field(default_factory=set)

    def done(self) -> bool:
        return all(f.done() for _, f in self.pieces)


def ingest_on_dask(
    paths: list[str],
    db: Store,
    settings: Settings,
    options: IngestOptions,
    report: IngestReport,
    dedup: Deduplicator,
    progress: Progress | None,
    workers: int,
    scheduler: str | None,
) -> None:
    """Ingest ``paths`` into ``db`` with the per-article work on Dask (see the module doc)."""
    started = time.perf_counter()
    with ExitStack() as stack:
        if not scheduler:
            # First, before even importing Dask here: the forkserver imports the project and
            # builds the pipeline (the start's longest part, on one core) while this process
            # imports Dask and starts the scheduler on the other.
            stack.enter_context(_forkserver(settings))
            log.debug("start: the forkserver started at %.2f s", time.perf_counter() - started)
        import dask
        from distributed import Client, LocalCluster

        from newsgraph.distributed.tasks import LocalWorkerPlugin, PipelinePlugin, usage

        if scheduler:
            client = stack.enter_context(_connect(scheduler))
        else:
            with warnings.catch_warnings(), dask.config.set(LOCAL_WORKER_CONFIG):
                # its status page moving off a port in use
                warnings.filterwarnings("ignore", message="Port .* is already in use")
                cluster = stack.enter_context(
                    LocalCluster(
                        n_workers=workers,
                        threads_per_worker=1,
                        processes=True,
                        dashboard_address=None,  # no dashboard
                        silence_logs=logging.ERROR,
                    )
                )
            log.debug("start: the local cluster up at %.2f s", time.perf_counter() - started)
            client = stack.enter_context(Client(cluster))
            client.register_plugin(LocalWorkerPlugin())
        n_workers = len(client.scheduler_info().get("workers", {}))
        if n_workers == 0:
            raise UsageError(f"E703 the Dask scheduler {client.scheduler.address} has no workers")
        if not _workers_ready(client, settings):  # else a second ingest reuses the pipelines
            client.register_plugin(PipelinePlugin(settings))
        _check_workers(client)
        report.worker_start_s = round(time.perf_counter() - started, 2)
        log.debug("start: every worker has its pipeline at %.2f s", report.worker_start_s)
        before = client.run(usage)
        run_began = time.time()
        run = _Run(client, db, settings, dedup, report, progress, n_workers)
        run.run(partitions(paths, options, settings.batch_size))
        after = client.run(usage)
        _idle_times(report, before, after, run_began)
        report.worker_peak_mb = {addr: round(u.peak_mb, 1) for addr, u in after.items()}
        # A worker that joined or restarted mid-run counts from its start.
        report.worker_cpu_s = {
            addr: round(u.cpu_s - (before[addr].cpu_s if addr in before else 0), 2)
            for addr, u in after.items()
        }
        report.worker_task_cpu_s = {
            addr: round(u.task_cpu_s - (before[addr].task_cpu_s if addr in before else 0), 2)
            for addr, u in after.items()
        }


def _idle_times(
    report: IngestReport, before: dict[str, Any], after: dict[str, Any], began: float
) -> None:
    """Each worker's idle wall time in the run: from its start (``began``, every worker up) to
    the end of the run's last task, the seconds it ran none of our tasks
    (``worker_idle_s``), and of those the ones after its own last task (``worker_tail_s``:
    the run's end, where the others still work). Worker clocks (``time.time``) are compared,
    exact for local workers, as good as the machines' clock sync on a cluster."""
    ends = [u.last_task_at for u in after.values() if u.last_task_at is not None]
    if not ends:
        return
    end = max(ends)
    for addr, u in after.items():
        busy = u.task_wall_s - (before[addr].task_wall_s if addr in before else 0.0)
        last = u.last_task_at if u.last_task_at is not None else began
        report.worker_idle_s[addr] = round(max(0.0, end - began - busy), 2)
        report.worker_tail_s[addr] = round(max(0.0, end - max(last, began)), 2)


@contextmanager
def _forkserver(settings: Settings) -> Iterator[None]:
    """Local workers forked from a forkserver that has built the pipeline (``preload.py``).

    Why not ``fork`` from this process: it runs the scheduler and the nannies on Dask's event
    loop thread, with other threads (Dask's offload pool, the client's), whose locks and
    thread pools a forked child would inherit half-held or without their threads; the
    forkserver is a fresh single-threaded process, so its forks are safe. The start method
    stays set for the whole run, so that a worker the nanny restarts is forked again. Where
    there is no forkserver (not POSIX) Dask's default, ``spawn``, stays.

    The forkserver is started here, before this process imports ``distributed`` and starts
    the scheduler (left to the nanny, it would start with the first worker, after both), so
    it must have now the environment the nanny gives a worker before it starts one
    (``_worker_environ``): the forks inherit the forkserver's, and glibc and the numeric
    libraries read theirs as a process starts. A forkserver this process already runs (an
    earlier ingest's) is kept, with the pipeline it built.
    """
    import multiprocessing
    from multiprocessing import forkserver

    from newsgraph.distributed import preload

    if "forkserver" not in multiprocessing.get_all_start_methods():
        yield
        return
    modules = ["distributed", preload.__name__]
    os.environ.update(_worker_environ())
    os.environ[preload.ENV] = preload.encode(settings)  # read by the forkserver's preload
    try:
        multiprocessing.get_context("forkserver").set_forkserver_preload(modules)
        forkserver.ensure_running()  # started: what follows overlaps its build
        import dask
        from distributed.utils import get_mp_context

        # Dask sets its own list of modules to preload once per process, at its first call:
        # call it, so that ours replaces it for a forkserver started again (one that died:
        # ``ensure_running`` starts another).
        get_mp_context().set_forkserver_preload(modules)
        with dask.config.set({"distributed.worker.multiprocessing-method": "forkserver"}):
            yield
    finally:
        os.environ.pop(preload.ENV, None)


def _worker_environ() -> dict[str, str]:
    """What Dask's nanny puts in this process's environment before it starts a worker process
    (``distributed.nanny.pre-spawn-environ`` of ``LOCAL_WORKER_CONFIG``, which replaces Dask's
    own under ``dask.config.set``; a variable already set winning, None for unset, and a fixed
    ``PYTHONHASHSEED`` unless one is set). Read without Dask, which is not imported yet."""
    wanted: dict[str, Any] = LOCAL_WORKER_CONFIG["distributed.nanny.pre-spawn-environ"]  # type: ignore[assignment]
    env = {k: os.environ.get(k, str(v)) for k, v in wanted.items() if v is not None}
    if os.environ.get("PYTHONHASHSEED") in (None, "0"):
        env["PYTHONHASHSEED"] = "6640"  # Dask's, for the same hashes in every worker
    return env


def _connect(address: str) -> Any:
    from distributed import Client

    try:
        return Client(address, timeout=CONNECT_TIMEOUT_S)
    except (OSError, TimeoutError) as exc:
        raise UsageError(
            f"E702 no Dask scheduler answers at {address} (waited {CONNECT_TIMEOUT_S} s): "
            f"start one with `dask scheduler`, or leave out --scheduler ({exc})"
        ) from exc
    except ValueError as exc:
        raise UsageError(f"E702 {address!r} is not a Dask scheduler address: {exc}") from exc


def _workers_ready(client: Any, settings: Settings) -> bool:
    """Has every worker a pipeline built from these very settings (an earlier ingest's)?"""
    from newsgraph.distributed.tasks import PLUGIN, PipelinePlugin

    def ready(dask_worker: Any) -> bool:
        plugin = dask_worker.plugins.get(PLUGIN)
        return (
            isinstance(plugin, PipelinePlugin)
            and plugin.pipeline is not None
            and plugin.settings == settings
        )

    return all(client.run(ready).values())


def _check_workers(client: Any) -> None:
    """Stop before any work when a worker cannot build the pipeline."""
    from newsgraph.distributed.tasks import PLUGIN

    def status(dask_worker: Any) -> str | None:
        plugin = dask_worker.plugins.get(PLUGIN)
        return getattr(plugin, "error", "no pipeline plugin")

    bad = {addr: err for addr, err in client.run(status).items() if err}
    if bad:
        addr, err = next(iter(bad.items()))
        raise ModelError(
            f"E704 {len(bad)} Dask worker(s) cannot build the newsgraph pipeline, e.g. {addr}: "
            f"{err}. Every worker needs newsgraph and the spaCy model installed "
            "(docs/ingest.md, 'Workers')"
        )


class _Run:
    """The scheduling loop: partitions in, batches committed in input order."""

    def __init__(
        self,
        client: Any,
        db: Store,
        settings: Settings,
        dedup: Deduplicator,
        report: IngestReport,
        progress: Progress | None,
        workers: int,
    ) -> None:
        self.client, self.db, self.dedup = client, db, dedup
        self.report, self.progress = report, progress
        self.size = settings.batch_size
        self.stages = ("parse:text", "parse", *settings.doc_stages)  # ``Pipeline.process``'s order
        self.workers = max(1, workers)
        self.window = max(2, WINDOW_PER_WORKER * workers)
        self.reads: deque[tuple[Partition, Any]] = deque()  # read futures, in input order
        self.batches: deque[_Batch] = deque()  # cut, not yet committed, in input order
        self.buffer: list[Article | Skip] = []  # read back, not yet cut into a batch
        self.ahead: deque[Partition] = deque()  # partitions listed, not yet submitted
        self.ending = False  # every partition is listed: the batches still to cut are the last

    def _next_part(self, parts: Iterator[Partition]) -> Partition | None:
        """The next partition. The input is listed ahead, so that the run knows its end
        (``ending``) as soon as at most a partition per worker remains after this one: about
        a batch per worker still to cut, besides the batches in flight."""
        while not self.ending and len(self.ahead) < self.workers + 2:
            part = next(parts, None)
            if part is None:
                self.ending = True
            else:
                self.ahead.append(part)
        return self.ahead.popleft() if self.ahead else None

    def run(self, parts: Iterator[Partition]) -> None:
        from distributed import wait

        from newsgraph.distributed import tasks

        exhausted = False
        try:
            while True:
                while not exhausted and len(self.reads) + len(self.batches) < self.window:
                    part = self._next_part(parts)
                    if part is None:
                        exhausted = True
                        break
                    fn = tasks.read_clean if part.inputs else tasks.clean_raw
                    args = list(part.inputs) if part.inputs else list(part.raws)
                    self.reads.append((part, self.client.submit(fn, args, pure=False)))
                if exhausted and not self.reads:
                    self._cut(final=True)
                if not self.reads and not self.batches:
                    return
                head = self.batches[0] if self.batches else None
                if head is not None and head.done():
                    self._commit(self.batches.popleft())
                    continue
                if head is not None and (len(self.batches) >= self.window or not self.reads):
                    self._commit(self.batches.popleft())
                    continue
                part, future = self.reads[0]
                if head is not None and not future.done():
                    pending = [f for _, f in head.pieces if not f.done()]
                    wait([future, *pending], return_when="FIRST_COMPLETED")
                    continue
                self.reads.popleft()
                self.buffer += self._read_result(part, future)
                # its documents are here: let Dask forget the result, so that a worker's death
                # does not make it compute the task again beside a retry meant to run alone
                future.release()
                self._cut(final=False)
        finally:
            for _, future in self.reads:
                future.cancel()
            for b in self.batches:
                for _, f in b.pieces:
                    f.cancel()

    def _cut(self, *, final: bool) -> None:
        """Cut the documents read so far into batches and send their new articles out: a
        batch as one task, or at the end of the run (``ending``) as tasks that shrink as the
        end nears (``end_pieces``), the longest articles first, so that the workers run out
        of work at about the same time."""
        from newsgraph.distributed import tasks

        while len(self.buffer) >= self.size or (final and self.buffer):
            cleaned, self.buffer = self.buffer[: self.size], self.buffer[self.size :]
            ids = {c.id for c in cleaned if isinstance(c, Article)}
            in_flight = set().union(*(b.ids for b in self.batches)) & ids
            fresh = select_fresh(cleaned, self.db.existing_ids(sorted(ids)) | in_flight)
            groups = [fresh] if fresh else []
            if self.ending and len(fresh) > 1:
                longest = sorted(fresh, key=lambda a: len(a.text), reverse=True)
                # still to send out, this batch included (a read in flight or a partition
                # listed ahead counted as a batch)
                left = (
                    len(fresh) + len(self.buffer) + self.size * (len(self.reads) + len(self.ahead))
                )
                groups, at = [], 0
                for n in end_pieces(len(fresh), left, self.workers):
                    groups.append(longest[at : at + n])
                    at += n
            pieces = [
                (g, self.client.submit(tasks.process, g, pure=False, priority=1)) for g in groups
            ]
            self.batches.append(_Batch(cleaned, fresh, pieces, ids))

    def _commit(self, batch: _Batch) -> None:
        results = [self._process_result(f, arts) for arts, f in batch.pieces]
        processed = _in_batch_order(batch.sent, results, self.stages) if results else ([], [])
        commit_batch(batch.cleaned, processed, self.db, self.dedup, self.report)
        if self.progress:
            last = batch.cleaned[-1]
            self.progress(len(batch.cleaned), last.origin)

    # ------------------------------------------------------------ failures
    def _settle(self) -> None:
        """Wait until every other task of this run has finished (or failed), so that the
        tasks tried one input or article at a time next run alone on the cluster."""
        from distributed import wait

        pending = [f for _, f in self.reads] + [f for b in self.batches for _, f in b.pieces]
        log.info(
            "a Dask task was given up on after a worker died; %d other task(s) finish before "
            "its inputs are tried again one at a time",
            sum(not f.done() for f in pending),
        )
        if pending:
            wait(pending)

    def _read_result(
        self, part: Partition, future: Any, alone: bool = False
    ) -> list[Article | Skip]:
        """The documents of a read task. After ``KilledWorker`` the task is split into one task
        per input; an input whose own task is given up on twice is a failed Skip."""
        from distributed import KilledWorker

        from newsgraph.distributed import tasks

        try:
            return list(future.result())
        except KilledWorker:
            if alone:
                return [_killed_read(part)]
            self._settle()
            out: list[Article | Skip] = []
            for one in [Partition(inputs=(i,)) for i in part.inputs] + [
                Partition(raws=(r,)) for r in part.raws
            ]:
                fn = tasks.read_clean if one.inputs else tasks.clean_raw
                again = self.client.submit(fn, list(one.inputs or one.raws), pure=False)
                out += self._read_result(one, again, alone=True)
            return out
        except Exception as exc:
            raise _stopped(exc) from exc

    def _process_result(self, future: Any, fresh: list[Article], alone: bool = False) -> Processed:
        """The facts of a process task. After ``KilledWorker`` the task is split into one task
        per article; an article whose own task is given up on twice is a failed Skip (stored
        without facts, as after a parse failure)."""
        from distributed import KilledWorker

        from newsgraph.distributed import tasks

        try:
            facts, skips = future.result()
            sent = {a.id: a for a in fresh}
            return [Parsed(sent[i], None, f) for i, f in facts], list(skips)  # type: ignore[arg-type]
        except KilledWorker:
            if alone:
                a = fresh[0]
                return [], [
                    Skip(a.origin, "parse", KILLED_PARSE, a.id, a.source_id, status="failed")
                ]
            self._settle()
            out: Processed = ([], [])
            for a in fresh:
                again = self.client.submit(tasks.process, [a], pure=False)
                p, s = self._process_result(again, [a], alone=True)
                out[0].extend(p)
                out[1].extend(s)
            return out
        except Exception as exc:
            raise _stopped(exc) from exc


def end_pieces(n: int, left: int, workers: int) -> list[int]:
    """The sizes of the tasks a batch of ``n`` articles goes out in at the end of a run, when
    ``left`` articles (these included) are still to send out: each piece a share
    ``1 / (2 * workers)`` of what is left, at least one article ("factoring", as loop schedulers
    do), so the tasks shrink to single articles as the run ends, and they are few: a task
    costs the writer some milliseconds of CPU (Dask's client and the local scheduler)."""
    out: list[int] = []
    left = max(left, n)
    while n > 0:
        size = min(n, max(1, -(-left // (2 * max(1, workers)))))
        out.append(size)
        n -= size
        left -= size
    return out


def _in_batch_order(
    sent: list[Article], results: list[Processed], stages: tuple[str, ...]
) -> Processed:
    """The results of a batch's tasks in the order ``Pipeline.process`` of the whole batch
    gives them, which the store's rows (ids included) follow: the parsed articles in input
    order; the Skips by the step that made them (``stages``: too long, parse, then each doc
    stage, a stage's own kinds such as ``events:sentence`` under it), then by article in
    input order (each stage goes through its batch in order), each article's in the order
    they came. (A task of several articles has them longest first: its results are sorted
    too.)"""
    where = {a.id: i for i, a in enumerate(sent)}
    rank = {stage: i for i, stage in enumerate(stages)}

    def step(stage: str) -> int:
        return rank.get(stage, rank.get(stage.split(":")[0], len(rank)))

    parsed = sorted(
        (p for r in results for p in r[0]), key=lambda p: where.get(p.article.id, len(where))
    )
    skips = sorted(
        (s for r in results for s in r[1]),
        key=lambda s: (step(s.stage), where.get(s.article_id or "", len(where))),
    )
    return parsed, skips


def _killed_read(part: Partition) -> Skip:
    item = (part.inputs or part.raws)[0]
    if isinstance(item, Skip):
        return item
    stage = "read" if isinstance(item, Source) else "clean"
    return Skip(item.origin, stage, KILLED_READ, source_id=item.source_id, status="failed")


def _stopped(exc: BaseException) -> NewsgraphError:
    """A task error that is not one document's fault: the run stops, committed batches stay."""
    from newsgraph.distributed.tasks import WorkerSetupError

    if isinstance(exc, WorkerSetupError):
        return ModelError(f"E704 {exc}. Every worker needs newsgraph and the spaCy model installed")
    return NewsgraphError(
        f"E705 a Dask task failed: {type(exc).__name__}: {exc}. The batches before it are "
        "stored; rerun the same command to finish (stored articles are not parsed again)"
    )
