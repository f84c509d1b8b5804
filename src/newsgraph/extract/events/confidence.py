"""The confidence of an event report: the probability that its PLOVER type is right, from a
small logistic model over what the coder knows when it codes (how the trigger was found, what
kind of parties it has, how the text presents it), and the default threshold below which
reports are kept in the store but not shown.

The weights (``data/events/confidence.json``) are fitted by ``scripts/train_event_confidence.py``
on labelled sentences (see that script and docs/events.md for the data and the figures); they
are plain numbers read once, so scoring a report costs a dozen additions.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources

# The default of what is shown as a report: ``newsgraph events`` and the web UI/API show the
# reports at or above it; ``--min-confidence 0`` shows everything. Nothing below it is deleted.
DEFAULT_MIN_CONFIDENCE = 0.70
# The cross-outlet analysis clusters reports from this lower bound: a report between it and the
# default is evidence that joins (or dates) a canonical event another outlet reports too. On the
# judged real-news sentences the reports from 0.5 up are 41 of 50 right (0.82) against 35 of 43
# (0.81) from 0.70 up; clustering only from 0.70, the sample lost two true date contradictions
# (docs/events.md, "Confidence and the default threshold").
ANALYSIS_MIN_CONFIDENCE = 0.5
# The cap of a report that is evidence for the analysis but not a who-did-what-to-whom to show:
# an attack with no named actor, a negated act, a statement coded as an act (between the two).
EVIDENCE_ONLY_CONFIDENCE = 0.6

# Trigger kinds (triggers.Trigger.kind) and party kinds (guards.party_kind).
KINDS = ("pattern", "light", "verb", "nominal")


@dataclass(frozen=True)
class Evidence:
    """What the confidence is computed from, for one report."""

    kind: str  # how the trigger was found: pattern | light | verb | nominal
    actor: str  # the actor's party kind: political | unknown | other
    actor_known: bool  # the actor is a knowledge-base actor (an id)
    pronoun: bool  # the actor is an unresolved pronoun
    recipient: str  # "none" or the best recipient's party kind
    type: str  # PLOVER type
    quad: int | None  # its quad class (lexicon.quads): 1-4
    negated: bool
    hypothetical: bool
    future: bool
    reported: bool
    quoted: bool  # inside quotation marks
    long_sentence: bool  # over 40 tokens
    inherited_date: bool
    # P(type | sentence) from the learned classifier (typeclf), None without its weights
    type_probability: float | None = None
    type_top: bool = False  # the classifier's most likely type is the coded one
    # the article reads as civil prose, not war or diplomacy news (guards.civil_genre)
    civil: bool = False


# Types whose reports need a recipient to be whole (a consultation with somebody).
_RECIPIENT_TYPES = frozenset(
    {
        "CONSULT",
        "COOPERATE",
        "AID",
        "REQUEST",
        "ACCUSE",
        "REJECT",
        "THREATEN",
        "SANCTION",
        "SUPPORT",
    }
)


# The indicators crossed with the genre (``civil*KEY``): fitted on the judged other outlets'
# news apart from the rest (scripts/train_event_confidence.py).
CIVIL_CROSSED = ("kind_", "quad_", "recipient_")


def features(ev: Evidence) -> dict[str, float]:
    """The model's inputs: named 0/1 indicators (absent = 0), and the classifier's
    probability."""
    f: dict[str, float] = {f"kind_{ev.kind}": 1.0}
    f[f"actor_{ev.actor}"] = 1.0
    if ev.actor_known:
        f["actor_known"] = 1.0
    if ev.pronoun:
        f["actor_pronoun"] = 1.0
    f[f"recipient_{ev.recipient}"] = 1.0
    if ev.recipient == "none" and ev.type in _RECIPIENT_TYPES:
        f["recipient_missing"] = 1.0
    f[f"quad_{ev.quad}"] = 1.0  # the type's quad class: coarser, as few reports are labelled
    for name in ("negated", "hypothetical", "future", "reported", "quoted"):
        if getattr(ev, name):
            f[name] = 1.0
    if ev.inherited_date:
        f["inherited_date"] = 1.0
    if ev.type_probability is not None:
        f["type_probability"] = ev.type_probability
        if ev.type_top:
            f["type_top"] = 1.0
    if ev.civil:
        # The genre's own weights: on campaign, business and court prose the same trigger
        # kind, quad and recipient are right less often than in war and diplomacy news.
        f["civil"] = 1.0
        for k in [k for k in f if k.startswith(CIVIL_CROSSED)]:
            f[f"civil*{k}"] = f[k]
    return f


@dataclass(frozen=True)
class Model:
    bias: float
    weights: dict[str, float]

    def probability(self, f: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in f.items())
        return 1.0 / (1.0 + math.exp(-z))


@cache
def load_model() -> Model:
    path = resources.files("newsgraph") / "data" / "events" / "confidence.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return Model(float(data["bias"]), {k: float(v) for k, v in data["weights"].items()})


def confidence(ev: Evidence) -> float:
    """The report's confidence, rounded to two decimals, in [0.01, 0.99]."""
    p = load_model().probability(features(ev))
    return round(min(0.99, max(0.01, p)), 2)
