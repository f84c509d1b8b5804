"""python -m eval [NAME ...] [--quick] [--json FILE]"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time

from eval import EVALUATORS


def main() -> int:
    ap = argparse.ArgumentParser(prog="python -m eval", description=__doc__)
    ap.add_argument("names", nargs="*", help=f"evaluators to run (default all: {EVALUATORS})")
    ap.add_argument("--quick", action="store_true", help="a smaller sample, for tests")
    ap.add_argument("--json", dest="json_out", help="also write the figures to this file")
    args = ap.parse_args()
    names = args.names or EVALUATORS
    unknown = set(names) - set(EVALUATORS)
    if unknown:
        print(f"unknown evaluator(s) {sorted(unknown)}; valid: {EVALUATORS}", file=sys.stderr)
        return 2
    results = {}
    for name in names:
        t = time.perf_counter()
        module = importlib.import_module(f"eval.{name}")
        groups = module.run(quick=args.quick)
        results[name] = groups
        print(f"\n== {name}  ({time.perf_counter() - t:.1f}s)")
        for group, metrics in groups.items():
            cells = "  ".join(
                f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in metrics.items()
            )
            print(f"  {group:<32} {cells}")
    if args.json_out:
        with open(args.json_out, "w", encoding="utf-8") as fh:
            json.dump(results, fh, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
