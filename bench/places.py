"""Cost of the places stage: the sample corpus x 50, bare spaCy vs the places stage.

.venv/bin/python -m bench.places [--copies 50]

CPU seconds (process time) are printed beside wall seconds: on a shared machine the wall
clock mostly measures the neighbours.
"""

from __future__ import annotations

import argparse
import time
from typing import Any

from bench.corpus import sample_texts


def run(quick: bool = False) -> dict[str, Any]:
    return measure(5 if quick else 50)


def measure(copies: int) -> dict[str, Any]:
    from newsgraph.config import load_settings
    from newsgraph.extract.places import PlacesStage, load_gazetteer
    from newsgraph.parse.nlp import load_spacy_pipeline
    from newsgraph.types import Article, Parsed

    texts = sample_texts(copies)
    settings = load_settings()
    nlp = load_spacy_pipeline(settings.model)
    w, c = time.perf_counter(), time.process_time()
    docs = list(nlp.pipe(texts, batch_size=16))
    bare = (time.perf_counter() - w, time.process_time() - c)

    w, c = time.perf_counter(), time.process_time()
    load_gazetteer.cache_clear()
    stage = PlacesStage(settings)
    stage.gazetteer  # noqa: B018  the one-off load
    load = (time.perf_counter() - w, time.process_time() - c)

    batch = [
        Parsed(
            article=Article(
                id=str(i), source_id=str(i), origin="bench", format="text", raw_text=t, text=t
            ),
            doc=d,
        )
        for i, (t, d) in enumerate(zip(texts, docs, strict=True))
    ]
    w, c = time.perf_counter(), time.process_time()
    n = 0
    for i in range(0, len(batch), 16):
        n += sum(len(p.facts["places"]) for p in stage(batch[i : i + 16]))  # type: ignore[union-attr]
    run_ = (time.perf_counter() - w, time.process_time() - c)
    out = {
        "docs": len(texts),
        "places": n,
        "bare_spacy_s": round(bare[0], 2),
        "bare_spacy_cpu_s": round(bare[1], 2),
        "gazetteer_load_s": round(load[0], 2),
        "gazetteer_load_cpu_s": round(load[1], 2),
        "stage_s": round(run_[0], 2),
        "stage_cpu_s": round(run_[1], 2),
        "stage_share_cpu": round(run_[1] / bare[1], 3),
        "with_load_share_cpu": round((run_[1] + load[1]) / bare[1], 3),
    }
    print(
        f"{out['docs']} docs, {n} places: bare spaCy {bare[0]:.1f}s wall / {bare[1]:.1f}s cpu; "
        f"places stage {run_[0]:.2f}s / {run_[1]:.2f}s cpu "
        f"(+{100 * out['stage_share_cpu']:.1f}% of spaCy); one-off gazetteer load "
        f"{load[0]:.1f}s / {load[1]:.1f}s cpu "
        f"(+{100 * (out['with_load_share_cpu'] - out['stage_share_cpu']):.1f}%)"
    )
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=50)
    measure(ap.parse_args().copies)


if __name__ == "__main__":
    main()
