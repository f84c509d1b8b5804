"""When a bare surname is a person of the knowledge base.

A KB of a few thousand people claims many surnames ("Harris", "Ahmed", "Kelly"), and the news
names many other people by theirs. One word is therefore weak evidence, and the resolver takes
it as a KB person only in context (precision first):

1. the article named the person in full before (surname coreference, ``resolve/mentions.py``);
2. a title the person held stands before the surname ("Defense Secretary Mattis",
   "President Erdogan"): a title and a surname are distinctive together;
3. the person is a well-known office holder at the article's date (any office the KB dates
   covers that day, or a head of state or government, monarch or leader spell begun before
   it, or within about a year after it: leaders stay known by their surname after they leave
   office, and are known by it as candidates and leaders-elect) **and** the article
   mentions the state or body of that office (the state, its government or forces, its
   demonym or capital, one of its institutions: "Mattis" with "US" or "the Pentagon"), or
   names in full another person who held an office of that state ("Trump" in an article
   naming Hillary Clinton).

Otherwise the mention stays unresolved with the person as its candidate. A first name that
contradicts the person's blocks the match before this rule is asked (``contradicting_first_name``
in ``resolve/context.py``). The article's states and bodies are ``context_countries`` there.

A surname several KB people have ("Kallas": Siim and Kaja; ``KnowledgeBase.sharing``) is one of
them only when exactly one passes (``pick_shared``; a full name of one of them earlier in the
article is surname coreference and comes first):

1. the title before it: the one candidate who held that title ("Romanian Prime Minister
   Orban"); of several who did, the one who held it on the article's date;
2. the date: the one candidate who holds an office on the article's date whose state or body
   the article names (the same cues as rule 3 above); when no candidate passes so, the one
   whose leader's office begins within ``LEADER_AHEAD_DAYS`` after it (the leader-elect). An
   office left is no cue here: "Clinton" in 2016 is neither the former president nor the
   former secretary of state by date.

Otherwise the mention stays unresolved with every one of them as candidates.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from spacy.tokens import Span

from newsgraph.names import norm_alias
from newsgraph.resolve.titles import TitlePhrase
from newsgraph.types import Actor, RoleSpell

# Offices whose holders are known by their surname alone after they leave office.
LEADER_TITLES = {
    "president",
    "prime minister",
    "chancellor",
    "supreme leader",
    "head of state",
    "king",
    "queen",
    "emir",
    "sultan",
    "emperor",
    "pope",
    "leader",
}


def is_surname(e: Span, actor: Actor, kind: str) -> bool:
    """Whether the KB alias ``e`` matched is a bare surname of the person ``actor``: the
    loader's automatic surname, or a one-word alias that ends the person's name or one of
    its aliases ("Putin", "Assad"; not a nom de guerre such as "Hemedti")."""
    if actor.type != "person":
        return False
    if kind == "surname":
        return True
    if kind != "alias" or len(e.text.split()) != 1:
        return False
    key = norm_alias(e.text)
    return any(
        len(full.split()) > 1 and key in (norm_alias(full.split()[-1]), _bare(full.split()[-1]))
        for full in (actor.name, *actor.aliases)
    )


def _bare(word: str) -> str:
    """ "al-Assad" -> "assad"."""
    return norm_alias(word.split("-", 1)[1]) if "-" in word else norm_alias(word)


# A leader is known by surname before taking office too: the candidate, the president-elect.
LEADER_AHEAD_DAYS = 400


def known_spells(actor: Actor, day: date | None) -> list[RoleSpell]:
    """The role spells that make ``actor`` known by surname on ``day``: those covering it,
    and leader spells begun before it or within ``LEADER_AHEAD_DAYS`` after it (every spell
    when the day is unknown)."""
    if day is None:
        return list(actor.roles)
    soon = day + timedelta(days=LEADER_AHEAD_DAYS)
    return [
        r
        for r in actor.roles
        if r.covers(day) or (r.title in LEADER_TITLES and (r.start is None or r.start <= soon))
    ]


def _cues(r: RoleSpell) -> set[str]:
    out = {x for x in (r.org, r.country) if x}
    if r.org:
        out.add(r.org.split(".", 1)[0])
    return out


def surname_in_context(
    actor: Actor,
    day: date | None,
    title: TitlePhrase | None,
    cues: set[str],
) -> bool:
    """Whether a bare surname of ``actor`` (no full name before it in the article) may be
    resolved to it: rules 2 and 3 of the module docstring. ``title``: the title phrase right
    before the surname, if any; ``cues``: ``context_ids`` of the article."""
    if actor.type != "person":
        return True
    if title is not None and not title.plural and _titled(actor, title):
        return True
    return any(_cues(r) & cues for r in known_spells(actor, day))


def _fits(r: RoleSpell, title: TitlePhrase) -> bool:
    """Whether the title phrase names the office of spell ``r`` (title, state, body)."""
    return (
        r.title == title.title
        and (not title.countries or r.country in title.countries)
        and (not title.org or r.org == title.org)
    )


def _titled(actor: Actor, title: TitlePhrase) -> list[RoleSpell]:
    return [r for r in actor.roles if _fits(r, title)]


def current_spells(actor: Actor, day: date, *, ahead: bool = False) -> list[RoleSpell]:
    """The spells ``actor`` holds on ``day``; with ``ahead``, the leader spells begun within
    ``LEADER_AHEAD_DAYS`` after it instead (the candidate, the leader-elect). No past spell."""
    if not ahead:
        return [r for r in actor.roles if r.covers(day)]
    soon = day + timedelta(days=LEADER_AHEAD_DAYS)
    return [
        r
        for r in actor.roles
        if r.title in LEADER_TITLES and r.start is not None and day < r.start <= soon
    ]


def pick_shared(
    people: list[Actor],
    day: date | None,
    title: TitlePhrase | None,
    cues_of: Callable[[Actor], set[str]],
) -> Actor | None:
    """The one of ``people`` (who share the bare surname) that the context names, or None
    (the module docstring's rules for a shared surname; precision first: a person only when
    exactly one passes). ``cues_of(person)``: the states and bodies the article names, with
    those of the other KB people it names in full (``surname_in_context``'s ``cues``)."""
    if title is not None and not title.plural:
        held = [(p, spells) for p in people if (spells := _titled(p, title))]
        if len(held) == 1:
            return held[0][0]
        if held:
            now = [
                p
                for p, spells in held
                if day is not None and any(r in spells for r in current_spells(p, day))
            ]
            return now[0] if len(now) == 1 else None
    if day is None:
        return None
    for ahead in (False, True):  # an office held that day; else a leader's office ahead
        passing = [
            p
            for p in people
            if (cues := cues_of(p))
            and any(_cues(r) & cues for r in current_spells(p, day, ahead=ahead))
        ]
        if passing:
            return passing[0] if len(passing) == 1 else None
    return None


def successor_by_name(
    owner: Actor, others: list[Actor], day: date | None, cues_of: Callable[[Actor], set[str]]
) -> Actor:
    """Whom a bare surname that is ``owner``'s own alias names on ``day``: the owner, unless the
    owner holds no office that day and exactly one of ``others``, who bear the name too, holds
    an office the owner held before, of a state or body the article names (a successor by
    name: "Khamenei" in an article of June 2026 naming Iran is Mojtaba Khamenei, supreme leader
    since March after his father). Another office is no cue: "Zuma" after 2018 stays Jacob
    Zuma, whatever office Nkosazana Dlamini-Zuma holds; a former leader is still news."""
    if day is None or current_spells(owner, day):
        return owner
    held = {(r.title, r.country, r.org) for r in owner.roles if r.start is not None}
    passing = [
        p
        for p in others
        if (cues := cues_of(p))
        and any(
            (r.title, r.country, r.org) in held and _cues(r) & cues for r in current_spells(p, day)
        )
    ]
    return passing[0] if len(passing) == 1 else owner


__all__ = [
    "LEADER_TITLES",
    "current_spells",
    "is_surname",
    "known_spells",
    "pick_shared",
    "successor_by_name",
    "surname_in_context",
]
