"""An actor's role, country and sector on a given day, from the role spells of the knowledge
base (``data/kb/people.yaml``: each role with its start and end).

Mentions are resolved at the article's date (``resolve/mentions.py``); an event is about its
own date, which may be weeks or years before the article: ``refs_on`` re-reads each resolved
party of an event at the event's date, so that a 13 December article about a 2 December meeting
codes the then-president as president (GOV), not as a former leader (ELI), and a group that
became the government later is still the armed group it was.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date

from newsgraph.types import Actor, ActorRef, RoleSpell

__all__ = ["primary_role", "refs_on", "status_on", "titled"]

_RANK = {
    "head of state": 0,
    "supreme leader": 0,
    "president": 1,
    "emir": 1,
    "king": 1,
    "prime minister": 2,
    "chancellor": 2,  # Germany's and Austria's head of government
    "leader": 2,
    "foreign minister": 3,
    "defence minister": 3,
}


# the rank of a title ``_RANK`` does not list (a speaker, an interior minister), and below it a
# party's leader
_UNLISTED = 9
_PARTY_LEADER = _UNLISTED + 1


def _rank(r: RoleSpell) -> int:
    """``_RANK`` of a role; a party's leader (sector PTY) ranks below any office of state, those
    ``_RANK`` does not list included: a sitting prime minister, chancellor or minister who also
    leads a party is coded by the office, whichever of the two spells began later."""
    if r.title == "leader" and r.sector == "PTY":
        return _PARTY_LEADER
    return _RANK.get(r.title, _UNLISTED)


def primary_role(roles: Sequence[RoleSpell], home: str | None = None) -> RoleSpell:
    """The highest of several roles held at once (head of state before minister, a state office
    before a party post); among equals, one in the person's own country ``home`` (the monarch of
    the Commonwealth realms is king of the United Kingdom first, the French president is
    president before co-prince of Andorra), then the latest begun."""
    return min(
        roles,
        key=lambda r: (
            _rank(r),
            home is not None and r.country not in (None, home),
            -(r.start or date.min).toordinal(),
        ),
    )


def status_on(a: Actor, day: date | None) -> tuple[str | None, str | None, str | None]:
    """(role label, country, sector) of ``a`` on ``day`` (None: the actor's own).

    A person with no role that day but a role before it is a former official: sector ELI.
    """
    current = [r for r in a.roles if r.covers(day)] if day else []
    if current:
        r = primary_role(current, a.country)
        return r.label(), r.country or a.country, r.sector or a.sector
    if a.roles and day is not None:
        past = [r for r in a.roles if r.end is not None and r.end <= day]
        if past and a.type == "person":
            last = max(past, key=lambda r: r.end or date.min)
            return None, last.country or a.country, "ELI"
        if a.type == "person":
            first = min(a.roles, key=lambda r: r.start or date.min)
            return None, first.country or a.country, a.sector
    return None, a.country, a.sector


# "the former president", "ex-leader": the text itself says the role was over (kept as given).
_FORMER_CUE = re.compile(r"\b(former|ex-|one-time|onetime|late)\s*\S*\s*\S*$", re.I)


def _overlaps(r: RoleSpell, first: date | None, last: date | None) -> bool:
    """Whether ``r`` was held on some day of ``first..last`` (None: unbounded)."""
    return (r.start is None or last is None or r.start <= last) and (
        r.end is None or first is None or first < r.end
    )


def titled(
    a: Actor, text: str, ref: ActorRef, first: date | None, last: date | None
) -> RoleSpell | None:
    """The role spell of ``a`` whose title the text puts right before the party's name
    ("President X", "Syrian President X", "Foreign Minister X") and that ``a`` held on some
    day of ``first..last``, the latest begun; None when the text gives no title the KB lists.
    Only a title joined to the name by spaces: across a comma or a full stop the title may be
    another person's ("... its junior foreign minister. X, the EU's envoy, ...")."""
    before = text[max(0, ref.start - 40) : ref.start].lower()
    own = ref.text.lower()
    held = [
        r
        for r in a.roles
        if _overlaps(r, first, last)
        and (
            re.search(rf"\b{re.escape(r.title)}\s{{1,2}}$", before) or own.startswith(r.title + " ")
        )
    ]
    return max(held, key=lambda r: r.start or date.min) if held else None


def refs_on(
    refs: Sequence[ActorRef],
    actors: Mapping[str, Actor],
    first: date | None,
    last: date | None,
    text: str = "",
    *,
    undated: bool = False,
    reach: date | None = None,
) -> list[ActorRef]:
    """``refs`` with the country and sector their actors had from ``first`` to ``last`` (the
    event's date or window, or for an ``undated`` report the discourse's reference time).

    - The text's own title wins when the actor held that role on some day of the span: "Syrian
      President X" in a window across X's fall is the president (GOV); an undated report is
      checked against all the days up to ``last`` (its span is unknown, the text dates the
      role), never a role not yet begun by then.
    - Otherwise the status held over the whole span. An actor whose status changed within the
      span, one without role spells, an unresolved party, or one the text calls former keeps
      what the mention gave (the reading at publication, a role held at the span's end).
    - ``reach``: for an undated report told as past, the day its window reaches back to before
      ``first`` (it ends at the reference time, it is not on it). When the status changed
      between ``reach`` and ``first`` and holds from ``first`` to ``last`` (``first`` None:
      on ``last``), the report is read at ``reach``: the status held before the change, a role
      held in the window (an office that ended on the reference day, the lead's fall or
      resignation, is the office of the undated past that the article tells against it)."""
    if last is None:
        return list(refs)
    out = []
    for r in refs:
        a = actors.get(r.actor_id) if r.actor_id else None
        if a is None or not a.roles or _FORMER_CUE.search(text[max(0, r.start - 24) : r.start]):
            out.append(r)
            continue
        spell = titled(a, text, r, None if undated else first, last)
        if spell is not None:
            sector = spell.sector or a.sector
            out.append(replace(r, country=spell.country or a.country or r.country, sector=sector))
            continue
        before = _before_change(a, reach, first, last) if reach is not None else None
        if before is not None:
            out.append(replace(r, country=before[0] or r.country, sector=before[1]))
            continue
        if first is None:
            out.append(r)
            continue
        _, country, sector = status_on(a, first)
        if (country, sector) != status_on(a, last)[1:]:
            out.append(r)  # the role changed within the window: not ours to pick
            continue
        out.append(replace(r, country=country or r.country, sector=sector))
    return out


def _before_change(
    a: Actor, reach: date, first: date | None, last: date
) -> tuple[str | None, str | None] | None:
    """(country, sector) of ``a`` at ``reach`` when its status changed between ``reach`` and
    the span ``first..last`` and holds over the span; None otherwise (no change since
    ``reach``, or one inside the span: not ours to pick)."""
    held = status_on(a, first or last)[1:]
    if first is not None and held != status_on(a, last)[1:]:
        return None
    early = status_on(a, reach)[1:]
    return early if early != held else None
