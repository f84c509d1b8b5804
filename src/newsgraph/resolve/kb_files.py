"""Reading and validating knowledge-base YAML files, with file:line in every error.

A file holds ``actors:`` (new actors) and/or ``extend:`` (aliases, demonyms, former names or
roles added to an actor defined in another file). See docs/actors.md for the format.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from newsgraph.errors import KnowledgeBaseError
from newsgraph.names import compound_given
from newsgraph.types import Actor, FormerName, RoleSpell

ACTOR_TYPES = (
    "state",
    "institution",
    "igo",
    "ngo",
    "armed_group",
    "party",
    "media",
    "person",
    "group",
    "organisation",  # an organisation of no more precise type (e.g. one found in the corpus)
)
SECTORS = (
    "AGR",
    "BUS",
    "COP",
    "CRM",
    "CVL",
    "EDU",
    "ELI",
    "GOV",
    "IGO",
    "JRN",
    "JUD",
    "LAB",
    "LEG",
    "MED",
    "MIL",
    "NGO",
    "OPP",
    "PRE",
    "PRM",
    "PTY",
    "REB",
    "REF",
    "REL",
    "SOC",
    "SPY",
    "UAF",
    "UNK",
)
_ACTOR_KEYS = {
    "id",
    "type",
    "name",
    "country",
    "sector",
    "sectors",
    "qid",
    "aliases",
    "demonyms",
    "capitals",
    "former_names",
    "roles",
    "note",
    "local_aliases",
    "namesakes",
    "surname",
}
_EXTEND_KEYS = {"id", "aliases", "demonyms", "capitals", "former_names", "roles", "note"}
_ROLE_KEYS = {"title", "country", "org", "sector", "start", "end"}
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$")


class _LineLoader(yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader):  # type: ignore[misc]
    """A safe loader that records each mapping's line and keeps dates as strings."""


def _construct_mapping(loader: Any, node: yaml.MappingNode) -> dict[str, Any]:
    seen: dict[Any, int] = {}
    for key, _ in node.value:
        if isinstance(key, yaml.ScalarNode):
            if key.value in seen:
                # YAML itself lets the last value win, which silently drops the first (two
                # roles: lists under one actor, an alias list written twice): refuse it
                raise yaml.constructor.ConstructorError(
                    None,
                    None,
                    f"duplicate key {key.value!r} (first at line {seen[key.value]})",
                    key.start_mark,
                )
            seen[key.value] = key.start_mark.line + 1
    mapping: dict[str, Any] = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_LineLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass
class KBFile:
    """One parsed file: its new actors and its extensions of actors defined elsewhere."""

    path: Path
    actors: list[Actor] = field(default_factory=list)
    extends: list[tuple[str, dict[str, Any], int]] = field(default_factory=list)  # (id, data, line)


def read_kb_file(path: Path) -> KBFile:
    """Parse and check one file; raise ``KnowledgeBaseError`` naming the file, line and problem."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeBaseError(f"E301 {path}: cannot read knowledge-base file: {exc}") from exc
    try:
        data = yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a safe loader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        problem = getattr(exc, "problem", None) or str(exc)
        raise KnowledgeBaseError(f"E302 {where}: invalid YAML: {problem}") from exc
    out = KBFile(path)
    if data is None:
        return out
    if not isinstance(data, dict):
        raise KnowledgeBaseError(f"E303 {path}:1: expected a mapping with 'actors' and/or 'extend'")
    unknown = set(data) - {"actors", "extend", "source", "licence", "license", "__line__"}
    if unknown:
        raise KnowledgeBaseError(
            f"E303 {path}:{data['__line__']}: unknown top-level key(s) "
            f"{sorted(unknown)}; valid: actors, extend, source, licence"
        )
    for item in _items(data.get("actors"), path, "actors", data["__line__"]):
        out.actors.append(_actor(item, path))
    for item in _items(data.get("extend"), path, "extend", data["__line__"]):
        line = item["__line__"]
        _check_keys(item, _EXTEND_KEYS, path, "extend entry")
        aid = _req_str(item, "id", path)
        ext = {
            "aliases": _str_list(item, "aliases", path),
            "demonyms": _str_list(item, "demonyms", path),
            "capitals": _str_list(item, "capitals", path),
            "former_names": _former(item, path),
            "roles": _roles(item, path),
        }
        out.extends.append((aid, ext, line))
    return out


def _items(value: Any, path: Path, key: str, line: int) -> Iterable[dict[str, Any]]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise KnowledgeBaseError(f"E304 {path}:{line}: '{key}' must be a list")
    for v in value:
        if not isinstance(v, dict):
            raise KnowledgeBaseError(
                f"E304 {path}: every entry of '{key}' must be a mapping, got {v!r}"
            )
    return value


def _check_keys(item: dict[str, Any], valid: set[str], path: Path, what: str) -> None:
    unknown = set(item) - valid - {"__line__"}
    if unknown:
        raise KnowledgeBaseError(
            f"E305 {path}:{item['__line__']}: unknown key(s) {sorted(unknown)} "
            f"in {what}; valid: {', '.join(sorted(valid))}"
        )


def _req_str(item: dict[str, Any], key: str, path: Path) -> str:
    v = item.get(key)
    if not isinstance(v, str) or not v.strip():
        raise KnowledgeBaseError(
            f"E306 {path}:{item['__line__']}: '{key}' is required and must be a non-empty string"
        )
    return v.strip()


def _opt_str(item: dict[str, Any], key: str, path: Path) -> str | None:
    v = item.get(key)
    if v is None:
        return None
    if not isinstance(v, str | int) or isinstance(v, bool):
        raise KnowledgeBaseError(f"E306 {path}:{item['__line__']}: '{key}' must be a string")
    return str(v).strip() or None


def _str_list(item: dict[str, Any], key: str, path: Path) -> tuple[str, ...]:
    v = item.get(key) or []
    if isinstance(v, str):
        v = [v]
    if not isinstance(v, list) or not all(isinstance(x, str | int) for x in v):
        raise KnowledgeBaseError(
            f"E307 {path}:{item['__line__']}: '{key}' must be a list of strings"
        )
    return tuple(str(x).strip() for x in v if str(x).strip())


def parse_kb_date(value: Any, *, end: bool = False) -> date:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; a partial end date means the end of its period."""
    m = _DATE.match(str(value).strip())
    if not m:
        raise ValueError(f"{value!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
    y, mo, d = int(m[1]), m[2], m[3]
    if mo is None:
        return date(y + 1, 1, 1) if end else date(y, 1, 1)
    if d is None:
        nxt = date(y + (int(mo) == 12), int(mo) % 12 + 1, 1)
        return nxt if end else date(y, int(mo), 1)
    return date(y, int(mo), int(d))  # ValueError for 2024-02-30


def _date(item: dict[str, Any], key: str, path: Path, *, end: bool = False) -> date | None:
    v = item.get(key)
    if v is None or v == "":
        return None
    try:
        day = parse_kb_date(v, end=end)
    except ValueError as exc:
        raise KnowledgeBaseError(
            f"E308 {path}:{item['__line__']}: invalid date in '{key}': {exc}"
        ) from exc
    return day


def _sector(item: dict[str, Any], key: str, path: Path) -> str | None:
    v = _opt_str(item, key, path)
    if v is not None and v not in SECTORS:
        raise KnowledgeBaseError(
            f"E309 {path}:{item['__line__']}: unknown sector {v!r}; valid: {', '.join(SECTORS)}"
        )
    return v


def _roles(item: dict[str, Any], path: Path) -> tuple[RoleSpell, ...]:
    roles = []
    for r in _items(item.get("roles"), path, "roles", item["__line__"]):
        _check_keys(r, _ROLE_KEYS, path, "role")
        spell = RoleSpell(
            title=_req_str(r, "title", path).lower(),
            country=_opt_str(r, "country", path),
            org=_opt_str(r, "org", path),
            sector=_sector(r, "sector", path),
            start=_date(r, "start", path),
            end=_date(r, "end", path, end=True),
        )
        if spell.start and spell.end and spell.end < spell.start:
            raise KnowledgeBaseError(f"E308 {path}:{r['__line__']}: role ends before it starts")
        roles.append(spell)
    return tuple(roles)


def _former(item: dict[str, Any], path: Path) -> tuple[FormerName, ...]:
    out = []
    for f in _items(item.get("former_names"), path, "former_names", item["__line__"]):
        out.append(
            FormerName(
                name=_req_str(f, "name", path),
                until=_date(f, "until", path),
                since=_date(f, "since", path),
            )
        )
    return tuple(out)


def _actor(item: dict[str, Any], path: Path) -> Actor:
    line = item["__line__"]
    _check_keys(item, _ACTOR_KEYS, path, "actor")
    aid = _req_str(item, "id", path)
    if not _ID.match(aid):
        raise KnowledgeBaseError(f"E306 {path}:{line}: invalid id {aid!r} (letters, digits, . _ -)")
    kind = _req_str(item, "type", path)
    if kind not in ACTOR_TYPES:
        raise KnowledgeBaseError(
            f"E310 {path}:{line}: unknown type {kind!r} for {aid}; valid: {', '.join(ACTOR_TYPES)}"
        )
    sectors = _str_list(item, "sectors", path)
    for s in sectors:
        if s not in SECTORS:
            raise KnowledgeBaseError(
                f"E309 {path}:{line}: unknown sector {s!r}; valid: {', '.join(SECTORS)}"
            )
    local = _str_list(item, "local_aliases", path)
    if local and not _opt_str(item, "country", path):
        raise KnowledgeBaseError(
            f"E319 {path}:{line}: {aid} has local_aliases but no country (a local alias names "
            "the actor only in an article about its country)"
        )
    name = _req_str(item, "name", path)
    surname = _opt_str(item, "surname", path)
    if surname is not None and (
        kind != "person" or len(surname.split()) < 2 or not compound_given(name, surname)
    ):
        raise KnowledgeBaseError(
            f"E320 {path}:{line}: surname {surname!r} of {aid}: a person's surname of two "
            f"words or more that ends the name {name!r} after a given name"
        )
    return Actor(
        id=aid,
        type=kind,
        name=name,
        country=_opt_str(item, "country", path),
        sector=_sector(item, "sector", path),
        sectors=sectors,
        qid=_opt_str(item, "qid", path),
        aliases=_str_list(item, "aliases", path),
        demonyms=_str_list(item, "demonyms", path),
        capitals=_str_list(item, "capitals", path),
        former_names=_former(item, path),
        roles=_roles(item, path),
        note=_opt_str(item, "note", path),
        origin=f"{path}:{line}",
        local_aliases=local,
        namesakes=_str_list(item, "namesakes", path),
        surname=surname,
    )
