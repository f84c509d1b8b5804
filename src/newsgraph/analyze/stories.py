"""Stories: articles about the same news, found by the text they share.

An article is a TF-IDF vector of its title and text: content words, names (capitalised words
inside a sentence count double), and numbers other than years ("23" killed, "1,200" displaced),
each weighted by how rare it is in the store (``log(N / df)``) with a sublinear term
frequency, L2-normalised. Words every article uses ("Syria" in a corpus about Syria) weigh
almost nothing; the village, the commander's name and the toll carry the match.

An article joins the story of the most similar earlier article when their cosine reaches
``threshold`` and they were published within ``window_days`` of each other (news of one event
comes out within days; undated articles are compared with all). Each article's main event
(as the events stage chose it) is one input among others: two articles whose main events
are of one type raise their similarity, of different types lower it. Text alone carries
the clustering: without events the similarity is the cosine.

Blocking keeps it sub-quadratic: candidates come from an inverted index on each article's
``query_terms`` heaviest terms, and terms found in more than ``max_df`` articles are not
indexed at all, so one article is compared with at most ``max_candidates`` others, whatever
the size of the store. A copy (``duplicate_of``) is in its original's story.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from newsgraph.types import ArticleText

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'\-]*[A-Za-z]|\d[\d,.]*\d|\d")


@dataclass(frozen=True)
class StorySettings:
    threshold: float = 0.2
    window_days: int = 3
    query_terms: int = 30
    max_df: int = 50  # terms in more articles than this (and 2% of the store) are not indexed
    max_candidates: int = 100
    text_chars: int = 3000  # the part of the text read: the story is told first
    lead_same_type: float = 1.1  # factor when both articles' lead events are of one type
    lead_other_type: float = 0.9
    same_region: float = 2.5  # factor when both articles are most about one region
    near_region: float = 1.5  # when the region one is most about is among the other's
    same_country: float = 0.5  # other regions of the country both are most about
    other_region: float = 0.5  # factor when they are about different countries
    day_decay: float = 0.3  # similarity factor per day between publication dates
    # an article at least this many times the threshold similar to stories begun in the same
    # pass joins them into one (1.5: chosen on FA-KES dev, see docs/analysis.md)
    merge_factor: float = 1.5


@dataclass
class StoryIndex:
    """Stories being built: article -> story, with the postings used for blocking."""

    settings: StorySettings = field(default_factory=StorySettings)
    story_of: dict[str, int] = field(default_factory=dict)
    similarity_of: dict[str, float] = field(default_factory=dict)  # to the article it joined
    joined: dict[str, str] = field(default_factory=dict)  # the article it was found similar to
    next_id: int = 1

    def assign(
        self,
        articles: Iterable[ArticleText],
        df: Mapping[str, int],
        n_docs: int,
        terms: Mapping[str, Mapping[str, int]] | None = None,
    ) -> None:
        """Give each new article a story (an existing one, or its own); ``df``: in how many
        articles of the store each term occurs, ``n_docs`` how many articles there are;
        ``terms``: each article's ``article_terms``, when the caller has them already."""
        s = self.settings
        max_df = max(s.max_df, int(0.02 * n_docs))
        vectors: dict[str, dict[str, float]] = {}
        postings: dict[str, list[str]] = defaultdict(list)
        meta: dict[str, ArticleText] = {}
        # Articles that have a story already are indexed first, then the new ones in order.
        ordered = sorted(
            articles,
            key=lambda a: (a.id not in self.story_of, a.published is None, a.published or "", a.id),
        )
        fresh: set[int] = set()  # stories begun in this pass: the only ones that may merge
        merged: dict[int, int] = {}  # a story merged into another (union-find parents)
        for a in ordered:
            if a.id in self.story_of:
                pass  # indexed below, never moved
            elif a.duplicate_of and a.duplicate_of in self.story_of:
                self.story_of[a.id] = _root(merged, self.story_of[a.duplicate_of])
                self.similarity_of[a.id] = 1.0
                self.joined[a.id] = a.duplicate_of
                continue
            own = terms.get(a.id) if terms is not None else None
            vec = tfidf(own or article_terms(a.title, a.text, s.text_chars), df, n_docs)
            keys = [
                t for t, _ in sorted(vec.items(), key=lambda kv: -kv[1]) if df.get(t, 0) <= max_df
            ]
            keys = keys[: s.query_terms]
            vectors[a.id], meta[a.id] = vec, a
            if a.id in self.story_of:
                for t in keys:
                    postings[t].append(a.id)
                continue
            best, best_sim = None, s.threshold
            bridged: set[int] = set()  # stories this article is strongly similar to
            for other in _candidates(keys, postings, s.max_candidates):
                o = meta[other]
                days = _days_apart(a.published, o.published)
                if days > s.window_days:
                    continue
                decay = s.day_decay**days
                sim = cosine(vec, vectors[other]) * self._context_factor(a, o) * decay
                if sim >= s.merge_factor * s.threshold:
                    bridged.add(_root(merged, self.story_of[other]))
                if sim >= best_sim:
                    best, best_sim = other, sim
            if best is not None:
                # Stories begun in this pass that the article is strongly similar to, besides
                # the one it joins, are one story with it: an article that bridges two halves
                # of a story told in two words ("gas attack", "chemical massacre") joins them.
                # Stories stored before are never moved.
                target = _root(merged, self.story_of[best])
                for story in bridged & fresh - {target}:
                    merged[story] = target
                self.story_of[a.id] = target
                self.similarity_of[a.id] = round(min(1.0, best_sim), 3)
                self.joined[a.id] = best
            else:
                self.story_of[a.id] = self._new()
                fresh.add(self.story_of[a.id])
                self.similarity_of[a.id] = 1.0
            for t in keys:
                postings[t].append(a.id)
        if merged:
            for a in ordered:
                self.story_of[a.id] = _root(merged, self.story_of[a.id])

    def _new(self) -> int:
        self.next_id += 1
        return self.next_id - 1

    def _context_factor(self, a: ArticleText, b: ArticleText) -> float:
        """What the articles' lead events and places add to their text similarity."""
        s, factor = self.settings, 1.0
        if a.lead_type and b.lead_type:
            factor *= s.lead_same_type if a.lead_type == b.lead_type else s.lead_other_type
        if a.region and b.region:
            factor *= self._region_factor(_regions(a.region), _regions(b.region))
        return factor

    def _region_factor(
        self, a: tuple[tuple[str, ...], str | None], b: tuple[tuple[str, ...], str | None]
    ) -> float:
        """Places compared through the hierarchy: the same region; a region one article is
        most about among the other's (an event near a boundary, told from either side);
        the same country; else different places."""
        s = self.settings
        (ra, ca), (rb, cb) = a, b
        if ra and rb and ra[0] == rb[0]:
            return s.same_region
        if (ra and ra[0] in rb) or (rb and rb[0] in ra):
            return s.near_region
        if ca and ca == cb:
            return s.same_country if ra and rb else 1.0
        return s.other_region if ca and cb else 1.0


def article_terms(title: str, text: str, chars: int = 3000) -> Counter[str]:
    """Content words (lower-cased), names doubled, numbers other than years, of the title
    (counted twice) and the first ``chars`` characters of the text."""
    out: dict[str, int] = {}
    get = out.get
    for part, weight in ((title or "", 2), ((text or "")[:chars], 1)):
        # A token after ". " starts a sentence: its capital says nothing about a name.
        gaps = _TOKEN.split(part)
        tokens = _TOKEN.findall(part)
        for k, tok in enumerate(tokens):
            first = tok[0]
            if first.isdigit():
                value = tok.replace(",", "")
                if len(value) == 4 and value.isdigit() and 1900 <= int(value) <= 2100:
                    continue  # a year says when, not what
                key = "#" + value
                out[key] = get(key, 0) + weight
                continue
            low = tok.lower()
            if len(low) < 3 or low in STOP_WORDS:
                continue
            name = first.isupper() and k > 0 and not _ends_sentence(gaps[k])
            out[low] = get(low, 0) + (2 * weight if name else weight)
    return Counter(out)


@lru_cache(maxsize=4096)  # read for every pair of candidates; few distinct values
def _regions(value: str) -> tuple[tuple[str, ...], str | None]:
    """``"SYR:09,SYR:12|SYR"`` -> (("SYR:09", "SYR:12"), "SYR"); a bare region is its own
    country's."""
    regions, _, named = value.partition("|")
    ranked = tuple(r for r in regions.split(",") if r)
    country = named or (ranked[0].split(":")[0] if ranked else None)
    # The regions of the country the article is most about come first: a region abroad (a
    # foreign capital named in passing, a village's name resolved to a town abroad) says
    # less of where its story is than one at home.
    inside = tuple(r for r in ranked if r.split(":")[0] == country)
    return inside + tuple(r for r in ranked if r not in inside), country


def _ends_sentence(gap: str) -> bool:
    return "." in gap or "!" in gap or "?" in gap or "\n" in gap


def document_frequencies(term_sets: Iterable[Iterable[str]]) -> Counter[str]:
    df: Counter[str] = Counter()
    for terms in term_sets:
        df.update(set(terms))
    return df


def tfidf(terms: Mapping[str, int], df: Mapping[str, int], n_docs: int) -> dict[str, float]:
    vec = {
        t: (1.0 + math.log(k)) * math.log((n_docs + 1) / (df.get(t, 0) + 1))
        for t, k in terms.items()
    }
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {t: v / norm for t, v in vec.items() if v > 0}


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    # Only the shared terms: the others would add exactly 0.0 (same sum, same order).
    return sum((v * b[t] for t, v in a.items() if t in b), 0.0)


def _root(merged: dict[int, int], story: int) -> int:
    """The story ``story`` was merged into, following the chain (and shortening it)."""
    root = story
    while root in merged:
        root = merged[root]
    while story in merged and merged[story] != root:
        merged[story], story = root, merged[story]
    return root


def _candidates(keys: list[str], postings: Mapping[str, list[str]], limit: int) -> list[str]:
    """Earlier articles sharing one of ``keys``, those sharing most first, at most ``limit``."""
    hits: Counter[str] = Counter()
    for t in keys:
        for other in postings.get(t, ()):
            hits[other] += 1
    return [a for a, _ in hits.most_common(limit)]


def _days_apart(a: str | None, b: str | None) -> int:
    """Days between two publication dates; 0 when either is unknown (compared as if same day)."""
    if not a or not b:
        return 0
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except ValueError:
        return 0
