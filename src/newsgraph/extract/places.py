"""The "places" doc stage: every place mention, geocoded offline.

Mentions: spaCy's GPE, LOC and FAC entities, plus the curated overlay's names found by a
PhraseMatcher (the small model misses or mislabels many town names). Each is
looked up in the gazetteer and disambiguated by the article's context (see
``newsgraph.resolve.places``); each gets ``metonym=True`` when it stands for a government.
Output: ``p.with_facts("places", [Place, ...])`` in text order. Settings (``Settings.extra``):
``places_min_population`` (500 | 1000 | 5000 | 15000, default 5000), ``places_overlays``
(extra overlay YAML files).
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from newsgraph.config import Settings
from newsgraph.extract.place_roles import LOCATIVE_PREPS, is_metonym
from newsgraph.registry import register_stage
from newsgraph.resolve.context import is_headline, name_modifier
from newsgraph.resolve.places.disambiguate import DocContext, Resolution, resolve_matches
from newsgraph.resolve.places.gazetteer import (
    COUNTRY_FEATURES,
    Gazetteer,
    admin_level_of,
    precision_of,
)
from newsgraph.resolve.places.names import fold
from newsgraph.resolve.places.org_names import names_org, org_name_after
from newsgraph.types import GeoEntry, Parsed, Place, Skip

PLACE_LABELS = {"GPE", "LOC", "FAC"}
_NAME_LABELS = {"PERSON", "ORG", "FAC", "GPE", "LOC"}
# Verbs whose object is a place when it names one: "shelled Maaret al-Numaan".
_TAKE_VERBS = {
    "seize",
    "capture",
    "shell",
    "bomb",
    "strike",
    "hit",
    "enter",
    "storm",
    "take",
    "attack",
    "besiege",
    "retake",
    "recapture",
    "overrun",
    "reach",
    "visit",
    "liberate",
    "surround",
    "encircle",
    "raid",
    "target",
    "evacuate",
    "flee",
    "bombard",
    "pound",
    "occupy",
    "control",
    "leave",
    "defend",
}
_REGION_WORDS = {
    "province",
    "governorate",
    "region",
    "oblast",
    "district",
    "countryside",
    "provinces",
    "governorates",
    "county",
    "state",
    "prefecture",
}
_CITY_WORDS = {"city", "town", "village", "suburb", "suburbs", "camp"}


@lru_cache(maxsize=4)
def load_gazetteer(min_population: int = 5000, overlays: tuple[str, ...] = ()) -> Gazetteer:
    """The gazetteer, loaded on first use and shared by the stages of this process."""
    return Gazetteer.load(min_population, overlays)


@register_stage("places")
class PlacesStage:
    """Parsed batch -> Parsed batch with ``facts["places"]``."""

    name = "places"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.min_population = int(settings.extra.get("places_min_population", 5000))
        self.overlays = tuple(str(p) for p in settings.extra.get("places_overlays", ()))
        self._gaz: Gazetteer | None = None
        self._matcher: PhraseMatcher | None = None
        self._matcher_vocab: Any = None

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gaz is None:
            self._gaz = load_gazetteer(self.min_population, self.overlays)
        return self._gaz

    def __call__(self, batch: list[Parsed]) -> list[Parsed | Skip]:
        return [p.with_facts("places", self.places_of(p)) for p in batch]

    # ------------------------------------------------------------------ one article

    def places_of(self, p: Parsed) -> list[Place]:
        doc, gaz = p.doc, self.gazetteer
        all_ents = doc.ents  # spaCy builds the tuple (a Token pass) on every access: read once
        spans = self._mention_spans(doc, p.facts.get("mentions", ()), all_ents)
        sent_starts = [s.start_char for s in doc.sents]
        parts = [_split_mention(span) for span in spans]
        ctx = self._context(all_ents, [name for name, _, _ in parts], p.facts.get("mentions", ()))
        cache: dict[tuple[str, str | None, int | None], Resolution] = {}
        orgs = _org_mentions(p.facts.get("mentions", ()))
        out: list[Place] = []
        for i, span in enumerate(spans):
            text, hint, container_text = parts[i]
            container, strict = None, True
            if container_text is None and i + 1 < len(spans):
                nxt = spans[i + 1]
                if nxt.start == span.end + 1 and doc[span.end].text == ",":
                    container_text = nxt.text
                    strict = not _in_list(doc, span, nxt)
            if container_text is not None:
                container = gaz.container(container_text)
            key = (fold(text), hint, id(container) if container else None)
            res = cache.get(key)
            if res is None:
                res = self._resolve(text, hint, container, ctx, strict)
                if strict:
                    cache[key] = res
            if _of_an_organisation(span, res, orgs):
                continue  # "the Duma" (the State Duma) is not Douma, Syria
            out.append(
                _place(
                    p.article.id, span, res, bisect.bisect_right(sent_starts, span.start_char) - 1
                )
            )
        return out

    def _resolve(
        self,
        text: str,
        hint: str | None,
        container: GeoEntry | None,
        ctx: DocContext,
        strict: bool = True,
    ) -> Resolution:
        gaz = self.gazetteer
        matches = gaz.lookup(text)
        if container is not None and all(m.entry.feature in COUNTRY_FEATURES for m in matches):
            container = None  # "Kenya, Uganda and Rwanda": a list, not a containment
        if not matches:
            matches = gaz.fuzzy(text)
        return resolve_matches(
            gaz, matches, ctx, hint=hint, container=container, strict_container=strict
        )

    # ------------------------------------------------------------------ mentions

    def _mention_spans(
        self, doc: Doc, mentions: Iterable[Any], all_ents: Sequence[Span]
    ) -> list[Span]:
        """The place mentions' spans; ``all_ents``: ``doc.ents``."""
        persons = {e.text for e in all_ents if e.label_ == "PERSON"}
        persons |= {e[-1].text for e in all_ents if e.label_ == "PERSON" and len(e) > 1}
        person_spans = {(m.start, m.end) for m in mentions if getattr(m, "label", None) == "PERSON"}
        ents = [e for e in all_ents if e.label_ in PLACE_LABELS]
        ent_at = {}
        for e in all_ents:
            for t in range(e.start, e.end):
                ent_at[t] = e
        extra = []
        for _, start, end in self._phrase_matcher(doc)(doc):
            span = doc[start:end]
            owners = {ent_at[t] for t in range(start, end) if t in ent_at}
            # A curated name inside a longer PERSON/ORG/FAC name ("Kabul University") is
            # part of that name; one that spaCy labelled as a whole (a town as PERSON) or
            # swallowed into a WORK_OF_ART ("Mosul and Kirkuk") is a place.
            if all(_same(o, span) or o.label_ not in _NAME_LABELS for o in owners):
                extra.append(span)
        extra += self._located_names(doc, ent_at)
        curated = {(s.start, s.end) for s in extra}
        spans = filter_spans(ents + extra)
        named = {(s.start, s.end) for s in spans if self._organisation_named_after(s)}
        return [
            s
            for s in spans
            if any(c.isalpha() for c in s.text)
            and name_modifier(s) is None
            and (s.start, s.end) not in named
            and (
                (s.start, s.end) in curated
                or (s.text not in persons and (s.start_char, s.end_char) not in person_spans)
            )
        ]

    def _organisation_named_after(self, span: Span) -> bool:
        """The place name ``span`` names an organisation rather than the place: "Iran Air",
        "Aleppo Today", "Syria TV", "Manchester United", "the Cleveland Indians won", also
        when the entity already holds the head ("Tehran Times" as one GPE) unless the whole
        is a gazetteer name ("West Bank"); not a facility ("Tiyas Air Base" as one FAC)."""
        lead = span[1:] if span.text.lower().startswith("the ") else span
        if len(lead) > 1 and names_org(list(lead[1:])):
            if is_headline(span.sent):
                return False
            return not any(m.tier == "exact" for m in self.gazetteer.lookup(lead.text))
        return org_name_after(span)  # False in a headline too

    def _located_names(self, doc: Doc, ent_at: dict[int, Span]) -> list[Span]:
        """PERSON/ORG entities after a locative preposition that are gazetteer city names
        ("shelled the town of Kafr Nabudah": ORG to the small model)."""
        out = []
        for e in {id(e): e for e in ent_at.values()}.values():
            if e.label_ not in ("PERSON", "ORG") or e.start == 0:
                continue
            prev = doc[e.start - 1].lower_
            prev2 = doc[e.start - 2].lower_ if e.start >= 2 else ""
            located = prev in LOCATIVE_PREPS or (prev == "of" and prev2 in _CITY_WORDS)
            taken = e.root.dep_ == "dobj" and e.root.head.lemma_.lower() in _TAKE_VERBS
            if not (located or taken):
                continue
            if any(
                m.kind == "name"
                and precision_of(m.entry.feature) in ("city", "region")
                and (located or m.entry.source == "overlay" or m.tier == "exact")
                for m in self.gazetteer.lookup(e.text)
            ):
                out.append(e)
        return out

    def _phrase_matcher(self, doc: Doc) -> PhraseMatcher:
        if self._matcher is None or self._matcher_vocab is not doc.vocab:
            from spacy.lang.en import English

            make = English(vocab=doc.vocab).make_doc
            names = sorted(_overlay_names(self.gazetteer))
            matcher = PhraseMatcher(doc.vocab, attr="ORTH")
            matcher.add("PLACE", [make(n) for n in names])
            self._matcher, self._matcher_vocab = matcher, doc.vocab
        return self._matcher

    def _context(
        self, all_ents: Sequence[Span], names: list[str], mentions: Iterable[Any]
    ) -> DocContext:
        """The countries the article names: ``names`` are its place mentions' names
        (``_split_mention``), ``all_ents`` its ``doc.ents``."""
        gaz, counts = self.gazetteer, Counter[str]()
        for name in names:
            for m in gaz.lookup(name):
                if m.tier == "exact" and m.kind == "name" and m.entry.feature in COUNTRY_FEATURES:
                    counts[m.entry.country or ""] += 1
                    break
        for e in all_ents:
            if e.label_ == "NORP":
                code = gaz.demonyms.get(fold(e.text))
                if code:
                    counts[code] += 1
        for m in mentions:
            code = getattr(m, "country", None)
            if code:
                counts[code] += 1
        counts.pop("", None)
        return DocContext(counts)


def _org_mentions(mentions: Iterable[Any]) -> list[tuple[int, int, str]]:
    """(start, end, state) of the actors stage's mentions resolved to a knowledge-base actor
    that are not places (an organisation, a person): "the State Duma", and "the Duma" after it
    (RUS.DUMA -> RUS). Corpus actors (names no KB has) are not trusted to cover a place."""
    out = []
    for m in mentions:
        aid = getattr(m, "actor_id", None)
        if (
            aid
            and getattr(m, "method", None) != "corpus"
            and getattr(m, "label", None) not in PLACE_LABELS
        ):
            state = getattr(m, "country", None) or aid.split(".", 1)[0]
            out.append((m.start, m.end, state))
    return out


def _of_an_organisation(span: Span, res: Resolution, orgs: list[tuple[int, int, str]]) -> bool:
    """The place name lies inside an organisation's or person's resolved mention of another
    state: "the Duma" of the State Duma (RUS) is not Douma (SYR). The place's own government
    ("Damascus" tagged ORG, SYR.GOV) stays a place."""
    country = res.entry.country if res.entry else None
    return any(
        s <= span.start_char and span.end_char <= e and state != country for s, e, state in orgs
    )


def _overlay_names(gaz: Gazetteer) -> set[str]:
    """The curated overlay's names and aliases that can be matched case-sensitively."""
    names: set[str] = set()
    for _, entry_names in gaz.overlay_names:
        for n in entry_names:
            if n[:1].isupper() and len(n) >= 4:
                names.add(n)
                if "'" in n:
                    names.add(n.replace("'", "\u2019"))
    return names


def _in_list(doc: Doc, first: Span, second: Span) -> bool:
    """True when "A, B" is part of an enumeration ("A, B, and C", "In A, B and C met")."""
    after = doc[second.end].lower_ if second.end < len(doc) else ""
    before = doc[first.start - 1].lower_ if first.start > 0 else ""
    return after in (",", "and", "or", "&") or before == ","


def _same(a: Span, b: Span) -> bool:
    return a.start == b.start and a.end == b.end


def _split_mention(span: Span) -> tuple[str, str | None, str | None]:
    """(name, hint, container) of a mention: "Kano province" -> ("Kano", "region", None);
    "Paris, Texas" -> ("Paris", None, "Texas")."""
    text, container = span.text, None
    if ", " in text:
        text, container = (part.strip() for part in text.split(", ", 1))
    hint = None
    words = text.split()
    if len(words) > 1 and words[-1].lower() in _REGION_WORDS:
        hint = "region"
    elif len(words) > 1 and words[-1].lower() in _CITY_WORDS:
        hint = "city"
    doc = span.doc
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    before = doc[span.start - 2 : span.start] if span.start >= 2 else None
    if hint is None and after in _REGION_WORDS:
        hint = "region"
    elif hint is None and after in _CITY_WORDS:
        hint = "city"
    elif hint is None and before is not None and before[1].lower_ == "of":
        word = before[0].lower_
        hint = "region" if word in _REGION_WORDS else "city" if word in _CITY_WORDS else None
    if text.lower().startswith("the "):
        text = text[4:]
    return text, hint, container


def _place(article_id: str, span: Span, res: Resolution, sent: int) -> Place:
    e = res.entry
    metonym = is_metonym(span)
    return Place(
        article_id=article_id,
        sent=sent,
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        name=e.name if e else None,
        geonames_id=e.geonames_id if e else None,
        lat=e.lat if e else None,
        lon=e.lon if e else None,
        country=e.country if e else None,
        admin_level=admin_level_of(e.feature) if e else None,
        feature=e.feature if e else None,
        precision=precision_of(e.feature) if e else None,
        confidence=res.confidence,
        candidates=res.candidates,
        metonym=metonym,
        admin1=e.admin1 if e else None,
        method=res.method,
        note=res.note,
    )
