"""A generated corpus for benchmarks and tests: the sample articles, varied.

Each generated article takes 8-16 sentences from the pooled sentences of the sample corpus
(keeping the original order within a run of sentences), swaps person and place names and
weekdays, and gets its own outlet and date in a leading metadata line. Texts are distinct
(so each is a new article), deterministic for a given seed, and as long as real articles.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from datetime import date, timedelta
from importlib import resources
from pathlib import Path

from newsgraph.cli.demo import sample_corpus

_SENT = re.compile(r"(?<=[.!?”\"])\s+(?=[A-Z“\"])")
_SWAPS: tuple[tuple[str, ...], ...] = (
    ("Abbas Araghchi", "Hakan Fidan", "Sergei Lavrov", "Ayman Safadi", "Faisal bin Farhan"),
    ("Araghchi", "Fidan", "Lavrov", "Safadi", "Pedersen"),
    ("Aleppo", "Hama", "Homs", "Idlib", "Deir ez-Zor", "Daraa"),
    ("Tehran", "Ankara", "Moscow", "Doha", "Amman", "Baghdad"),
    ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    ("Qatar", "Jordan", "Iraq", "Egypt", "Saudi Arabia"),
)
_OUTLETS = (
    "Example Wire",
    "Levant Daily",
    "Gulf Monitor",
    "Amman Post",
    "Beirut Ledger",
    "Anatolia Times",
    "Caspian Herald",
    "Nile Observer",
)


def sample_sentences() -> list[str]:
    out: list[str] = []
    for path in sorted((sample_corpus() / "articles").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for para in text.split("\n"):
            out += [s.strip() for s in _SENT.split(para) if len(s.split()) >= 6]
    return out


def generate_articles(n: int, seed: int = 7) -> Iterator[tuple[str, str]]:
    """(file name, text with a metadata header) for ``n`` distinct articles."""
    rng = random.Random(seed)
    pool = sample_sentences()
    start = date(2024, 11, 27)
    for i in range(n):
        k = rng.randint(8, 16)
        at = rng.randrange(len(pool))
        picked = [pool[(at + j) % len(pool)] for j in range(k // 2)]
        picked += rng.sample(pool, k - len(picked))
        body = " ".join(picked)
        for names in _SWAPS:
            old = rng.choice(names)
            body = body.replace(old, rng.choice(names))
        paragraphs = [" ".join(picked[j : j + 3]) for j in range(0, len(picked), 3)]
        body = "\n\n".join(paragraphs) if rng.random() < 0.5 else body
        day = start + timedelta(days=rng.randrange(20))
        outlet = rng.choice(_OUTLETS)
        header = f"outlet: {outlet}\n date {day.isoformat()}\n"
        yield f"gen_{i:05d}.txt", f"{header}{body}\nReport {i} ({outlet}).\n"


def write_corpus(folder: Path, n: int, seed: int = 7) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in generate_articles(n, seed):
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def sample_texts(copies: int) -> list[str]:
    """The sample corpus's article texts, ``copies`` times over."""
    folder = resources.files("newsgraph") / "data" / "sample" / "articles"
    texts = [
        p.read_text(encoding="utf-8")
        for p in sorted(folder.iterdir(), key=lambda p: p.name)
        if p.name.endswith(".txt")
    ]
    return texts * copies
