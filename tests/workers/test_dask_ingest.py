"""The ingest on a small local Dask cluster (two worker processes) against the 1-worker store.

One cluster serves the module (each worker loads the spaCy pipeline once); the runs reach it
with ``scheduler=``, the way a user reaches a real cluster. The corpus mixes the sample
articles, generated ones, containers (JSON Lines, CSV), bad inputs, an exact copy and a wire
copy, with small batches so that many batches are in flight at once.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from newsgraph.config import Settings
from newsgraph.errors import ModelError, UsageError
from newsgraph.ingest import IngestOptions
from newsgraph.pipeline import IngestReport, ingest
from newsgraph.store import open_store
from newsgraph.store.compare import store_differences

pytestmark = [pytest.mark.model, pytest.mark.slow]

DATA = Path(__file__).parent.parent / "data"
BATCH = 3


@contextmanager
def _two_workers() -> Iterator[Any]:
    """Two worker processes, set up as an ingest sets up its own (``LOCAL_WORKER_CONFIG``: less
    CPU per test). A task is given up (``KilledWorker``) at the first worker death
    it is part of (Dask's default waits for 4): the ingest's own recovery then splits it, and
    a poison article costs two worker restarts instead of eight."""
    import dask
    from distributed import Client, LocalCluster

    from newsgraph.distributed.engine import LOCAL_WORKER_CONFIG

    with (
        dask.config.set({**LOCAL_WORKER_CONFIG, "distributed.scheduler.allowed-failures": 0}),
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as c,
        Client(c) as client,
    ):
        yield c, client


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    """One cluster for the tests that kill no worker."""
    with _two_workers() as c:
        yield c


@pytest.fixture
def own_cluster() -> Iterator[Any]:
    """A cluster of its own for a test that kills workers: Dask's nanny restarts a killed
    worker, but not always (a nanny whose worker dies again while it restarts it may close,
    seen in CI), so no later test may depend on the restart."""
    with _two_workers() as c:
        yield c


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, sample_dir: Path) -> Path:
    from bench.corpus import write_corpus

    root = tmp_path_factory.mktemp("dask-corpus")
    shutil.copytree(sample_dir / "articles", root / "a_sample")
    shutil.copytree(DATA / "bad", root / "b_bad")
    shutil.copytree(DATA / "formats", root / "c_formats")
    write_corpus(root / "d_generated", 6)
    first = sorted((root / "a_sample").iterdir())[0]
    shutil.copy(first, root / "e_exact_copy.txt")  # the same text under another input id
    text = first.read_text(encoding="utf-8")
    (root / "f_wire_copy.txt").write_text(text + "\n(Reuters) Reporting by a desk.\n")
    return root


@pytest.fixture(scope="module")
def small_settings(settings: Settings) -> Settings:
    return settings.with_overrides(batch_size=BATCH)


@pytest.fixture(scope="module")
def one_worker_store(
    tmp_path_factory: pytest.TempPathFactory, corpus: Path, small_settings: Settings, pipeline: Any
) -> tuple[Path, IngestReport]:
    db = tmp_path_factory.mktemp("one") / "one.db"
    report = ingest(
        [corpus], db, settings=small_settings, pipeline=pipeline, options=IngestOptions()
    )
    return db, report


def test_cluster_store_is_the_one_worker_store(
    cluster: Any, corpus: Path, small_settings: Settings, one_worker_store: Any, tmp_path: Path
) -> None:
    one_db, one_report = one_worker_store
    db = tmp_path / "cluster.db"
    ticks: list[int] = []
    report = ingest(
        [corpus],
        db,
        settings=small_settings,
        scheduler=cluster[0].scheduler_address,
        progress=lambda n, origin: ticks.append(n),
    )
    assert report.as_dict() == one_report.as_dict()
    assert report.ingested > 12 and report.skipped and report.duplicates and report.exact_duplicates
    assert sum(ticks) == report.read  # one progress over all workers: every input counted once
    assert store_differences(one_db, db) == []
    assert len(report.worker_peak_mb) == 2
    assert all(100 < mb < 2000 for mb in report.worker_peak_mb.values())


def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(
    own_cluster: Any, corpus: Path, small_settings: Settings, one_worker_store: Any, tmp_path: Path
) -> None:
    _, client = own_cluster
    killed: list[int] = []

    def kill_one_worker(n: int, origin: str) -> None:
        if not killed:  # after the first batch is committed, others are in flight
            pid = next(iter(client.run(os.getpid).values()))
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    db = tmp_path / "killed.db"
    report = ingest(
        [corpus],
        db,
        settings=small_settings,
        scheduler=own_cluster[0].scheduler_address,
        progress=kill_one_worker,
    )
    assert killed
    assert report.as_dict() == one_worker_store[1].as_dict()
    assert store_differences(one_worker_store[0], db) == []


def test_an_article_that_kills_every_worker_is_a_failed_skip_and_the_run_goes_on(
    own_cluster: Any, sample_dir: Path, small_settings: Settings, tmp_path: Path
) -> None:
    from tests.workers.poison import MARKER, ImportPoison

    _, client = own_cluster
    client.register_plugin(ImportPoison())
    corpus = tmp_path / "corpus"
    shutil.copytree(sample_dir / "articles", corpus)
    poison = corpus / "002_poison.txt"
    poison.write_text(f"The minister said on Monday that talks would resume. {MARKER} " * 5)
    settings = small_settings.with_overrides(doc_stages=(*small_settings.doc_stages, "poison_pill"))
    db = tmp_path / "poison.db"
    report = ingest([corpus], db, settings=settings, scheduler=own_cluster[0].scheduler_address)
    assert report.read == 6 and report.ingested == 6
    assert report.stage_failures == {"parse": 1}
    assert any(
        "002_poison.txt: parse failed: the worker process died" in m for m in report.messages
    )
    with open_store(db) as s:
        parsed = {
            r[0]
            for r in s.conn.execute(
                "SELECT a.source_id FROM stage_status t JOIN articles a ON a.id = t.article_id "
                "WHERE t.stage = 'parse' AND t.status = 'ok'"
            )
        }
    assert parsed == {p.name for p in corpus.iterdir()} - {"002_poison.txt"}


def test_a_stage_that_raises_on_a_worker_is_a_recorded_skip_as_in_one_process(
    cluster: Any, sample_dir: Path, small_settings: Settings, tmp_path: Path
) -> None:
    from tests.workers.poison import RAISE_MARKER, ImportPoison

    _, client = cluster
    client.register_plugin(ImportPoison())
    corpus = tmp_path / "corpus"
    shutil.copytree(sample_dir / "articles", corpus)
    (corpus / "001_z_raises.txt").write_text(
        f"The minister said on Monday that talks would resume. {RAISE_MARKER} " * 5
    )
    stages = (*small_settings.doc_stages, "raise_on_marker")
    settings = small_settings.with_overrides(doc_stages=stages)
    one = ingest([corpus], tmp_path / "one.db", settings=settings, workers=1)
    two = ingest(
        [corpus], tmp_path / "two.db", settings=settings, scheduler=cluster[0].scheduler_address
    )
    assert two.stage_failures == {"raise_on_marker": 1} and two.ingested == 6
    assert any("001_z_raises.txt: raise_on_marker failed: ValueError" in m for m in two.messages)
    assert two.as_dict() == one.as_dict()
    assert store_differences(tmp_path / "one.db", tmp_path / "two.db") == []


def test_an_innocent_article_queued_where_a_poison_kills_is_not_blamed(
    own_cluster: Any, sample_dir: Path, small_settings: Settings, tmp_path: Path
) -> None:
    """Two poison articles in two batches, on the two workers. The first kills its worker at
    once; its batch is given up on (``allowed-failures`` 0) and tried again an article at a
    time. The second waits until another task is queued on its worker before killing it: were
    the first batch's innocent articles tried again while it runs, the first of them would be
    queued there, die with it and be blamed. Each poison is the only failed article."""
    from tests.workers.poison import MARKER, WAITING_MARKER, ImportPoison

    _, client = own_cluster
    client.register_plugin(ImportPoison())
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for src in sorted((sample_dir / "articles").iterdir())[:4]:
        shutil.copy(src, corpus / src.name)
    # in input order: batch 1 = two sample articles + poison 1, batch 2 = poison 2 + two more
    (corpus / "001_z_poison.txt").write_text(
        f"The minister said on Monday that talks would resume. {MARKER} " * 5
    )
    (corpus / "001_zz_waits.txt").write_text(
        f"Rebels shelled the northern town on Friday, the army said. {WAITING_MARKER} " * 5
    )
    stages = (*small_settings.doc_stages, "poison_pill", "poison_waits")
    settings = small_settings.with_overrides(doc_stages=stages)
    db = tmp_path / "two-poisons.db"
    report = ingest([corpus], db, settings=settings, scheduler=own_cluster[0].scheduler_address)
    assert report.read == 6 and report.ingested == 6
    assert report.stage_failures == {"parse": 2}
    failed = [m for m in report.messages if "parse failed" in m]
    assert len(failed) == 2
    assert all("while it ran alone on the cluster" in m for m in failed)
    with open_store(db) as s:
        rows = s.conn.execute(
            "SELECT a.source_id, t.status FROM stage_status t JOIN articles a "
            "ON a.id = t.article_id WHERE t.stage = 'parse'"
        ).fetchall()
    assert sorted(map(tuple, rows)) == sorted(  # every article once: parsed, or failed if a poison
        (p.name, "failed" if "_z" in p.name else "ok") for p in corpus.iterdir()
    )


def test_ctrl_c_leaves_whole_batches_and_a_rerun_finishes(
    cluster: Any, corpus: Path, small_settings: Settings, one_worker_store: Any, tmp_path: Path
) -> None:
    db = tmp_path / "interrupted.db"

    def interrupt(n: int, origin: str) -> None:
        raise KeyboardInterrupt

    address = cluster[0].scheduler_address
    with pytest.raises(KeyboardInterrupt):
        ingest([corpus], db, settings=small_settings, scheduler=address, progress=interrupt)
    with open_store(db) as s:
        (stored,) = s.conn.execute("SELECT count(*) FROM articles").fetchone()
        (unparsed,) = s.conn.execute(
            "SELECT count(*) FROM articles a WHERE NOT EXISTS "
            "(SELECT 1 FROM stage_status t WHERE t.article_id = a.id AND t.stage = 'parse')"
        ).fetchone()
    assert 0 < stored <= BATCH and unparsed == 0  # the first batch, whole
    ingest([corpus], db, settings=small_settings, scheduler=address)

    def ids(path: Path) -> list[str]:
        with open_store(path) as s:
            return [r[0] for r in s.conn.execute("SELECT id FROM articles ORDER BY id")]

    assert ids(db) == ids(one_worker_store[0])


def test_a_worker_without_the_model_stops_the_run_before_any_work(
    cluster: Any, corpus: Path, small_settings: Settings, tmp_path: Path
) -> None:
    bad = small_settings.with_overrides(model="no_such_spacy_model")
    db = tmp_path / "nomodel.db"
    with pytest.raises(ModelError, match="E704.*no_such_spacy_model"):
        ingest([corpus], db, settings=bad, scheduler=cluster[0].scheduler_address)
    with open_store(db) as s:
        assert tuple(s.conn.execute("SELECT count(*) FROM articles").fetchone()) == (0,)


def test_a_scheduler_that_does_not_answer_is_a_usage_error(
    corpus: Path, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsgraph.distributed import engine

    monkeypatch.setattr(engine, "CONNECT_TIMEOUT_S", 2)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nobody listens there
    with pytest.raises(UsageError, match="E702 no Dask scheduler answers"):
        ingest([corpus], tmp_path / "x.db", settings=settings, scheduler=f"tcp://127.0.0.1:{port}")


def test_cli_workers_2_builds_the_same_store(
    sample_dir: Path, sample_db: Path, tmp_path: Path
) -> None:
    """The real command with its own local cluster of two workers, against the 1-worker store."""
    import subprocess
    import sys

    db = tmp_path / "cli.db"
    exe = str(Path(sys.executable).with_name("newsgraph"))
    cmd = [exe, "--db", str(db), "ingest", "--workers", "2"]
    cmd += ["--manifest", str(sample_dir / "manifest.csv"), str(sample_dir / "articles")]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert "2 Dask workers, peak memory per worker" in done.stderr
    assert store_differences(sample_db, db) == []
