"""Local workers start as forks of a forkserver that built the pipeline once
(``newsgraph/distributed/preload.py``), and a build that fails there still reaches the user."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsgraph.config import Settings
from newsgraph.errors import ModelError
from newsgraph.pipeline import ingest

pytestmark = [pytest.mark.model, pytest.mark.slow]


@pytest.fixture
def fresh_forkserver() -> Iterator[None]:
    """No forkserver left by another test: the next local cluster starts one (and builds)."""
    from multiprocessing import forkserver

    forkserver._forkserver._stop()  # type: ignore[attr-defined]
    yield
    forkserver._forkserver._stop()  # type: ignore[attr-defined]


def _environ(proc: Path) -> str:
    """A process's environment; empty for a moment as it starts (``exec``)."""
    deadline = time.monotonic() + 30
    while not (raw := (proc / "environ").read_bytes()) and time.monotonic() < deadline:
        time.sleep(0.05)
    return raw.decode("utf-8", "replace")


def _inherited(dask_worker: Any) -> bool:
    from newsgraph.distributed import preload
    from newsgraph.distributed.tasks import PLUGIN

    plugin = dask_worker.plugins.get(PLUGIN)
    return preload.pipeline is not None and plugin.pipeline is preload.pipeline


def test_local_workers_inherit_the_pipeline_the_forkserver_built(
    fresh_forkserver: None, settings: Settings
) -> None:
    import dask
    from distributed import Client, LocalCluster

    from newsgraph.distributed.engine import LOCAL_WORKER_CONFIG, _forkserver
    from newsgraph.distributed.tasks import PipelinePlugin

    with (
        _forkserver(settings),
        dask.config.set(LOCAL_WORKER_CONFIG),
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        assert dask.config.get("distributed.worker.multiprocessing-method") == "forkserver"
        client.register_plugin(PipelinePlugin(settings))
        assert list(client.run(_inherited).values()) == [True, True]
        # Other settings than the forkserver's: each worker builds its own, as on a cluster.
        other = settings.with_overrides(batch_size=settings.batch_size + 1)
        client.register_plugin(PipelinePlugin(other))
        assert list(client.run(_inherited).values()) == [False, False]


def test_a_model_the_forkserver_cannot_load_is_the_workers_model_error(
    fresh_forkserver: None, settings: Settings, sample_dir: Path, tmp_path: Path
) -> None:
    bad = settings.with_overrides(model="no_such_spacy_model")
    with pytest.raises(ModelError, match="E704.*no_such_spacy_model"):
        ingest([sample_dir / "articles"], tmp_path / "bad.db", settings=bad, workers=2)


def test_the_forkserver_starts_before_the_cluster_with_the_workers_environment(
    fresh_forkserver: None, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Started by the ingest first, so that its build overlaps Dask's import and the scheduler's
    start; its forks (the workers) inherit its environment, which must be the one Dask's nanny
    gives a worker before it starts (glibc and the numeric libraries read it at start)."""
    from multiprocessing import forkserver

    from newsgraph.distributed.engine import _forkserver

    proc = Path("/proc")
    if not proc.is_dir():
        pytest.skip("reads the forkserver's environment from /proc")
    for name in ("OMP_NUM_THREADS", "MALLOC_TRIM_THRESHOLD_", "PYTHONHASHSEED"):
        monkeypatch.delenv(name, raising=False)
    cheap = settings.with_overrides(model="no_such_spacy_model")  # its build fails at once
    with _forkserver(cheap):
        pid = forkserver._forkserver._forkserver_pid  # type: ignore[attr-defined]
        assert pid is not None  # running before any cluster or worker
        raw = _environ(proc / str(pid))
    env = dict(kv.split("=", 1) for kv in raw.split("\0") if "=" in kv)
    assert env["OMP_NUM_THREADS"] == "1"
    assert env["PYTHONHASHSEED"] == "6640"
    assert "MALLOC_TRIM_THRESHOLD_" not in env  # Dask's default, left out (engine.py)
