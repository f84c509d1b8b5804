"""Event coreference across articles: reports -> canonical events, within stories.

Articles are first grouped into stories by the text they share (``analyze/stories.py``).
Within a story, a report joins an event of its type when nothing it says contradicts it:
participants agree where both name them (a report naming fewer can join one naming more),
dates and places are compatible; the shared story stands in for a shared participant, so
"the attack" in one outlet joins "Russian jets struck Ariha" in another. Across stories a
report joins an event only on strong evidence (``cross_story_score``: the same participants,
date and place). Within the same story a conflict event may be told with different
perpetrators: that is kept as one event, and is what an attribution contradiction is.

A report joins the best-scoring existing event of the same PLOVER type that shares at
least one participant (or, with no resolved participants, the same place), when dates
and places are compatible; else it starts a new event. Candidates come from an index
keyed by (type, participant) and (type, place), so adding a report costs time in
proportion to the events it could join, not to the corpus: no quadratic blow-up, and
new articles join existing events without recomputing anything.

Tolerances (``ClusterSettings``) are explicit: reports up to ``date_tolerance_days`` apart
may be one event (then the dates are flagged as a contradiction); places in different
countries never are.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import compress, islice

from newsgraph.analyze.headline import SIDE_ROLES, STATE_WORDS, reciprocal
from newsgraph.analyze.model import days_apart, km_apart, matched, side_of, window_gap
from newsgraph.extract.events.confidence import ANALYSIS_MIN_CONFIDENCE
from newsgraph.store.analysis import armed_side
from newsgraph.types import Cluster, ReportView

SYMMETRIC_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE"})
CONFLICT_TYPES = frozenset({"ASSAULT", "COERCE"})


@dataclass(frozen=True)
class ClusterSettings:
    date_tolerance_days: int = 3
    min_score: float = 0.5
    max_candidates: int = 200  # bound on candidates scored per report
    max_km: float = 60.0  # reports placed further apart are different events
    same_story_bonus: float = 0.15  # added to the score within one story
    cross_story_score: float = 0.6  # the score a fully told report needs to join another story
    # reports less confident are left out of the analysis (kept in the store)
    min_confidence: float = ANALYSIS_MIN_CONFIDENCE


@dataclass
class Exchange:
    """What a conflict event's reports say of the sides (``exchange_sides``): the sides of
    its attackers, the pairs of sides one report tells as one exchange, and the places and
    targets of the reports that name an attacker."""

    attackers: set[str] = field(default_factory=set)
    ties: set[frozenset[str]] = field(default_factory=set)
    places: set[str] = field(default_factory=set)  # the places of reports naming an attacker
    hit: set[str] = field(default_factory=set)  # what they hit: targets' ids, head words

    def update(self, other: Exchange) -> None:
        self.attackers |= other.attackers
        self.ties |= other.ties
        self.places |= other.places
        self.hit |= other.hit


def exchange_sides(
    actors: Iterable[str],
    recipients: Iterable[str],
    countries: Mapping[str, str],
    sides: Mapping[str, str],
    trigger: str,
    places: Iterable[str | None] = (),
    country: str | None = None,
) -> Exchange:
    """The sides of a conflict report (or of a stored event's reports together, read as one):
    its attackers' sides (``_party_side``), the pairs it ties as one exchange: the sides of an
    exchange with no one attacker ("clashes", "fighting": ``analyze.headline.reciprocal``),
    its actors ("government forces and rebels clashed") or its actor and counterpart ("the
    army fought the rebels"), and, when it names an attacker, its ``places`` and what it hit
    (its counterparts: a resolved id, else the last word, "market", "people"). Two attackers
    of one attack ("Syrian and Russian jets struck") are allies, not an exchange: they tie
    nothing. ``country``: where its unnamed parties ("the regime") are."""
    attackers = {x for a in actors if (x := _party_side(a, countries, sides, country))}
    targets = {x for a in recipients if (x := _party_side(a, countries, sides, country))}
    ties: set[frozenset[str]] = set()
    if trigger and reciprocal(trigger):
        ties = {frozenset((x, y)) for x in attackers for y in attackers | targets if x != y}
    if not attackers:
        return Exchange(set(), ties)
    hit = {t.split()[-1] if t.startswith("~") else t for t in recipients if t.split()}
    return Exchange(attackers, ties, {p for p in places if p}, hit)


class Clusterer:
    def __init__(
        self,
        settings: ClusterSettings | None = None,
        next_id: int = 1,
        sides: Mapping[str, str] | None = None,
    ) -> None:
        self.settings = settings or ClusterSettings()
        # actor id -> its side in a conflict (``store.analysis.actor_sides``), for the actors
        # a report's own ``countries`` does not place
        self.sides: dict[str, str] = dict(sides or {})
        self._exchange: dict[int, Exchange] = {}  # each conflict event's sides
        # story -> the pairs of sides one report of it names as attackers together
        # (``learn_allies``): allies in that story, not an attack and its reply
        self._allies: dict[int, set[frozenset[str]]] = defaultdict(set)
        self._report_exchange: tuple[tuple[int, str | None], Exchange] | None = (
            None  # the report being added
        )
        self.clusters: dict[int, Cluster] = {}
        self._index: dict[tuple[str, str], list[int]] = defaultdict(list)
        self._story: dict[int, int | None] = {}  # each event's story, read for every candidate
        self._next_id = next_id
        # the check of ``score`` that refused its last pair, None when it did not refuse
        self.refused: str | None = None

    def load(self, cluster: Cluster) -> None:
        """Add an existing canonical event (from the store) to the index."""
        self.clusters[cluster.id] = cluster
        self._story[cluster.id] = cluster.story
        if cluster.type in CONFLICT_TYPES:
            # A stored event is read as one report naming all its parties: the sides it
            # already holds stay one exchange.
            self._exchange[cluster.id] = exchange_sides(
                cluster.actor_counts,
                cluster.recipient_counts,
                cluster.participant_countries,
                self.sides,
                " ".join(sorted(cluster.triggers)),
                cluster.places,
                next(iter(cluster.countries)) if len(cluster.countries) == 1 else None,
            )
        for key in self._keys(
            cluster.type, cluster.participants, self._places(cluster), cluster.story
        ):
            self._index[key].append(cluster.id)
        self._next_id = max(self._next_id, cluster.id + 1)

    def add(self, report: ReportView) -> int:
        """Assign a report to an event (new or existing); returns the event id."""
        best, best_score = None, self.settings.min_score
        # An event of another story is joined only on a strong match: its conditions on the
        # parties and the dates are checked before the score, so that for a report not fully
        # told (most, in a large store) the events of other stories are passed over unscored.
        candidates = self._candidates(report)
        clusters, story, told = self.clusters, report.story, _told_parties(report)
        if story is not None and told is None:  # its own story's events, and those of none
            own = {None, story}.__contains__
            candidates = list(
                compress(candidates, map(own, map(self._story.__getitem__, candidates)))
            )
        for cid in candidates:
            cluster = clusters[cid]
            if story is not None and cluster.story not in (None, story):
                if not (told and cluster.dates and self._strong_match(report, cluster, *told)):
                    continue
                score = self.score(report, cluster)
                if score < self.settings.cross_story_score:
                    continue
            else:
                score = self.score(report, cluster)
            if score >= best_score:
                best, best_score = cid, score
        return self._join(best, report)

    def _join(self, best: int | None, report: ReportView) -> int:
        """Add the report to the event ``best`` (None: a new event) and index what it adds."""
        if best is None:
            best = self._next_id
            self._next_id += 1
            self.clusters[best] = Cluster(id=best, type=report.type)
        cluster = self.clusters[best]
        before = set(
            self._keys(cluster.type, cluster.participants, self._places(cluster), cluster.story)
        )
        cluster.add(report)
        self._story[best] = cluster.story
        if report.type in CONFLICT_TYPES:
            self._exchange.setdefault(best, Exchange()).update(self._sides_of(report, cluster))
        for key in self._keys(
            cluster.type, cluster.participants, self._places(cluster), cluster.story
        ):
            if key not in before:
                self._index[key].append(best)
        return best

    def add_all(self, reports: Iterable[ReportView]) -> dict[int, int]:
        reports = list(reports)
        self.learn_allies(reports)
        return {r.id: self.add(r) for r in reports}

    def learn_allies(self, reports: Iterable[ReportView]) -> None:
        """The sides a story's reports name as attackers of one attack ("Syrian and Russian
        jets struck the town": ``exchange_sides``) are allies in that story: an attack by one
        of them and an attack by the other, told in two reports, may be one event. Read
        before the reports are added, so that the order they come in does not matter. Only
        asserted reports of the news (not negated, hypothetical or background ones) and not
        an exchange ("clashes between the army and the rebels": two sides, not allies)."""
        for r in reports:
            if r.story is None or r.type not in CONFLICT_TYPES:
                continue
            if not r.factual or r.historical or len(r.actors) < 2 or reciprocal(r.trigger):
                continue
            attackers = exchange_sides(
                r.actors, (), r.countries, self.sides, "", (), r.place_country
            ).attackers
            if len(attackers) > 1:
                self._allies[r.story] |= {
                    frozenset((x, y)) for x in attackers for y in attackers if x < y
                }

    def score(self, r: ReportView, c: Cluster) -> float:
        """0 when incompatible (``refused`` then names the check that refused it: "type",
        "date", "sides", "region" ...); else a weighted agreement in [0, 1]."""
        self.refused = None
        if r.type != c.type and not (
            r.type in CONFLICT_TYPES and c.type in CONFLICT_TYPES and self._same_story(r, c)
        ):
            # within a story, an attack and a use of force may be one event
            return self._refuse("type")
        if c.factual is not None and r.factual != c.factual:
            # "must hold dialogue" is not a report of a meeting that took place
            return self._refuse("factuality")
        gap = [days_apart(r.date, d) for d in c.dates] if r.date and c.dates else []
        known = [g for g in gap if g is not None]
        if known and min(known) > self.settings.date_tolerance_days:
            return self._refuse("date")
        if known and min(known) > 0 and not (r.actors and r.recipients):
            # A report naming only one side says too little to be the same event on
            # another day: only fully specified reports can make a date contradiction.
            return self._refuse("date, one side named")
        # Undated reports are placed in the week before publication: events reported weeks
        # apart are not one event just because neither article gave a date.
        span_gap = window_gap(r.window, c.span)
        if span_gap is not None and span_gap > self.settings.date_tolerance_days:
            return self._refuse("date window")
        if r.place_country and c.countries and r.place_country not in c.countries:
            return self._refuse("country")
        if r.factual and r.type in CONFLICT_TYPES:
            held = self._exchange.get(c.id)
            if held is not None and held.attackers and self._reply(r, c, held):
                return self._refuse("sides")
        same_story = self._same_story(r, c)
        distance = km_apart(r.point, c.point)
        # Two events' own places far apart: different events. An article's main place (or
        # its dateline) is where the story or the reporter is, not where the event happened:
        # it never vetoes.
        # Only two towns are compared by distance; a place named at region level (a
        # governorate) is compared through the hierarchy: a city is inside its region.
        comparable = r.own_point and c.cell is not None
        if comparable and distance is not None and distance > self.settings.max_km:
            return self._refuse("distance")
        far = distance is None or distance > self.settings.max_km
        if r.place_region and c.regions and r.place_region not in c.regions and far:
            # other regions, and not two neighbouring places across a boundary
            return self._refuse("region")
        mine = r.actors | r.recipients
        theirs = c.participants
        countries = {**c.participant_countries, **r.countries}
        named_r = {x for x in r.recipients if not x.startswith("~")}
        named_c = {x for x in c.recipients if not x.startswith("~")}
        if named_r and named_c and not matched(named_r, theirs, countries):
            # the same actor with another (named) counterpart is another event
            return self._refuse("counterpart")
        # In one story, a conflict event told with another perpetrator is one event blamed on
        # different actors; elsewhere another counterpart makes another event.
        blame_told_two_ways = same_story and r.type in CONFLICT_TYPES
        if not blame_told_two_ways and self._other_counterparts(mine, c, countries):
            return self._refuse("other named parties")
        if mine and theirs:
            shared = matched(mine, theirs, countries)
            if not shared or not matched(mine, c.core(), countries):
                # Same type, same place, same day, other names: one event told two ways (and
                # perhaps blamed on different actors). Only on the event's own place, or
                # within one story.
                if not (same_story or self._same_place_and_day(r, c)):
                    return self._refuse("other names")
                participants = 0.4
            else:
                participants = len(shared) / len(mine)
            # The same actors in the same roles are stronger evidence than any overlap.
            # In a meeting or a call either side may be written as the actor.
            mutual = r.type in SYMMETRIC_TYPES
            same_actors = matched(r.actors, c.participants if mutual else c.actors, countries)
            if same_actors:
                participants = min(1.0, participants + 0.25)
            elif r.actors and c.actors and matched(r.recipients, c.recipients, countries):
                participants *= 0.8  # same target, other perpetrator: maybe an attribution dispute
        elif r.place_id and r.place_id in c.places:
            participants = 0.5
        elif same_story:
            participants = 0.4  # "the attack": nothing said against it in its own story
        else:
            return self._refuse("no parties")
        if not participants:
            return self._refuse("no parties")
        date_score = (
            0.5 if not known else 1.0 - min(known) / (self.settings.date_tolerance_days + 1)
        )
        place_score = 0.5
        if r.place_id and c.places:
            place_score = 1.0 if r.place_id in c.places else 0.3
        if distance is not None and r.own_point and distance <= 25:
            place_score = 1.0
        trigger = 1.0 if r.trigger and r.trigger.lower() in c.triggers else 0.0
        score = 0.55 * participants + 0.25 * date_score + 0.1 * place_score + 0.1 * trigger
        return min(1.0, score + (self.settings.same_story_bonus if same_story else 0.0))

    def why_apart(self, r: ReportView, c: Cluster) -> str | None:
        """Why ``add`` would not put the report ``r`` into the event ``c`` (the test ``add``
        makes of each candidate, in words), None when it could (it joins ``c`` unless another
        event scores higher): "another story, not fully told" (a report with no date of its
        own or no resolved actor and counterpart stays in its story), "another story, parties
        not matched", "another story, score" (under ``cross_story_score``), the check of
        ``score`` that refused it ("date", "sides", "region" ...: ``refused``), or "score"
        (compatible, under ``min_score``). For the evaluator's listing of missed pairs."""
        told = _told_parties(r)
        if r.story is not None and c.story not in (None, r.story):
            if told is None:
                return "another story, not fully told"
            if not (c.dates and self._strong_match(r, c, *told)):
                return "another story, parties not matched"
            score = self.score(r, c)
            if score and score < self.settings.cross_story_score:
                return "another story, score"
        else:
            score = self.score(r, c)
        if not score:
            return self.refused
        return "score" if score < self.settings.min_score else None

    def _refuse(self, why: str) -> float:
        self.refused = why
        return 0.0

    def _sides_of(self, r: ReportView, c: Cluster) -> Exchange:
        """The sides of a report (``exchange_sides``), computed once per report added; its
        unnamed parties ("the regime") are placed in its own country, else in the event's."""
        country = r.place_country
        if country is None and len(c.countries) == 1 and _unnamed(r):
            country = next(iter(c.countries))
        key = (r.id, country)
        if self._report_exchange is None or self._report_exchange[0] != key:
            ex = exchange_sides(
                r.actors,
                r.recipients,
                r.countries,
                self.sides,
                r.trigger,
                [r.place_id],
                country,
            )
            self._report_exchange = (key, ex)
        return self._report_exchange[1]

    def _reply(self, r: ReportView, c: Cluster, held: Exchange) -> bool:
        """An attack by one side and an attack by another side, with nothing telling them as
        one exchange, are two events (the government's air strikes on a suburb and the
        rebels' rockets on the capital, told in one article as cause and reply): the
        report's attackers are on no side of the event's (``exchange_sides``: resolved, or
        "the regime", "rebels" in the event's country), and no report, this one or the
        event's, ties a side of each as one exchange ("clashes between the army and the
        rebels"). One exception: a report of another article that hit the same target ("the
        army shelled the market, killing five civilians", "the Nusra Front shelled the market,
        killing five civilians": the same counterpart, or the same last word of an unresolved
        one), at no other place than the event's attackers' reports, tells one attack blamed on
        two sides: an attribution contradiction."""
        mine = self._sides_of(r, c)
        if not mine.attackers or not mine.attackers.isdisjoint(held.attackers):
            return False
        allies = self._allies.get(r.story) if r.story is not None else None
        if allies and any(
            frozenset((x, y)) in allies for x in mine.attackers for y in held.attackers
        ):
            return False  # allies in this story: one of its reports names both as attackers
        if (
            r.origin not in c.origins
            and not mine.hit.isdisjoint(held.hit)
            and not (r.place_id and held.places and r.place_id not in held.places)
        ):
            return False  # one target, no other place, blamed on two sides by two articles
        ties = held.ties | mine.ties
        return not any(frozenset((x, y)) in ties for x in mine.attackers for y in held.attackers)

    @staticmethod
    def _strong_match(
        r: ReportView, c: Cluster, actors: frozenset[str], recipients: frozenset[str]
    ) -> bool:
        """Across stories only a fully told report (``_told_parties``: its own date, resolved
        ``actors`` and ``recipients``) joins an event with a date, and only when its actor and
        its counterpart both match the event's, one of them by name (and when it scores at
        least ``cross_story_score``, checked in ``add``)."""
        participants = c.participants
        if participants.isdisjoint(actors) and participants.isdisjoint(recipients):
            return False  # no resolved party in common, so no named one
        countries = {**c.participant_countries, **r.countries}
        # One named party (not a state standing for it: "Kenya pledged support to Somalia" and
        # "Mudavadi extended his country's backing to Mohamud" are two events) must be the same.
        named = {x for x in (actors | recipients) & participants if countries.get(x) != x}
        return bool(
            named
            and matched(actors, participants, countries)
            and matched(recipients, participants, countries)
        )

    @staticmethod
    def _same_story(r: ReportView, c: Cluster) -> bool:
        return r.story is not None and r.story == c.story

    @staticmethod
    def _other_counterparts(mine: frozenset[str], c: Cluster, countries: dict[str, str]) -> bool:
        """Each side names a resolved party the other lacks: Ruto's call with the Emir
        and his call with Macron are two events, though both are "Ruto, phone, Monday"."""
        core = {p for p in c.core() if not p.startswith("~")}
        mine_resolved = {p for p in mine if not p.startswith("~")}
        only_mine = mine_resolved - matched(mine_resolved, c.participants, countries)
        only_theirs = core - matched(core, set(mine_resolved), countries)
        if only_mine and only_theirs:
            return True
        # A state stands for its officials ("Kenya reached out to Uganda and Qatar" and
        # "Mudavadi met Museveni"), but two named people are not one another: the president's
        # call with the Emir and the foreign minister's meeting with Museveni, reported on one
        # day, are two events though both are "Kenya, Monday, meeting".
        named_mine = {p for p in mine_resolved if _named_party(p, countries)}
        named_core = {p for p in core if _named_party(p, countries)}
        return bool(named_mine - c.participants and named_core - named_mine)

    @staticmethod
    def _places(cluster: Cluster) -> set[str]:
        return set(cluster.places) | ({"#" + cluster.cell} if cluster.cell else set())

    def _same_place_and_day(self, r: ReportView, c: Cluster) -> bool:
        if not (r.own_point and c.cell) or (km_apart(r.point, c.point) or 1e9) > 25:
            return False
        gap = window_gap(r.window, c.span)
        return gap is not None and gap <= 1

    def _candidates(self, r: ReportView) -> list[int]:
        seen: dict[int, None] = {}
        places = ({r.place_id} if r.place_id else set()) | ({"#" + r.cell} if r.cell else set())
        keys = self._keys(r.type, r.actors | r.recipients, places, r.story)
        if r.type in CONFLICT_TYPES and r.story is not None:
            keys += [(t, f"story:{r.story}") for t in sorted(CONFLICT_TYPES - {r.type})]
        limit = self.settings.max_candidates
        for key in keys:
            ids = self._index.get(key, ())
            # The newest events first. An event is in a key's list once (its keys only grow),
            # so the first ``limit`` of the list hold every one needed to reach the limit;
            # should one be there twice, the rest of the list is read one by one.
            seen.update(dict.fromkeys(islice(reversed(ids), limit)))
            if len(ids) > limit and len(seen) < limit:
                for cid in islice(reversed(ids), limit, None):
                    seen[cid] = None
                    if len(seen) >= limit:
                        break
            if len(seen) >= limit:
                return list(islice(seen, limit))
        return list(seen)

    @staticmethod
    def _keys(
        type_: str,
        participants: set[str] | frozenset[str],
        places: set[str],
        story: int | None = None,
    ) -> list[tuple[str, str]]:
        # Sorted: candidate order (and so the choice between equal scores) must not depend on
        # set iteration order, which changes with every Python process (PYTHONHASHSEED).
        # Its own story first: the events it most likely joins.
        keys = [(type_, f"story:{story}")] if story is not None else []
        keys += [(type_, p) for p in sorted(participants)]
        keys += [(type_, "@" + p) for p in sorted(places) if p]
        return keys


def _party_side(
    party: str, countries: Mapping[str, str], sides: Mapping[str, str], country: str | None
) -> str | None:
    """The side of a resolved party (``side_of``); of an unresolved one, when the event's
    country is known: its armed opposition for "rebels" (``analyze.headline.SIDE_ROLES``,
    ``store.analysis.armed_side``), its state for a state organ named by state words alone
    ("the regime", "government forces", "warplanes": ``STATE_WORDS``, as blame reads them;
    not "Kurdish forces", "IS forces", "the Army of Conquest"); else None."""
    if not party.startswith("~"):
        return side_of(party, countries, sides)
    if not country:
        return None
    words = [w for w in party[1:].lower().split() if w not in _DETERMINERS]
    if any(w.startswith(SIDE_ROLES) for w in words):
        return armed_side(country)
    if words and all(w.startswith(STATE_WORDS) for w in words):
        return country
    return None


def _unnamed(r: ReportView) -> bool:
    """Whether a report names a party not resolved (whose side needs its country)."""
    return any(p.startswith("~") for p in r.actors) or any(p.startswith("~") for p in r.recipients)


_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our"})


def _told_parties(r: ReportView) -> tuple[frozenset[str], frozenset[str]] | None:
    """A fully told report's resolved actors and counterparts; None for a report not fully
    told (no date of its own, or no resolved actor or counterpart), which never joins an
    event of another story."""
    if not r.date:
        return None
    actors = frozenset(x for x in r.actors if not x.startswith("~"))
    recipients = frozenset(x for x in r.recipients if not x.startswith("~"))
    return (actors, recipients) if actors and recipients else None


def _named_party(actor: str, countries: Mapping[str, str]) -> bool:
    """A person or an organisation named in its own right: not a state ("IRN"), nor one of a
    state's organs ("SYR.GOV", "TUR.MIL"), which may stand for any of its officials."""
    if countries.get(actor) == actor:
        return False
    head, _, _ = actor.partition(".")
    return not (len(head) == 3 and head.isupper() and head.isalpha())
