"""Page furniture on FA-KES: the judged segments of ``eval/data/furniture_judged.jsonl`` (page
furniture or story text, read by hand in the cleaned FA-KES dev texts) looked up in the text
the clean stage leaves today.

- ``furniture``: of the judged furniture segments, how many the cleaner removes (recall) and
  how many it leaves in the text.
- ``story``: of the judged story sentences next to furniture, how many stay whole (must be all).

About ten seconds (the clean stage only, no parse). The facts that came from the furniture
(event reports, actor mentions, quotes) are counted once in docs/cleaning.md.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from eval.datasets import fakes_rows
from newsgraph.clean import CleanStage
from newsgraph.config import Settings
from newsgraph.types import Article, RawDoc

JUDGED = Path(__file__).resolve().parent / "data" / "furniture_judged.jsonl"


def run(quick: bool = False) -> dict[str, dict[str, Any]]:
    judged = [json.loads(line) for line in JUDGED.read_text(encoding="utf-8").splitlines()]
    wanted = {j["id"].split(":", 1)[1] for j in judged}
    stage = CleanStage(Settings())
    texts: dict[str, str] = {}
    for row in fakes_rows():
        if row["unit_id"] not in wanted:
            continue
        raw = RawDoc(
            source_id=row["unit_id"],
            origin=row["unit_id"],
            format="jsonl",
            text=row["article_content"],
            meta={"title": row["article_title"], "outlet": row["source"]},
        )
        out = stage.clean_one(raw)
        if isinstance(out, Article):
            texts[row["unit_id"]] = out.text
    if not texts:
        print("  FA-KES not found (../shared/datasets/fakes): skipped")
        return {}
    removed = left = kept = lost = 0
    for j in judged:
        text = texts.get(j["id"].split(":", 1)[1])
        if text is None:
            continue
        present = j["text"] in text
        if j["furniture"]:
            removed += not present
            left += present
        else:
            kept += present
            lost += not present
    return {
        "furniture": {
            "removed": removed,
            "left": left,
            "recall": round(removed / max(1, removed + left), 3),
        },
        "story": {"kept": kept, "lost": lost, "kept_share": round(kept / max(1, kept + lost), 3)},
    }
