"""How the Dask engine cuts the input, and when it uses workers at all (no cluster needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.distributed import SMALL_INPUT, choose_workers, engine
from newsgraph.errors import UsageError
from newsgraph.ingest import IngestOptions, read_inputs
from newsgraph.ingest.reader import read_input

DATA = Path(__file__).parent.parent / "data"


def _documents(parts: list[engine.Partition]) -> list[object]:
    out: list[object] = []
    for p in parts:
        out += [doc for item in p.inputs for doc in read_input(item)]
        out += list(p.raws)
    return out


@pytest.mark.parametrize("part_bytes", [engine.PART_BYTES, 2_000])
def test_partitions_give_the_documents_of_read_inputs_in_order(
    monkeypatch: pytest.MonkeyPatch, part_bytes: int
) -> None:
    big_files_here = part_bytes < engine.PART_BYTES
    monkeypatch.setattr(engine, "PART_BYTES", part_bytes)  # small: big files read here
    paths = [str(DATA / "formats"), str(DATA / "bad"), str(DATA / "nothing-here")]
    parts = list(engine.partitions(paths, IngestOptions(), 3))
    assert _documents(parts) == list(read_inputs(paths, IngestOptions()))
    assert all(len(p.inputs) <= 3 and len(p.raws) <= 3 for p in parts)
    if big_files_here:  # the HTML file (2.7 kB) went as a document read here
        assert any(p.raws for p in parts)
    else:
        assert not any(p.raws for p in parts)


def test_small_inputs_stay_in_process_unless_workers_are_asked_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsgraph.distributed as distributed

    monkeypatch.setattr(distributed, "default_workers", lambda: 8)
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text("A short article about talks. " * 20)
    paths, opts = [str(tmp_path)], IngestOptions()
    assert choose_workers(paths, opts, None, None) == 1
    assert choose_workers(["-"], opts, None, None) == 1
    assert choose_workers(paths, opts, 2, None) == 2  # asked for: obeyed
    assert choose_workers(paths, opts, 1, "tcp://127.0.0.1:8786") == 1
    jsonl = tmp_path / "many.jsonl"
    jsonl.write_text('{"text": "x"}\n' * SMALL_INPUT)
    assert choose_workers([str(jsonl)], opts, None, None) == 8
    # on fewer than MIN_CORES cores workers are slower than this process: only when asked for
    monkeypatch.setattr(distributed, "default_workers", lambda: distributed.MIN_CORES - 1)
    assert choose_workers([str(jsonl)], opts, None, None) == 1
    assert choose_workers([str(jsonl)], opts, 2, None) == 2
    with pytest.raises(UsageError, match="E701"):
        choose_workers(paths, opts, 0, None)
