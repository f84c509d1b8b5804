"""An ingest freezes what is alive once its stages have loaded their data (``gc.freeze``: the
garbage collector's full collections stop walking the model, the knowledge base and the
gazetteer), once per process, and the articles' own objects are still freed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import gc, json, sys, weakref
from newsgraph.pipeline import ingest
from newsgraph.store import open_store
before = gc.get_freeze_count()
store = open_store(sys.argv[2])
ingest([sys.argv[1]], store=store, workers=1, analyze=False)
first = gc.get_freeze_count()
class Probe:  # made after the freeze, in a cycle: still collected
    pass
p = Probe(); p.me = p; ref = weakref.ref(p); del p
gc.collect()
ingest([sys.argv[1]], store=store, workers=1, analyze=False)
print(json.dumps({"before": before, "first": first, "second": gc.get_freeze_count(),
                  "probe_freed": ref() is None}))
"""


def test_an_ingest_freezes_the_long_lived_objects_once(sample_dir: Path, tmp_path: Path) -> None:
    one = tmp_path / "one"
    one.mkdir()
    src = sorted((sample_dir / "articles").glob("*.txt"))[0]
    (one / src.name).write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(one), str(tmp_path / "s.db")],
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    got = json.loads(out.stdout.strip().splitlines()[-1])
    assert got["before"] == 0
    assert got["first"] > 100_000  # the model, the KB, the gazetteer: hundreds of thousands
    assert got["second"] <= got["first"]  # once per process (frozen objects freed still go)
    assert got["probe_freed"]
