"""SQL for actors, their aliases and roles, and actor mentions."""

from __future__ import annotations

import functools
import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, fields, is_dataclass, replace
from typing import Any, Protocol

from newsgraph.names import norm_alias, person_name_variants, person_surname_key
from newsgraph.store.facts import fact_writer
from newsgraph.types import Actor, Mention

_CONTEXT_CHARS = 300
CORPUS_ORIGIN = "corpus"  # actors.origin of the actors discovered in the corpus


def _norm(text: str) -> str:
    return norm_alias(text)


class AliasEntry(Protocol):
    @property
    def actor_id(self) -> str: ...

    @property
    def alias(self) -> str: ...

    @property
    def kind(self) -> str: ...


class KnowledgeBase(Protocol):
    """What ``sync_kb`` reads of the knowledge base (``resolve.kb.KnowledgeBase``)."""

    def fingerprint(self) -> str: ...

    def aliases(self) -> Iterable[tuple[str, AliasEntry]]: ...

    def __iter__(self) -> Iterator[Actor]: ...


@fact_writer("mentions")
def write_mentions(conn: sqlite3.Connection, article_id: str, items: tuple[Any, ...]) -> None:
    conn.execute("DELETE FROM mentions WHERE article_id = ?", (article_id,))
    row = conn.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()
    text = row[0] if row else ""
    sents = dict(
        (r[0], (r[1], r[2]))
        for r in conn.execute(
            'SELECT idx, start, "end" FROM sentences WHERE article_id = ?', (article_id,)
        )
    )
    rows = []
    for m in items:
        assert isinstance(m, Mention)
        s, e = sents.get(m.sent, (m.start, m.end))
        s, e = max(s, m.start - _CONTEXT_CHARS // 2), min(e, m.end + _CONTEXT_CHARS // 2)
        rows.append(
            (
                article_id,
                m.sent,
                m.start,
                m.end,
                m.text,
                _norm(m.text),
                m.label,
                m.actor_id,
                m.method,
                m.confidence,
                m.role,
                m.country,
                m.sector,
                m.antecedent,
                " ".join(text[s:e].split()),
                json.dumps(list(m.candidates)) if m.candidates else None,
            )
        )
    conn.executemany(
        'INSERT INTO mentions(article_id, sent, start, "end", text, norm, label, actor_id, method, '
        "confidence, role, country, sector, antecedent, context, candidates) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


@fact_writer("actors")
def write_actors(conn: sqlite3.Connection, article_id: str, items: tuple[Any, ...]) -> None:
    """Upsert the KB entries of the actors an article mentions (the rest: ``sync_kb``), those
    not stored yet or changed since."""
    actors = [a for a in items if isinstance(a, Actor)]
    add_discovered(conn, [a for a in actors if a.origin == CORPUS_ORIGIN])
    actors = [a for a in actors if a.origin != CORPUS_ORIGIN]
    if not actors:
        return
    marks = ",".join("?" * len(actors))
    stored = dict(
        conn.execute(
            f"SELECT id, fingerprint FROM actors WHERE id IN ({marks})",
            [a.id for a in actors],
        ).fetchall()
    )
    upsert_actors(conn, [a for a in actors if stored.get(a.id) != actor_fingerprint(a)])


@functools.lru_cache(maxsize=4096)
def actor_fingerprint(actor: Actor) -> str:
    """A digest of everything the knowledge base says about ``actor`` (memoised: the same KB
    entries come back with every article)."""
    return hashlib.blake2b(repr(actor).encode("utf-8"), digest_size=12).hexdigest()


def upsert_actors(
    conn: sqlite3.Connection,
    actors: Iterable[Actor],
    aliases: dict[str, list[tuple[str, str, str]]] | None = None,
) -> None:
    for a in actors:
        conn.execute(
            "INSERT INTO actors(id, type, name, country, sector, sectors, qid, note, origin, "
            "fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET type = excluded.type, "
            "name = excluded.name, country = excluded.country, sector = excluded.sector, "
            "sectors = excluded.sectors, qid = excluded.qid, note = excluded.note, "
            "origin = excluded.origin, fingerprint = excluded.fingerprint",
            (
                a.id,
                a.type,
                a.name,
                a.country,
                a.sector,
                json.dumps(list(a.sectors)),
                a.qid,
                a.note,
                a.origin,
                actor_fingerprint(a),
            ),
        )
        conn.execute("DELETE FROM actor_roles WHERE actor_id = ?", (a.id,))
        conn.executemany(
            'INSERT INTO actor_roles(actor_id, title, country, org, sector, start, "end") '
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    a.id,
                    r.title,
                    r.country,
                    r.org,
                    r.sector,
                    r.start.isoformat() if r.start else None,
                    r.end.isoformat() if r.end else None,
                )
                for r in a.roles
            ],
        )
        if aliases is None:
            own = [
                (a.name, "name"),
                *((x, "alias") for x in a.aliases),
                *((x.name, "former") for x in a.former_names),
                *((x, "demonym") for x in a.demonyms),
                *((x, "capital") for x in a.capitals),
            ]
            rows = [(a.id, alias, _norm(alias), kind) for alias, kind in own]
        else:
            rows = [(a.id, alias, norm, kind) for norm, alias, kind in aliases.get(a.id, [])]
        conn.execute("DELETE FROM actor_aliases WHERE actor_id = ?", (a.id,))
        conn.executemany(
            "INSERT OR IGNORE INTO actor_aliases(actor_id, alias, norm, kind) VALUES (?, ?, ?, ?)",
            rows,
        )


def add_discovered(conn: sqlite3.Connection, actors: Iterable[Actor]) -> None:
    """Record actors discovered in an article: the first article names them (a KB actor of
    the same id is left alone); every article adds its name variants; a stated country fills
    a missing one."""
    for a in actors:
        key = person_surname_key(a.name) if a.type == "person" else None
        conn.execute(
            "INSERT INTO actors(id, type, name, country, sector, sectors, note, origin, "
            "name_key) VALUES (?, ?, ?, ?, ?, '[]', ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
            "country = coalesce(actors.country, excluded.country), "
            "sector = coalesce(actors.sector, excluded.sector), "
            "note = coalesce(actors.note, excluded.note) WHERE actors.origin = ?",
            (a.id, a.type, a.name, a.country, a.sector, a.note, CORPUS_ORIGIN, key, CORPUS_ORIGIN),
        )
        conn.executemany(
            "INSERT OR IGNORE INTO actor_aliases(actor_id, alias, norm, kind) "
            "SELECT ?, ?, ?, 'alias' WHERE EXISTS "
            "(SELECT 1 FROM actors WHERE id = ? AND origin = ?)",
            [(a.id, x, _norm(x), a.id, CORPUS_ORIGIN) for x in (a.name, *a.aliases)],
        )


def variant_renames(conn: sqlite3.Connection, actors: Iterable[Any]) -> dict[str, str]:
    """The corpus people of one article whose name is a variant of exactly one corpus person
    stored before (or named earlier in the same article): new id -> that person's id.

    "J. Smith", "Jim Smith" and "John Paul Smith" are variants of "John Smith"
    (``names.person_name_variants``); an id already stored keeps its own actor, and a name
    two stored people could share ("J. Smith" with "John" and "Jane Smith") merges with
    neither. Called by the writer before the article's facts are written, so the merge sees
    every article committed before, in input order."""
    out: dict[str, str] = {}
    pending: list[tuple[str, str]] = []  # this article's new corpus people (id, name)
    for a in actors:
        if not isinstance(a, Actor) or a.origin != CORPUS_ORIGIN or a.type != "person":
            continue
        if conn.execute("SELECT 1 FROM actors WHERE id = ?", (a.id,)).fetchone():
            continue
        key = person_surname_key(a.name)
        if key is None:
            continue
        stored = conn.execute(
            "SELECT id, name FROM actors WHERE name_key = ? AND origin = ? AND type = 'person'",
            (key, CORPUS_ORIGIN),
        ).fetchall()
        same = {r[0] for r in stored if person_name_variants(r[1], a.name)}
        same |= {i for i, name in pending if person_name_variants(name, a.name)}
        if len(same) == 1:
            out[a.id] = same.pop()
        else:
            pending.append((a.id, a.name))
    return out


def renamed(items: tuple[Any, ...], ids: Mapping[str, str]) -> tuple[Any, ...]:
    """``items`` (an article's facts) with the actor ids in ``ids`` replaced: every
    ``actor_id`` field, nested ones included (an event's participants, a quote's speaker),
    and the ``id`` of the corpus actors themselves."""
    return tuple(_renamed(x, ids) for x in items)


def _renamed(x: Any, ids: Mapping[str, str]) -> Any:
    if not is_dataclass(x) or isinstance(x, type):
        return x
    changes: dict[str, Any] = {}
    for f in fields(x):
        v = getattr(x, f.name)
        if isinstance(v, str):
            corpus_id = f.name == "id" and isinstance(x, Actor) and x.origin == CORPUS_ORIGIN
            if (f.name == "actor_id" or corpus_id) and v in ids:
                changes[f.name] = ids[v]
        elif isinstance(v, tuple) and v and is_dataclass(v[0]):
            new = renamed(v, ids)
            if new != v:
                changes[f.name] = new
        elif is_dataclass(v):
            new_v = _renamed(v, ids)
            if new_v is not v:
                changes[f.name] = new_v
    return replace(x, **changes) if changes else x


def discovered_counts(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    """Actors discovered in the corpus, by mentions (most first), with their name variants."""
    for r in conn.execute(
        "SELECT a.id AS actor_id, a.name, a.type, a.country, a.note AS role, "
        "count(*) AS mentions, count(DISTINCT m.article_id) AS articles, "
        "(SELECT group_concat(alias, '; ') FROM actor_aliases x WHERE x.actor_id = a.id) "
        "AS variants FROM actors a JOIN mentions m ON m.actor_id = a.id "
        "WHERE a.origin = ? GROUP BY a.id ORDER BY mentions DESC, a.id",
        (CORPUS_ORIGIN,),
    ):
        yield dict(r)


def discovered_actor(conn: sqlite3.Connection, actor_id: str) -> dict[str, Any] | None:
    """A discovered actor (case-insensitive id) with its name variants, or None."""
    row = conn.execute(
        "SELECT * FROM actors WHERE id = ? COLLATE NOCASE AND origin = ?",
        (actor_id, CORPUS_ORIGIN),
    ).fetchone()
    if row is None:
        return None
    out = dict(row)
    out["aliases"] = [
        r[0]
        for r in conn.execute(
            "SELECT alias FROM actor_aliases WHERE actor_id = ? ORDER BY alias", (row["id"],)
        )
    ]
    return out


def mentions_of_actor(conn: sqlite3.Connection, actor_id: str) -> list[dict[str, Any]]:
    """Every mention pointing at ``actor_id``, with its article's date (for re-resolution)."""
    return [
        dict(r)
        for r in conn.execute(
            "SELECT m.id, m.article_id, m.start, m.method, a.published FROM mentions m "
            "JOIN articles a ON a.id = m.article_id WHERE m.actor_id = ?",
            (actor_id,),
        )
    ]


def forget_discovered(conn: sqlite3.Connection, actor_id: str) -> None:
    """Drop a discovered actor (its mentions now point elsewhere)."""
    conn.execute(
        "DELETE FROM actor_aliases WHERE actor_id IN "
        "(SELECT id FROM actors WHERE id = ? AND origin = ?)",
        (actor_id, CORPUS_ORIGIN),
    )
    conn.execute("DELETE FROM actors WHERE id = ? AND origin = ?", (actor_id, CORPUS_ORIGIN))


def sync_kb(conn: sqlite3.Connection, kb: KnowledgeBase) -> bool:
    """Make the actor tables hold exactly ``kb`` (skipped when its fingerprint is unchanged)."""
    fp = kb.fingerprint()
    row = conn.execute("SELECT value FROM kb_state WHERE key = 'fingerprint'").fetchone()
    if row and row[0] == fp:
        return False
    aliases: dict[str, list[tuple[str, str, str]]] = {}
    for norm, hit in kb.aliases():
        aliases.setdefault(hit.actor_id, []).append((norm, hit.alias, hit.kind))
    kept = "SELECT id FROM actors WHERE origin = ?"  # discovered actors stay
    conn.execute(f"DELETE FROM actor_aliases WHERE actor_id NOT IN ({kept})", (CORPUS_ORIGIN,))
    conn.execute(f"DELETE FROM actor_roles WHERE actor_id NOT IN ({kept})", (CORPUS_ORIGIN,))
    conn.execute("DELETE FROM actors WHERE origin IS NOT ?", (CORPUS_ORIGIN,))
    upsert_actors(conn, list(kb), aliases)
    conn.execute(
        "INSERT INTO kb_state(key, value) VALUES ('fingerprint', ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (fp,),
    )
    return True


# ---------------------------------------------------------------- read side


def actor_counts(conn: sqlite3.Connection, *, min_mentions: int = 1) -> Iterator[dict[str, Any]]:
    """Actors with mention counts in total and per outlet, most mentioned first."""
    rows = conn.execute(
        "SELECT m.actor_id, coalesce(a.outlet, '(unknown)') AS outlet, count(*) AS n "
        "FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.actor_id IS NOT NULL "
        "GROUP BY m.actor_id, outlet"
    ).fetchall()
    per: dict[str, dict[str, int]] = {}
    for r in rows:
        per.setdefault(r["actor_id"], {})[r["outlet"]] = r["n"]
    info = {r["id"]: dict(r) for r in conn.execute("SELECT * FROM actors")}
    out = []
    for aid, outlets in per.items():
        total = sum(outlets.values())
        if total < min_mentions:
            continue
        a = info.get(aid, {})
        out.append(
            {
                "actor_id": aid,
                "name": a.get("name"),
                "type": a.get("type"),
                "country": a.get("country"),
                "sector": a.get("sector"),
                "mentions": total,
                "by_outlet": dict(sorted(outlets.items(), key=lambda kv: -kv[1])),
            }
        )
    yield from sorted(out, key=lambda d: (-total_of(d), str(d["actor_id"])))


def get_actor(conn: sqlite3.Connection, actor_id: str) -> dict[str, Any] | None:
    row = conn.execute("SELECT * FROM actors WHERE id = ?", (actor_id,)).fetchone()
    if row is None:
        return None
    out = dict(row)
    out["sectors"] = json.loads(out["sectors"] or "[]")
    out["aliases"] = [
        dict(r)
        for r in conn.execute(
            "SELECT alias, kind FROM actor_aliases WHERE actor_id = ? ORDER BY kind, alias",
            (actor_id,),
        )
    ]
    out["roles"] = [
        dict(r)
        for r in conn.execute(
            'SELECT title, country, org, sector, start, "end" FROM actor_roles WHERE actor_id = ? '
            "ORDER BY start",
            (actor_id,),
        )
    ]
    return out


def iter_mentions(
    conn: sqlite3.Connection, *, actor_id: str | None = None, unresolved: bool = False
) -> Iterator[dict[str, Any]]:
    where, params = [], []
    if actor_id is not None:
        where.append("m.actor_id = ?")
        params.append(actor_id)
    if unresolved:
        where.append("m.actor_id IS NULL")
    sql = (
        'SELECT m.article_id, a.source_id, a.outlet, a.published, m.sent, m.start, m."end", '
        "m.text, m.label, m.actor_id, m.method, m.confidence, m.role, m.country, m.sector, "
        "m.antecedent, m.context, m.candidates FROM mentions m "
        "JOIN articles a ON a.id = m.article_id"
    )
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY a.published, m.article_id, m.start"
    for r in conn.execute(sql, params):
        yield dict(r)


def unresolved_counts(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    """Unresolved mention texts by frequency, with a label guess and one context."""
    for r in conn.execute(
        "SELECT norm, min(text) AS text, label, count(*) AS n, count(DISTINCT article_id) AS "
        "articles, min(context) AS context, max(candidates) AS candidates "
        "FROM mentions WHERE actor_id IS NULL "
        "GROUP BY norm, label ORDER BY n DESC, norm"
    ):
        yield dict(r)


def iter_actors(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    for r in conn.execute("SELECT * FROM actors ORDER BY id"):
        d = dict(r)
        d["sectors"] = json.loads(d["sectors"] or "[]")
        yield d


def mentions_for_reresolve(conn: sqlite3.Connection, norm: str) -> list[dict[str, Any]]:
    """Mentions whose normalised text is ``norm`` (dictionary/fuzzy/ner ones), with their date."""
    return [
        dict(r)
        for r in conn.execute(
            "SELECT m.id, m.article_id, m.start, a.published FROM mentions m "
            "JOIN articles a ON a.id = m.article_id WHERE m.norm = ? AND m.label != 'PRON' "
            "AND m.method IN ('dictionary', 'fuzzy', 'ner', 'corpus')",
            (norm,),
        )
    ]


def update_mention(
    conn: sqlite3.Connection,
    mention_id: int,
    actor_id: str,
    method: str,
    confidence: float,
    role: str | None,
    country: str | None,
    sector: str | None,
) -> None:
    conn.execute(
        "UPDATE mentions SET actor_id = ?, method = ?, confidence = ?, role = ?, "
        "country = ?, sector = ? WHERE id = ?",
        (actor_id, method, confidence, role, country, sector, mention_id),
    )


def dependent_mentions(
    conn: sqlite3.Connection, article_id: str, start: int
) -> list[tuple[int, int]]:
    """(id, start) of the mentions in an article whose antecedent is the mention starting at
    ``start``."""
    return [
        (r[0], r[1])
        for r in conn.execute(
            "SELECT id, start FROM mentions WHERE article_id = ? AND antecedent = ?",
            (article_id, start),
        )
    ]


def mention_refs(conn: sqlite3.Connection) -> dict[str, tuple[list[str], list[str]]]:
    """Actor id -> (the ids of the articles that mention it, their source ids)."""
    refs: dict[str, tuple[list[str], list[str]]] = {}
    for r in conn.execute(
        "SELECT DISTINCT m.actor_id, m.article_id, a.source_id FROM mentions m "
        "JOIN articles a ON a.id = m.article_id WHERE m.actor_id IS NOT NULL "
        "ORDER BY m.article_id"
    ):
        ids, srcs = refs.setdefault(r[0], ([], []))
        ids.append(r[1])
        srcs.append(r[2])
    return refs


# Sectors of a state's own organs and officials: what "--actor IRN" rolls up to.
STATE_SECTORS = ("GOV", "MIL", "SPY", "COP", "JUD", "LEG")


def state_side(actor_id: str, country: str | None, sector: str | None) -> str:
    """The side a resolved actor is on in a conflict: the state it stands for (the state
    itself, an organ or an official of it: a state sector, or none known), else itself (a
    state's rebels, a monitor or an outlet of that country are not the state). The SQL of
    ``store.analysis`` applies the same rule to a report's participants."""
    if country and (actor_id == country or sector is None or sector in STATE_SECTORS):
        return country
    return actor_id


# The days an event report ``e`` is about, for the dated roll-up of a state's officials: its
# own date or window, else its article's publication day (SQL expressions, ISO days).
EVENT_FIRST_DAY = "coalesce(e.date_start, (SELECT published FROM articles WHERE id = e.article_id))"
EVENT_LAST_DAY = (
    "coalesce(e.date_end, e.date_start, (SELECT published FROM articles WHERE id = e.article_id))"
)


def office_spells(col: str, first: str, last: str) -> tuple[str, list[Any]]:
    """SQL condition on ``actor_roles x``: a role spell of the actor id column ``col`` in an
    office of a state (``STATE_SECTORS``) that covers part of the days from ``first`` to
    ``last`` (SQL expressions giving ISO days; NULL: any day). The one dated rule of the
    roll-up of a state's officials (``ActorMatch``, ``state_in_office``)."""
    marks = ",".join("?" * len(STATE_SECTORS))
    return (
        f"x.actor_id = {col} AND coalesce(x.sector, 'GOV') IN ({marks}) "
        f"AND (x.start IS NULL OR {last} IS NULL OR x.start <= substr({last}, 1, 10)) "
        f'AND (x."end" IS NULL OR {first} IS NULL OR x."end" > substr({first}, 1, 10))'
    ), list(STATE_SECTORS)


def state_in_office(col: str, first: str, last: str) -> tuple[str, list[Any]]:
    """SQL expression: the state whose office the actor id column ``col`` holds on the days
    from ``first`` to ``last`` by a KB role spell (``office_spells``), else NULL; of two
    states on those days, the person's own country (the monarch of the Commonwealth realms
    is grouped under the United Kingdom, the French president under France, not Andorra),
    else the first id. The relations graph groups a person under it, as ``--actor STATE``
    matches them (``ActorMatch.condition``)."""
    spells, params = office_spells(col, first, last)
    return (
        f"(SELECT x.country FROM actor_roles x WHERE {spells} AND x.country IS NOT NULL "
        "ORDER BY x.country IS NOT (SELECT o.country FROM actors o WHERE o.id = x.actor_id), "
        "x.country LIMIT 1)"
    ), params


@dataclass(frozen=True)
class ActorMatch:
    """What a user's ``--actor VALUE`` matches: ``ids`` whatever the date, and, for a state
    (``state``), the people on the days a role spell of an office of that state covers (a
    former minister on a later day is not the state)."""

    ids: tuple[str, ...]
    state: str | None = None

    def _spells(self, col: str, first: str, last: str) -> tuple[str, list[Any]]:
        sql, params = office_spells(col, first, last)
        return f"{sql} AND x.country = ?", [*params, self.state]

    def condition(self, col: str, first: str, last: str) -> tuple[str, list[Any]]:
        """SQL condition that the actor id column ``col`` is one of the match on the days
        from ``first`` to ``last`` (SQL expressions giving ISO days; NULL: any day)."""
        sql, params = f"{col} IN ({','.join('?' * len(self.ids))})", list(self.ids)
        if self.state is not None:
            spells, p = self._spells(col, first, last)
            sql = f"({sql} OR EXISTS (SELECT 1 FROM actor_roles x WHERE {spells}))"
            params += p
        return sql, params

    def event_ids(self, role: str) -> tuple[str, list[Any]]:
        """A SELECT of the ids of the event reports whose ``role`` ("actor", "recipient") is
        one of the match on the report's days (``EVENT_FIRST_DAY``), driven by the indexes."""
        sql = (
            "SELECT event_id FROM event_actors WHERE role = ? "
            f"AND actor_id IN ({','.join('?' * len(self.ids))})"
        )
        params: list[Any] = [role, *self.ids]
        if self.state is not None:
            spells, p = self._spells("p.actor_id", EVENT_FIRST_DAY, EVENT_LAST_DAY)
            sql += (
                " UNION SELECT p.event_id FROM actor_roles x JOIN event_actors p "
                "ON p.actor_id = x.actor_id AND p.role = ? JOIN event_reports e "
                f"ON e.id = p.event_id WHERE {spells}"
            )
            params += [role, *p]
        return sql, params


def match_actor(conn: sqlite3.Connection, value: str, *, exact: bool = False) -> ActorMatch | None:
    """The actors a user's ``--actor VALUE`` means, for the CLI and the API alike (None: no
    such id; callers then match the participants' text).

    The id is matched case-insensitively (``rsf`` = ``RSF``). A state also matches, unless
    ``exact``, its government and forces (``IRN.GOV``, ``IRN.MIL``), its institutions, the
    people the text called one of its officials (a discovered "US envoy") or the KB gives
    the state and a state sector without dated roles, and, **on the days they hold it**, the
    people with a KB role spell of an office of it (``ActorMatch.condition``)."""
    try:
        row = conn.execute(
            "SELECT id, type FROM actors WHERE id = ? COLLATE NOCASE ORDER BY id = ? DESC",
            (value, value),
        ).fetchone()
        if row is None:  # an id only mentions use, or a state only roles and actors name
            row = conn.execute(
                "SELECT actor_id, NULL FROM mentions WHERE actor_id = ? COLLATE NOCASE "
                "UNION ALL SELECT country, 'state' FROM actor_roles WHERE country = ? "
                "COLLATE NOCASE UNION ALL SELECT country, 'state' FROM actors "
                "WHERE country = ? COLLATE NOCASE LIMIT 1",
                (value, value, value),
            ).fetchone()
    except sqlite3.OperationalError:  # a store without the actor tables
        return None
    if row is None:
        return None
    if exact or row[1] != "state":
        return ActorMatch((row[0],))
    state = row[0]
    marks = ",".join("?" * len(STATE_SECTORS))
    ids = [state]
    ids += [
        r[0]
        for r in conn.execute(
            "SELECT id FROM actors WHERE id IN (?, ?) OR (country = ? AND (type = 'institution' "
            f"OR (type = 'person' AND sector IN ({marks}) AND NOT EXISTS "
            "(SELECT 1 FROM actor_roles x WHERE x.actor_id = actors.id)))) ORDER BY 1",
            (f"{state}.GOV", f"{state}.MIL", state, *STATE_SECTORS),
        )
        if r[0] != state
    ]
    return ActorMatch(tuple(dict.fromkeys(ids)), state)


def matching_actor_ids(conn: sqlite3.Connection, value: str, *, exact: bool = False) -> list[str]:
    """The ids ``match_actor`` gives, with every person who held an office of the state at
    any time (no date to check: whether an id is one the reports may name)."""
    m = match_actor(conn, value, exact=exact)
    if m is None:
        return []
    ids = list(m.ids)
    if m.state is not None:
        marks = ",".join("?" * len(STATE_SECTORS))
        ids += [
            r[0]
            for r in conn.execute(
                "SELECT DISTINCT actor_id FROM actor_roles WHERE country = ? "
                f"AND coalesce(sector, 'GOV') IN ({marks}) ORDER BY 1",
                (m.state, *STATE_SECTORS),
            )
            if r[0] != m.state
        ]
    return list(dict.fromkeys(ids))


def total_of(row: dict[str, Any]) -> int:
    return int(row["mentions"])
