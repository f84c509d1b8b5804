"""Ingest on 1 and 2 workers, and on a cluster started with Dask's own command-line tools.

    .venv/bin/python -m bench scaling                 # 300 generated articles, 3 repeats
    .venv/bin/python -m bench scaling --quick         # 40 articles, 1 repeat: a smoke test
    .venv/bin/python -m bench.scaling --n 300 --repeats 3 --memory 100,2000 --guardian
    .venv/bin/python -m bench.scaling --memory-only --memory 2000   # one memory point alone
    .venv/bin/python -m bench.scaling --n 2000 --repeats 1 --memory "" --no-cli-cluster
                                                    # a larger corpus: 1 and 2 workers only

For the same generated corpus (``bench/corpus.py``), into a fresh SQLite file each time, and
each run in a fresh Python process (``python -m bench.scaling --child ...``), as a
``newsgraph ingest`` command runs: nothing imported, loaded or cached by an earlier run;

- 1 worker: ``newsgraph.ingest(workers=1)``, the in-process path, with its pipeline built and
  warmed up just before (timed apart: ``load_s``, after importing newsgraph: ``import_s``);
- 2 workers: ``newsgraph.ingest(workers=2)``, a local Dask cluster of two worker processes
  started by the ingest; its wall time is shown with and without the start (importing Dask,
  the workers' processes starting with the spaCy pipeline, ``IngestReport.worker_start_s``: a
  forkserver builds it once and the workers are its forks, ``distributed/preload.py``);
- CLI cluster: ``dask scheduler`` and ``dask worker --nworkers 2 --nthreads 1`` started as
  processes on 127.0.0.1, the way a real cluster is started (with the environment
  docs/ingest.md advises), then ``ingest(scheduler=...)``.

The cross-article analysis runs after the articles in every run (``ingest(analyze=False)``
then ``update_analysis``, inside the timing) so its CPU seconds are known apart. The 1- and
2-worker runs alternate, so the drift of a shared machine's speed falls on both; the median
of the repeats is reported. "Start included" is the whole run in its process: importing
newsgraph, the pipeline's load or the workers' start, the ingest and the analysis. Every
store is compared table by table with the first 1-worker store (``store.compare``): the
speed-up only counts if they are identical.

On a machine that others share, wall times say little; the CPU seconds of every process
(the ingest's own, each worker's from ``getrusage`` on the worker, and of those the CPU inside
newsgraph's tasks) say how the work divides, and give the least wall time two idle cores
could do it in: ``speedup_on_two_idle_cores``, an estimate, not a measurement.

Then peak memory per worker (``VmHWM`` of each worker process) for the ``--memory`` sizes, and
with ``--guardian`` the real Guardian corpus of ``../shared/corpus/real/``.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent  # where ``python -m bench.scaling`` runs
GUARDIAN = ROOT.parent / "shared/corpus/real"


def run(
    quick: bool = False,
    n: int | None = None,
    repeats: int | None = None,
    memory: tuple[int, ...] | None = None,
    guardian: bool = False,
    memory_only: bool = False,
    cli_cluster: bool = True,
) -> dict[str, Any]:
    from bench.corpus import write_corpus  # here: a ``--child`` imports newsgraph in its timing

    n = n or (40 if quick else 300)
    repeats = repeats or (1 if quick else 3)
    memory = memory if memory is not None else (() if quick else (100,))
    with tempfile.TemporaryDirectory(prefix="newsgraph-scaling-") as tmp:
        root = Path(tmp)
        out: dict[str, Any] = {"articles": n, "repeats": repeats}
        if not memory_only:
            corpus = write_corpus(root / "corpus", n)
            out |= measure_scaling(corpus, root, repeats)
            if cli_cluster:
                out["dask_cli_cluster"] = measure_cli_cluster(corpus, root, out["reference_db"])
            print_result(out)
        out["memory"] = {}
        for size in memory:
            sub = write_corpus(root / f"memory{size}", size)
            out["memory"][size] = measure_workers([str(sub)], root / f"memory{size}.db")
            print_workers(f"{size} generated articles", out["memory"][size])
        if guardian:
            files = sorted(str(p) for p in GUARDIAN.glob("*.jsonl"))
            out["guardian"] = {
                "1 worker": measure_one(files, root / "guardian1.db"),
                "2 workers": measure_workers(files, root / "guardian2.db"),
            }
            print_guardian(out["guardian"])
            diff = _differences(root / "guardian1.db", root / "guardian2.db")
            out["guardian"]["same store"] = not diff
            print(f"  guardian: same store with 1 and 2 workers: {not diff} {diff[:3]}")
    return out


def measure_scaling(corpus: Path, root: Path, repeats: int) -> dict[str, Any]:
    one: list[dict[str, Any]] = []
    two: list[dict[str, Any]] = []
    same: list[bool] = []
    reference = root / "one0.db"
    for i in range(repeats):
        one.append(measure_one([str(corpus)], root / f"one{i}.db"))
        two.append(measure_workers([str(corpus)], root / f"two{i}.db"))
        same.append(not _differences(reference, root / f"one{i}.db"))
        same.append(not _differences(reference, root / f"two{i}.db"))
    med = statistics.median
    wall1 = med(r["wall_s"] for r in one)
    whole1 = med(r["import_s"] + r["load_s"] + r["wall_s"] for r in one)
    whole2 = med(r["import_s"] + r["wall_s"] for r in two)
    work2 = med(r["wall_s"] - r["start_s"] for r in two)
    cpu1 = med(r["cpu_s"] for r in one)
    cpu2 = med(r["client_cpu_s"] + sum(r["worker_cpu_s"].values()) for r in two)
    busiest = med(max(r["client_cpu_s"], *r["worker_cpu_s"].values()) for r in two)
    # On an idle machine of two cores the three busy processes (the writer, two workers)
    # cannot finish in less than half their CPU seconds, nor faster than the busiest one;
    # the analysis after them runs alone in the writer.
    bound2 = med(_two_core_bound(r) for r in two)
    task = [round(sum(r["worker_task_cpu_s"].values()), 2) for r in two]
    return {
        "one_worker_import_s": [r["import_s"] for r in one],
        "one_worker_load_s": [r["load_s"] for r in one],
        "one_worker_cpu_s": [r["cpu_s"] for r in one],
        "one_worker_process_cpu_s": [r["process_cpu_s"] for r in one],
        "analysis_cpu_s": [r["analysis_cpu_s"] for r in one + two],
        "two_workers_client_cpu_s": [r["client_cpu_s"] for r in two],
        "two_workers_worker_cpu_s": [list(r["worker_cpu_s"].values()) for r in two],
        "two_workers_task_cpu_s": task,
        "two_workers_idle_s": [sorted(r["worker_idle_s"].values()) for r in two],
        "two_workers_tail_s": [sorted(r["worker_tail_s"].values()) for r in two],
        "cpu_ratio": round(cpu2 / cpu1, 2),
        "speedup_if_a_core_each": round(cpu1 / busiest, 2),
        "speedup_on_two_idle_cores": round(cpu1 / bound2, 2),
        "reference_db": str(reference),
        "one_worker_wall_s": [r["wall_s"] for r in one],
        "two_workers_wall_s": [r["wall_s"] for r in two],
        "two_workers_import_s": [r["import_s"] for r in two],
        "two_workers_start_s": [r["start_s"] for r in two],
        "speedup_wall": round(whole1 / whole2, 2),
        "speedup_after_start": round(wall1 / work2, 2),
        "one_worker_command_s": [r["command_s"] for r in one],
        "two_workers_command_s": [r["command_s"] for r in two],
        "speedup_command": round(
            med(r["command_s"] for r in one) / med(r["command_s"] for r in two), 2
        ),
        "one_worker_articles_per_hour": round(one[0]["ingested"] / whole1 * 3600),
        "two_workers_articles_per_hour": round(two[0]["ingested"] / whole2 * 3600),
        "two_workers_peak_mb": max(mb for r in two for mb in r["peak_mb"].values()),
        "same_store": all(same),
        "load_average": os.getloadavg(),
    }


def _two_core_bound(r: dict[str, Any]) -> float:
    """The least wall time of a 2-worker run on two idle cores, from its CPU seconds."""
    writer = r["client_cpu_s"] - r["analysis_cpu_s"]
    workers = r["worker_cpu_s"].values()
    return max((writer + sum(workers)) / 2, writer, *workers) + r["analysis_cpu_s"]


def measure_one(paths: list[str], db: Path) -> dict[str, Any]:
    """``_one_here`` in a fresh process."""
    return _in_child("one", paths, db)


def measure_workers(paths: list[str], db: Path, scheduler: str | None = None) -> dict[str, Any]:
    """``_workers_here`` in a fresh process."""
    return _in_child("two", paths, db, scheduler)


def _in_child(
    kind: str, paths: list[str], db: Path, scheduler: str | None = None
) -> dict[str, Any]:
    """Run one measurement in a fresh Python process, as a command runs; its figures come back
    as the last line of its output. ``command_s``: the process's whole wall time."""
    cmd = [sys.executable, "-m", "bench.scaling", "--child", kind, "--db", str(db)]
    cmd += ["--scheduler", scheduler] if scheduler else []
    t = time.perf_counter()
    done = subprocess.run([*cmd, *paths], cwd=ROOT, stdout=subprocess.PIPE, text=True, check=True)
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return {**result, "command_s": round(time.perf_counter() - t, 2)}


def _one_here(paths: list[str], db: Path) -> dict[str, Any]:
    """The in-process ingest, in this (fresh) process; importing newsgraph (``import_s``) and
    loading its pipeline (``load_s``) are timed apart, as a worker's start is."""
    t = time.perf_counter()
    from newsgraph.config import load_settings
    from newsgraph.pipeline import Pipeline, ingest

    imported = time.perf_counter() - t
    t = time.perf_counter()
    pipe = Pipeline(load_settings())
    pipe.warm_up()  # as each worker's pipeline is, while it starts
    load = time.perf_counter() - t
    in_process = [0.0]  # CPU s in ``Pipeline.process``: what a worker's tasks do, bar cleaning
    process = pipe.process

    def timed(articles: list[Any]) -> Any:
        started = time.thread_time()
        try:
            return process(articles)
        finally:
            in_process[0] += time.thread_time() - started

    pipe.process = timed  # type: ignore[method-assign]
    t, cpu = time.perf_counter(), time.process_time()
    report = ingest(paths, db, pipeline=pipe, workers=1, analyze=False)
    analysis_cpu = _analyze(db)
    wall = time.perf_counter() - t
    return {
        "import_s": round(imported, 2),
        "load_s": round(load, 2),
        "wall_s": round(wall, 2),
        "cpu_s": round(time.process_time() - cpu, 2),
        "process_cpu_s": round(in_process[0], 2),
        "analysis_cpu_s": analysis_cpu,
        "ingested": report.ingested,
    }


def _analyze(db: Path) -> float:
    """The cross-article analysis that ``ingest`` runs after the articles, timed apart (CPU s):
    it runs in the one process whatever the engine."""
    from newsgraph.analyze.update import update_analysis
    from newsgraph.store import open_store

    cpu = time.process_time()
    with open_store(db) as store:
        update_analysis(store)
    return round(time.process_time() - cpu, 2)


def _workers_here(paths: list[str], db: Path, scheduler: str | None = None) -> dict[str, Any]:
    """The ingest on 2 local workers (or on ``scheduler``), in this (fresh) process: the
    writer's CPU seconds include importing Dask, as a command's do."""
    t = time.perf_counter()
    from newsgraph.pipeline import ingest

    imported = time.perf_counter() - t
    t, cpu = time.perf_counter(), time.process_time()
    report = ingest(paths, db, workers=2, scheduler=scheduler, analyze=False)
    analysis_cpu = _analyze(db)
    wall = time.perf_counter() - t
    return {
        "import_s": round(imported, 2),
        "wall_s": round(wall, 2),
        "client_cpu_s": round(time.process_time() - cpu, 2),  # writer (+ a local scheduler)
        "analysis_cpu_s": analysis_cpu,
        "worker_cpu_s": report.worker_cpu_s,
        "worker_task_cpu_s": report.worker_task_cpu_s,
        "worker_idle_s": report.worker_idle_s,
        "worker_tail_s": report.worker_tail_s,
        "start_s": report.worker_start_s or 0.0,
        "ingested": report.ingested,
        "peak_mb": report.worker_peak_mb,
    }


def measure_cli_cluster(corpus: Path, root: Path, reference: str) -> dict[str, Any]:
    """A scheduler and two single-threaded worker processes from Dask's own CLI, on loopback."""
    from newsgraph.distributed.engine import cluster_environment

    dask = str(Path(sys.executable).with_name("dask"))
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    logs = open(root / "dask-cli.log", "w")  # noqa: SIM115 - closed below
    scheduler = subprocess.Popen(
        [dask, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
        stdout=logs,
        stderr=logs,
    )
    worker = subprocess.Popen(
        [dask, "worker", address, "--nworkers", "2", "--nthreads", "1", "--no-dashboard"],
        stdout=logs,
        stderr=logs,
        env={**os.environ, **cluster_environment()},  # as docs/ingest.md advises
    )
    try:
        from distributed import Client

        with Client(address, timeout=60) as client:
            client.wait_for_workers(2, timeout=120)
        result = measure_workers([str(corpus)], root / "cli.db", scheduler=address)
        diff = _differences(Path(reference), root / "cli.db")
        return {**result, "same_store": not diff, "differences": diff[:3]}
    finally:
        for proc in (worker, scheduler):
            proc.terminate()
        for proc in (worker, scheduler):
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
        logs.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _differences(a: Path, b: Path) -> list[str]:
    from newsgraph.store.compare import store_differences

    return store_differences(a, b)


def print_result(r: dict[str, Any]) -> None:
    print(f"  {r['articles']} generated articles, median of {r['repeats']}:", flush=True)
    print(
        f"  1 worker (in-process) wall s: {r['one_worker_wall_s']} "
        f"(+ loading the pipeline {r['one_worker_load_s']}, + importing newsgraph "
        f"{r['one_worker_import_s']})"
    )
    print(
        f"  2 workers wall s: {r['two_workers_wall_s']} (of which starting the workers "
        f"{r['two_workers_start_s']}; + importing newsgraph {r['two_workers_import_s']})"
    )
    print(
        f"  speed-up in wall time: {r['speedup_wall']}x, each with its start "
        f"({r['speedup_after_start']}x once the pipeline is loaded / the workers are up)"
    )
    print(
        f"  each as a process of its own, its whole wall time: 1 worker "
        f"{r['one_worker_command_s']}, 2 workers {r['two_workers_command_s']}: "
        f"{r['speedup_command']}x"
    )
    print(
        f"  articles per hour, start included: 1 worker {r['one_worker_articles_per_hour']:,}, "
        f"2 workers {r['two_workers_articles_per_hour']:,}"
    )
    print(
        f"  CPU s: 1 worker {r['one_worker_cpu_s']} (parsing and the doc stages "
        f"{r['one_worker_process_cpu_s']}); 2 workers: the writer "
        f"{r['two_workers_client_cpu_s']}, the workers {r['two_workers_worker_cpu_s']} "
        f"(in our tasks {r['two_workers_task_cpu_s']}); 2 workers / 1 worker: {r['cpu_ratio']}x"
    )
    print(
        f"  each worker's idle wall s, from the workers up to the last task's end: "
        f"{r['two_workers_idle_s']}; of which after its own last task (the run's tail): "
        f"{r['two_workers_tail_s']}"
    )
    print(
        f"  speed-up from the CPU seconds, once the workers are up: on 2 idle cores at best "
        f"{r['speedup_on_two_idle_cores']}x; with a core per process {r['speedup_if_a_core_each']}x"
    )
    print(f"  of which the analysis after the articles, in one process: {r['analysis_cpu_s']}")
    print(f"  same store (every run, table by table): {r['same_store']}")
    c = r.get("dask_cli_cluster")
    if c:
        print(
            f"  `dask scheduler` + `dask worker --nworkers 2`: wall {c['wall_s']} s, "
            f"same store: {c['same_store']} {c['differences']}"
        )
    print(f"  load average during the runs: {r['load_average']}", flush=True)
    idlest = [max(i) for i in r["two_workers_idle_s"] if i]
    idle = statistics.median(idlest) if idlest else None
    print(
        f"  SUMMARY {r['articles']} articles: speed-up in wall time {r['speedup_wall']}x with the "
        f"start (target 1.7x), {r['speedup_after_start']}x once the workers are up; CPU s 2 "
        f"workers / 1: {r['cpu_ratio']}x; the idler worker's idle time {idle} s (median); "
        f"same store: {r['same_store']}",
        flush=True,
    )


def print_workers(label: str, r: dict[str, Any]) -> None:
    peaks = ", ".join(f"{mb:,.0f}" for mb in r["peak_mb"].values())
    print(f"  peak memory per worker, {label}: {peaks} MB (wall {r['wall_s']} s)", flush=True)
    workers = sum(r["worker_cpu_s"].values())
    tasks = sum(r["worker_task_cpu_s"].values())
    print(
        f"    CPU s: workers {workers:.2f} (in our tasks {tasks:.2f}, Dask's own "
        f"{workers - tasks:.2f}), the writer {r['client_cpu_s']:.2f} (of which the analysis "
        f"{r['analysis_cpu_s']:.2f}); {r['ingested']} articles",
        flush=True,
    )


def print_guardian(g: dict[str, Any]) -> None:
    one, two = g["1 worker"], g["2 workers"]
    whole1 = one["import_s"] + one["load_s"] + one["wall_s"]
    whole2 = two["import_s"] + two["wall_s"]
    print(
        f"  guardian: {one['ingested']} articles, start included; 1 worker {whole1:.2f} s "
        f"({one['ingested'] / whole1 * 3600:,.0f}/h), 2 workers {whole2:.2f} s "
        f"({two['ingested'] / whole2 * 3600:,.0f}/h); CPU s: 1 worker {one['cpu_s']}",
        flush=True,
    )
    print_workers("guardian", two)


def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m bench.scaling", description=__doc__)
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--memory", default="100", help="comma-separated corpus sizes, or ''")
    ap.add_argument("--guardian", action="store_true", help="also the Guardian corpus")
    ap.add_argument(
        "--memory-only",
        action="store_true",
        help="only the --memory points (each a run of 2 local workers), not the 1/2-worker runs",
    )
    ap.add_argument(
        "--no-cli-cluster",
        action="store_true",
        help="leave out the run on a cluster started with `dask scheduler` / `dask worker`",
    )
    ap.add_argument("--json", dest="json_out")
    ap.add_argument("--child", choices=("one", "two"), help=argparse.SUPPRESS)
    ap.add_argument("--db", help=argparse.SUPPRESS)
    ap.add_argument("--scheduler", help=argparse.SUPPRESS)
    ap.add_argument("paths", nargs="*", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:  # one measurement, in this fresh process (``_in_child``)
        if args.child == "one":
            result = _one_here(args.paths, Path(args.db))
        else:
            result = _workers_here(args.paths, Path(args.db), args.scheduler)
        print(json.dumps(result), flush=True)
        return
    sizes = tuple(int(x) for x in args.memory.split(",") if x)
    out = run(
        n=args.n,
        repeats=args.repeats,
        memory=sizes,
        guardian=args.guardian,
        memory_only=args.memory_only,
        cli_cluster=not args.no_cli_cluster,
    )
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(out, indent=2, default=str))


if __name__ == "__main__":
    main()
