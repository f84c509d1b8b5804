"""Who an article says did its lead attack, and by which rule.

The lead attack is the article's first asserted attack report (``store.blame_queries``). Its
attribution, the first rule that gives one:

- ``named``: the attacker the report names, resolved to an actor of the KB (an actor
  discovered in the corpus is a name the pipeline coined: it comes last, as ``unresolved``);
- ``state organ``: an unnamed state organ ("the regime", "government forces", "the army",
  "warplanes": sector GOV or MIL, a state word, no state named) is the forces of the state
  where the event took place (the report's place, else the country most of the article's
  events take place in): that state's organ of the KB when it has one (``SYR.MIL``, "Armed
  forces of Syria"), else the attacker with that country; ``inferred`` is set;
- ``accusation``: the first party an accusation of the article blames ("the Syrian National
  Coalition blamed government forces for the attack"), resolved, or a state organ with no
  state named, as above (then ``inferred``);
- ``other reports``: the resolved actor the most reports of the lead's canonical event name
  (corroboration across outlets);
- ``unresolved``: the attacker as the report gives it, not resolved to the KB (its text; the
  id of the actor discovered in the corpus, if any).

No rule gives one when the lead attack names no attacker and nothing else does: None.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

from newsgraph.store import actor_queries, blame_queries

PARTY_FIELDS = ("actor_id", "name", "text", "country", "sector")  # what ``blamed`` shows
STATE_SECTORS = ("GOV", "MIL")
# An unnamed state organ: "the regime", "government forces", "the army", "warplanes".
STATE_WORDS = ("regime", "government", "army", "troops", "forces", "military", "warplane", "jet")


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


def attribute(
    lead: dict[str, Any],
    *,
    article_country: str | None,
    accused: list[dict[str, Any]],
    others: list[tuple[dict[str, Any], int]],
    organs: dict[str, dict[str, Any]] | None = None,
) -> dict[str, Any] | None:
    """The attribution of one lead attack (``lead`` as ``blame_queries.lead_attacks`` gives
    it): the blamed party (actor_id, name, text, country, sector) with ``rule``,
    ``inferred`` and the lead's ``event_id`` and ``canonical_id``; None when no rule gives
    one. ``organs``: the KB's state organs by id (``SYR.MIL`` -> {name, ...})."""
    attacker = lead["attacker"]

    def blamed(party: dict[str, Any], rule: str, inferred: bool = False) -> dict[str, Any]:
        return {
            **{k: party[k] for k in PARTY_FIELDS},
            "rule": rule,
            "inferred": inferred,
            "event_id": lead["event_id"],
            "canonical_id": lead["canonical_id"],
        }

    if attacker is not None and attacker["actor_id"] is not None and not attacker["discovered"]:
        return blamed(attacker, "named")

    def as_organ(party: dict[str, Any], state: str) -> dict[str, Any]:
        organ_id = f"{state}.{party['sector']}"
        organ = (organs or {}).get(organ_id)
        if organ is None:
            return {**party, "country": state}
        return {**party, "country": state, "actor_id": organ_id, "name": organ["name"]}

    state = organ_state(lead, article_country, attacker)
    if attacker is not None and state is not None:
        return blamed(as_organ(attacker, state), "state organ", inferred=True)
    for party in accused:
        if party["actor_id"] is not None:
            return blamed(party, "accusation")
        state = organ_state(lead, article_country, party)
        if state is not None:
            return blamed(as_organ(party, state), "accusation", inferred=True)
    if others:
        best = max(others, key=lambda po: po[1])[0]  # ties: the first named
        return blamed(best, "other reports")
    if attacker is not None:
        return blamed(attacker, "unresolved")
    return None


def blame_of_articles(
    conn: sqlite3.Connection, article_ids: Iterable[str] | None = None
) -> dict[str, dict[str, Any]]:
    """article id -> the attribution of its lead attack (``attribute``), for the given
    articles (every article when None) that have a lead attack with an attribution."""
    leads = blame_queries.lead_attacks(conn, article_ids)
    if not leads:
        return {}
    ids = list(leads)
    countries = blame_queries.event_countries(conn, ids)
    accused = blame_queries.accused_parties(conn, ids)
    others = blame_queries.event_attackers(conn, [lead["canonical_id"] for lead in leads.values()])
    organ_ids = []
    for aid, lead in leads.items():
        for party in [lead["attacker"], *accused.get(aid, [])]:
            state = organ_state(lead, countries.get(aid), party)
            if party is not None and state is not None:
                organ_ids.append(f"{state}.{party['sector']}")
    organs = actor_queries.actor_names(conn, organ_ids)
    out: dict[str, dict[str, Any]] = {}
    for aid, lead in leads.items():
        b = attribute(
            lead,
            article_country=countries.get(aid),
            accused=accused.get(aid, []),
            others=others.get(lead["canonical_id"], []),
            organs=organs,
        )
        if b is not None:
            out[aid] = b
    return out
