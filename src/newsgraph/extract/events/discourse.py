"""Pronoun and definite subjects resolved through the document: "They launched an attack" ->
the group named just before; "the group", "the militants"; "the two men" -> the two people
named before. Only what the actor stage left unresolved is looked at (it resolves "he"/"she"
to a person subject of the same or previous sentence).

The rule, precision first: look for compatible resolved mentions (``Mention`` with an actor id)
before the party in its own sentence, then in each of the two sentences before it, and stop
at the first sentence that has any. One distinct actor there is the antecedent; several are
narrowed to those inside the clause subject; still several (or none) leave the party as it was.

- "he"/"she"/"him"/"her": a person;
- "they"/"them": an organisation or group (ORG, or NORP with a sector: "Kurds"), or the
  conjoined people that were the subject before ("Macron and Lula ... They");
- "it": an organisation or a state (ORG, GPE) that was the subject before: "Isis has sought
  ..., and it has continued launching attacks";
  an "it" left unresolved is no party (the events stage drops it); a direct object "it" is
  the one organisation or state that is a verb's direct object before it, never its own
  clause's subject ("readmitted Mali, three years after expelling it");
- "the group/organisation/movement/faction/militia" (and plural): an organisation;
- "the militants/rebels/jihadists/insurgents/fighters/gunmen": an armed group (sector REB,
  UAF, PRM or INS);
- "the army/military/navy/fleet", "the government/regime", "the police": the one state organ
  (not a person) with that sector (MIL, GOV, COP) named before; when the sentence searched
  names several states, the clause subject's if it names one only; never across a quotation
  mark or a line break;
- "the two men", "both women", "the three men": that many people;
- "the two countries", "both governments", "all three sides": that many states (GPE, or a
  state's people: "Turkish"); sides may be organisations too; unresolved, no party at all;
- "we"/"us" inside a quotation: the party of the quote's speaker (the quotes stage's
  attribution, unless found through a bare pronoun): a speaking state, organisation or group
  itself; for a person, the one organisation their description names ("YPG spokesman X"),
  else the state of a person speaking for its government or military (sector GOV or MIL,
  and a role of that state's the knowledge base records: not a sector guessed from a title);
  any other speaker (a civilian, an unresolved one) leaves "we" unresolved;
- "they" stays unresolved when a plural common noun naming no actor ("civilians",
  "residents") is a clause subject in the sentence searched (before the pronoun): the
  people may be what "they" refers to, and they are no political party;
- a "they"/"it" antecedent never lies across a double quotation mark or a line break (the
  narrator's group is not the quoted speaker's "they", a paragraph starts a new topic); a word
  or three in quotes ("fighting “terrorism”") is no quotation;
- "him"/"her" (recipients only): the one person before, not the clause's own subject, whom
  the actor stage has called "he" (for "him") or "she" (for "her") and never the other; the
  article gives no other evidence of gender, so without it nothing is guessed.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from newsgraph.extract.events.arguments import MentionIndex, subject_of
from newsgraph.types import Actor, ActorRef, Mention, Quote

_PERSON = frozenset({"he", "she", "him", "her"})
_OBJECTIVE = frozenset({"him", "her"})
_PLURAL = frozenset({"they", "them"})
_ORG_NOUNS = frozenset(
    {
        "group",
        "groups",
        "organisation",
        "organization",
        "movement",
        "faction",
        "factions",
        "militia",
        "militias",
    }
)
_ARMED_NOUNS = frozenset(
    {
        "militants",
        "rebels",
        "jihadists",
        "insurgents",
        "fighters",
        "gunmen",
        "extremists",
        "militant",
        "rebel",
        "jihadist",
        "insurgent",
    }
)
_PEOPLE_NOUNS = frozenset({"men", "women", "people", "brothers", "leaders", "ministers"})
# "the army", "the fleet", "the government": a state's organ named before with that sector
_ORGAN_NOUNS = {
    "army": "MIL",
    "military": "MIL",
    "navy": "MIL",
    "fleet": "MIL",
    "government": "GOV",
    "regime": "GOV",
    "police": "COP",
}
_ORGAN_SECTORS = frozenset({"MIL", "GOV", "COP"})
_NUMBERS = {"two": 2, "both": 2, "three": 3, "four": 4}
_ARMED_SECTORS = frozenset({"REB", "UAF", "PRM", "INS"})
# "the two countries", "both sides", "all three governments": the states (or, for sides,
# the parties) named before, as many as the number says
_STATE_NOUNS = frozenset(
    {"countries", "nations", "states", "governments", "neighbours", "neighbors", "allies"}
)
_SIDE_NOUNS = frozenset({"sides", "parties"})
_DEFINITE = re.compile(r"^(the|both|all)(?:\s+(two|three|four|both))?\s+([a-z]+)$")
_BACK = 2  # sentences looked back
_WE = frozenset({"we", "us"})
# a person's "we" is the state only when the person speaks for its government or military
_STATE_VOICES = frozenset({"GOV", "MIL"})
_NOT_PEOPLE = frozenset({"state", "institution", "igo", "armed_group", "party", "group"})
# what a "they"/"it" antecedent never lies across: a quotation's edge, a paragraph break;
# a word or three in quotes ("fighting “terrorism” in Syria") is no quotation
_BARRIER = re.compile(r"[\"\u201c\u201d\n]")
_SCARE_QUOTES = re.compile(r"[\"\u201c][^\"\u201c\u201d\n]{1,40}[\"\u201d]")


def _crosses_barrier(text: str, start: int, end: int) -> bool:
    gap = _SCARE_QUOTES.sub(
        lambda m: "" if len(m.group().split()) <= 3 else m.group(), text[start:end]
    )
    return _BARRIER.search(gap) is not None


def resolve_refs(
    refs: Sequence[ActorRef],
    index: MentionIndex,
    quotes: Sequence[Quote] = (),
    actors: Mapping[str, Actor] | None = None,
) -> list[ActorRef]:
    """``refs`` with each unresolved pronoun or definite party replaced by its antecedent(s),
    keeping the party's own text and offsets (the provenance is the pronoun). ``quotes`` and
    ``actors`` (the article's KB actors by id): what a quoted "we" is resolved through."""
    out: list[ActorRef] = []
    for r in refs:
        if r.actor_id is None and " ".join(r.text.lower().split()) in _WE:
            out.append(speaker_party(r, index, quotes, actors or {}) or r)
            continue
        found = antecedents(r, index) if r.actor_id is None else []
        if not found:
            if r.actor_id is not None or r.sector is not None or not _counted_states(r.text):
                out.append(r)  # an unresolved "the two countries" is no party
            continue
        out += [
            replace(
                r,
                actor_id=m.actor_id,
                name=index.names.get(m.actor_id or "") or None,
                country=m.country,
                sector=m.sector or r.sector,
            )
            for m in found
        ]
    return out


def speaker_party(
    r: ActorRef, index: MentionIndex, quotes: Sequence[Quote], actors: Mapping[str, Actor]
) -> ActorRef | None:
    """The party a quoted "we" speaks for, from the quotation holding it: a speaking state,
    organisation or group itself; for a person, the one organisation or group their own
    description names ("YPG spokesman Nuri Mahmud"), else the state of a person speaking with
    a government or military sector that the knowledge base records as a role of theirs.
    None when the speaker was found through a bare pronoun ("he told reporters": the weakest
    attribution) or fits none of these."""
    q = next((q for q in quotes if q.content_start <= r.start < q.content_end), None)
    sp = q.speaker if q is not None else None
    if q is None or sp is None or sp.actor_id is None or q.speaker_method == "pronoun":
        return None
    kb = actors.get(sp.actor_id)
    if kb is None:
        return None
    if kb.type in _NOT_PEOPLE:
        return replace(r, actor_id=sp.actor_id, name=sp.name, country=sp.country, sector=sp.sector)
    if kb.type != "person":
        return None
    named = _distinct(
        [
            m
            for m in index.within(sp.start, sp.end)
            if m.actor_id
            and m.actor_id != sp.actor_id
            and m.actor_id != sp.country
            and getattr(actors.get(m.actor_id), "type", None) in _NOT_PEOPLE
        ]
    )
    if named:
        m = named[0]
        if len(named) > 1:
            return None
        return replace(
            r,
            actor_id=m.actor_id,
            name=index.names.get(m.actor_id or "") or None,
            country=m.country,
            sector=m.sector,
        )
    # a state office the knowledge base records, not a sector guessed from a title
    # ("spokesman"): a group's spokesman is no voice of the state he lives in
    held = any(rs.country == sp.country and rs.sector in _STATE_VOICES for rs in kb.roles)
    if sp.sector in _STATE_VOICES and sp.country and held:
        state = actors.get(sp.country)
        return replace(
            r,
            actor_id=sp.country,
            name=state.name if state is not None else None,
            country=sp.country,
            sector=sp.sector,
        )
    return None


def antecedents(r: ActorRef, index: MentionIndex) -> list[Mention]:
    """The mention(s) an unresolved pronoun or definite party refers to, or []."""
    low = " ".join(r.text.lower().split())
    want: int | None = 1
    if low in _PERSON:
        kind = "person"
    elif low in _PLURAL:
        kind = "they"
    elif low == "it":
        kind = "it"
    else:
        m = _DEFINITE.match(low)
        if m is None:
            return []
        det, num, noun = m.group(1), m.group(2), m.group(3)
        if det == "all" and not num:
            return []
        if noun in _PEOPLE_NOUNS and num:
            kind, want = "person", _NUMBERS[num]
        elif noun in _STATE_NOUNS or noun in _SIDE_NOUNS:
            if not (num or det == "both"):
                return []  # "the countries": how many is not said
            kind = "state" if noun in _STATE_NOUNS else "side"
            want = _NUMBERS[num or det]
        elif noun in _ORG_NOUNS and not num:
            kind = "org"
        elif noun in _ARMED_NOUNS and not num:
            kind = "armed"
        elif noun in _ORGAN_NOUNS and det == "the" and not num:
            kind = _ORGAN_NOUNS[noun]
        else:
            return []
    v = index.view
    tok = bisect.bisect_right(v.idx, r.start) - 1
    if tok < 0:
        return []
    objective = low in _OBJECTIVE
    # "readmitted Mali, three years after expelling it": an object "it" is the one object named
    # before (never the clause's own subject, nor a subject: "Hamas fired a rocket and Israel
    # downed it" is the rocket)
    object_it = kind == "it" and v.dep[tok] == "dobj"
    # "He urged him", "X met Y and signed a deal with him": an object pronoun is never its
    # own clause's subject
    other = _clause_subject_ids(tok, index) if objective or object_it else set()
    si = v.sent_of[tok]
    for k in range(si, max(-1, si - _BACK - 1), -1):
        sent = v.sents[k]
        end = r.start if k == si else sent.end_char
        cands = [
            m
            for m in index.within(sent.start_char, end)
            if m.actor_id
            and m.end <= end
            and _fits(m, kind)
            and m.actor_id not in other
            and (
                kind not in ("they", "it", *_ORGAN_SECTORS)
                or not _crosses_barrier(index.text, m.end, r.start)
            )
        ]
        if not cands:
            continue
        if kind == "they" and _people_subject(sent.start_char, r.start, index):
            return []  # "Civilians fled as Hezbollah advanced. They ...": maybe the civilians
        if kind in _ORGAN_SECTORS:
            return _organ(cands, sent.start_char, end, index)
        if object_it:
            objs = _distinct([m for m in cands if _is_object(m, index)])
            return objs if len(objs) == 1 and len(_distinct(cands)) <= 2 else []
        if objective:
            # no preference for a subject: the one candidate whom the actor stage has called
            # "he" (for "him") or "she" (for "her"), and never the other
            uniq = [m for m in _distinct(cands) if _gender_fits(m, low, index)]
            return uniq if len(uniq) == 1 else []
        return _pick(cands, kind, want, index)
    return []


# plural nouns that name parties themselves ("the two groups", "the militants", "forces")
_PARTIES = _ORG_NOUNS | _ARMED_NOUNS | _STATE_NOUNS | _SIDE_NOUNS | {"forces", "troops"}


def _people_subject(start: int, end: int, index: MentionIndex) -> bool:
    """Whether a plural common noun no actor is named in ("civilians", "residents", "the
    men") is a clause subject between ``start`` and ``end``: a rival antecedent of "they"
    that is no political party."""
    v = index.view
    lo = bisect.bisect_left(v.idx, start)
    hi = bisect.bisect_left(v.idx, end)
    for t in range(lo, hi):
        if v.dep[t] not in ("nsubj", "nsubjpass") or v.tag[t] != "NNS" or v.lower[t] in _PARTIES:
            continue
        left = v.doc[t].left_edge.idx
        if not any(m.actor_id for m in index.within(left, v.idx[t] + len(v.doc[t]))):
            return True
    return False


def _gender_fits(m: Mention, pronoun: str, index: MentionIndex) -> bool:
    said = index.genders().get(m.actor_id or "", set())
    want, other = ("he", "she") if pronoun == "him" else ("she", "he")
    return want in said and other not in said


def _clause_subject_ids(tok: int, index: MentionIndex) -> set[str]:
    """The actor ids of the subject of the clause the token belongs to."""
    v = index.view
    verb = tok
    for _ in range(4):
        if v.pos[verb] in ("VERB", "AUX") or v.head[verb] == verb:
            break
        verb = v.head[verb]
    subj = subject_of(verb, v) if v.pos[verb] in ("VERB", "AUX") else None
    if subj is None:
        return set()
    m = index.covering(subj)
    return {m.actor_id} if m is not None and m.actor_id else set()


def _counted_states(text: str) -> bool:
    m = _DEFINITE.match(" ".join(text.lower().split()))
    return m is not None and (m.group(3) in _STATE_NOUNS or m.group(3) in _SIDE_NOUNS)


def _state(m: Mention) -> bool:
    """A state named by its name or its people ("Turkish", "Russia"), not a city or a group."""
    return m.label in ("GPE", "NORP") and m.actor_id is not None and m.actor_id == m.country


def _fits(m: Mention, kind: str) -> bool:
    if kind == "state":
        return _state(m)
    if kind == "side":
        return _state(m) or m.label == "ORG"
    if kind == "person":
        return m.label in ("PERSON", "TITLE") or (m.label == "PRON" and m.sector != "REB")
    if kind == "org":
        return m.label == "ORG"
    if kind == "it":
        return m.label in ("ORG", "GPE")
    if kind == "armed":
        return m.label in ("ORG", "NORP") and m.sector in _ARMED_SECTORS
    if kind in _ORGAN_SECTORS:
        # a state's organ itself ("Damascus", "the Syrian army"), not a person of it
        return m.label not in ("PERSON", "TITLE", "PRON") and m.sector == kind and bool(m.country)
    # "they": a group or organisation, or people (their conjunction is checked in _pick)
    return m.label == "ORG" or (m.label == "NORP" and m.sector is not None) or m.label == "PERSON"


def _organ(cands: list[Mention], start: int, end: int, index: MentionIndex) -> list[Mention]:
    """ "the army", "the government": the one organ of the one state the sentence searched
    names; with several states named ("Turkish and Russian troops ... The army"), the clause
    subject's, when it names one state only; else none."""
    named = [m for m in index.within(start, end) if m.country and m.end <= end]
    if len({m.country for m in named}) > 1:
        if len({m.country for m in named if _in_subject(m, index)}) != 1:
            return []
        cands = [m for m in cands if _in_subject(m, index)]
    uniq = _distinct(cands)
    return uniq if len(uniq) == 1 else []


def _distinct(ms: list[Mention]) -> list[Mention]:
    seen: dict[str, Mention] = {}
    for m in ms:
        seen.setdefault(m.actor_id or "", m)
    return list(seen.values())


def _pick(cands: list[Mention], kind: str, want: int | None, index: MentionIndex) -> list[Mention]:
    people = [m for m in cands if m.label in ("PERSON", "TITLE", "PRON")]
    if kind == "they":
        groups = _distinct([m for m in cands if m not in people])
        if len(groups) == 1:
            return groups
        if groups:
            subj = _distinct([m for m in groups if _in_subject(m, index)])
            return subj if len(subj) == 1 else []
        # people: only the conjoined subject ("Macron and Lula discussed ... They")
        subj = _distinct([m for m in people if _in_subject(m, index)])
        return subj if len(subj) >= 2 else []
    if kind == "it":
        # "it" takes the subject named before, never a name elsewhere in the clause ("our
        # government supports Turkey; it appeases Erdogan" is not Turkey)
        subj = _distinct([m for m in cands if _in_subject(m, index)])
        return subj if len(subj) == 1 and len(_distinct(cands)) <= 2 else []
    uniq = _distinct(cands)
    n = want or 1
    if len(uniq) == n:
        return uniq
    subj = _distinct([m for m in uniq if _in_subject(m, index)])
    return subj if len(subj) == n else []


def _is_object(m: Mention, index: MentionIndex) -> bool:
    """Whether the mention is a verb's direct object ("readmitted Mali")."""
    v = index.view
    lo = bisect.bisect_left(v.idx, m.start)
    hi = bisect.bisect_left(v.idx, m.end)
    return any(
        v.dep[t] == "dobj" and not (m.start <= v.idx[v.head[t]] < m.end) for t in range(lo, hi)
    )


def _in_subject(m: Mention, index: MentionIndex) -> bool:
    """Whether the mention lies inside its clause's subject."""
    v = index.view
    t = bisect.bisect_right(v.idx, m.start) - 1
    for _ in range(8):
        if v.dep[t] in ("nsubj", "nsubjpass"):
            return True
        if v.pos[t] in ("VERB", "AUX") or v.head[t] == t:
            return False
        t = v.head[t]
    return False
