"""Cross-check the KB's dated government roles against the Phoenix actor dictionaries (to 2014).

    .venv/bin/python scripts/kb_phoenix_check.py [--datasets ../shared/datasets] [--days 31]

A Phoenix entry (``Phoenix.Countries.actors.txt``) lists a person's names and coded spells such
as ``[GBRGOV 970502-070627]`` (in government from 1997-05-02 to 2007-06-27). An entry is matched
to a KB person when one of its multi-word names is an alias of exactly one KB person. For every
KB role in the government sector that starts between 2000 and 2014, the script takes a day
inside the spell (``--days`` after its start, or its middle if shorter) and asks whether Phoenix
codes the person as in government of that country on that day: "agree", else "differ" (printed
with Phoenix's spells, for a person to read against a reference work); a person Phoenix never
codes in that country's government counts as "not in Phoenix". Phoenix codes a person's whole
time in government as one spell, so it cannot confirm which office was held. Nothing is
written: the dictionaries' dates are themselves wrong in places
(typos such as 20100711, Jabhat al-Nusra coded SYRGOV), so a disagreement is a question for a
reference work, not a correction.
Source: openeventdata/petrarch2, petrarch2/data/dictionaries (MIT, (c) 2014 Open Event Data
Alliance), read from ../shared/datasets/cameo/ (not needed at run time).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

from kb_coverage import shipped_kb  # noqa: E402
from mine_phoenix import pretty  # noqa: E402

from newsgraph.names import norm_alias  # noqa: E402

_SPELL = re.compile(r"\[([A-Z]{3})(GOV)\s+([<>]?)(\d{6})?(?:-(\d{6}))?\s*\]")


def yymmdd(s: str | None) -> date | None:
    if not s:
        return None
    yy, mm, dd = int(s[:2]), int(s[2:4]), int(s[4:6])
    try:
        return date(2000 + yy if yy < 30 else 1900 + yy, mm, dd)
    except ValueError:
        return None  # the dictionaries hold a few impossible dates


Spell = tuple[str, date, date]  # (country, first day, last day) in government


def entries(path: Path) -> list[tuple[list[str], list[Spell]]]:
    """(names, GOV spells) per person entry; a spell with no dates tells nothing and is dropped."""
    out: list[tuple[list[str], list[Spell]]] = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line[:1] in " \t[":
            if out:
                for m in _SPELL.finditer(line):
                    country, _, op, first, second = m.groups()
                    if first is None:
                        continue
                    a, b = yymmdd(first), yymmdd(second)
                    if op == ">" and a:
                        out[-1][1].append((country, a, date.max))
                    elif op == "<" and a:
                        out[-1][1].append((country, date.min, a))
                    elif a and b:
                        out[-1][1].append((country, a, b))
            continue
        text = re.sub(r"#.*$", "", line).strip()
        if text.startswith("+"):
            if out:
                out[-1][0].append(pretty(text[1:]))
        elif text:
            out.append(([pretty(text)], []))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--datasets", default=str(ROOT.parent.parent / "shared" / "datasets"))
    ap.add_argument("--days", type=int, default=31)
    args = ap.parse_args()
    path = Path(args.datasets) / "cameo" / "Phoenix.Countries.actors.txt"
    if not path.is_file():
        sys.exit(f"dataset not found: {path}")
    kb = shipped_kb()
    tally: Counter[str] = Counter()
    for names, spells in entries(path):
        ids = {
            h.actor_id
            for n in names
            for h in kb.lookup(n)
            if len(norm_alias(n).split()) > 1 and (a := kb.get(h.actor_id)) and a.type == "person"
        }
        if len(ids) != 1 or not spells:
            continue
        actor = kb.get(ids.pop())
        assert actor is not None
        tally["people matched"] += 1
        for r in actor.roles:
            if r.sector != "GOV" or r.start is None or not 2000 <= r.start.year <= 2014:
                continue
            theirs = [(a, b) for c, a, b in spells if c == r.country]
            if not theirs:
                tally["not in Phoenix"] += 1
                continue
            day = r.start + timedelta(days=args.days)
            if r.end is not None and day >= r.end:
                day = r.start + (r.end - r.start) / 2
            if any(a <= day <= b for a, b in theirs):
                tally["agree"] += 1
            else:
                tally["differ"] += 1
                shown = ", ".join(f"{a}..{b}" for a, b in theirs)
                spell = f"{r.start}..{r.end or ''}"
                print(f"differ: {actor.id} {r.label()} {spell} ({day}); Phoenix {shown}")
    print(", ".join(f"{k}: {v}" for k, v in tally.items()))


if __name__ == "__main__":
    main()
