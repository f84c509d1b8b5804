"""Near duplicates and wire copies: sampled shingle fingerprints to look up, overlap to confirm.

For every new article (see docs/cleaning.md for the measured figures):

1. **Shingles**: the set of hashed 3-word shingles of the cleaned text (title excluded).
2. **Candidates** (no all-pairs comparison): articles sharing at least ``MIN_SHARED`` of the
   article's *fingerprints* (the shingle hashes ``h % 8 == 0``: the same sample in every text,
   so a copied passage carries its fingerprints along) and at least ``MIN_SHARED_FRACTION`` of
   the smaller set, looked up in ``article_fingerprints``; plus stored articles whose 64-bit
   SimHash shares a 16-bit band (``band0..3``) within Hamming distance ``SIMHASH_MAX_DISTANCE``.
   Earlier articles of the same batch are indexed in memory the same way.
3. **Confirm** on the exact shingle sets: Jaccard ``J`` and containment ``C`` (overlap over
   the smaller set). A match is ``J >= near_duplicate_threshold`` or
   ``C >= wire_containment_threshold`` (the smaller text having at least ``MIN_SHINGLES``).
4. **Kind**: ``wire`` when both texts credit the same news agency (Reuters, AFP, AP, ...) or one
   text is an excerpt or extension of the other (``C >= wire_containment_threshold`` and
   ``C - J >= EXCERPT_GAP``: syndication with cuts or additions); otherwise ``near``.
   ``similarity`` is ``J`` when ``J`` passes its threshold, else ``C``.
5. **Original**: the earlier published of the two (both dated), else the one ingested first.
   Links are flat: a copy points at the root original. When a new article is found to be the
   original of stored ones, they are relinked to it as it is stored (``Article.supersedes``).

SimHash alone (4 bands of 16 bits) is not enough: on the real wire copies of the FA-KES set it
found 39% of the pairs, and 20% of articles with three sentences edited (measured, see docs).
"""

from __future__ import annotations

import re
from array import array
from collections import OrderedDict
from dataclasses import dataclass, replace
from datetime import date

from newsgraph.agencies import AGENCIES
from newsgraph.clean.shingles import (
    fingerprints,
    hamming,
    jaccard_containment,
    shingle_hashes,
    simhash,
)
from newsgraph.config import Settings
from newsgraph.store import Store
from newsgraph.store import articles as articles_sql
from newsgraph.store import duplicates as sql
from newsgraph.types import Article

MIN_SHINGLES = 20  # a text with fewer shingles is only matched by Jaccard
MIN_SHARED = 3  # fingerprints two texts must share to be compared
MIN_SHARED_FRACTION = 0.3  # ... and this fraction of the smaller text's fingerprints
MAX_CANDIDATES = 20  # stored candidates confirmed per article, most shared fingerprints first
MAX_FINGERPRINT_DF = 200  # a fingerprint in more stored articles is too common to look up
SHINGLE_CACHE = 5_000  # stored articles whose shingles stay in memory (LRU; ~5 kB each)
EXCERPT_GAP = 0.25  # containment this far above Jaccard: one text is an excerpt of the other
SIMHASH_MAX_DISTANCE = 3  # SimHash band candidates kept within this Hamming distance

# (agency, words one of which the text must contain, the pattern that confirms the credit):
# the plain substring test is what most texts stop at.
_AGENCIES: tuple[tuple[str, tuple[str, ...], re.Pattern[str]], ...] = tuple(
    (a.key, a.forms, re.compile(a.credit_pattern)) for a in AGENCIES
)


def agencies(text: str) -> frozenset[str]:
    """The news agencies a text credits or cites."""
    return frozenset(
        name
        for name, words, pattern in _AGENCIES
        if any(w in text for w in words) and pattern.search(text)
    )


# What the cache keeps of an article: its shingle hashes packed as unsigned 64-bit integers
# (an eighth of a Python set's memory), fingerprints, SimHash and credited agencies.
_Shingled = tuple["array[int]", tuple[int, ...], int, frozenset[str]]


@dataclass
class _Info:
    article: Article
    shingles: set[int]
    fingerprints: frozenset[int]
    simhash: int
    agencies: frozenset[str]
    order: int  # ingest order: stored articles come before the batch (-1)


class Deduplicator:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.near = settings.near_duplicate_threshold
        self.containment = settings.wire_containment_threshold
        # Shingles of stored articles, kept across batches (a stored text never changes):
        # without it every batch re-reads and re-shingles the same candidates.
        self._shingled: OrderedDict[str, _Shingled]
        self._shingled = OrderedDict()

    def signature(self, article: Article) -> int | None:
        """The article's 64-bit SimHash (unsigned), stored with it in ``articles.simhash``."""
        cached = self._shingled.get(article.id)  # ``link`` has computed it
        if cached is not None:
            return cached[2] if cached[0] else None
        hashes = shingle_hashes(article.text)
        return simhash(hashes) if hashes else None

    def link(self, batch: list[Article], store: Store) -> list[Article]:
        """The batch with duplicates linked to their originals (originals first, for the store)."""
        infos = [self._info(a, k) for k, a in enumerate(batch)]
        root: dict[str, str] = {}  # batch article id -> its root original's id
        published: dict[str, date | None] = {i.article.id: i.article.published for i in infos}
        order: dict[str, int] = {i.article.id: i.order for i in infos}
        stored: dict[str, _Info] = {}
        for k, info in enumerate(infos):
            best = self._best_match(info, infos[:k], stored, store)
            if best is None:
                continue
            other, kind, sim = best
            other_root = (
                root.get(other.article.id) or other.article.duplicate_of or other.article.id
            )
            if other_root not in published:
                row = sql.article_published(store.conn, other_root)
                published[other_root], order[other_root] = (row, -1)
            if _earlier(info.article.id, other_root, published, order):
                self._supersede(info, other_root, kind, sim, infos, root)
            else:
                info.article = replace(
                    info.article,
                    duplicate_of=other_root,
                    duplicate_kind=kind,
                    similarity=round(sim, 4),
                )
                root[info.article.id] = other_root
        out = [i.article for i in infos]
        return [a for a in out if not a.duplicate_of] + [a for a in out if a.duplicate_of]

    # ------------------------------------------------------------------ internals
    def _info(self, a: Article, order: int) -> _Info:
        cached = self._shingled.get(a.id) if order < 0 else None
        if cached is None:
            hashes = shingle_hashes(a.text)
            fps = fingerprints(hashes) if hashes else ()
            credits = " ".join(
                [a.text] + [r.text for r in a.removed if r.kind in ("dateline", "byline", "footer")]
            )
            packed = array("Q", hashes)
            cached = (packed, tuple(fps), simhash(packed) if hashes else 0, agencies(credits))
        else:
            hashes = set(cached[0])
        self._remember(a.id, cached)
        _, fps, sim, credited = cached
        # A stored article is never written again: only the batch's take their fingerprints.
        article = replace(a, fingerprints=fps) if order >= 0 else a
        return _Info(article, hashes, frozenset(fps), sim, credited, order)

    def _remember(self, article_id: str, value: _Shingled) -> None:
        self._shingled[article_id] = value
        self._shingled.move_to_end(article_id)
        while len(self._shingled) > SHINGLE_CACHE:
            self._shingled.popitem(last=False)

    def _best_match(
        self, info: _Info, earlier: list[_Info], stored: dict[str, _Info], store: Store
    ) -> tuple[_Info, str, float] | None:
        if not info.shingles:
            return None
        candidates: list[_Info] = [
            o for o in earlier if o.shingles and _shares_enough(info.fingerprints, o.fingerprints)
        ]
        for cid in self._stored_candidates(info, store):
            if cid not in stored:
                # Its text only when its shingles must be computed (not in the cache).
                row = sql.candidate_article(store.conn, cid, text=cid not in self._shingled)
                if row is None:
                    continue
                stored[cid] = self._info(row, -1)
            candidates.append(stored[cid])
        best: tuple[_Info, str, float] | None = None
        best_key = (-1.0, -1.0)
        for other in candidates:
            j, c = jaccard_containment(info.shingles, other.shingles)
            small = min(len(info.shingles), len(other.shingles))
            contained = c >= self.containment and small >= MIN_SHINGLES
            if j < self.near and not contained:
                continue
            if info.agencies & other.agencies or (contained and c - j >= EXCERPT_GAP):
                kind, score = "wire", (j if j >= self.near else c)
            else:
                kind, score = "near", j
            if (j, c) > best_key:
                best, best_key = (other, kind, score), (j, c)
        return best

    def _stored_candidates(self, info: _Info, store: Store) -> list[str]:
        shared = sql.fingerprint_candidates(
            store.conn,
            sorted(info.fingerprints),
            min_shared=MIN_SHARED,
            limit=MAX_CANDIDATES,
            max_df=MAX_FINGERPRINT_DF,
        )
        # Fingerprint counts: from the shingle cache where it has the article, else the store.
        sizes = {c: len(self._shingled[c][1]) for c in shared if c in self._shingled}
        sizes |= sql.fingerprint_counts(store.conn, [c for c in shared if c not in sizes])
        keep = [
            cid
            for cid, n in shared.items()
            if n >= MIN_SHARED_FRACTION * min(len(info.fingerprints), sizes.get(cid, 0) or 1)
        ]
        for cid, other_hash, _ in articles_sql.simhash_candidates(store.conn, info.simhash):
            if hamming(info.simhash, other_hash) <= SIMHASH_MAX_DISTANCE and cid not in keep:
                keep.append(cid)
        return keep

    def _supersede(
        self,
        info: _Info,
        old_root: str,
        kind: str,
        sim: float,
        infos: list[_Info],
        root: dict[str, str],
    ) -> None:
        """``info`` is earlier than ``old_root``: it becomes the original of that whole group."""
        inherited: tuple[tuple[str, str, float], ...] = ()
        for other in infos:
            a = other.article
            if a.id == old_root:  # a batch article: the stored ones it superseded come along
                inherited, a = a.supersedes, replace(a, supersedes=())
            if a.id == old_root or a.duplicate_of == old_root:
                other.article = replace(
                    a,
                    duplicate_of=info.article.id,
                    duplicate_kind=a.duplicate_kind or kind,
                    similarity=a.similarity or round(sim, 4),
                )
                root[a.id] = info.article.id
        if not any(o.article.id == old_root for o in infos):  # a stored article
            inherited += ((old_root, kind, round(sim, 4)),)
        if inherited:
            info.article = replace(info.article, supersedes=info.article.supersedes + inherited)


def _shares_enough(a: frozenset[int], b: frozenset[int]) -> bool:
    n = len(a & b)
    return n >= min(MIN_SHARED, len(a), len(b)) and n >= MIN_SHARED_FRACTION * min(len(a), len(b))


def _earlier(a: str, b: str, published: dict[str, date | None], order: dict[str, int]) -> bool:
    """Is article ``a`` the original of ``b``: earlier published, else ingested first?"""
    pa, pb = published.get(a), published.get(b)
    if pa and pb and pa != pb:
        return pa < pb
    return order.get(a, -1) < order.get(b, -1)
