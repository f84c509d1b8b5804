"""The actor knowledge base in memory: lookups by id, alias and role, at a date.

Built by ``newsgraph.resolve.actors.load_kb``; immutable once built.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from typing import NamedTuple

from newsgraph.names import NICKNAMES, norm_alias
from newsgraph.resolve.roles import status_on
from newsgraph.types import Actor, RoleSpell

# Alias kinds: how an alias names its actor. ``capital`` and ``demonym`` are read differently
# by the resolver (a capital is a place unless it acts; a demonym qualifies a noun), and so is
# ``surname``, a person's last name made an alias by the loader: a bare surname is that person
# only in context (``resolve/surnames.py``).
KINDS = ("name", "alias", "former", "demonym", "capital", "surname")


_TRANSLIT = [
    (re.compile(r"\b(al|el|ad|ash|as|an|ar|at|az|ul|bin|ibn)\s"), ""),
    (re.compile(r"'"), ""),
    (re.compile(r"gh|kh|q|ck|c(?!h)"), "k"),
    (re.compile(r"(ou|oo|u)"), "u"),
    (re.compile(r"(ee|ie|y|i)"), "i"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"dh|th|z"), "z"),
    (re.compile(r"[eo]"), "a"),
    (re.compile(r"(.)\1"), r"\1"),
    (re.compile(r"\s+"), " "),
]


@functools.lru_cache(maxsize=1 << 16)
def translit_key(text: str) -> str:
    """A coarse key under which common Arabic/Persian/Turkish romanisations coincide
    (Gaddafi/Qaddafi, Jolani/Julani/Joulani, Mohammed/Muhammad)."""
    s = norm_alias(text)
    for rx, sub in _TRANSLIT:
        s = rx.sub(sub, s)
    return s.strip()


@dataclass(frozen=True)
class AliasHit:
    actor_id: str
    kind: str  # one of KINDS
    alias: str  # the alias as the KB spells it
    forms: tuple[str, ...] = ()  # every spelling the KB gives with this normal form


class SharedSurname(NamedTuple):
    """A surname two or more KB people have: their ids and the spellings of it. ``owner``: the
    one whose own alias it is ("Khamenei": Ali Khamenei's, which his son Mojtaba also has),
    else None. ``full_name``: the full name of namesakes ("Andris Bērziņš"), not a surname."""

    ids: tuple[str, ...]
    forms: tuple[str, ...]
    owner: str | None = None
    full_name: bool = False


class KnowledgeBase:
    """Actors by id, alias and role. ``roles_at`` and ``holder`` answer "who, when"."""

    def __init__(
        self,
        actors: Iterable[Actor],
        aliases: dict[str, list[AliasHit]],
        sources: tuple[str, ...] = (),
        shared: dict[str, SharedSurname] | None = None,
    ) -> None:
        self._actors = {a.id: a for a in actors}
        self._aliases = aliases
        self._shared = dict(shared or {})
        self.sources = sources
        self._by_title: dict[str, list[tuple[str, RoleSpell]]] = defaultdict(list)
        # The same pairs by (title, country), in the same order: a title's spells number in
        # the hundreds ("foreign minister"), and most lookups name the country.
        self._by_title_country: dict[tuple[str, str | None], list[tuple[str, RoleSpell]]] = (
            defaultdict(list)
        )
        for a in self._actors.values():
            for r in a.roles:
                self._by_title[r.title].append((a.id, r))
                self._by_title_country[r.title, r.country].append((a.id, r))
        self._translit: dict[str, set[str]] | None = None
        self._first_names: frozenset[str] | None = None
        self._local: dict[str, list[str]] = defaultdict(list)
        for a in self._actors.values():
            for alias in a.local_aliases:
                if a.id not in self._local[norm_alias(alias)]:
                    self._local[norm_alias(alias)].append(a.id)

    # -- by id
    def __len__(self) -> int:
        return len(self._actors)

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self._actors

    def __iter__(self) -> Iterator[Actor]:
        return iter(self._actors.values())

    def get(self, actor_id: str) -> Actor | None:
        return self._actors.get(actor_id)

    # -- by alias
    def lookup(self, text: str) -> list[AliasHit]:
        """Every actor an alias names (normally one; a user KB may override shipped ones)."""
        return list(self._aliases.get(norm_alias(text), ()))

    def sharing(self, text: str) -> tuple[str, ...]:
        """The people a bare surname names when two or more KB people have it ("Kallas":
        Siim and Kaja Kallas), or a full name two namesakes have (Latvia's two Andris
        Bērziņš), else (). Such a name is no alias of anyone: the resolver picks one of them
        in context, or none (``resolve/surnames.py``, ``pick_shared``)."""
        hit = self._shared.get(norm_alias(text))
        return hit.ids if hit is not None and hit.owner is None else ()

    def namesakes(self, text: str) -> tuple[str, ...]:
        """The people of the KB who all bear the full name ``text`` ("Andris Bērziņš": the
        president of 2011-15 and the prime minister of 2000-02, each the other's namesake),
        else (); a surname two people share is not a namesakes' name."""
        hit = self._shared.get(norm_alias(text))
        return hit.ids if hit is not None and hit.full_name else ()

    def also_named(self, text: str, owner: str) -> tuple[str, ...]:
        """The other KB people with a surname that is ``owner``'s own alias ("Khamenei": Ali
        Khamenei's alias, and Mojtaba Khamenei's surname), else ()."""
        hit = self._shared.get(norm_alias(text))
        if hit is None or hit.owner != owner:
            return ()
        return tuple(i for i in hit.ids if i != owner)

    def shared_surnames(self) -> Iterator[SharedSurname]:
        return (s for s in self._shared.values() if s.owner is None)

    def local(self, text: str) -> list[str]:
        """The actors a *local* alias names: each only in an article about its country
        ("Senate": the US Senate in an article about the United States)."""
        return list(self._local.get(norm_alias(text), ()))

    def aliases(self) -> Iterator[tuple[str, AliasHit]]:
        for key, hits in self._aliases.items():
            for h in hits:
                yield key, h

    def aliases_of(self, actor_id: str) -> list[AliasHit]:
        return [h for hits in self._aliases.values() for h in hits if h.actor_id == actor_id]

    def translit_index(self) -> dict[str, set[str]]:
        """translit_key(alias) -> actor ids, built on first use."""
        if self._translit is None:
            idx: dict[str, set[str]] = defaultdict(set)
            for _, hit in self.aliases():
                if hit.kind in ("name", "alias", "former", "surname"):
                    idx[translit_key(hit.alias)].add(hit.actor_id)
            self._translit = dict(idx)
        return self._translit

    def first_names(self) -> frozenset[str]:
        """The first words of the KB's people's names and aliases of two words or more, and
        the forms of ``names.NICKNAMES`` (normalised): the given names the KB knows, built on
        first use."""
        if self._first_names is None:
            names = {short for pair in NICKNAMES.items() for short in pair}
            for a in self._actors.values():
                if a.type == "person":
                    for n in (a.name, *a.aliases):
                        words = n.split()
                        if len(words) > 1:
                            names.add(norm_alias(words[0]))
            self._first_names = frozenset(names)
        return self._first_names

    def state(self, text: str) -> str | None:
        """The ISO3 code a state name, demonym or capital names, else None."""
        for h in self.lookup(text):
            a = self._actors.get(h.actor_id)
            if a is not None and a.type == "state":
                return a.id
        return None

    # -- by role and date
    def roles_at(self, actor_id: str, day: date | None) -> list[RoleSpell]:
        """The roles ``actor_id`` held on ``day`` (every role when ``day`` is None)."""
        a = self._actors.get(actor_id)
        if a is None:
            return []
        if day is None:
            return list(a.roles)
        return [r for r in a.roles if r.covers(day)]

    def holders(
        self, title: str, day: date | None, *, country: str | None = None, org: str | None = None
    ) -> list[tuple[str, RoleSpell]]:
        """Who held ``title`` (in ``country`` / ``org``) on ``day``: (actor id, spell) pairs."""
        out = []
        spells = (
            self._by_title.get(title, ())
            if country is None
            else self._by_title_country.get((title, country), ())
        )
        for aid, r in spells:
            if org is not None and r.org != org:
                continue
            if day is None or r.covers(day):
                out.append((aid, r))
        return out

    def titles(self) -> set[str]:
        return set(self._by_title)

    def status_at(
        self, actor_id: str, day: date | None
    ) -> tuple[str | None, str | None, str | None]:
        """(role label, country, sector) of an actor on ``day`` (``roles.status_on``).

        A person with no role that day but a role before it is a former official: sector ELI.
        """
        a = self._actors.get(actor_id)
        if a is None:
            return None, None, None
        return status_on(a, day)

    def fingerprint(self) -> str:
        h = hashlib.sha256()
        for a in sorted(self._actors.values(), key=lambda x: x.id):
            h.update(repr(replace(a, origin="")).encode())
        for key in sorted(self._aliases):
            h.update(repr((key, self._aliases[key])).encode())
        for key in sorted(self._shared):
            h.update(repr((key, self._shared[key])).encode())
        return h.hexdigest()[:16]
