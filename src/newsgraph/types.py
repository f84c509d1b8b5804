"""The data that travels through newsgraph: one frozen dataclass per noun.

Offsets (``start``/``end``) are character offsets into ``Article.text`` (the cleaned
text) unless a field says otherwise; ``sent`` is the 0-based sentence index in that text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cached_property
from typing import TYPE_CHECKING, Any

from newsgraph.calendar import day_range

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
    # True when the name stands for a government or actor in this sentence ("Kabul said",
    # "Kigali's support"): still geocoded, but not where something happened (docs/places.md).
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
    """A role an actor held from ``start`` (inclusive) to ``end`` (exclusive: the day a successor
    takes office; None: open)."""

    title: str  # canonical: president, prime minister, foreign minister, emir, leader, ...
    country: str | None = None  # ISO3 of the state the role belongs to
    org: str | None = None  # actor id of the body the role is in or leads (e.g. "nato")
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
    # people of the KB with the same full name (Latvia's two Andris Bērziņš): the name is
    # then no one's alias but read in context, as a surname two people share
    namesakes: tuple[str, ...] = ()
    # a person's surname of more than one word ("Castro Caldas"), which the loader takes
    # whole; without it a name's last word is the surname and the words before it given names
    surname: str | None = None


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
    # event: what one event did; cumulative: a running total ("since 2011", "so far");
    # earlier: a toll the text replaces ("its earlier toll of 15"); background: a toll of
    # another event told in its own clause ("a bombing last week that killed 126", "the
    # deadliest since March, when 80 died", "in a separate attack"); increment: what adds to
    # a toll ("three more people died"). Only event figures are linked to an event.
    scope: str = "event"
    # the characters of the clause it is told in: of two attacks in one sentence, the figure
    # is the one's whose report is in its clause ("a strike on X killed 5, and shelling of Y
    # killed 12"); None when not known
    clause_start: int | None = None
    clause_end: int | None = None


@dataclass(frozen=True)
class Label:
    """A noun phrase or modifier an article uses for an actor: how the outlet frames it."""

    article_id: str
    sent: int
    start: int
    end: int
    actor_id: str | None  # None when the phrase could not be tied to an actor
    label: str  # normalised: lower case, no determiner: "jihadist fighters", "regime"
    kind: str  # modifier | apposition | predicate | reference
    method: str  # mention | salience: how the phrase was tied to the actor
    confidence: float


@dataclass(frozen=True)
class Backing:
    """An explicit statement that one actor backs another: "Rwandan-backed groups"."""

    article_id: str
    sent: int
    start: int
    end: int
    text: str
    supporter: ActorRef
    supported: ActorRef
    pattern: str  # adjectival | passive | active


# ---------------------------------------------------------------- analysis across articles

UNDATED_WINDOW_DAYS = 2
Day = date  # ReportView has a field named ``date``: annotate with this alias inside it


@dataclass(frozen=True)
class ReportView:
    """One event report, reduced to what clustering and comparison need."""

    id: int
    article_id: str
    origin: str  # the original article (a wire copy's original): copies count once
    outlet: str
    sent: int
    type: str  # PLOVER event type
    actors: frozenset[str]  # actor ids, or "~text" for unresolved actors
    recipients: frozenset[str]
    date: str | None  # ISO day, 2024-W48, 2024-12, 2024
    date_precision: str | None
    place_id: str | None  # GeoNames id, or "~name" when unresolved
    place_country: str | None
    trigger: str = ""
    report_date: str | None = None
    factual: bool = True  # not negated, hypothetical or future
    countries: Mapping[str, str] = field(default_factory=dict)  # participant -> ISO3
    # Where: the event's own place below country level, else the place its article is most
    # about (a context for telling events apart, never reported as the event's place).
    point: tuple[float, float] | None = None
    own_point: bool = False  # the point is the event's own place, not its article's
    story: int | None = None  # the story of its article (analyze/stories.py)
    confidence: float = 1.0  # the event stage's confidence in the report
    historical: bool = False  # background ("in 2013, ...") rather than the news
    # explicit: the text dates the event; inherited: taken from another sentence or the
    # publication date; window: a range the event falls in. Only explicit days contradict.
    date_basis: str | None = None
    span: tuple[str, str] | None = None  # first and last day (ISO) the events stage gave it
    # The first-level region its own place is in ("SYR:11"): a city and its governorate
    # (a place named at region level) are compared through it, not by their distance.
    place_region: str | None = None

    @property
    def cell(self) -> str | None:
        """A half-degree grid cell of the event's own place, for finding events nearby."""
        if not self.own_point or self.point is None:
            return None
        return f"{round(self.point[0] * 2)}:{round(self.point[1] * 2)}"

    @cached_property  # scored against up to 200 candidate events
    def window(self) -> tuple[Day, Day] | None:
        """The days the event can have happened on: its own date's range, else the window the
        events stage gave it (``date_basis`` window, see docs/events.md); for a report with
        neither (stores older than the windows), the days before its article's publication."""
        own = day_range(self.date)
        if own is not None:
            return own
        if self.span is not None:
            try:
                return Day.fromisoformat(self.span[0]), Day.fromisoformat(self.span[1])
            except ValueError:
                pass
        published = day_range(self.report_date[:10]) if self.report_date else None
        if published is None:
            return None
        return published[0] - timedelta(days=UNDATED_WINDOW_DAYS), published[1]


@dataclass
class Cluster:
    """A canonical event being built: its reports' participants (with how many reports name
    each), dates and places, and the window of the report that started it."""

    id: int
    type: str
    actor_counts: Counter[str] = field(default_factory=Counter)
    recipient_counts: Counter[str] = field(default_factory=Counter)
    dates: dict[str, set[str]] = field(default_factory=dict)  # date -> origins
    places: dict[str, set[str]] = field(default_factory=dict)  # place id -> origins
    countries: set[str] = field(default_factory=set)
    triggers: set[str] = field(default_factory=set)
    report_ids: list[int] = field(default_factory=list)
    origins: set[str] = field(default_factory=set)
    participant_countries: dict[str, str] = field(default_factory=dict)
    span: tuple[date, date] | None = None  # the window of its first dated report
    point: tuple[float, float] | None = None  # the point of its first located report
    cell: str | None = None  # the grid cell of its first report with a place of its own
    factual: bool | None = None  # whether its first report asserts it (not negated/hypothetical)
    story: int | None = None  # the story of its first report
    regions: set[str] = field(default_factory=set)  # first-level regions of its own places

    # actors, recipients, participants and core, computed once per state of the event (its
    # number of reports: only ``add`` changes them); the clusterer reads them for every
    # candidate report.
    _derived: tuple[int, frozenset[str], frozenset[str], frozenset[str], frozenset[str]] | None = (
        field(default=None, init=False, repr=False, compare=False)
    )

    def _sets(self) -> tuple[int, frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
        if self._derived is None or self._derived[0] != len(self.report_ids):
            actors, recipients = frozenset(self.actor_counts), frozenset(self.recipient_counts)
            n = max(1, len(self.report_ids))
            counts = self.actor_counts + self.recipient_counts
            core = frozenset(p for p, k in counts.items() if 3 * k >= n)
            self._derived = (len(self.report_ids), actors, recipients, actors | recipients, core)
        return self._derived

    @property
    def actors(self) -> frozenset[str]:
        return self._sets()[1]

    @property
    def recipients(self) -> frozenset[str]:
        return self._sets()[2]

    @property
    def participants(self) -> frozenset[str]:
        return self._sets()[3]

    def core(self) -> frozenset[str]:
        """Participants named by at least a third of its reports: what the event is about.
        Comparing with the core, not the union, keeps a cluster from drifting."""
        return self._sets()[4]

    def add(self, r: ReportView) -> None:
        self.actor_counts.update(r.actors)
        self.recipient_counts.update(r.recipients)
        if r.date:
            self.dates.setdefault(r.date, set()).add(r.origin)
        if r.place_id:
            self.places.setdefault(r.place_id, set()).add(r.origin)
        if r.place_country:
            self.countries.add(r.place_country)
        if r.place_region:
            self.regions.add(r.place_region)
        if r.trigger:
            self.triggers.add(r.trigger.lower())
        self.report_ids.append(r.id)
        self.origins.add(r.origin)
        self.participant_countries.update(r.countries)
        if self.factual is None:
            self.factual = r.factual
        if self.story is None:
            self.story = r.story
        if self.span is None:
            self.span = r.window
        if self.point is None:
            self.point = r.point
        if self.cell is None and r.cell is not None:
            self.cell = r.cell
            self.point = r.point


@dataclass(frozen=True)
class Contradiction:
    kind: str  # date | number | attribution | dispute
    canonical_id: int | None
    summary: str
    sides: tuple[Mapping[str, Any], ...] = field(default_factory=tuple)
    confidence: float = 0.0
    scope: str | None = None  # outlets | one outlet over time | one article
    reasons: tuple[str, ...] = ()  # why this confidence
    explanation: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class FigureView:
    id: int
    article_id: str
    origin: str
    outlet: str
    sent: int
    category: str
    group: str
    count: int | None
    low: int | None
    high: int | None
    text: str
    method: str = "sentence"  # how it is tied to the event: sentence | article


@dataclass(frozen=True)
class ArticleText:
    id: str
    title: str
    text: str
    published: str | None = None
    duplicate_of: str | None = None
    lead_type: str | None = None  # the PLOVER type of its lead event, when known
    # "SYR:09,SYR:12|SYR": the first-level regions it is most about, then its main country
    # (``store.analysis.article_regions``); a bare "SYR:09" is read as region and country
    region: str | None = None


# ---------------------------------------------------------------- relations

# The relation an event of a PLOVER type makes between its actor and its recipient.
KIND_BY_TYPE = {
    "SUPPORT": "support",
    "AID": "support",
    "COOPERATE": "cooperate",
    "AGREE": "cooperate",
    "CONCEDE": "cooperate",
    "CONSULT": "consult",
    "REQUEST": "consult",
    "ACCUSE": "accuse",
    "REJECT": "oppose",
    "THREATEN": "oppose",
    "PROTEST": "oppose",
    "SANCTION": "oppose",
    "MOBILIZE": "oppose",
    "COERCE": "assault",
    "ASSAULT": "assault",
}
KINDS = ("support", "cooperate", "consult", "accuse", "oppose", "assault")
