"""The reads behind who an article blames for its lead attack (``analyze.blame``): the lead
attack report and its attacker, the countries the article's events take place in, the parties
its accusations blame, and the participants the other reports of a canonical event name."""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from newsgraph.store.actors import CORPUS_ORIGIN
from newsgraph.store.paging import chunks, placeholders

# The PLOVER types of an attack: the article's lead attack is its first asserted one.
ATTACK_TYPES = ("ASSAULT", "COERCE")

_PARTY = "a.actor_id, a.name, a.text, a.country, a.sector"


def _party(row: sqlite3.Row | tuple[Any, ...]) -> dict[str, Any]:
    actor_id, name, text, country, sector = row
    return {"actor_id": actor_id, "name": name, "text": text, "country": country, "sector": sector}


def _in(ids: Sequence[str] | None, column: str) -> tuple[str, list[Any]]:
    if ids is None:
        return "", []
    return f" AND {column} IN ({placeholders(ids)})", list(ids)


def _chunks(article_ids: Iterable[str] | None) -> Iterable[Sequence[str] | None]:
    """All articles at once (None), or the given ones ``IN (...)`` a chunk at a time."""
    return [None] if article_ids is None else chunks(sorted(set(article_ids)))


def lead_attacks(
    conn: sqlite3.Connection, article_ids: Iterable[str] | None = None
) -> dict[str, dict[str, Any]]:
    """article id -> its lead attack: the first (by sentence, then id) asserted attack report
    (not negated, hypothetical or historical) that is in a canonical event, as {event_id,
    origin (the article a copy copies, else itself), canonical_id, place_country, attacker};
    the attacker is the report's first actor, a resolved one before an unresolved one (a party
    dict, with ``discovered``: resolved to an actor discovered in the corpus, not to the KB,
    and ``kind``: the actor's type in the store), or None."""
    out: dict[str, dict[str, Any]] = {}
    for ids in _chunks(article_ids):
        cond, params = _in(ids, "e.article_id")
        for article_id, origin, report_id, place_country, cid in conn.execute(
            "SELECT e.article_id, coalesce(r.duplicate_of, r.id), e.id, e.place_country, "
            "c.canonical_id FROM event_reports e "
            "JOIN canonical_event_reports c ON c.report_id = e.id "
            "JOIN articles r ON r.id = e.article_id "
            f"WHERE e.type IN ({', '.join('?' * len(ATTACK_TYPES))}) AND e.negated = 0 "
            "AND e.hypothetical = 0 AND e.historical = 0"
            f"{cond} ORDER BY e.article_id, e.sent, e.id",
            [*ATTACK_TYPES, *params],
        ):
            if article_id not in out:
                out[article_id] = {
                    "origin": origin,
                    "event_id": report_id,
                    "canonical_id": cid,
                    "place_country": place_country,
                    "attacker": None,
                }
    for lead in out.values():
        row = conn.execute(
            f"SELECT {_PARTY}, k.origin IS ?, k.type FROM event_actors a "
            "LEFT JOIN actors k ON k.id = a.actor_id WHERE a.event_id = ? AND a.role = 'actor' "
            "ORDER BY a.actor_id IS NULL, a.rowid LIMIT 1",
            (CORPUS_ORIGIN, lead["event_id"]),
        ).fetchone()
        if row is not None:
            lead["attacker"] = {**_party(row[:5]), "discovered": bool(row[5]), "kind": row[6]}
    return out


def titles(conn: sqlite3.Connection, article_ids: Iterable[str] | None = None) -> dict[str, str]:
    """article id -> its title, for the articles that have one."""
    out: dict[str, str] = {}
    for ids in _chunks(article_ids):
        cond, params = _in(ids, "id")
        out.update(
            conn.execute(
                f"SELECT id, title FROM articles WHERE title IS NOT NULL{cond}", params
            ).fetchall()
        )
    return out


HARM_CATEGORIES = ("killed", "injured", "casualties")


def harmed(conn: sqlite3.Connection, article_ids: Iterable[str]) -> set[str]:
    """The articles among ``article_ids`` that give a figure of people killed or injured."""
    out: set[str] = set()
    for ids in chunks(sorted(set(article_ids))):
        out.update(
            r[0]
            for r in conn.execute(
                "SELECT DISTINCT article_id FROM figures "
                f"WHERE article_id IN ({placeholders(ids)}) "
                f"AND category IN ({', '.join('?' * len(HARM_CATEGORIES))})",
                [*ids, *HARM_CATEGORIES],
            )
        )
    return out


def actor_mentions(
    conn: sqlite3.Connection, article_ids: Iterable[str]
) -> dict[str, list[dict[str, Any]]]:
    """article id -> its mentions of actors (resolved, or with a sector), one per distinct
    text in the order of the text, as party dicts with ``label`` (the entity label), ``kind``
    (the actor's type in the store) and ``discovered`` (an actor discovered in the corpus)."""
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    seen: set[tuple[str, str]] = set()
    for ids in chunks(sorted(set(article_ids))):
        for row in conn.execute(
            "SELECT m.article_id, m.actor_id, k.name, m.text, m.country, m.sector, m.label, "
            "k.type, k.origin IS ? FROM mentions m LEFT JOIN actors k ON k.id = m.actor_id "
            f"WHERE m.article_id IN ({placeholders(ids)}) "
            "AND (m.actor_id IS NOT NULL OR m.sector IS NOT NULL) ORDER BY m.article_id, m.id",
            [CORPUS_ORIGIN, *ids],
        ):
            if (row[0], row[3]) in seen:
                continue
            seen.add((row[0], row[3]))
            out[row[0]].append(
                {
                    **_party(row[1:6]),
                    "label": row[6],
                    "kind": row[7],
                    "discovered": bool(row[8]),
                }
            )
    return dict(out)


def event_countries(
    conn: sqlite3.Connection, article_ids: Iterable[str] | None = None
) -> dict[str, str]:
    """article id -> the country most of its event reports take place in; for an article
    whose reports have no place, the country most of its located places are in (a place that
    stands for a government, "Damascus said", left out). Ties: the first seen."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    places: dict[str, Counter[str]] = defaultdict(Counter)
    for ids in _chunks(article_ids):
        cond, params = _in(ids, "article_id")
        for article_id, country in conn.execute(
            "SELECT article_id, place_country FROM event_reports "
            f"WHERE place_country IS NOT NULL{cond} ORDER BY id",
            params,
        ):
            counts[article_id][country] += 1
        for article_id, country in conn.execute(
            "SELECT article_id, country FROM places "
            f"WHERE country IS NOT NULL AND metonym = 0{cond} ORDER BY id",
            params,
        ):
            places[article_id][country] += 1
    out = {a: max(c, key=lambda k: c[k]) for a, c in places.items()}
    out.update({a: max(c, key=lambda k: c[k]) for a, c in counts.items()})
    return out


def accused_parties(
    conn: sqlite3.Connection, article_ids: Iterable[str] | None = None
) -> dict[str, list[dict[str, Any]]]:
    """article id -> the parties its asserted accusations (ACCUSE reports) blame, resolved
    or not, in the order of the text."""
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for ids in _chunks(article_ids):
        cond, params = _in(ids, "e.article_id")
        for row in conn.execute(
            f"SELECT e.article_id, {_PARTY} FROM event_reports e "
            "JOIN event_actors a ON a.event_id = e.id AND a.role = 'recipient' "
            "WHERE e.type = 'ACCUSE' AND e.negated = 0 AND e.hypothetical = 0"
            f"{cond} ORDER BY e.article_id, e.sent, e.id, a.rowid",
            params,
        ):
            out[row[0]].append(_party(row[1:]))
    return dict(out)


def event_attack_reports(
    conn: sqlite3.Connection, canonical_ids: Iterable[int]
) -> dict[int, list[dict[str, Any]]]:
    """canonical event id -> the attackers its asserted attack reports (``ATTACK_TYPES``; not
    negated, hypothetical or historical) name, one row per report and actor in the order of
    the text: {article_id, origin (the article a copy copies, else itself), sent, party}; the
    party has ``discovered`` (an actor discovered in the corpus, a name the pipeline coined)
    and ``kind`` (the actor's type in the store: state, media, ngo, group, ...; None when
    unresolved)."""
    out: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for ids in chunks(sorted(set(canonical_ids))):
        for row in conn.execute(
            f"SELECT c.canonical_id, e.article_id, coalesce(r.duplicate_of, r.id), e.sent, "
            f"{_PARTY}, k.origin IS ?, k.type FROM canonical_event_reports c "
            "JOIN event_reports e ON e.id = c.report_id "
            "JOIN articles r ON r.id = e.article_id "
            "JOIN event_actors a ON a.event_id = e.id AND a.role = 'actor' "
            "LEFT JOIN actors k ON k.id = a.actor_id "
            f"WHERE c.canonical_id IN ({placeholders(ids)}) "
            f"AND e.type IN ({', '.join('?' * len(ATTACK_TYPES))}) AND e.negated = 0 "
            "AND e.hypothetical = 0 AND e.historical = 0 "
            "ORDER BY c.canonical_id, e.article_id, e.sent, e.id, a.rowid",
            [CORPUS_ORIGIN, *ids, *ATTACK_TYPES],
        ):
            cid, article_id, origin, sent = row[:4]
            party = {**_party(row[4:9]), "discovered": bool(row[9]), "kind": row[10]}
            out[cid].append(
                {"article_id": article_id, "origin": origin, "sent": sent, "party": party}
            )
    return dict(out)
