"""python -m bench [NAME ...] [--quick] [--json FILE]"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time

from bench import BENCHES


def main() -> int:
    ap = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    ap.add_argument("names", nargs="*", help=f"benchmarks to run (default all: {BENCHES})")
    ap.add_argument("--quick", action="store_true", help="small sizes: a smoke test")
    ap.add_argument("--json", dest="json_out", help="also write the figures to this file")
    args = ap.parse_args()
    names = args.names or BENCHES
    unknown = set(names) - set(BENCHES)
    if unknown:
        print(f"unknown benchmark(s) {sorted(unknown)}; valid: {BENCHES}", file=sys.stderr)
        return 2
    results = {}
    for name in names:
        t = time.perf_counter()
        print(f"\n== {name}", flush=True)
        module = importlib.import_module(f"bench.{name}")
        results[name] = module.run(quick=args.quick)
        print(f"   ({time.perf_counter() - t:.1f}s)", flush=True)
    if args.json_out:
        with open(args.json_out, "w", encoding="utf-8") as fh:
            json.dump(results, fh, indent=2, default=str)
    return 0


if __name__ == "__main__":
    sys.exit(main())
