"""The Dask settings of the local workers, and the same as a cluster's environment."""

from __future__ import annotations

import copy

import dask.config

from newsgraph.distributed.engine import LOCAL_WORKER_CONFIG, cluster_environment


def test_cluster_environment_gives_dask_the_local_worker_config() -> None:
    import distributed  # noqa: F401 - its defaults join dask.config

    cfg: dict = {}
    dask.config.update(cfg, copy.deepcopy(dask.config.config))
    dask.config.update(cfg, dask.config.collect_env(cluster_environment()))
    for key, value in LOCAL_WORKER_CONFIG.items():
        assert dask.config.get(key, config=cfg) == value
    # Dask's default sets MALLOC_TRIM_THRESHOLD_ for the workers; None leaves it unset
    spawn = dask.config.get("distributed.nanny.pre-spawn-environ", config=cfg)
    assert "MALLOC_TRIM_THRESHOLD_" in dask.config.get("distributed.nanny.pre-spawn-environ")
    assert spawn["MALLOC_TRIM_THRESHOLD_"] is None
