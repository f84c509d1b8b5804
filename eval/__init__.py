"""Quality evaluation: `make eval` (python -m eval) prints precision/recall/F1 per extractor.

Each module here has ``run(quick: bool = False) -> dict[str, dict[str, float]]`` returning
named metric groups; ``EVALUATORS`` lists them in the order they print.
"""

EVALUATORS: list[str] = [
    "dedup",
    "furniture",
    "actors",
    "timex",
    "dates",
    "places",
    "quotes",
    "events",
    "realnews",
    "events_other",
    "events_recall",
    "figures",
    "crossoutlet",
]
