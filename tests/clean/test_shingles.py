"""Shingle hashes: the same 64-bit values however they are computed (stored fingerprints and
SimHashes depend on them), and the stored-candidate read without the text."""

from __future__ import annotations

from hashlib import blake2b

import pytest

from newsgraph.clean.shingles import SHINGLE_WORDS, shingle_hashes, words
from newsgraph.store import open_store
from newsgraph.store.duplicates import candidate_article
from newsgraph.types import Article, RemovedSpan


def _by_definition(text: str, k: int) -> set[int]:
    """blake2b (8 bytes, little-endian) of each run of k case-folded words, joined by a space."""
    ws = words(text)
    runs = [ws[i : i + k] for i in range(len(ws) - k + 1)] if len(ws) >= k else [ws]
    return {
        int.from_bytes(blake2b(" ".join(r).encode("utf-8"), digest_size=8).digest(), "little")
        for r in runs
        if r
    }


@pytest.mark.parametrize("k", [1, 2, SHINGLE_WORDS, 4])
@pytest.mark.parametrize(
    "text",
    [
        "",
        "Two words",
        "Three words here",
        "The ministers met in Ankara on Monday; the ministers met again on Tuesday.",
        "Straße İstanbul ſome ÉLYSÉE 2024 x_y",
    ],
)
def test_shingle_hashes_are_blake2b_of_each_k_word_run(text: str, k: int) -> None:
    assert shingle_hashes(text, k) == _by_definition(text, k)


def test_candidate_article_without_text(tmp_path) -> None:  # type: ignore[no-untyped-def]
    a = Article(
        id="a1",
        source_id="s1",
        origin="one.txt",
        format="text",
        raw_text="x",
        text="Reuters reported the talks.",
        outlet="Example Wire",
        removed=(RemovedSpan(0, 7, "byline", "Reuters"),),
    )
    with open_store(tmp_path / "t.db") as store:
        with store.transaction():
            store.insert_article(a, None)
        full = candidate_article(store.conn, "a1")
        light = candidate_article(store.conn, "a1", text=False)
        assert full is not None and light is not None
        assert full.text == a.text and full.removed
        assert (light.text, light.removed) == ("", ())
        fields = ("id", "source_id", "origin", "format", "outlet", "published", "duplicate_of")
        assert all(getattr(light, f) == getattr(full, f) for f in fields)
        assert candidate_article(store.conn, "none", text=False) is None
