"""Framing per outlet: the labels each uses for an actor, loaded terms, distinctive words.

Wire copies and near duplicates are left out (``duplicate_of IS NULL``), so a syndicated
story shapes only its original outlet's figures.
"""

from __future__ import annotations

import math
import re
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from newsgraph.store import articles as article_sql
from newsgraph.store import framing as framing_sql

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]+")


def label_table(
    conn: sqlite3.Connection,
    actor: str | None = None,
    outlet: str | None = None,
    min_confidence: float = 0.0,
    exact: bool = False,
) -> list[dict[str, Any]]:
    """(actor, outlet, label, n, articles, example) rows: how each outlet names each actor."""
    return list(
        framing_sql.label_counts(
            conn, actor=actor, outlet=outlet, min_confidence=min_confidence, exact=exact
        )
    )


def load_lexicon(path: str | Path | None = None) -> dict[str, list[str]]:
    if path is None:
        text = (resources.files("newsgraph") / "data" / "framing" / "loaded_terms.yaml").read_text(
            encoding="utf-8"
        )
    else:
        text = Path(path).read_text(encoding="utf-8")
    data = yaml.safe_load(text) or {}
    return {str(k): [str(t) for t in v] for k, v in data.items()}


def _term_pattern(term: str) -> re.Pattern[str]:
    body = re.escape(term.rstrip("*")).replace(r"\ ", r"\s+")
    return re.compile(rf"\b{body}{'[a-z]*' if term.endswith('*') else ''}\b", re.IGNORECASE)


def loaded_terms(
    conn: sqlite3.Connection, lexicon: dict[str, list[str]] | None = None
) -> list[dict[str, Any]]:
    """Per outlet and stance: counts of loaded terms, per 1,000 words, with the top terms."""
    lexicon = lexicon or load_lexicon()
    patterns = [
        (stance, term, _term_pattern(term)) for stance, terms in lexicon.items() for term in terms
    ]
    words: Counter[str] = Counter()
    hits: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for outlet, text in _original_texts(conn):
        words[outlet] += len(_WORD.findall(text))
        for stance, _term, rx in patterns:
            for m in rx.finditer(text):
                hits[(outlet, stance)][m.group(0).lower()] += 1
    rows = []
    for (outlet, stance), terms in sorted(hits.items()):
        n = sum(terms.values())
        rows.append(
            {
                "outlet": outlet,
                "stance": stance,
                "count": n,
                "per_1000_words": round(1000 * n / max(1, words[outlet]), 2),
                "terms": dict(terms.most_common(10)),
            }
        )
    return rows


def distinctive_terms(
    conn: sqlite3.Connection, top: int = 15, min_count: int = 2
) -> list[dict[str, Any]]:
    """Words over-used by each outlet against the others: log-odds ratio with an informative
    Dirichlet prior (Monroe, Colaresi and Quinn 2008), z-scored. What the data shows, beside
    the lexicon."""
    stop = _stopwords()
    per_outlet: dict[str, Counter[str]] = defaultdict(Counter)
    for outlet, text in _original_texts(conn):
        toks = [w.lower() for w in _WORD.findall(text)]
        toks = [w for w in toks if w not in stop and len(w) > 2]
        per_outlet[outlet].update(toks)
        per_outlet[outlet].update(f"{a} {b}" for a, b in zip(toks, toks[1:], strict=False))
    total: Counter[str] = Counter()
    for c in per_outlet.values():
        total.update(c)
    a0 = sum(total.values())
    rows = []
    for outlet, counts in per_outlet.items():
        n_i = sum(counts.values())
        rest = total.copy()
        rest.subtract(counts)
        n_j = a0 - n_i
        scored = []
        for w, y_i in counts.items():
            if y_i < min_count:
                continue
            a_w = total[w]
            y_j = rest[w]
            delta = math.log((y_i + a_w) / (n_i + a0 - y_i - a_w)) - math.log(
                (y_j + a_w) / (n_j + a0 - y_j - a_w)
            )
            var = 1 / (y_i + a_w) + 1 / (y_j + a_w)
            scored.append((delta / math.sqrt(var), w, y_i))
        scored.sort(reverse=True)
        rows.append(
            {
                "outlet": outlet,
                "terms": [{"term": w, "z": round(z, 2), "count": n} for z, w, n in scored[:top]],
            }
        )
    return sorted(rows, key=lambda r: r["outlet"])


def _original_texts(conn: sqlite3.Connection) -> Iterator[tuple[str, str]]:
    for a in article_sql.iter_articles(conn, include_duplicates=False):
        yield a["outlet"] or "(unknown)", a["text"]


def _stopwords() -> set[str]:
    path = resources.files("newsgraph") / "data" / "framing" / "stopwords.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return {w.strip() for w in lines if w.strip() and not w.startswith("#")}
