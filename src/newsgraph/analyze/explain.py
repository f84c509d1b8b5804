"""A canonical event in words, why its reports are taken to be one event, and how sure that is.

The words are for a reader who does not look up ids: "an attack by Russia on civilians in
Ariha (SYR), 2017-04-04". The cohesion (0..1) says how sure the clustering is that the
reports are one event: reports of one story (articles that share their rare words) count
more than reports joined on participants alone; participants, places and dates that several
original articles agree on add to it. Contradictions multiply their own strength by it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from newsgraph.types import Cluster, ReportView

TYPE_WORDS = {
    "ASSAULT": "an attack",
    "COERCE": "a use of force (arrest, siege, seizure)",
    "CONSULT": "a meeting or call",
    "ACCUSE": "an accusation",
    "AID": "aid",
    "SUPPORT": "support",
    "COOPERATE": "cooperation",
    "AGREE": "an agreement",
    "REQUEST": "a request",
    "THREATEN": "a threat",
    "PROTEST": "a protest",
    "MOBILIZE": "a mobilisation",
    "SANCTION": "a sanction",
    "REJECT": "a rejection",
    "RETREAT": "a retreat",
    "CONCEDE": "a concession",
    "REDUCE": "a reduction of ties",
}


def describe_event(
    cluster: Cluster,
    names: Mapping[str, tuple[str, str | None]],
    place: str | None,
    date: str | None,
) -> str:
    """The event in words: what, who, against or with whom, where, when."""
    what = TYPE_WORDS.get(cluster.type, cluster.type.lower())
    text = f"{what} ({cluster.type})"
    # "visited Damascus": a place its reports take as a participant is said once, as the place
    where = {p.lstrip("~") for p in cluster.participants if p.startswith("~")}
    where = {p for p in where if place and p in place.lower()}
    actors = _top(cluster.actor_counts, names, exclude=where)
    recipients = _top(cluster.recipient_counts, names, exclude=set(actors) | where)
    if actors:
        text += " by " + " and ".join(actors)
    if recipients:
        text += (" with " if cluster.type in ("CONSULT", "COOPERATE", "AGREE") else " on ") + (
            " and ".join(recipients)
        )
    if place:
        text += f" in {place}"
    if date:
        text += f", {date}"
    return text


def cohesion(
    cluster: Cluster, views: Sequence[ReportView], story_similarity: Mapping[str, float]
) -> tuple[float, list[str]]:
    """How sure the clustering is that these reports are one event, and why."""
    why = [f"all reports are of type {cluster.type}"]
    origins = {v.origin for v in views}
    stories = {v.story for v in views}
    score = 0.5
    if len(origins) <= 1:
        why.append("all reports come from one article")
        return 0.8, why
    if len(stories) == 1 and None not in stories:
        sims = [story_similarity.get(v.article_id, 0.0) for v in views]
        joined = [s for s in sims if s < 1.0]
        score = 0.75
        text = "their articles tell one story (shared rare words, names, numbers"
        if joined:
            text += f"; similarity {min(joined):.2f}-{max(joined):.2f})"
        else:
            text += ")"
        why.append(text)
    else:
        why.append("their articles are in different stories: joined on named participants")
    per_origin: Counter[str] = Counter()
    for o in origins:
        named = set()
        for v in views:
            if v.origin == o:
                named |= {p for p in v.actors | v.recipients if not p.startswith("~")}
        per_origin.update(named)
    agreed = sorted(p for p, k in per_origin.items() if k >= 2)
    if agreed:
        score += 0.15
        why.append("participants named by several articles: " + ", ".join(agreed[:4]))
    places = Counter(p for p, os in cluster.places.items() for _ in os)
    if places and places.most_common(1)[0][1] >= 2:
        score += 0.1
        why.append("several articles give the same place")
    if cluster.dates and any(len(os) >= 2 for os in cluster.dates.values()):
        score += 0.05
        why.append("several articles give the same date")
    return min(1.0, score), why


def agreement_text(agreement: Mapping[str, Any]) -> str:
    """What the original articles agree on, in a line: "date 2024-12-01 (2 of 2); place
    Nairobi (2); william-ruto (2)" (the counts are originals: copies count once)."""
    parts = []
    for key in ("date", "place"):
        value = agreement.get(key)
        if value:
            parts.append(f"{key} {value['value']} ({value['originals']} of {value['of']})")
    parts += [f"{p['id']} ({p['originals']})" for p in agreement.get("participants") or ()]
    return "; ".join(parts)


def _top(
    counts: Counter[str],
    names: Mapping[str, tuple[str, str | None]],
    exclude: set[str] | None = None,
) -> list[str]:
    out: list[str] = []
    skip = {x.lower() for x in exclude or ()}
    # ties by id: a Counter fed from sets keeps their hash order, which differs by process
    for p, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        name = names.get(p, (p.lstrip("~"), None))[0]
        if name not in out and name.lower() not in skip:
            out.append(name)
        if len(out) == 2:
            break
    return out
