"""Who an article says did its attack, and by which rule.

The lead attack is the article's first asserted attack report (``store.blame_queries``); an
article whose headline names an attacker and that has no lead attack is attributed too (its
``event_id`` and ``canonical_id`` are then None). The attribution, the first rule that gives
one:

- ``headline``: the attacker the title names ("French-led raids kill 12", "Rebel rockets
  kill three", "Six killed in Chadian air strikes", ``analyze.headline``): an actor of the
  KB the text mentions, a state's organ ("Syrian army": ``SYR.MIL``; "regime shelling": the
  state where the article's events are, ``inferred``), or a side with no name ("rebels");
  the title is what the article says it is about, so it comes before the first attack of the
  text (a caption, a background attack);
- ``named``: the attacker the lead report names, resolved to an actor of the KB (an actor
  discovered in the corpus is a name the pipeline coined: it comes last, as ``unresolved``),
  or an armed side of a named country ("Libyan rebels": no actor, the country, ``REB``);
- ``state organ``: an unnamed state organ ("the regime", "government forces", "the army",
  "warplanes": sector GOV or MIL, a state word, no state named) is the forces of the state
  where the event took place (the report's place, else the country most of the article's
  events take place in): that state's organ of the KB when it has one (``SYR.MIL``, "Armed
  forces of Syria"), else the attacker with that country; ``inferred`` is set;
- ``accusation``: the first party an accusation of the article blames ("the Syrian National
  Coalition blamed government forces for the attack"), resolved, or a state organ with no
  state named, as above (then ``inferred``);
- ``other reports``: the actor of the KB that the most *other* original articles' attack
  reports of the lead's canonical event name, when two or more do (corroboration across
  articles; ``inferred``: the article itself does not say it);
- ``unresolved``: the attacker as the report gives it, not resolved to the KB (its text; the
  id of the actor discovered in the corpus, if any).

Never blamed: an outlet or a monitor (an actor of kind ``media`` or ``ngo``: "the
Observatory" parsed as the actor of a shelling reports it), and population groups under
``other reports``. No rule gives one when nothing names an attacker: None.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

from newsgraph.analyze.headline import STATE_WORDS, has_attack_word, headline_attacker
from newsgraph.store import actor_queries, blame_queries
from newsgraph.store.actors import state_side

PARTY_FIELDS = ("actor_id", "name", "text", "country", "sector")  # what ``blamed`` shows
STATE_SECTORS = ("GOV", "MIL")
# Other articles that must name one attacker for "other reports" to blame it: one other
# article's report of a misclustered attack is not corroboration (on FA-KES, with one, 10 of
# 21 were right; with two, 3 of 3).
MIN_OTHER_ARTICLES = 2
# Kinds of actor that report an attack and never carry it out: outlets and monitors.
REPORTERS = ("media", "ngo")
# Sectors of an armed side named by its country and no group ("Libyan rebels").
SIDE_SECTORS = ("REB", "INS")


def is_state_organ(party: dict[str, Any]) -> bool:
    """An unresolved attacker that is a state's organ with no state named."""
    return (
        party["actor_id"] is None
        and party["country"] is None
        and party["sector"] in STATE_SECTORS
        and any(w in (party["text"] or "").lower() for w in STATE_WORDS)
    )


def organ_state(
    lead: dict[str, Any], article_country: str | None, party: dict[str, Any] | None
) -> str | None:
    """The state whose organ ``party`` (the attacker, or an accused party) is when it is a
    state organ with no state named: where the lead attack took place, else where the
    article's events (or places) are; None for any other party."""
    if party is None or not is_state_organ(party):
        return None
    return lead["place_country"] or article_country


def can_attack(party: dict[str, Any]) -> bool:
    """Whether a party can be the one who attacked: an outlet or a monitor (kind ``media``,
    ``ngo``) reports an attack and never carries it out ("the Observatory" taken as the actor
    of a shelling is a misparse)."""
    return party.get("kind") not in REPORTERS


def is_country_side(party: dict[str, Any]) -> bool:
    """An armed side of a named country that is not its state ("Libyan rebels": no actor, the
    country, sector ``REB``), as the events stage and the headline give it."""
    return (
        party["actor_id"] is None
        and party["country"] is not None
        and party["sector"] in SIDE_SECTORS
    )


def is_kb_actor(party: dict[str, Any]) -> bool:
    """Resolved to an actor of the KB (not a name the pipeline coined) that can attack."""
    return party["actor_id"] is not None and not party.get("discovered") and can_attack(party)


def other_outlets(reports: list[dict[str, Any]], origin: str) -> list[tuple[dict[str, Any], int]]:
    """The KB actors the attack reports of other articles (not ``origin`` or its copies) name
    as the attacker, each with how many original articles name it, in the order first named;
    population groups ("Sunnis", "Arabs") are not a party that attacks."""
    first: dict[str, dict[str, Any]] = {}
    origins: dict[str, set[str]] = {}
    for r in reports:
        party = r["party"]
        if r["origin"] == origin or not is_kb_actor(party) or party.get("kind") == "group":
            continue
        # a state, its organs and its officials are one attacker ("Syria", "the Syrian
        # government"), shown as the first named
        side = state_side(party["actor_id"], party["country"], party["sector"])
        first.setdefault(side, {**party, "text": None})  # not this article's
        origins.setdefault(side, set()).add(r["origin"])
    return [(p, len(origins[a])) for a, p in first.items()]


def attribute(
    lead: dict[str, Any],
    *,
    article_country: str | None,
    accused: list[dict[str, Any]],
    others: list[tuple[dict[str, Any], int]],
    headline: dict[str, Any] | None = None,
    organs: dict[str, dict[str, Any]] | None = None,
) -> dict[str, Any] | None:
    """The attribution of one article's attack (``lead`` as ``blame_queries.lead_attacks``
    gives it; ``no_lead`` for an article whose only attack is its headline's): the blamed
    party (actor_id, name, text, country, sector) with ``rule``, ``inferred`` and the lead's
    ``event_id`` and ``canonical_id``; None when no rule gives one. ``headline``: the
    attacker the title names (``analyze.headline``); ``others``: the attackers of other
    articles' reports of the lead's event (``other_outlets``); ``organs``: the KB's state
    organs by id (``SYR.MIL`` -> {name, ...})."""
    attacker = lead["attacker"]
    if attacker is not None and not can_attack(attacker):
        attacker = None

    def blamed(party: dict[str, Any], rule: str, inferred: bool = False) -> dict[str, Any]:
        return {
            **{k: party[k] for k in PARTY_FIELDS},
            "rule": rule,
            "inferred": inferred,
            "event_id": lead["event_id"],
            "canonical_id": lead["canonical_id"],
        }

    def as_organ(party: dict[str, Any], state: str) -> dict[str, Any]:
        organ_id = f"{state}.{party['sector']}"
        organ = (organs or {}).get(organ_id)
        if organ is None:
            return {**party, "country": state}
        return {**party, "country": state, "actor_id": organ_id, "name": organ["name"]}

    def stated(
        party: dict[str, Any] | None, rule: str, where: dict[str, Any] = lead
    ) -> dict[str, Any] | None:
        """The party resolved to the KB, or a state organ as its state's (``inferred``), the
        state where ``where`` took place."""
        if party is None or not can_attack(party):
            return None
        if is_kb_actor(party) or is_country_side(party):
            return blamed(party, rule)
        state = organ_state(where, article_country, party)
        if state is not None:
            return blamed(as_organ(party, state), rule, inferred=True)
        return None

    if headline is not None and can_attack(headline) and not headline.get("discovered"):
        if headline["actor_id"] is None and headline["country"] is not None:
            # "Syrian army", "Syria rebels": the named state's organ, or its side
            organ = headline["sector"] in STATE_SECTORS
            return blamed(
                as_organ(headline, headline["country"]) if organ else headline, "headline"
            )
        if headline["actor_id"] is not None:
            return blamed(headline, "headline")
        # the headline's attack need not be the lead's: the state where the article's events are
        found = stated(headline, "headline", {**lead, "place_country": None})
        if found is not None:
            return found
        if attacker is None or not (is_kb_actor(attacker) or is_state_organ(attacker)):
            return blamed(headline, "headline")  # "rebels": a side, no state or group named
    found = stated(attacker, "named")
    if found is not None:
        return {**found, "rule": "state organ"} if found["inferred"] else found
    for party in accused:
        found = stated(party, "accusation")
        if found is not None:
            return found
    best, count = max(others, key=lambda po: po[1], default=(None, 0))  # ties: the first named
    if best is not None and count >= MIN_OTHER_ARTICLES:
        return blamed(best, "other reports", inferred=True)
    if attacker is not None:
        return blamed(attacker, "unresolved")
    return None


def no_lead(origin: str) -> dict[str, Any]:
    """The lead of an article with no attack report in an event: only its headline can name
    an attacker."""
    return {
        "origin": origin,
        "event_id": None,
        "canonical_id": None,
        "place_country": None,
        "attacker": None,
    }


def blame_of_articles(
    conn: sqlite3.Connection, article_ids: Iterable[str] | None = None
) -> dict[str, dict[str, Any]]:
    """article id -> the attribution of its lead attack (``attribute``), for the given
    articles (every article when None) that have a lead attack or a headline that names an
    attacker, and an attribution."""
    leads = blame_queries.lead_attacks(conn, article_ids)
    titles = {
        aid: t for aid, t in blame_queries.titles(conn, article_ids).items() if has_attack_word(t)
    }
    mentions = blame_queries.actor_mentions(conn, titles)
    countries = blame_queries.event_countries(conn, [*leads, *titles])
    heads = {
        aid: headline_attacker(
            t,
            mentions.get(aid, []),
            (leads.get(aid) or {}).get("place_country") or countries.get(aid),
        )
        for aid, t in titles.items()
    }
    heads = {aid: h for aid, h in heads.items() if h is not None}
    # with no attack report, only a headline over a toll, in the text or the title ("US-led
    # raids kill 35"): in other news an attack word has a sense of its own ("X strikes deal")
    unled = set(heads) - set(leads)
    counted = {aid for aid in unled if any(w.isdigit() for w in titles[aid].split())}
    for aid in counted | blame_queries.harmed(conn, unled - counted):
        leads[aid] = no_lead(aid)
    if not leads:
        return {}
    ids = list(leads)
    accused = blame_queries.accused_parties(conn, ids)
    reports = blame_queries.event_attack_reports(
        conn, [lead["canonical_id"] for lead in leads.values() if lead["canonical_id"]]
    )
    organ_ids = []
    for aid, lead in leads.items():
        for party in [lead["attacker"], *accused.get(aid, [])]:
            state = organ_state(lead, countries.get(aid), party)
            if party is not None and state is not None:
                organ_ids.append(f"{state}.{party['sector']}")
        head = heads.get(aid)
        state = organ_state(no_lead(aid), countries.get(aid), head)
        if head is not None and head["actor_id"] is None:
            organ_ids.append(f"{head['country'] or state}.{head['sector']}")
    organs = actor_queries.actor_names(conn, organ_ids)
    out: dict[str, dict[str, Any]] = {}
    for aid, lead in leads.items():
        b = attribute(
            lead,
            article_country=countries.get(aid),
            accused=accused.get(aid, []),
            others=other_outlets(reports.get(lead["canonical_id"], []), lead["origin"]),
            headline=heads.get(aid),
            organs=organs,
        )
        if b is not None:
            out[aid] = b
    return out
