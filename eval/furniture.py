"""Page furniture on FA-KES: the judged segments of ``eval/data/furniture_judged.jsonl`` (page
furniture or story text, read by hand in the cleaned FA-KES dev texts) looked up in the text
the clean stage leaves today.

- ``furniture``: of the judged furniture segments, how many the cleaner removes (recall) and
  how many it leaves in the text.
- ``story``: of the judged story sentences next to furniture, how many stay whole (must be all).
- ``*_tune`` / ``*_heldout``: the same on two halves split by article (``half``: the first byte
  of the SHA-256 of the FA-KES unit id, even: tune, odd: held-out). Rules are read from the tune
  half only; the held-out figure is the honest one.

About ten seconds (the clean stage only, no parse). The facts that came from the furniture
(event reports, actor mentions, quotes) are counted once in docs/cleaning.md.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from eval.datasets import fakes_rows
from newsgraph.clean import CleanStage
from newsgraph.config import Settings
from newsgraph.types import Article, RawDoc

JUDGED = Path(__file__).resolve().parent / "data" / "furniture_judged.jsonl"


def half(unit_id: str) -> str:
    """``tune`` or ``heldout``: a reproducible split of the judged articles by id."""
    return "tune" if hashlib.sha256(unit_id.encode()).digest()[0] % 2 == 0 else "heldout"


def judged_rows() -> list[dict[str, Any]]:
    return [json.loads(line) for line in JUDGED.read_text(encoding="utf-8").splitlines()]


def run(quick: bool = False) -> dict[str, dict[str, Any]]:
    judged = judged_rows()
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
    out: dict[str, dict[str, Any]] = {}
    for part in ("", "_tune", "_heldout"):
        rows = [j for j in judged if not part or half(j["id"].split(":", 1)[1]) == part[1:]]
        out.update(_score(rows, texts, part))
    return out


def _score(
    judged: list[dict[str, Any]], texts: dict[str, str], part: str
) -> dict[str, dict[str, Any]]:
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
        f"furniture{part}": {
            "removed": removed,
            "left": left,
            "recall": round(removed / max(1, removed + left), 3),
        },
        f"story{part}": {
            "kept": kept,
            "lost": lost,
            "kept_share": round(kept / max(1, kept + lost), 3),
        },
    }
