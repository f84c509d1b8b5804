"""Cost of actor resolution: the sample corpus x 50, bare spaCy vs spaCy + actor rulers + stage.

.venv/bin/python -m bench.actors [--copies 50]
"""

from __future__ import annotations

import argparse
import time
from datetime import date
from typing import Any

from bench.corpus import sample_texts


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=50)
    run(copies=ap.parse_args().copies)


def run(quick: bool = False, copies: int | None = None) -> dict[str, Any]:
    copies = copies or (5 if quick else 50)
    from newsgraph.config import load_settings
    from newsgraph.parse.nlp import load_spacy_pipeline
    from newsgraph.resolve.mentions import ActorStage, resolve_doc
    from newsgraph.resolve.ruler import add_actor_rulers

    texts = sample_texts(copies)
    settings = load_settings()
    bare = load_spacy_pipeline(settings.model)
    t = time.process_time()
    list(bare.pipe(texts, batch_size=16))
    t_bare = time.process_time() - t

    t = time.process_time()
    nlp = load_spacy_pipeline(settings.model)
    add_actor_rulers(nlp, settings)
    stage = ActorStage(settings)
    t_build = time.process_time() - t
    t = time.process_time()
    docs = list(nlp.pipe(texts, batch_size=16))
    t_parse = time.process_time() - t
    t = time.process_time()
    n = sum(
        len(resolve_doc(d, "x", date(2024, 12, 3), stage.kb, stage.fuzzy, settings.fuzzy_threshold))
        for d in docs
    )
    t_stage = time.process_time() - t
    print(
        f"{len(texts)} docs: bare spaCy {t_bare:.1f}s; with actor rulers {t_parse:.1f}s; "
        f"actors stage {t_stage:.1f}s ({n} mentions); ratio "
        f"{(t_parse + t_stage) / t_bare:.2f}x; one-off build (KB + rulers + stage) {t_build:.1f}s"
    )
    return {
        "docs": len(texts),
        "bare_s": t_bare,
        "with_rulers_s": t_parse,
        "stage_s": t_stage,
        "ratio": (t_parse + t_stage) / t_bare,
        "build_s": t_build,
    }


if __name__ == "__main__":
    main()
