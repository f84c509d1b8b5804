"""The non-sample corpora of the judged actor mentions: where their text is read from.

``guardian``: ``../shared/corpus/real/guardian_syria_2017_2019.jsonl`` (249 Guardian articles
on Syria, 2017-2019). ``polnear``: the development articles of PolNeAR
(``../shared/datasets/polnear/dev/text``; US politics, 2016; the date is in the file name).
``timebank``: TimeBank + AQUAINT (``../shared/datasets/timebank/TBAQ-cleaned``; US wire and
broadcast news 1989-2000), the text inside each TimeML file's ``<TEXT>`` and its document
creation time as the date (``eval.timex.read_tml``). ``fakes``: FA-KES
(``../shared/datasets/fakes/fakes_dev.csv``; the Syrian war 2011-2018, 15 outlets of several
countries, SANA, Al-Manar, TASS and TRT among them), the article and its date from the CSV
(``eval.datasets.fakes_article``).
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
    "timebank": SHARED / "datasets" / "timebank" / "TBAQ-cleaned",
    "fakes": SHARED / "datasets" / "fakes" / "fakes_dev.csv",
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
    if name == "timebank":
        from eval.timex import read_tml

        tml = [read_tml(f) for f in sorted(path.glob("*/*.tml"))]
        return _unique(
            [{"id": t.name, "text": t.text, "published": t.dct.isoformat()} for t in tml]
        )
    if name == "fakes":
        from eval.datasets import fakes_article, fakes_rows

        arts = [fakes_article(row) for row in fakes_rows()]
        return _unique(
            [{"id": a["id"], "text": a["text"], "published": a["published"]} for a in arts]
        )
    out = []
    for f in sorted(path.glob("*.txt")):
        m = _DATE.search(f.name)
        out.append(
            {"id": f.stem, "text": f.read_text(encoding="utf-8"), "published": m and m.group(1)}
        )
    return out


def _unique(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The first document of each id (TimeBank and AQUAINT share a file, FA-KES repeats five
    rows, each time with the same text and date)."""
    seen: set[str] = set()
    out = []
    for d in docs:
        if d["id"] not in seen:
            seen.add(d["id"])
            out.append(d)
    return out
