"""Geocoding quality of the places stage.

1. ``geocoding``: ``eval/data/places_gold.jsonl``, hand-assigned senses of every GPE/LOC/FAC
   and curated-overlay span in the 5 sample articles and the first 60 FA-KES articles
   (``../shared/datasets/fakes/fakes_dev.csv``). A resolved prediction is correct when it has
   the gold GeoNames id, lies within 25 km of the gold point, or (for gold entries without an
   id: regions, bases) carries the gold name. Precision = correct / resolved predictions on
   gold spans (places and non-places); recall = correct / gold places. ``country`` is the
   accuracy of the ISO3 country over gold places with a resolved prediction.
2. ``fakes_location``: FA-KES's per-article ``location`` (a governorate): the share of
   articles where some resolved, non-metonym Syrian place lies in that governorate.
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from eval.datasets import dataset
from newsgraph.resolve.places.disambiguate import distance_km

GOLD = Path(__file__).parent / "data" / "places_gold.jsonl"
SAMPLE = Path(__file__).resolve().parents[1] / "src" / "newsgraph" / "data" / "sample" / "articles"
NEAR_KM = 25.0
# FA-KES location -> GeoNames admin1 codes of Syria's governorates it names.
GOVERNORATES = {
    "aleppo": {"09"},
    "damascus": {"13", "08"},
    "idlib": {"12"},
    "deir ezzor": {"07"},
    "raqqa": {"04"},
    "homs": {"11"},
    "hasakeh": {"01"},
    "hama": {"10"},
    "daraa": {"06"},
    "lattakia": {"02"},
    "quneitra": {"03"},
}


def run(quick: bool = False) -> dict[str, dict[str, Any]]:
    fakes = dataset("fakes", "fakes_dev.csv")
    if fakes is None:
        print("places: dataset not found (../shared/datasets/fakes), skipped")
        return {}
    with fakes.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    texts = {f"fakes/{r['unit_id']}": r["article_content"] for r in rows}
    for f in sorted(SAMPLE.glob("*.txt")):
        texts[f"sample/{f.name}"] = f.read_text(encoding="utf-8")
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    doc_ids = sorted({g["doc"] for g in gold})
    if quick:
        doc_ids = [d for d in doc_ids if d.startswith("sample/")] + [
            d for d in doc_ids if d.startswith("fakes/")
        ][:10]
    locate = _locator()
    predicted = {d: locate(d, texts[d]) for d in doc_ids}
    out = {"geocoding": _score(gold, predicted)}
    n_loc = 25 if quick else len(rows)
    out["fakes_location"] = _doc_locations(rows[:n_loc], locate)
    return out


def _locator() -> Any:
    from newsgraph.config import load_settings
    from newsgraph.extract.places import PlacesStage
    from newsgraph.parse.nlp import load_spacy_pipeline
    from newsgraph.types import Article, Parsed

    settings = load_settings()
    nlp = load_spacy_pipeline(settings.model)
    stage = PlacesStage(settings)

    def locate(doc_id: str, text: str) -> list[Any]:
        a = Article(
            id=doc_id, source_id=doc_id, origin=doc_id, format="text", raw_text=text, text=text
        )
        return stage.places_of(Parsed(article=a, doc=nlp(text)))

    return locate


def _correct(p: Any, g: dict[str, Any]) -> bool:
    if g.get("geonames_id") is not None and p.geonames_id == g["geonames_id"]:
        return True
    if g.get("name") and p.name == g["name"]:
        return True
    return (
        g.get("precision") != "country" and distance_km(p.lat, p.lon, g["lat"], g["lon"]) <= NEAR_KM
    )


def _score(gold: list[dict[str, Any]], predicted: dict[str, list[Any]]) -> dict[str, Any]:
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for g in gold:
        if g["doc"] in predicted:
            by_doc[g["doc"]].append(g)
    tp = fp = fn = 0
    country_ok = country_n = unresolved = 0
    for doc_id, golds in by_doc.items():
        preds = predicted[doc_id]
        used: set[int] = set()
        for g in golds:
            over = [
                (i, p) for i, p in enumerate(preds) if p.start < g["end"] and g["start"] < p.end
            ]
            used.update(i for i, _ in over)
            resolved = [p for _, p in over if p.precision is not None]
            if g.get("ignore"):
                continue
            if not g.get("place"):
                fp += len(resolved)
                continue
            if not resolved:
                fn += 1
                unresolved += bool(over)
                continue
            p = resolved[0]
            country_n += 1
            country_ok += p.country == g.get("country")
            if _correct(p, g):
                tp += 1
            else:
                fp += 1
                fn += 1
        fp += sum(1 for i, p in enumerate(preds) if i not in used and p.precision is not None)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "country_acc": country_ok / country_n if country_n else 0.0,
        "n_gold": tp + fn,
        "n_docs": len(by_doc),
        "unresolved": unresolved,
    }


def _doc_locations(rows: list[dict[str, str]], locate: Any) -> dict[str, Any]:
    hits = n = 0
    for r in rows:
        want = GOVERNORATES.get(r["location"].strip().lower())
        if not want:
            continue
        n += 1
        places = locate(f"fakes/{r['unit_id']}", r["article_content"])
        hits += any(p.country == "SYR" and not p.metonym and p.admin1 in want for p in places)
    return {"accuracy": hits / n if n else 0.0, "n": n}
