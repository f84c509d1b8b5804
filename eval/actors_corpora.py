"""The non-sample corpora of the judged actor mentions: where their text is read from.

``guardian``: ``../shared/corpus/real/guardian_syria_2017_2019.jsonl`` (249 Guardian articles
on Syria, 2017-2019). ``polnear``: the development articles of PolNeAR
(``../shared/datasets/polnear/dev/text``; US politics, 2016; the date is in the file name).
The texts are not copied into the repository: the judgements keep article ids and offsets.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPORA = {
    "guardian": SHARED / "corpus" / "real" / "guardian_syria_2017_2019.jsonl",
    "polnear": SHARED / "datasets" / "polnear" / "dev" / "text",
}
_DATE = re.compile(r"_(\d{4}-\d{2}-\d{2})_")


def available(name: str) -> bool:
    return CORPORA[name].exists()


def read_corpus(name: str) -> list[dict[str, Any]]:
    """[{id, text, published}] of corpus ``name``, in a stable order."""
    path = CORPORA[name]
    if name == "guardian":
        docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
        return [{"id": d["id"], "text": d["text"], "published": d.get("published")} for d in docs]
    out = []
    for f in sorted(path.glob("*.txt")):
        m = _DATE.search(f.name)
        out.append(
            {"id": f.stem, "text": f.read_text(encoding="utf-8"), "published": m and m.group(1)}
        )
    return out
