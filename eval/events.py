"""Event coding quality: PETRARCH unit-test sentences (CAMEO codings with fictional actors) and
the CAMEO codebook's example sentences, scored in PLOVER (CAMEO mapped through CAMEO2PLOVER).

    .venv/bin/python -m eval events [--quick]

Groups: ``petr_type`` (event type per sentence, multiset match), ``petr_dyad`` (type, actor
country, recipient country: compound actors expand to pairs; actors are matched by the text of
our ActorRefs against the test-only KB ``eval/data/petr_actors.yaml``; sector suffixes such as
GOV are not scored), ``cameo_examples_type`` (the one gold code of each example sentence), and
``spurious`` (predicted events matching no gold event of their sentence, as a share of all
predicted and of all gold). Gold codings CAMEO 01x (statements) have no PLOVER type and are
left out; CAMEO 02x (appeals) are scored as REQUEST, as the coder codes them.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import yaml

DATASETS = Path(__file__).resolve().parents[1].parent / "shared" / "datasets"
KB_FILE = Path(__file__).resolve().parent / "data" / "petr_actors.yaml"


def _coder() -> tuple[Any, Any]:
    from newsgraph.config import load_settings
    from newsgraph.extract.events.lexicon import load_lexicon
    from newsgraph.parse import ParseStage

    return ParseStage(load_settings()), load_lexicon()


def code_sentences(
    texts: list[tuple[str, date | None]], kb: list[tuple[str, str]] | None = None
) -> list[list[Any]]:
    """Run parse + the event coder. With ``kb``, actor mentions come from it (standing in for
    the actor stage on fictional names); without, actors fall back to entities."""
    from newsgraph.extract.events.stage import extract_events
    from newsgraph.types import Article

    parse, lex = _coder()
    arts = [
        Article(
            id=f"e{i}",
            source_id=f"e{i}",
            origin="eval",
            format="text",
            raw_text=t,
            text=t,
            published=d,
        )
        for i, (t, d) in enumerate(texts)
    ]
    out: list[list[Any]] = []
    for k in range(0, len(arts), 64):
        for p in parse(arts[k : k + 64]):
            if not hasattr(p, "doc"):
                out.append([])
                continue
            if kb is not None:
                p = p.with_facts("mentions", _mentions(p.article, kb))
            out.append(extract_events(p, lex)[0])
    return out


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, Any]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "precision": round(p, 3),
        "recall": round(r, 3),
        "f1": round(f, 3),
        "tp": tp,
        "pred": n_pred,
        "gold": n_gold,
    }


def load_petr(path: Path) -> list[dict[str, Any]]:
    text = path.read_text(encoding="utf-8", errors="replace")
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    out = []
    for attrs, body in re.findall(r"<Sentence (.*?)>(.*?)</Sentence>", text, re.S):
        m = re.search(r"<Text>(.*?)</Text>", body, re.S)
        if not m:
            continue
        d = re.search(r'date="(\d{8})"', attrs)
        gold = []
        for ec in re.findall(r"<EventCoding (.*?)>", body):
            kv = dict(re.findall(r'(\w+)\s*=\s*["\']"?(.*?)"?["\']', ec))
            if "eventcode" in kv:
                gold.append((kv.get("sourcecode", ""), kv.get("targetcode", ""), kv["eventcode"]))
        out.append(
            {
                "text": " ".join(m.group(1).split()),
                "date": date(int(d.group(1)[:4]), int(d.group(1)[4:6]), int(d.group(1)[6:]))
                if d
                else None,
                "gold": gold,
            }
        )
    return out


def _kb_index() -> list[tuple[str, str]]:
    data = yaml.safe_load(KB_FILE.read_text(encoding="utf-8"))
    pairs = []
    for a in data["actors"]:
        for n in [a["name"], *a.get("aliases", []), *a.get("demonyms", [])]:
            pairs.append((n.lower(), a["id"]))
    return sorted(pairs, key=lambda p: -len(p[0]))


def _mentions(article: Any, kb: list[tuple[str, str]]) -> list[Any]:
    from newsgraph.types import Mention

    text, taken, out = article.text, set(), []
    for name, code in kb:
        for m in re.finditer(rf"\b{re.escape(name)}\b", text, flags=re.I):
            if any(i in taken for i in range(m.start(), m.end())):
                continue
            taken.update(range(m.start(), m.end()))
            out.append(
                Mention(
                    article.id,
                    0,
                    m.start(),
                    m.end(),
                    m.group(0),
                    "GPE",
                    code,
                    "dictionary",
                    1.0,
                    country=code,
                )
            )
    return sorted(out, key=lambda m: m.start)


def _code_of(text: str, kb: list[tuple[str, str]]) -> str:
    low = text.lower()
    for name, code in kb:
        if re.search(rf"\b{re.escape(name)}", low):
            return code
    return "---"


def run(quick: bool = False) -> dict[str, dict[str, Any]]:
    return _run(quick, None)


def _run(quick: bool, errors: list[str] | None) -> dict[str, dict[str, Any]]:
    """The figures; with ``errors`` a list, one line per wrong sentence is appended to it."""
    petr_path = DATASETS / "cameo" / "PETR.UnitTest.records.xml"
    codes_path = DATASETS / "cameo" / "cameo-codes.csv"
    if not petr_path.exists() or not codes_path.exists():
        print(f"dataset not found, skipped: {petr_path.parent}")
        return {}
    from newsgraph.extract.events.lexicon import load_lexicon

    lex = load_lexicon()
    kb = _kb_index()
    recs = load_petr(petr_path)
    if quick:
        recs = recs[:80]
    preds = code_sentences([(r["text"], r["date"]) for r in recs], kb)
    tp_t = n_pred = n_gold = 0
    tp_d = n_pred_d = n_gold_d = 0
    spurious = 0
    for r, evs in zip(recs, preds, strict=True):
        gold = [
            (s[:3], t[:3], lex.to_plover(c).type)
            for s, t, c in r["gold"]
            if c.isdigit() and lex.to_plover(c) is not None
        ]
        gt = Counter(g[2] for g in gold)
        pt = Counter(e.type for e in evs)
        tp_t += sum((gt & pt).values())
        n_pred += sum(pt.values())
        n_gold += sum(gt.values())
        spurious += sum((pt - gt).values())
        gd = Counter(gold)
        pd = Counter(
            (_code_of(a.text, kb), _code_of(b.text, kb), e.type)
            for e in evs
            for a in e.actors
            for b in (e.recipients or ())
        )
        if errors is not None and (gd != pd or gt != pt):
            errors.append(
                f"PETR  {r['text']}\n      gold {sorted(gold)}\n      pred {_show(evs, kb)}"
            )
        tp_d += sum((gd & pd).values())
        n_pred_d += sum(pd.values())
        n_gold_d += sum(gd.values())
    out: dict[str, dict[str, Any]] = {
        "petr_type": _prf(tp_t, n_pred, n_gold),
        "petr_dyad": _prf(tp_d, n_pred_d, n_gold_d),
    }
    # CAMEO codebook examples: one gold code per sentence.
    with codes_path.open(encoding="latin-1") as fh:
        rows = [r for r in csv.DictReader(fh) if r["example"] not in ("", "NA")]
    rows = [r for r in rows if lex.to_plover(r["code"]) is not None]
    if quick:
        rows = rows[:80]
    texts = [(_clean(r["example"]), None) for r in rows]
    preds2 = code_sentences(texts)
    tp2 = n_pred2 = spurious2 = 0
    for r, evs in zip(rows, preds2, strict=True):
        gold_type = lex.to_plover(r["code"]).type
        types = [e.type for e in evs]
        n_pred2 += len(types)
        if gold_type in types:
            tp2 += 1
        spurious2 += sum(1 for t in types if t != gold_type)
        if errors is not None and types != [gold_type]:
            errors.append(
                f"CAMEO {_clean(r['example'])}\n      gold {r['code']} {gold_type}"
                f"\n      pred {_show(evs, None)}"
            )
    out["cameo_examples_type"] = _prf(tp2, n_pred2, len(rows))
    all_pred = n_pred + n_pred2
    out["spurious"] = {
        "share_of_predicted": round((spurious + spurious2) / all_pred, 3) if all_pred else 0.0,
        "per_gold_event": round((spurious + spurious2) / (n_gold + len(rows)), 3),
        "n": spurious + spurious2,
    }
    return out


def _clean(s: str) -> str:
    # The CSV is latin-1 with mojibake for curly quotes (e.g. "\x82Äô"): normalise to ASCII.
    s = re.sub(r"\x82Ä[ôò]", "'", s)
    s = re.sub(r"\x82Ä[ùú]", '"', s)
    s = re.sub(r"\x82Ä[ìî]", "-", s)
    return " ".join(s.split())


def _show(evs: list[Any], kb: list[tuple[str, str]] | None) -> str:
    def who(refs: Any) -> str:
        return "+".join((_code_of(r.text, kb) if kb else "") + f"'{r.text}'" for r in refs or ())

    return (
        "; ".join(
            f"{e.type}/{e.mode or ''} {e.cameo} [{e.trigger}] "
            f"{who(e.actors)} -> {who(e.recipients)}"
            for e in evs
        )
        or "-"
    )


def main() -> None:
    """python -m eval.events [--quick] [--errors N]: the figures, then N wrong sentences of
    each set (gold vs predicted), to find the general causes of errors."""
    import argparse
    import random

    ap = argparse.ArgumentParser(prog="python -m eval.events")
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--errors", type=int, default=0, help="print N error sentences per set")
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    errs: list[str] = []
    res = _run(a.quick, errs)
    for group, m in res.items():
        print(f"  {group:<24} " + "  ".join(f"{k}={v}" for k, v in m.items()))
    rnd = random.Random(a.seed)
    for tag in ("PETR", "CAMEO"):
        mine = [e for e in errs if e.startswith(tag)]
        print(f"\n== {tag} errors: {len(mine)}")
        for e in rnd.sample(mine, min(a.errors, len(mine))):
            print(e)


if __name__ == "__main__":
    main()
