"""Draw an audit sample of KB spells, reproducibly (the kbaudit33, 35, 39-46 and 48 audits).

    .venv/bin/python scripts/kb_audit_sample.py
    .venv/bin/python scripts/kb_audit_sample.py --seed 22 --size 40 --spells SPELLS

(SPELLS: ``eval/data/kb_round21b_spells.jsonl`` for the kbaudit35 audit; seed 39 and
``eval/data/kb_round22_spells.jsonl`` for the kbaudit39 audit; seed 40, size 24 and
``eval/data/kb_round23_spells.jsonl`` for the kbaudit40 audit; seed 41, size 38 and
``eval/data/kb_round24_spells.jsonl`` for the kbaudit41 audit; seed 42, size 7 and
``eval/data/kb_round24b_spells.jsonl`` for the kbaudit42 audit; seed 43 and
``eval/data/kb_round25_spells.jsonl`` for the kbaudit43 audit; seed 44, size 18 and
``eval/data/kb_round25b_spells.jsonl`` for the kbaudit44 audit; seed 45, size 29 and
``eval/data/kb_round26_spells.jsonl`` for the kbaudit45 audit; seed 46, size 13 and
``eval/data/kb_round27_spells.jsonl`` for the kbaudit46 audit.)

Reads a list of role spells (one JSON object a line: pass, actor id, name, title, country,
start, end, file, line), sorts it and prints ``random.Random(seed).sample`` of ``size`` of
them, one JSON object a line, in the order drawn. The defaults are the kbaudit33 audit's:
``eval/data/kb_round21_spells.jsonl`` (every role spell that the round-21 KB passes of the
first waves added), seed 21, 40 spells, judged in ``eval/data/kb_round21_audit.jsonl``
(docs/actors.md, "the kbaudit33 pass"). The kbaudit35 audit drew from
``eval/data/kb_round21b_spells.jsonl`` (the spells of the round's later ten branches) with
seed 22 and 40 spells, judged in ``eval/data/kb_round21b_audit.jsonl`` (docs/actors.md, "the
kbaudit35 pass"). The kbaudit39 audit drew from ``eval/data/kb_round22_spells.jsonl`` (the spells
of the twenty-second round's KB branches; an international organisation's spell has the
organisation, e.g. ``OPCW``, as its country) with seed 39 and 40 spells, judged in
``eval/data/kb_round22_audit.jsonl`` (docs/actors.md, "the kbaudit39 pass"). The kbaudit40
audit listed the 24 spells of the twenty-third round's KB branches in
``eval/data/kb_round23_spells.jsonl`` and, the list being short, drew all of them (seed 40, size
24: the whole list, in the order drawn), judged in ``eval/data/kb_round23_audit.jsonl``
(docs/actors.md, "the kbaudit40 pass"). The kbaudit41 audit listed the 38 spells of the
twenty-fourth round's first wave of KB branches in ``eval/data/kb_round24_spells.jsonl`` and drew
all of them the same way (seed 41, size 38), judged in ``eval/data/kb_round24_audit.jsonl``
(docs/actors.md, "the kbaudit41 pass"). The kbaudit42 audit listed the 7 spells of the
twenty-fourth round's second wave (kbafr41, kbam41, kbeurasia41) in
``eval/data/kb_round24b_spells.jsonl`` and drew all of them the same way (seed 42, size 7),
judged in ``eval/data/kb_round24b_audit.jsonl`` (docs/actors.md, "the kbaudit42 pass"). The
kbaudit43 audit listed the 64 spells of the twenty-fifth round's first wave (kbafrW42, kbafrE42,
kbam42, kbasia42, kboce42, kbeumena42) in ``eval/data/kb_round25_spells.jsonl`` and, the list
holding more than 45, drew 40 of them with seed 43, judged in
``eval/data/kb_round25_audit.jsonl`` (docs/actors.md, "the kbaudit43 pass"). The kbaudit44 audit
listed the 18 spells of the twenty-fifth round's second wave (kbafr43, kbmenasia43, kbameu43) in
``eval/data/kb_round25b_spells.jsonl`` and drew all of them (seed 44, size 18: the whole list,
in the order drawn), judged in ``eval/data/kb_round25b_audit.jsonl`` (docs/actors.md, "the
kbaudit44 pass"). The kbaudit45 audit listed the 29 spells of the twenty-sixth round (kbafrW44,
kbafrE44, kbasia44, kbam44, kbeumena44) in ``eval/data/kb_round26_spells.jsonl`` and drew all
of them (seed 45, size 29: the whole list, in the order drawn), judged in
``eval/data/kb_round26_audit.jsonl`` (docs/actors.md, "the kbaudit45 pass"). The kbaudit46
audit listed the 13 spells of the twenty-seventh round (kbeumena45, kbafrW45, kbafrE45,
kbasia45) in ``eval/data/kb_round27_spells.jsonl`` and drew all of them (seed 46, size 13: the
whole list, in the order drawn), judged in ``eval/data/kb_round27_audit.jsonl``
(docs/actors.md, "the kbaudit46 pass"). The kbaudit48 audit listed the 13 spells of the
round's second wave (kbafr46, kbeumena46, kbasia46, kbam46) in
``eval/data/kb_round27c_spells.jsonl`` and drew all of them (seed 48, size 13), judged in
``eval/data/kb_round27c_audit.jsonl`` (docs/actors.md, "the kbaudit48 pass").
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SPELLS = ROOT / "eval" / "data" / "kb_round21_spells.jsonl"
SEED = 21
SIZE = 40


def sort_key(spell: dict[str, Any]) -> tuple[str, ...]:
    """The order the sample is drawn over: pass, actor, office, country, dates."""
    return tuple(
        str(spell.get(field) or "")
        for field in ("pass", "actor_id", "title", "country", "start", "end")
    )


def read_spells(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def draw(spells: list[dict[str, Any]], seed: int = SEED, size: int = SIZE) -> list[dict[str, Any]]:
    """``random.Random(seed).sample`` of ``size`` spells over the sorted list."""
    return random.Random(seed).sample(sorted(spells, key=sort_key), size)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--spells", type=Path, default=SPELLS)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--size", type=int, default=SIZE)
    args = ap.parse_args()
    for spell in draw(read_spells(args.spells), args.seed, args.size):
        print(json.dumps(spell, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
