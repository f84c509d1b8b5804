"""The one place where stages are wired together.

    inputs --read--> RawDoc --clean--> Article --dedup--> --parse--> Parsed --doc stages--> store

Every stage works on a batch. A batch is written in one transaction, so a crash loses at
most the batch in flight and never leaves half an article. Re-ingesting skips articles whose
content hash is already stored before any parsing is done.
"""

from __future__ import annotations

import gc
import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from newsgraph.clean import CleanStage
from newsgraph.clean.dedup import Deduplicator
from newsgraph.concurrency import classify_late, drop_stored_meanwhile
from newsgraph.config import Settings, load_settings
from newsgraph.extract.docview import DocView
from newsgraph.faults import kill_point
from newsgraph.ingest import IngestOptions, read_inputs
from newsgraph.parse import ParseStage
from newsgraph.registry import build_stage
from newsgraph.store import Store, open_store
from newsgraph.types import Article, Parsed, RawDoc, Skip

Progress = Callable[[int, str], None]  # (articles done in this batch, origin of the last)

log = logging.getLogger(__name__)


MAX_MESSAGES = 1000  # per-input lines kept in a report; the store's skips table has them all


@dataclass
class IngestReport:
    """What an ingest did with every input it read."""

    read: int = 0  # documents read (files, records), including the ones skipped
    ingested: int = 0  # new articles stored
    unchanged: int = 0  # already in the store (same content hash, same input)
    duplicates: int = 0  # stored but linked to an original (near copy or wire copy)
    exact_duplicates: int = 0  # same text as an article already stored under another input id
    skipped: Counter[str] = field(default_factory=Counter)  # reason -> count (read/clean)
    stage_failures: Counter[str] = field(default_factory=Counter)  # stage -> articles it failed
    messages: list[str] = field(default_factory=list)  # one line per skipped input (capped)
    more_messages: int = 0  # lines left out of ``messages`` past MAX_MESSAGES
    analysis: Any = None  # the AnalysisReport of the update that followed, if any
    worker_peak_mb: dict[str, float] = field(default_factory=dict)  # Dask worker -> peak RSS
    worker_start_s: float | None = None  # Dask: seconds until every worker had its pipeline
    worker_cpu_s: dict[str, float] = field(default_factory=dict)  # Dask worker -> CPU s of the run
    worker_task_cpu_s: dict[str, float] = field(default_factory=dict)  # of it, in our tasks
    worker_idle_s: dict[str, float] = field(default_factory=dict)  # in the run, in no task
    worker_tail_s: dict[str, float] = field(default_factory=dict)  # of it, after its last task

    @property
    def failed(self) -> int:
        """Inputs that did not become an article, plus articles a stage failed on."""
        return sum(self.skipped.values()) + sum(self.stage_failures.values())

    def add_message(self, line: str) -> None:
        if len(self.messages) < MAX_MESSAGES:
            self.messages.append(line)
        else:
            self.more_messages += 1

    def as_dict(self) -> dict[str, Any]:
        return {
            "read": self.read,
            "ingested": self.ingested,
            "unchanged": self.unchanged,
            "duplicates": self.duplicates,
            "exact_duplicates": self.exact_duplicates,
            "skipped": dict(self.skipped),
            "stage_failures": dict(self.stage_failures),
        }


_WARM_UP_TEXT = (
    "The foreign minister met his counterpart in the capital on Monday, officials said. "
    '"We agreed to continue the talks," he told reporters after the meeting. '
    # A name no knowledge base holds: the actor resolver loads its place names for it.
    "Maria Kowalczyk, who heads the Northfield Farmers Union, disagreed."
)


class Pipeline:
    """The stages, built once from the settings."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.clean = CleanStage(settings)
        self.parse = ParseStage(settings)
        # Kept with the pipeline: its cache of stored articles' shingles (keyed by content
        # hash, valid in any store) then serves every ``ingest`` call that reuses the pipeline.
        self.dedup = Deduplicator(settings)
        self.doc_stages = [(n, build_stage(n, settings)) for n in settings.doc_stages]

    def warm_up(self) -> None:
        """Run one short document through every stage, so that the stages that load their data
        on their first batch (gazetteer, knowledge base) do it now (a Dask worker, as it starts)."""
        raw = RawDoc("warm-up", "<warm-up>", "text", _WARM_UP_TEXT)
        self.process([a for a in self.clean([raw]) if isinstance(a, Article)])

    def process(self, articles: list[Article]) -> tuple[list[Parsed], list[Skip]]:
        """Parse and extract a batch of articles (no store access: safe to run on a worker)."""
        skips: list[Skip] = [
            Skip(
                a.origin,
                "parse:text",
                f"text of {len(a.text):,} characters: only the first "
                f"{self.settings.max_chars:,} were parsed (setting max_chars)",
                article_id=a.id,
                source_id=a.source_id,
            )
            for a in articles
            if len(a.text) > self.settings.max_chars
        ]
        parsed: list[Parsed] = []
        for item in self.parse(articles):
            (skips if isinstance(item, Skip) else parsed).append(item)  # type: ignore[arg-type]
        for name, stage in self.doc_stages:
            parsed = _run_doc_stage(name, stage, parsed, skips)
        for p in parsed:
            DocView.drop(p.doc)  # the stages' shared token columns: not needed past here
        return parsed, skips


def _run_doc_stage(
    name: str, stage: Callable[[list[Any]], list[Any]], batch: list[Parsed], skips: list[Skip]
) -> list[Parsed]:
    """Run one doc stage; a document it fails on keeps going without that stage's facts."""
    try:
        out = stage(batch)
    except Exception:  # noqa: BLE001 - isolate the failing document
        out = []
        for p in batch:
            try:
                out.extend(stage([p]))
            except Exception as exc:  # noqa: BLE001 - recorded, never silent
                log.debug("stage %s failed on %s", name, p.article.origin, exc_info=True)
                skips.append(
                    Skip(
                        p.article.origin,
                        name,
                        f"{type(exc).__name__}: {exc}",
                        article_id=p.article.id,
                        source_id=p.article.source_id,
                        status="failed",
                    )
                )
                out.append(p)
    kept: list[Parsed] = []
    for item in out:
        if isinstance(item, Skip):
            skips.append(item)
        else:
            kept.append(item)
    by_id = {p.article.id for p in kept}
    # A stage that skipped a document must not drop it from the later stages.
    kept += [p for p in batch if p.article.id not in by_id]
    return kept


def ingest(
    paths: Iterable[str | Path],
    store: Store | str | Path | None = None,
    *,
    settings: Settings | None = None,
    options: IngestOptions | None = None,
    pipeline: Pipeline | None = None,
    progress: Progress | None = None,
    analyze: bool = True,
    workers: int | None = 1,
    scheduler: str | None = None,
) -> IngestReport:
    """Read, clean, parse, extract and store every input under ``paths``.

    ``paths``: files, folders (read recursively) or ``"-"`` for stdin; formats are detected
    (see ``newsgraph.ingest``). ``store`` is a ``Store`` or a database path (default: the
    settings' ``db``); a path is opened and closed here, a ``Store`` is left open.
    ``options`` fills metadata the inputs lack (``IngestOptions(outlet=..., published=...)``).
    ``pipeline`` reuses stages already built (the spaCy model loads once). ``progress`` is
    called after each batch with the number of documents read and the origin of the last.
    ``analyze`` brings the cross-outlet analysis (canonical events, contradictions) up to date
    afterwards, incrementally: only the new articles' event reports are clustered.
    ``workers``: 1 (the default) runs everything in this process; N > 1 runs the per-article
    work on N local Dask worker processes; None picks the machine's cores, or this process
    when the input is small (see ``newsgraph.distributed.choose_workers``). ``scheduler``
    (``"tcp://host:8786"``) runs it on an existing Dask cluster instead. The store is the
    same whichever runs it (docs/ingest.md, "Workers").
    Returns an ``IngestReport``; every input is also accounted for in the store (an article,
    or a row in ``skips`` with its reason). Bad input never raises.

        import newsgraph
        with newsgraph.open_store("news.db") as store:
            report = newsgraph.ingest(["articles/"], store=store, workers=2)
        print(report.as_dict())
    """
    from newsgraph.distributed import choose_workers

    settings = settings or load_settings()
    own_store = not isinstance(store, Store)
    db = store if isinstance(store, Store) else open_store(store or settings.db)
    options = options or IngestOptions()
    db_file = str(db.path)  # never read the database being written (ingest . --db ./news.db)
    options = replace(
        options,
        exclude=(
            *options.exclude,
            db_file,
            f"{db_file}-wal",
            f"{db_file}-shm",
            f"{db_file}-journal",
        ),
    )
    report = IngestReport()
    inputs = [str(p) for p in paths]
    try:
        n = choose_workers(inputs, options, workers, scheduler)
        if n == 1 and scheduler is None:
            pipe = pipeline or Pipeline(settings)
            _ingest_here(
                read_inputs(inputs, options), db, pipe, report, settings.batch_size, progress
            )
        else:
            from newsgraph.distributed.engine import ingest_on_dask

            dedup = pipeline.dedup if pipeline else Deduplicator(settings)
            ingest_on_dask(inputs, db, settings, options, report, dedup, progress, n, scheduler)
        if analyze:
            from newsgraph.analyze.update import analysis_pending, update_analysis

            # Also when nothing is new: a run killed before its analysis left reports unseen.
            if report.ingested or analysis_pending(db):
                report.analysis = update_analysis(db)
    finally:
        if own_store:
            db.close()
    return report


def ingest_documents(
    docs: Iterable[RawDoc | Skip],
    store: Store,
    *,
    settings: Settings | None = None,
    pipeline: Pipeline | None = None,
    analyze: bool = True,
) -> IngestReport:
    """``ingest`` for documents already read (``RawDoc`` or ``Skip``), e.g. the feed items
    ``newsgraph watch`` fetched: the same batches, checks and transactions, in this process."""
    settings = settings or load_settings()
    report = IngestReport()
    pipe = pipeline or Pipeline(settings)
    _ingest_here(iter(docs), store, pipe, report, settings.batch_size)
    if analyze and report.ingested:
        from newsgraph.analyze.update import update_analysis

        report.analysis = update_analysis(store)
    return report


def _ingest_here(
    docs: Iterator[RawDoc | Skip],
    db: Store,
    pipe: Pipeline,
    report: IngestReport,
    batch_size: int,
    progress: Callable[[int, str], None] | None = None,
) -> None:
    """Every batch in this process: cleaned, its fresh articles parsed, committed."""
    for batch in _batched(docs, batch_size):
        cleaned = clean_batch(batch, pipe.clean)
        fresh = select_fresh(cleaned, db.existing_ids([a.id for a in _articles(cleaned)]))
        commit_batch(cleaned, pipe.process(fresh), db, pipe.dedup, report)
        if fresh:
            freeze_long_lived()  # the stages have loaded their data on this first batch
        if progress:
            progress(len(batch), batch[-1].origin)


_frozen = False


def freeze_long_lived() -> None:
    """Once per process, in an ingest that runs here, once the stages have loaded their data:
    move every object alive now (the spaCy model, the knowledge base, the gazetteer, the
    stages' caches: some 600,000 objects) into the garbage collector's permanent generation
    (``gc.freeze``), so that its full collections stop walking them again and again while
    articles are processed (0.3 CPU s per full collection, about one per 300 articles).
    Objects are still freed when their last reference goes; only a cycle among frozen objects
    would stay. Not done in the forkserver that local Dask workers fork from: measured there
    (``bench.scaling``, 300 articles), the workers then spent 25% more CPU in their tasks."""
    global _frozen
    if not _frozen:
        gc.freeze()
        _frozen = True


# A batch goes through three steps, in this order whatever the engine: ``clean_batch`` and
# ``Pipeline.process`` (per article: in this process, or on a Dask worker) and ``commit_batch``
# (the one writer). The articles ``process`` gets are chosen by ``select_fresh`` before the
# batch is committed, so the same batches reach spaCy in every engine and the store is
# identical, ids included.


def clean_batch(batch: list[RawDoc | Skip], clean: CleanStage) -> list[Article | Skip]:
    """Each document of ``batch`` cleaned into an Article or a Skip, in the batch's order."""
    raws = iter(clean([b for b in batch if isinstance(b, RawDoc)]))
    return [b if isinstance(b, Skip) else next(raws) for b in batch]


def select_fresh(cleaned: list[Article | Skip], known: set[str]) -> list[Article]:
    """The articles of a batch worth parsing: not stored (``known``), not earlier in the batch.

    ``known`` must hold every article id stored or committed before this batch, so that
    ``commit_batch`` keeps exactly these articles.
    """
    fresh: list[Article] = []
    seen: set[str] = set()
    for a in _articles(cleaned):
        if a.id not in known and a.id not in seen:
            seen.add(a.id)
            fresh.append(a)
    return fresh


def commit_batch(
    cleaned: list[Article | Skip],
    processed: tuple[list[Parsed], list[Skip]],
    db: Store,
    dedup: Deduplicator,
    report: IngestReport,
) -> None:
    """Write one batch in one transaction: exact duplicates and near copies are settled here,
    against everything committed before, then the articles and their facts are stored.

    ``processed`` is ``Pipeline.process`` of ``select_fresh(cleaned, ...)``; its Docs may be gone
    (a worker sends back facts only).
    """
    report.read += len(cleaned)
    skips = [c for c in cleaned if isinstance(c, Skip)]
    articles = _articles(cleaned)
    known = db.existing_ids([a.id for a in articles])
    fresh: list[Article] = []
    seen: dict[str, Article] = {}
    for a in articles:
        first = seen.get(a.id)
        if a.id in known or first is not None:
            original = first.source_id if first else a.id
            if first is None and db.input_known(a.id, a.source_id, a.origin):
                report.unchanged += 1
                continue
            report.exact_duplicates += 1
            skips.append(
                Skip(
                    a.origin,
                    "dedup",
                    f"exact duplicate of article {a.id} ({original})",
                    article_id=a.id,
                    source_id=a.source_id,
                    status="duplicate",
                )
            )
            continue
        seen[a.id] = a
        fresh.append(a)

    fresh = dedup.link(fresh, db)
    linked = {a.id: a for a in fresh}
    parsed = [
        replace(p, article=linked[p.article.id]) for p in processed[0] if p.article.id in linked
    ]
    stage_skips = [s for s in processed[1] if s.article_id in linked]
    done = {p.article.id for p in parsed} | {s.article_id for s in stage_skips}
    stage_skips += [  # not sent to ``process`` (a bug in choosing ``select_fresh``'s known)
        Skip(a.origin, "parse", "not parsed", a.id, a.source_id, status="failed")
        for a in fresh
        if a.id not in done
    ]
    skips += stage_skips
    failed_parse = {s.article_id for s in stage_skips if s.stage == "parse"}
    kill_point("parse")

    with db.transaction():
        fresh, parsed, skips, late = drop_stored_meanwhile(db, fresh, parsed, skips)
        stored_before, copies = classify_late(db, late)  # stored by another ingest meanwhile
        report.unchanged += stored_before
        report.exact_duplicates += len(copies)
        skips += copies
        statuses: list[tuple[str, str, str, str | None]] = []
        for a in fresh:
            db.insert_article(a, dedup.signature(a))
            statuses.append((a.id, "clean", "ok", None))
            if a.id not in failed_parse:
                statuses.append((a.id, "parse", "ok", None))
        for p in parsed:
            db.write_facts(p)
            statuses += [(p.article.id, name, "ok", None) for name in p.facts]
        db.set_statuses(statuses)
        for s in skips:
            db.record_skip(s)
        kill_point("commit")
    report.ingested += len(fresh)
    report.duplicates += sum(1 for a in fresh if a.duplicate_of)
    for s in skips:
        if s.status != "duplicate" and s.stage in ("read", "clean"):
            report.skipped[s.reason.split(":")[0]] += 1
            report.add_message(f"{s.origin}: {s.reason}")
        elif s.status == "failed":
            report.stage_failures[s.stage] += 1
            report.add_message(f"{s.origin}: {s.stage} failed: {s.reason}")


def _articles(cleaned: list[Article | Skip]) -> list[Article]:
    return [c for c in cleaned if isinstance(c, Article)]


def _batched(items: Iterator[RawDoc | Skip], size: int) -> Iterator[list[RawDoc | Skip]]:
    batch: list[RawDoc | Skip] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
