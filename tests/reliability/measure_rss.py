"""Peak RSS of ``newsgraph ingest`` over one long generated document (a measurement, not a test).

    .venv/bin/python tests/reliability/measure_rss.py prose 300000 1000000 4000000
    .venv/bin/python tests/reliability/measure_rss.py go 4000000

``prose``: news articles of the Guardian corpus in ``../shared/corpus/real`` (else the sample
corpus) joined with blank lines and repeated to the size; ``go``: ``"Go. "`` repeated. Prints
one line per size: bytes, peak RSS (MB, from ``/usr/bin/time -v``), wall seconds, exit code.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus" / "real" / "guardian_syria_2017_2019.jsonl"


def prose(size: int) -> str:
    if CORPUS.exists():
        texts = [json.loads(line)["text"] for line in CORPUS.open(encoding="utf-8")]
    else:
        sample = ROOT / "src" / "newsgraph" / "data" / "sample" / "articles"
        texts = [p.read_text(encoding="utf-8") for p in sorted(sample.glob("*.txt"))]
    out: list[str] = []
    total = 0
    while total < size:
        for t in texts:
            out.append(t)
            total += len(t.encode("utf-8")) + 2
            if total >= size:
                break
    return "\n\n".join(out).encode("utf-8")[:size].decode("utf-8", "ignore")


def measure(kind: str, size: int) -> str:
    text = prose(size) if kind == "prose" else ("Go. " * (size // 4 + 1))[:size]
    with tempfile.TemporaryDirectory() as tmp:
        doc = Path(tmp) / f"{kind}_{size}.txt"
        doc.write_text(text, encoding="utf-8")
        newsgraph = str(Path(sys.executable).with_name("newsgraph"))
        cmd = ["/usr/bin/time", "-v", newsgraph, "ingest", "-q", "--db", f"{tmp}/m.db", str(doc)]
        t = time.perf_counter()
        run = subprocess.run(cmd, capture_output=True, text=True, env=os.environ)
        wall = time.perf_counter() - t
        m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", run.stderr)
        rss = int(m.group(1)) / 1024 if m else float("nan")
        tail = run.stderr.strip().splitlines()[-3:] if run.returncode not in (0, 1) else []
        code = run.returncode
        return f"{kind} {size:>9,} bytes: peak RSS {rss:,.0f} MB, {wall:.1f} s, exit {code} {tail}"


if __name__ == "__main__":
    kind = sys.argv[1]
    for arg in sys.argv[2:]:
        print(measure(kind, int(arg)), flush=True)
