"""Cost of the timexes stage on generated articles, beside the spaCy pass it follows.

    .venv/bin/python -m bench.timexes [--n 300]
    .venv/bin/python -m bench timexes [--quick]

In one process, over the same texts (``bench/corpus.py``): CPU seconds (``process_time``,
median of 3) of the plain spaCy pass, of the whole ``timexes`` stage, and of the tagger alone
with its prefiltered scan and with ``full_scan=True`` (every rule over the whole text, as the
tagger did before the prefilter). Both tagger runs return the same candidates (checked here).
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from datetime import date
from typing import Any

from bench.corpus import generate_articles


def run(quick: bool = False) -> dict[str, Any]:
    return measure(40 if quick else 300)


def _cpu(fn: Callable[[], object], repeats: int = 3) -> float:
    spent = []
    for _ in range(repeats):
        t = time.process_time()
        fn()
        spent.append(time.process_time() - t)
    return round(statistics.median(spent), 3)


def measure(n: int) -> dict[str, Any]:
    from newsgraph.config import load_settings
    from newsgraph.extract.timexes import TimexStage
    from newsgraph.parse.nlp import load_spacy_pipeline
    from newsgraph.types import Article, Parsed

    texts = [text for _, text in generate_articles(n)]
    day = date(2024, 12, 3)
    settings = load_settings()
    nlp = load_spacy_pipeline(settings.model)
    t = time.process_time()
    docs = list(nlp.pipe(texts, batch_size=settings.batch_size))
    spacy_s = time.process_time() - t
    batch = [
        Parsed(Article(str(i), str(i), "bench", "text", text, text, published=day), doc)
        for i, (text, doc) in enumerate(zip(texts, docs, strict=True))
    ]
    stage = TimexStage(settings)
    tagger = stage.extractor.tagger
    ents = [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in docs]

    def run_stage() -> None:
        for i in range(0, len(batch), settings.batch_size):
            stage(batch[i : i + settings.batch_size])

    def tag(full_scan: bool) -> list[Any]:
        return [tagger.tag(x, e, full_scan=full_scan) for x, e in zip(texts, ents, strict=True)]

    assert tag(False) == tag(True), "prefiltered and full scans differ"
    out = {
        "articles": n,
        "chars": sum(map(len, texts)),
        "spacy_cpu_s": round(spacy_s, 2),
        "stage_cpu_s": _cpu(run_stage),
        "tagger_cpu_s": _cpu(lambda: tag(False)),
        "tagger_full_scan_cpu_s": _cpu(lambda: tag(True)),
    }
    out["stage_share_of_spacy"] = round(out["stage_cpu_s"] / spacy_s, 3)
    out["tagger_speedup"] = round(out["tagger_full_scan_cpu_s"] / out["tagger_cpu_s"], 1)
    for k, v in out.items():
        print(f"  {k:<24} {v}", flush=True)
    return out


if __name__ == "__main__":
    ap = argparse.ArgumentParser(prog="python -m bench.timexes", description=__doc__)
    ap.add_argument("--n", type=int, default=300, help="generated articles")
    measure(ap.parse_args().n)
