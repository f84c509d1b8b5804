"""A learned PLOVER type classifier for one sentence: multinomial naive Bayes over hashed word
unigrams and bigrams, trained by ``scripts/train_event_types.py`` on public labelled
text (the NGEC synthetic stories and the CAMEO codebook's examples; see that script).

It does not find events: the rules do. It gives the probability of the type the rules coded
for the report's sentence, one of the inputs of the report's confidence (``confidence.py``).
The weights (``data/events/type_classifier.npz``, float16) are read once.
"""

from __future__ import annotations

import re
import zlib
from functools import cache
from importlib import resources

import numpy as np

BUCKETS = 1 << 12
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def tokens(text: str) -> list[str]:
    """Lower-case words (digits and punctuation dropped), then adjacent pairs."""
    words = _WORD.findall(text.lower().replace("’", "'"))
    return words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]


_BUCKET_OF: dict[str, int] = {}  # unigram or bigram -> its bucket, remembered (bounded)
_MAX_REMEMBERED = 200_000


def hashed(text: str) -> dict[int, float]:
    """Bucket -> count of the text's unigrams and bigrams (CRC32, stable across runs)."""
    out: dict[int, float] = {}
    bucket_of = _BUCKET_OF
    if len(bucket_of) > _MAX_REMEMBERED:
        bucket_of.clear()
    for t in tokens(text):
        b = bucket_of.get(t)
        if b is None:
            b = bucket_of[t] = zlib.crc32(t.encode()) % BUCKETS
        out[b] = out.get(b, 0.0) + 1.0
    return out


class TypeClassifier:
    def __init__(self, labels: list[str], weights: np.ndarray, bias: np.ndarray) -> None:
        self.labels = labels
        self.index = {t: i for i, t in enumerate(labels)}
        self.weights = weights.astype(np.float32)  # BUCKETS x labels
        self.bias = bias.astype(np.float32)

    def probabilities(self, text: str) -> np.ndarray:
        h = hashed(text)
        z = self.bias.copy()
        if h:
            idx = np.fromiter(h.keys(), dtype=np.int64)
            val = np.fromiter(h.values(), dtype=np.float32)
            z += val @ self.weights[idx]
        z -= z.max()
        e = np.exp(z)
        return e / e.sum()

    def probability(self, text: str, plover_type: str) -> float:
        """P(``plover_type`` | sentence); 0 for a type it was not trained on."""
        i = self.index.get(plover_type)
        return float(self.probabilities(text)[i]) if i is not None else 0.0


@cache
def load_classifier() -> TypeClassifier | None:
    """The shipped classifier, or None when its weights are absent."""
    path = resources.files("newsgraph") / "data" / "events" / "type_classifier.npz"
    if not path.is_file():
        return None
    with path.open("rb") as fh, np.load(fh) as data:
        labels = [str(x) for x in data["labels"]]
        return TypeClassifier(labels, data["weights"], data["bias"])
