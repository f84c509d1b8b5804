"""Word shingles of a cleaned text, their 64-bit hashes, SimHash and sampled fingerprints."""

from __future__ import annotations

import re
from collections.abc import Iterable
from hashlib import blake2b

import numpy as np

SHINGLE_WORDS = 3  # words per shingle
FINGERPRINT_MOD = 8  # a shingle hash h is a fingerprint when h % 8 == 0: one in eight, the same
# ones in every text, so a passage copied from one article to another brings its fingerprints
MIN_FINGERPRINTS = 4  # short texts also keep their smallest hashes, so they can be found at all

_WORD = re.compile(r"\w+")
_BITS = np.arange(64, dtype=np.uint64)


def words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def shingle_hashes(text: str, k: int = SHINGLE_WORDS) -> set[int]:
    """The set of 64-bit hashes (unsigned) of the text's k-word shingles."""
    ws = words(text)
    if len(ws) < k:
        return {_hash64(" ".join(ws))} if ws else set()
    # ``_hash64`` written out: one call less per shingle (some 300 per article)
    from_bytes = int.from_bytes
    return {
        from_bytes(blake2b(s.encode("utf-8"), digest_size=8).digest(), "little")
        for s in map(" ".join, zip(*(ws[j:] for j in range(k)), strict=False))
    }


def _hash64(s: str) -> int:
    return int.from_bytes(blake2b(s.encode("utf-8"), digest_size=8).digest(), "little")


def simhash(hashes: Iterable[int]) -> int:
    """Charikar's SimHash: bit i is set when most shingle hashes have bit i set."""
    arr = np.fromiter(hashes, dtype=np.uint64)
    if arr.size == 0:
        return 0
    ones = ((arr[:, None] >> _BITS) & np.uint64(1)).sum(axis=0)
    bits = (ones * 2 > arr.size).astype(np.uint64)
    return int((bits << _BITS).sum())


def hamming(a: int, b: int) -> int:
    return (a ^ b).bit_count()


def fingerprints(hashes: set[int]) -> tuple[int, ...]:
    """The sampled shingle hashes that index a text for lookup, as signed 64-bit (SQLite)."""
    chosen = {h for h in hashes if h % FINGERPRINT_MOD == 0}
    if len(chosen) < MIN_FINGERPRINTS:
        chosen |= set(sorted(hashes)[:MIN_FINGERPRINTS])
    return tuple(sorted(to_signed(h) for h in chosen))


def to_signed(h: int) -> int:
    return h - (1 << 64) if h >= (1 << 63) else h


def jaccard_containment(a: set[int], b: set[int]) -> tuple[float, float]:
    """(|a∩b| / |a∪b|, |a∩b| / min(|a|, |b|))."""
    if not a or not b:
        return 0.0, 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter), inter / min(len(a), len(b))
