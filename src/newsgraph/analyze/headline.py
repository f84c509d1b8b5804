"""The attacker a headline names: "French-led raids kill 12 fighters", "Rebel rockets kill
three in port city", "Six villagers killed in Chadian air strike".

The title is not parsed (only the article's text goes through the pipeline), and headlines are
written in a few fixed forms, so this reads the title's words:

- the **attack word** is the first word (after simple stemming) that the event lexicon codes
  as an assault, verb or noun ("kills", "strikes", "shelling", "raid", "attack"); reciprocal
  ones ("clash", "fighting", "battle") name two sides and no attacker: nothing is read;
- a past participle not followed by its object ("Six villagers **killed** in ...") is
  passive: what precedes it is the victims, and the next attack word is read instead (the
  attacker then follows "in" or "by": "killed in French-led raids");
- the **attacker** is the noun phrase just before the attack word: up to four words, stopped by
  a preposition or a verb of saying ("Ghana says envoy to visit Togo attack victims" names no
  attacker). Its head decides: a role noun of the lexicon ("rebels", "troops", "regime")
  that is a party of war (a rebel sector, or a state word: regime, government, army, troops,
  forces, military, warplane, jet), with the state named before it as its country ("Mali
  rebels", "Malian army"); else the name of an actor the article's text mentions (an
  organisation or a state, the state as its military: "Chadian jets", "French-led"); a role noun
  that names no side ("terrorists", "militants", "gunmen") and people ("Jane Roe discusses
  the attack with envoy") give no attacker.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from newsgraph.names import norm_alias

_TOKEN = re.compile(r"[^\W_]+")
PREPOSITIONS = frozenset(
    {"in", "on", "at", "near", "across", "into", "over", "from", "of", "to", "for", "against"}
    | {"after", "as", "with", "by", "amid", "inside", "outside", "during", "under"}
)
SAYING = frozenset(
    {"says", "said", "say", "claims", "claim", "accuses", "accuse", "blames", "blame"}
    | {"denies", "deny", "reports", "warns"}
)
RECIPROCAL = frozenset({"clash", "fight", "fought", "battle"})  # two sides, no one attacker
VICTIMS = frozenset({"die", "dead"})  # its subject is the victim, as a passive's
RESPONSIBLE = frozenset({"responsible", "behind"})  # "X responsible for / behind the attack"
# Armed non-state role nouns that name a side ("rebels" are the armed opposition); the others
# of those sectors name a kind of fighter, not a side ("terrorists", "militants", "gunmen").
ARMED_SECTORS = ("REB", "INS", "UAF")
SIDE_ROLES = ("rebel", "insurgent")
# An unnamed state organ: "the regime", "government forces", "the army", "warplanes" (the words
# are found in the phrase, so "troop" is in "troops"; ``analyze.blame`` uses them too).
STATE_WORDS = ("regime", "government", "army", "troop", "force", "military", "warplane", "jet")
MAX_PHRASE = 4  # words before the attack word that can name its attacker


@cache
def vocabulary() -> tuple[frozenset[str], dict[str, str]]:
    """The lexicon's assault words (one-word verbs and nominals) and its one-word role nouns
    with their sector."""
    from newsgraph.extract.events.lexicon import load_lexicon

    lex = load_lexicon()

    def assault(code: str | None) -> bool:
        plover = lex.plover.get(code or "")
        return plover is not None and plover.type == "ASSAULT"

    attack = {w for w, v in lex.verbs.items() if " " not in w and assault(v.get("code"))}
    attack |= {w for w, ns in lex.nominals.items() if any(n.code.type == "ASSAULT" for n in ns)}
    agents = {w: s for w, s in lex.agents.items() if " " not in w}
    return frozenset(attack), agents


def reciprocal(words: str) -> bool:
    """Words of an exchange between two sides with no one attacker ("clashes", "fighting",
    "battled", "fierce clashes"): its actor and its counterpart are the two sides of one
    event."""
    return any(s in RECIPROCAL for w in _words(words) for s in _stems(w))


def _stems(word: str) -> list[str]:
    out = [word]
    for suffix, add in (
        ("s", ""),
        ("es", ""),
        ("ies", "y"),
        ("ed", ""),
        ("ed", "e"),
        ("d", ""),
        ("ing", ""),
        ("ing", "e"),
    ):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            out.append(word[: -len(suffix)] + add)
    return out


def _words(text: str) -> list[str]:
    return _TOKEN.findall(norm_alias(text))


def _role(word: str, agents: dict[str, str]) -> tuple[str, str] | None:
    """(the role noun, its sector) when ``word`` is one."""
    for s in _stems(word):
        if s in agents:
            return s, agents[s]
    return None


def has_attack_word(title: str | None) -> bool:
    """Whether ``title`` holds an attack word at all (before reading its mentions)."""
    attack, _ = vocabulary()
    return any(s in attack for w in _words(title or "") for s in _stems(w))


def headline_attacker(
    title: str | None, mentions: list[dict[str, Any]], place_country: str | None = None
) -> dict[str, Any] | None:
    """The party the headline ``title`` says attacked, as a party dict (actor_id, name, text,
    country, sector, kind, discovered), or None. ``mentions``: the article's mentions of
    actors (party dicts with ``label``, the entity label), matched in the title by their
    words; ``place_country``: the country the article's events take place in (its name before
    an attack noun is where the attack was, "Mali market attack", except as the headline's
    first word: "Mali strikes kill 20")."""
    attack, agents = vocabulary()
    words = _words(title or "")
    names: dict[int, tuple[int, dict[str, Any]]] = {}  # last word -> (first word, mention)
    for m in {m["text"]: m for m in reversed([*mentions, *_state_words(mentions)])}.values():
        mw = _words(m["text"] or "")
        for i in range(len(words) - len(mw) + 1):
            if mw and words[i : i + len(mw)] == mw:
                names.setdefault(i + len(mw) - 1, (i, m))
    head = _read(words, names, attack, agents, place_country)
    if head is not None and head["actor_id"] is None and head["country"] is None:
        # "regime shelling": whose regime the text says ("the Malian regime", MLI.GOV)
        noun = _role(head["text"], agents)
        for m in mentions:
            organ = str(m["actor_id"] or "").startswith(f"{m['country']}.")
            if noun and organ and noun[0] in [r for w in _words(m["text"]) for r in _stems(w)]:
                return {**head, "country": m["country"]}
    return head


def _read(
    words: list[str],
    names: dict[int, tuple[int, dict[str, Any]]],
    attack: frozenset[str],
    agents: dict[str, str],
    place_country: str | None,
) -> dict[str, Any] | None:
    """The attacker of the headline's first attack word (see the module)."""
    after_passive = False
    for i, word in enumerate(words):
        stems = _stems(word)
        if word in RESPONSIBLE and any(
            s in attack for w in words[i + 1 : i + 6] for s in _stems(w)
        ):  # "Doe regime responsible for gas attack", "rebels behind attack"
            return _phrase_head(words, i, names, agents, after_passive, place_country)
        if any(s in VICTIMS for s in stems):
            after_passive = True  # "Five dead in ...", "children die in ...": victims first
            continue
        if i in names or not any(s in attack for s in stems):
            continue
        if any(s in RECIPROCAL for s in stems):
            return None
        nxt = words[i + 1] if i + 1 < len(words) else ""
        counted = any(w.isdigit() for w in words[max(0, i - 3) : i])  # "20 people killed"
        passive = word.endswith("ed") and (counted or not (nxt.isdigit() or nxt in ("at", "more")))
        if passive:
            after_passive = True  # "Eight civilians killed in ...": victims before it
            if nxt == "by":  # "killed by Doe regime near capital": the agent follows
                end = i + 2
                while end < len(words) and words[end] not in PREPOSITIONS and end < i + 6:
                    end += 1
                return _phrase_head(words, end, names, agents, True, place_country)
            continue
        return _phrase_head(words, i, names, agents, after_passive, place_country)
    return None


def _state_words(mentions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The state's own word in a mention of one of its organs: "Chadian" in "Chadian officials"
    (``TCD.GOV``), so a title that says "Chadian" is read when the text never says it alone."""
    out = []
    for m in mentions:
        state, words = m["country"], (m["text"] or "").split()
        if state and len(words) > 1 and str(m["actor_id"] or "").startswith(f"{state}."):
            state_word = words[1] if words[0].lower() == "the" and len(words) > 2 else words[0]
            out.append(
                {**m, "actor_id": state, "name": None, "text": state_word, "sector": None}
                | {"label": "NORP", "kind": "state"}
            )
    return out


def _phrase_head(
    words: list[str],
    at: int,
    names: dict[int, tuple[int, dict[str, Any]]],
    agents: dict[str, str],
    after_passive: bool,
    place_country: str | None,
) -> dict[str, Any] | None:
    """The attacker the noun phrase before ``words[at]`` names, by its head (see the module)."""
    role: dict[str, Any] | None = None
    role_at = at
    j = at - 1
    while j >= max(0, at - MAX_PHRASE):
        w = words[j]
        if w in PREPOSITIONS or w in SAYING:
            break
        if j in names:
            start, m = names[j]
            if start > 0 and words[start - 1] in PREPOSITIONS and not after_passive:
                break  # "on Mali": a place
            state = m["actor_id"] is not None and m["actor_id"] == m["country"]
            if m["label"] == "GPE" and not state:
                break  # a city: "Bamako car bomb"
            if m["label"] == "GPE" and m["country"] == place_country and start > 0:
                break  # where it happened: "envoys to visit Mali attack site"
            if role is not None:
                between = words[start + len(_words(m["text"] or "")) : role_at]
                if state or m["kind"] == "person":  # "Mali rebels", "Doe regime"
                    return {**role, "country": m["country"]} if not between else role
                if between not in ([], ["led"]):
                    return role  # "US-backed rebels" are rebels; "X leads regime offensive"
            if m["kind"] == "person":
                return None  # "Jane Roe discusses attack with envoy"
            return {**m, "sector": "MIL"} if state else m  # "Chadian jets"; "Acme Front militants"
        found = _role(w, agents)
        if found is not None and role is None:
            noun, sector = found
            if sector in ARMED_SECTORS and noun not in SIDE_ROLES:
                # "terrorists", "militants" name no side; "Acme Front militants" name it
                prev = names.get(j - 1)
                if prev is None:
                    return None
                org = prev[1]["actor_id"] not in (None, prev[1]["country"])
                return prev[1] if org and prev[1]["kind"] != "person" else None
            if noun in SIDE_ROLES or (
                sector in ("GOV", "MIL") and any(k in noun for k in STATE_WORDS)
            ):
                role_at = j
                role = {
                    "actor_id": None,
                    "name": None,
                    "text": w,
                    "country": None,
                    "sector": sector,
                    "kind": None,
                    "discovered": False,
                }
        j -= 1
    return role
