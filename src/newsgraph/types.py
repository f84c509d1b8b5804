"""The data that travels through newsgraph: one frozen dataclass per noun.

Offsets (``start``/``end``) are character offsets into ``Article.text`` (the cleaned
text) unless a field says otherwise; ``sent`` is the 0-based sentence index in that text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc


# ---------------------------------------------------------------- ingest / clean


@dataclass(frozen=True)
class RawDoc:
    """One document as read from its input, before cleaning."""

    source_id: str  # the id it had in its input: a file name, a JSONL/CSV id, a WARC record id
    origin: str  # where it came from, for messages: "path", "path:line 3", "path#record 2"
    format: str  # text | html | jsonl | csv | warc
    text: str  # plain text (for HTML: the main text extracted by trafilatura)
    # title, url, outlet, published, language
    meta: Mapping[str, str | None] = field(default_factory=dict)
    html: str | None = None  # the raw HTML, when the input was HTML
    warnings: tuple[str, ...] = ()  # from reading, e.g. "not UTF-8: decoded as cp1252"


@dataclass(frozen=True)
class RemovedSpan:
    """A piece of scraping debris dropped by the cleaner; offsets into ``Article.raw_text``."""

    start: int
    end: int
    kind: str  # subscribe | comments | see_also | credit | share | footer | metadata | ...
    text: str


@dataclass(frozen=True)
class Article:
    id: str  # newsgraph's id: a content hash of the raw text
    source_id: str
    origin: str
    format: str
    raw_text: str
    text: str  # cleaned text; every offset downstream points here
    removed: tuple[RemovedSpan, ...] = ()
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: date | None = None
    published_source: str | None = None  # metadata | html | text | option | None
    language: str | None = None
    warnings: tuple[str, ...] = ()  # e.g. "no publication date", "publication date in the future"
    duplicate_of: str | None = None  # the article this one is a copy of
    duplicate_kind: str | None = None  # near | wire
    similarity: float | None = None  # Jaccard over shingles (near), or containment (wire)
    # (clean_offset, raw_offset) anchors mapping ``text`` back to ``raw_text`` (clean/normalize.py)
    offset_map: tuple[tuple[int, int], ...] = ()
    # Set by the dedup step (clean/dedup.py) and written with the article by the store:
    fingerprints: tuple[int, ...] = ()  # sampled shingle hashes (signed 64-bit) for lookup
    supersedes: tuple[tuple[str, str, float], ...] = ()  # (stored id, kind, similarity) that
    # turn out to be later copies of this article: relinked to it when it is stored


@dataclass(frozen=True)
class Skip:
    """Something that did not make it through a stage, and why. Always recorded, never silent."""

    origin: str
    stage: str
    reason: str
    article_id: str | None = None
    source_id: str | None = None
    status: str = "skipped"  # skipped | failed | duplicate


# ---------------------------------------------------------------- extracted facts


@dataclass(frozen=True)
class Mention:
    """An actor mention: a span of text that refers to an actor, resolved or not."""

    article_id: str
    sent: int
    start: int
    end: int
    text: str
    label: str  # PERSON | ORG | GPE | NORP | TITLE | PRON | ...
    actor_id: str | None  # None: unresolved, kept with its text
    method: str  # dictionary | fuzzy | coreference | ner
    confidence: float
    role: str | None = None  # the role held at the article's date, e.g. "IRN foreign minister"
    country: str | None = None  # ISO3 of the role or actor
    sector: str | None = None  # PLOVER sector: GOV, MIL, REB, ...
    antecedent: int | None = None  # start offset of the mention this one corefers with
    candidates: tuple[str, ...] = ()  # unresolved: the actors it might be (not chosen)


@dataclass(frozen=True)
class Timex:
    """A time expression normalised TimeML-style."""

    article_id: str
    sent: int
    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str | None  # 2024-12-01, 2024-W48, P14M, PAST_REF; None when unresolved
    anchor: str | None = None  # the date it was resolved against (ISO), or None
    anchor_kind: str | None = None  # publication | previous | none
    precision: str | None = None  # day | week | month | year | ...
    note: str | None = None  # why unresolved, or a warning ("impossible date")
    mod: str | None = None  # TimeML mod: START, MID, END, APPROX, MORE_THAN, LESS_THAN, ...
    tense: str | None = None  # of the governing verb: past | present | future | None


@dataclass(frozen=True)
class Place:
    """A place mention, geocoded offline, or left unresolved with its candidates."""

    article_id: str
    sent: int
    start: int
    end: int
    text: str
    name: str | None
    geonames_id: int | None
    lat: float | None
    lon: float | None
    country: str | None  # ISO3
    admin_level: str | None  # e.g. ADM1
    feature: str | None  # GeoNames feature code: PPLA, ADM1, PCLI, ...
    precision: str | None  # city | region | country | None (unresolved)
    confidence: float = 0.0
    candidates: tuple[Mapping[str, Any], ...] = ()
    # True when the name stands for a government or actor in this sentence ("Damascus said",
    # "Ankara's support"): still geocoded, but not where something happened (docs/places.md).
    metonym: bool = False
    admin1: str | None = None  # GeoNames admin1 code of the resolved place, e.g. "09"
    method: str | None = None  # how it was resolved: name | alias | container | context | ...
    note: str | None = None  # why unresolved, or what decided it


@dataclass(frozen=True)
class GeoEntry:
    """One gazetteer entry (a GeoNames feature or a curated overlay entry) places resolve to."""

    geonames_id: int | None
    name: str
    lat: float | None
    lon: float | None
    country: str | None  # ISO3
    admin1: str | None  # GeoNames admin1 code
    feature: str  # GeoNames feature code: PPLC, PPLA, PPL, ADM1, PCLI, RGN, AIRB, ...
    population: int = 0
    source: str = "geonames"  # geonames | overlay
    prior: float = 0.0  # curated preference among same-named entries (overlay only)
    note: str | None = None  # where the coordinates come from when not GeoNames


@dataclass(frozen=True)
class ActorRef:
    """An actor or recipient of an event or the speaker of a quote, as the text gave it."""

    text: str
    start: int
    end: int
    actor_id: str | None = None
    name: str | None = None
    country: str | None = None
    sector: str | None = None


# ---------------------------------------------------------------- actor knowledge base


@dataclass(frozen=True)
class RoleSpell:
    """A role an actor held from ``start`` to ``end`` (inclusive; None: open)."""

    title: str  # canonical: president, prime minister, foreign minister, emir, leader, ...
    country: str | None = None  # ISO3 of the state the role belongs to
    org: str | None = None  # actor id of the body the role is in or leads (e.g. "hts")
    sector: str | None = None  # PLOVER sector while the role is held: GOV, MIL, REB, ...
    start: date | None = None
    end: date | None = None

    def covers(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)

    def label(self) -> str:
        where = self.country or self.org or ""
        return f"{where} {self.title}".strip()


@dataclass(frozen=True)
class FormerName:
    name: str
    until: date | None = None  # the day the name stopped being used
    since: date | None = None


@dataclass(frozen=True)
class Actor:
    """One canonical actor of the knowledge base: a state, organisation, group or person."""

    id: str
    type: str  # state | institution | igo | ngo | armed_group | party | media | person | group
    name: str
    country: str | None = None  # ISO3
    sector: str | None = None  # primary PLOVER sector (for a person: see ``roles``)
    sectors: tuple[str, ...] = ()  # secondary sectors, e.g. ("GOV",) for state media
    qid: str | None = None  # Wikidata id, only where certain
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()  # states: "Iranian", "Iranians"
    capitals: tuple[str, ...] = ()  # states: used as metonyms ("Tehran said")
    former_names: tuple[FormerName, ...] = ()
    roles: tuple[RoleSpell, ...] = ()
    note: str | None = None
    origin: str = ""  # "file:line" it was loaded from
    # names of the actor only in an article about its country ("Senate", "Republicans")
    local_aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class EventReport:
    """One report of an event in one sentence of one article."""

    article_id: str
    sent: int
    trigger: str
    trigger_start: int
    trigger_end: int
    actors: tuple[ActorRef, ...]
    recipients: tuple[ActorRef, ...]
    type: str  # PLOVER event type, e.g. CONSULT
    mode: str | None
    context: str | None
    cameo: str | None
    quad: int | None  # 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    date: str | None
    date_precision: str | None
    date_text: str | None
    place: Place | None
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    historical: bool = False
    reported: bool = False
    speaker: ActorRef | None = None
    confidence: float = 0.0
    # How the date was found: explicit | inherited | window (None: undated). A window has no
    # ``date``; ``date_start``/``date_end`` bound it (ISO days). For a date they are left None
    # and the store computes the days it covers.
    date_basis: str | None = None
    date_start: str | None = None
    date_end: str | None = None


@dataclass(frozen=True)
class MainEvent:
    """An article's main (lead) event: one of its event reports, found by its provenance
    (sentence, trigger offsets), with the evidence that made it the main one."""

    article_id: str
    sent: int
    trigger_start: int
    trigger_end: int
    type: str
    score: float
    evidence: Mapping[str, float]  # position, frequency, completeness, confidence, factual


@dataclass(frozen=True)
class Quote:
    article_id: str
    sent: int
    kind: str  # direct | indirect | mixed
    cue: str
    cue_start: int
    cue_end: int
    content: str
    content_start: int
    content_end: int
    speaker: ActorRef | None
    anonymous: bool = False
    affiliation: str | None = None
    speaker_role: str | None = None
    via: tuple[str, ...] = ()
    disputes: tuple[Mapping[str, Any], ...] = ()
    # Added by the quotes stage (issue 6). ``id``: "<article_id>:q<n>", what disputes link to.
    id: str = ""
    via_spans: tuple[tuple[int, int], ...] = ()  # offsets of each ``via`` entry in the text
    via_kinds: tuple[str, ...] = ()  # agency | medium | person | article, one per ``via``
    speaker_method: str | None = None  # mention | coreference | anonymous | title | pronoun |
    # entity | None: how the speaker was resolved (None: unresolved)
    method: str = "dependency"  # how the quote was attributed: dependency | according |
    # parenthetical | passive | quoted-as | adjacent | continuation | unattributed | colon
    closed: bool = True  # False: the quotation marks never closed (the quote runs to the
    # end of its paragraph)


# ---------------------------------------------------------------- in flight


@dataclass(frozen=True)
class Parsed:
    """An article with its spaCy Doc and the facts the extract stages have added so far."""

    article: Article
    doc: Doc
    facts: Mapping[str, tuple[Any, ...]] = field(default_factory=dict)

    def with_facts(self, name: str, items: tuple[Any, ...] | list[Any]) -> Parsed:
        return replace(self, facts={**self.facts, name: tuple(items)})


@dataclass(frozen=True)
class Figure:
    """A casualty, displacement or detention figure as the text gives it."""

    article_id: str
    sent: int
    start: int  # the number's span (with its qualifier)
    end: int
    text: str  # the whole phrase, e.g. "at least 16 civilians were killed"
    count: int | None  # None for vague amounts ("dozens") with no lower bound
    low: int | None  # the lower and upper bounds the wording allows
    high: int | None
    qualifier: str | None  # at least | over | nearly | about | up to | some | None (exact)
    category: str  # killed | injured | displaced | detained | missing
    group: str  # civilians | children | women | fighters | soldiers | people | ...
    number_text: str  # the number as written: "280,000", "six", "dozens"
    # event: what one event did; cumulative: a running total ("since 2011", "so far")
    scope: str = "event"


@dataclass(frozen=True)
class Label:
    """A noun phrase or modifier an article uses for an actor: how the outlet frames it."""

    article_id: str
    sent: int
    start: int
    end: int
    actor_id: str | None  # None when the phrase could not be tied to an actor
    label: str  # normalised: lower case, no determiner: "takfiri terrorists", "regime"
    kind: str  # modifier | apposition | predicate | reference
    method: str  # mention | salience: how the phrase was tied to the actor
    confidence: float


@dataclass(frozen=True)
class Backing:
    """An explicit statement that one actor backs another: "Turkish-backed groups"."""

    article_id: str
    sent: int
    start: int
    end: int
    text: str
    supporter: ActorRef
    supported: ActorRef
    pattern: str  # adjectival | passive | active
