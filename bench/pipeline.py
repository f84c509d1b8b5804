"""Throughput and memory of the whole ingest pipeline against a bare spaCy ``nlp.pipe``.

    .venv/bin/python -m bench pipeline            # 2,000 generated articles
    .venv/bin/python -m bench pipeline --quick    # 100 articles: a smoke test
    .venv/bin/python -m bench.pipeline --n 500 --repeats 3

In ONE process, over the same cleaned texts of a generated corpus (``bench/corpus.py``):

- bare: ``nlp.pipe`` of the plain spaCy model (what a user would run by hand);
- spacy+: ``nlp.pipe`` of the pipeline newsgraph builds (the model plus the spaCy components
  other stages add, e.g. entity rulers);
- full: ``newsgraph.ingest`` of the corpus folder into a fresh SQLite file (read, clean, dedup,
  parse, every doc stage, store), with where its time goes.

Times are CPU seconds of this process (``time.process_time``), so that other work on the
machine does not distort the ratio; the full ingest's wall time is printed too. Model loading
is outside every timing. Then peak RSS of a fresh ``newsgraph ingest`` process
for a small and a large corpus (``os.wait4`` gives each child's own ``ru_maxrss``): memory
must not grow with the corpus.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bench.corpus import write_corpus


def run(
    quick: bool = False,
    n: int | None = None,
    repeats: int | None = None,
    rss_sizes: tuple[int, int] | None = None,
) -> dict[str, Any]:
    n = n or (40 if quick else 2000)
    repeats = repeats or (2 if quick else 1)
    rss_sizes = rss_sizes or ((20, 80) if quick else (100, 2000))
    with tempfile.TemporaryDirectory(prefix="newsgraph-bench-") as tmp:
        corpus = write_corpus(Path(tmp) / "corpus", max(n, rss_sizes[1]))
        speed = measure_speed(corpus, n, repeats, Path(tmp))
        print_speed(speed)
        try:
            memory = measure_memory(corpus, rss_sizes, Path(tmp))
        except RuntimeError as exc:
            print(f"  memory: not measured: {exc}", flush=True)
            return speed
    print_memory(memory)
    return {**speed, **memory}


# ------------------------------------------------------------------ speed


CHUNK = 100  # articles per interleaved slice (see ``measure_speed``)


def measure_speed(corpus: Path, n: int, repeats: int, tmp: Path) -> dict[str, Any]:
    """Bare spaCy, newsgraph's spaCy and the full ingest, interleaved slice by slice.

    The CPU speed of a shared machine drifts by 20% and more within minutes. Timing all of
    bare spaCy and then all of the ingest would put that drift into the ratio; so the corpus
    is cut into slices of ``CHUNK`` articles, and for each slice the three are timed one after
    the other on the same texts (the ingest of a slice goes into the same store as the slices
    before it: dedup and the facts see the whole corpus). The cross-outlet analysis runs once
    at the end, as ``ingest`` does, and is counted in the full ingest.
    """
    from newsgraph.config import load_settings
    from newsgraph.ingest import IngestOptions, read_inputs
    from newsgraph.parse.nlp import load_spacy_pipeline
    from newsgraph.pipeline import Pipeline, ingest
    from newsgraph.types import Article, RawDoc

    settings = load_settings()
    files = sorted(corpus.iterdir())[:n]
    slices = [
        _subset(files[i : i + CHUNK], tmp / f"speed{n}" / f"{i:06d}")
        for i in range(0, len(files), CHUNK)
    ]
    t = time.perf_counter()
    pipe = Pipeline(settings)
    load_pipeline_s = time.perf_counter() - t
    plain = load_spacy_pipeline(settings.model)
    texts_of: list[list[str]] = []
    for folder in slices:
        raws = [r for r in read_inputs([str(folder)], IngestOptions()) if isinstance(r, RawDoc)]
        texts_of.append([a.text for a in pipe.clean(raws) if isinstance(a, Article)])
    texts = [t for chunk in texts_of for t in chunk]
    ours = pipe.parse.nlp
    list(plain.pipe(texts[:32]))  # warm-up both
    list(ours.pipe(texts[:32]))
    # The doc stages load their data (gazetteer, knowledge base) lazily on their first batch:
    # like the model, that one-time load is timed apart, not inside the per-article figures.
    raws = [r for r in read_inputs([str(slices[0])], IngestOptions()) if isinstance(r, RawDoc)]
    t = time.process_time()
    pipe.process([a for a in pipe.clean(raws) if isinstance(a, Article)][: settings.batch_size])
    stage_data_load_s = time.process_time() - t

    def spacy_pass(nlp: Any, chunk: list[str]) -> float:
        t = time.process_time()
        for _ in nlp.pipe(chunk, batch_size=settings.batch_size):
            pass
        return time.process_time() - t

    bare_s, plus_s, full_s, wall_s = [], [], [], []
    parts: dict[str, list[float]] = defaultdict(list)
    for i in range(repeats):
        db = tmp / f"bench{i}.db"
        bare = plus = full = wall = 0.0
        ingested = 0
        with _stage_timers(pipe) as spent:
            for folder, chunk in zip(slices, texts_of, strict=True):
                bare += spacy_pass(plain, chunk)
                plus += spacy_pass(ours, chunk)
                t, w = time.process_time(), time.perf_counter()
                report = ingest([str(folder)], db, settings=settings, pipeline=pipe, analyze=False)
                full += time.process_time() - t
                wall += time.perf_counter() - w
                ingested += report.ingested
            t, w = time.process_time(), time.perf_counter()
            spent["analysis update"] = _analyse(db)
            full += time.process_time() - t
            wall += time.perf_counter() - w
        bare_s.append(bare)
        plus_s.append(plus)
        full_s.append(full)
        wall_s.append(wall)
        for k, v in spent.items():
            parts[k].append(v)
        assert ingested == len(texts), (ingested, len(texts))
    full = statistics.median(full_s)
    breakdown = {k: round(statistics.median(v), 3) for k, v in parts.items()}
    breakdown["other (read, loop, commit)"] = round(full - sum(breakdown.values()), 3)
    ratios = [f / b for f, b in zip(full_s, bare_s, strict=True)]
    return {
        "articles": len(texts),
        "chars": sum(len(t) for t in texts),
        "repeats": repeats,
        "slice": CHUNK,
        "model": settings.model,
        "doc_stages": list(settings.doc_stages),
        "load_pipeline_s": round(load_pipeline_s, 2),
        "stage_data_load_cpu_s": round(stage_data_load_s, 2),
        "bare_nlp_pipe_s": round(statistics.median(bare_s), 3),
        "newsgraph_nlp_pipe_s": round(statistics.median(plus_s), 3),
        "full_ingest_s": round(full, 3),
        "full_ingest_wall_s": round(statistics.median(wall_s), 3),
        "ratio_full_vs_bare": round(statistics.median(ratios), 2),
        "ratios_full_vs_bare": [round(r, 3) for r in ratios],
        "ratio_full_vs_newsgraph_nlp": round(
            statistics.median(f / p for f, p in zip(full_s, plus_s, strict=True)), 2
        ),
        "articles_per_s": round(len(texts) / full, 1),
        "bare_articles_per_s": round(len(texts) / statistics.median(bare_s), 1),
        "breakdown_s": dict(sorted(breakdown.items(), key=lambda kv: -kv[1])),
    }


@contextmanager
def _stage_timers(pipe: Any) -> Iterator[dict[str, float]]:
    """Time each stage of ``pipe`` and the dedup/store calls during one ingest, then undo."""
    from newsgraph.clean.dedup import Deduplicator
    from newsgraph.store import Store

    spent: dict[str, float] = defaultdict(float)

    def timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            t = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] += time.process_time() - t

        return call

    saved = (pipe.clean, pipe.parse, list(pipe.doc_stages))
    patched = [
        (Deduplicator, "link"),
        (Store, "insert_article"),
        (Store, "write_facts"),
        (Store, "record_skip"),
        (Store, "set_status"),
        (Store, "set_statuses"),
    ]
    originals: list[tuple[Any, str, Any]] = [(c, a, getattr(c, a)) for c, a in patched]
    pipe.clean = timed("clean", pipe.clean)
    pipe.parse = timed("parse (nlp.pipe)", pipe.parse)
    pipe.doc_stages = [(name, timed(f"stage {name}", st)) for name, st in pipe.doc_stages]
    for cls, attr, fn in originals:
        label = "dedup" if attr == "link" else "store writes"
        setattr(cls, attr, timed(label, fn))
    try:
        yield spent
    finally:
        pipe.clean, pipe.parse, pipe.doc_stages = saved
        for cls, attr, fn in originals:
            setattr(cls, attr, fn)


# ------------------------------------------------------------------ memory


def measure_memory(corpus: Path, sizes: tuple[int, int], tmp: Path) -> dict[str, Any]:
    """Peak RSS (MiB) of a fresh ``newsgraph ingest`` process per corpus size."""
    out: dict[str, Any] = {}
    for size in sizes:
        folder = _subset(sorted(corpus.iterdir())[:size], tmp / f"rss{size}")
        db = tmp / f"rss{size}.db"
        proc = subprocess.Popen(
            [sys.executable, "-m", "bench.pipeline", "--child", str(folder), str(db)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        t = time.perf_counter()
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - t
        err = proc.stderr.read().decode() if proc.stderr else ""
        said = proc.stdout.read().decode() if proc.stdout else ""
        if proc.returncode != 0:
            raise RuntimeError(f"ingest of {size} articles failed: {err[-2000:]}")
        out[f"peak_rss_mib_{size}"] = round(usage.ru_maxrss / 1024, 1)  # Linux: KiB
        child = json.loads(said.strip().splitlines()[-1])
        out[f"rss_after_load_mib_{size}"] = child["rss_after_load_mib"]
        out[f"rss_at_end_mib_{size}"] = child["rss_at_end_mib"]
        out[f"process_s_{size}"] = round(seconds, 1)
        out[f"process_cpu_s_{size}"] = round(usage.ru_utime + usage.ru_stime, 1)
    small, large = sizes
    out["rss_growth_mib"] = round(out[f"peak_rss_mib_{large}"] - out[f"peak_rss_mib_{small}"], 1)
    return out


def _analyse(db: Path | str) -> float:
    """CPU seconds of the cross-outlet analysis that ``ingest`` runs after the batches (run
    here on its own so that a failure in it does not lose the other figures)."""
    from newsgraph.store import open_store

    t = time.process_time()
    try:
        from newsgraph.analyze.update import update_analysis

        with open_store(db) as store:
            update_analysis(store)
    except Exception as exc:  # noqa: BLE001 - another helper's work in progress
        print(f"  (analysis update failed, not counted: {type(exc).__name__}: {exc})")
        return 0.0
    return time.process_time() - t


def child_ingest(folder: str, db: str) -> None:
    """The measured process: load the pipeline, ingest ``folder``, say its RSS (MiB)."""
    from newsgraph.config import load_settings
    from newsgraph.pipeline import Pipeline, ingest

    settings = load_settings()
    pipe = Pipeline(settings)
    after_load = _rss_mib()
    ingest([folder], db, settings=settings, pipeline=pipe, analyze=False)
    _analyse(db)
    print(json.dumps({"rss_after_load_mib": after_load, "rss_at_end_mib": _rss_mib()}))


def _rss_mib() -> float:
    with open("/proc/self/statm") as fh:
        pages = int(fh.read().split()[1])
    return round(pages * os.sysconf("SC_PAGE_SIZE") / 2**20, 1)


def _subset(files: list[Path], dest: Path) -> Path:
    """A folder with ``files`` (hard links where possible)."""
    dest.mkdir(parents=True, exist_ok=True)
    for f in files:
        try:
            os.link(f, dest / f.name)
        except OSError:
            shutil.copy(f, dest / f.name)
    return dest


# ------------------------------------------------------------------ report


def print_speed(r: dict[str, Any]) -> None:
    print(
        f"  corpus: {r['articles']} generated articles, {r['chars']:,} chars; model "
        f"{r['model']}; doc stages: {', '.join(r['doc_stages'])}; median of {r['repeats']}; "
        f"interleaved in slices of {r['slice']}"
    )
    print(
        f"  one-time loads (outside the timings): pipeline {r['load_pipeline_s']:.1f} s wall, "
        f"stage data (gazetteer, KB) {r['stage_data_load_cpu_s']:.1f} CPU s"
    )
    print("  CPU seconds:")
    print(
        f"  bare nlp.pipe (plain model)        {r['bare_nlp_pipe_s']:8.2f} s  "
        f"{r['bare_articles_per_s']:7.1f} articles/s"
    )
    print(f"  nlp.pipe with newsgraph components {r['newsgraph_nlp_pipe_s']:8.2f} s")
    print(
        f"  full ingest into fresh SQLite      {r['full_ingest_s']:8.2f} s  "
        f"{r['articles_per_s']:7.1f} articles/s  (wall {r['full_ingest_wall_s']:.2f} s)"
    )
    each = ", ".join(f"{x:.2f}" for x in r["ratios_full_vs_bare"])
    print(
        f"  ratio full / bare nlp.pipe         {r['ratio_full_vs_bare']:8.2f}   (target <= 1.3; "
        f"each run: {each})"
    )
    print(f"  ratio full / newsgraph nlp.pipe    {r['ratio_full_vs_newsgraph_nlp']:8.2f}")
    print("  where the full ingest's time goes:")
    for name, s in r["breakdown_s"].items():
        print(f"    {name:<34} {s:8.2f} s  {100 * s / r['full_ingest_s']:5.1f}%")
    sys.stdout.flush()


def print_memory(r: dict[str, Any]) -> None:
    sizes = sorted(int(k.rsplit("_", 1)[1]) for k in r if k.startswith("peak_rss_mib_"))
    for size in sizes:
        print(
            f"  peak RSS, ingest of {size:>5} articles in a fresh process: "
            f"{r[f'peak_rss_mib_{size}']:7.1f} MiB (after model load "
            f"{r[f'rss_after_load_mib_{size}']:.1f}, at the end "
            f"{r[f'rss_at_end_mib_{size}']:.1f}; {r[f'process_cpu_s_{size}']:.1f} CPU s, "
            f"{r[f'process_s_{size}']:.1f} s wall)"
        )
    print(
        f"  RSS growth {sizes[0]} -> {sizes[-1]} articles: {r['rss_growth_mib']:+.1f} MiB",
        flush=True,
    )


def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m bench.pipeline")
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--n", type=int, default=None, help="articles for the speed run")
    ap.add_argument("--repeats", type=int, default=None)
    ap.add_argument("--rss", type=int, nargs=2, default=None, metavar=("SMALL", "LARGE"))
    ap.add_argument("--child", nargs=2, metavar=("FOLDER", "DB"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child_ingest(*args.child)
        return
    run(args.quick, args.n, args.repeats, tuple(args.rss) if args.rss else None)


if __name__ == "__main__":
    main()
