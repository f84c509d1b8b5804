"""A state's ministry named by its portfolio alone: "the Interior Ministry", "the Ministry of
Foreign Affairs", "the Defence Department", "the Foreign Office", "the Treasury".

Every state has such a ministry, so the name alone is no one organisation. With the state the
text gives it ("Iraq's Interior Ministry", "the Egyptian Interior Ministry", "the Ministry of
Defence of Ukraine", "the Foreign Ministry in Beijing") it stands for that state's government,
or for its armed forces when it is the defence ministry (as "the Pentagon" does); without one it
stays unresolved, and it is no actor of the corpus: "interior-ministry" would merge every
state's interior ministry into one actor.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from newsgraph.resolve.context import owner_state
from newsgraph.resolve.kb import KnowledgeBase

# The head noun of a ministry's name.
MINISTRY_HEADS = frozenset({"ministry", "department", "office", "secretariat"})
# Portfolios: the words a ministry's name is made of besides its head and links.
PORTFOLIOS = frozenset(
    {
        "foreign",
        "affairs",
        "external",
        "interior",
        "internal",
        "home",
        "homeland",
        "justice",
        "defence",
        "defense",
        "war",
        "finance",
        "economy",
        "economic",
        "health",
        "education",
        "information",
        "state",
        "public",
        "security",
        "national",
        "trade",
        "commerce",
        "industry",
        "agriculture",
        "energy",
        "oil",
        "petroleum",
        "transport",
        "labour",
        "labor",
        "environment",
        "culture",
        "tourism",
        "immigration",
        "planning",
        "communications",
        "social",
        "welfare",
        "religious",
        "endowments",
        "water",
        "resources",
        "development",
        "international",
        "cooperation",
    }
)
_MIL_PORTFOLIOS = frozenset({"defence", "defense", "war"})
# A ministry whose name is its portfolio alone ("the Treasury", "the Treasury Department").
_SOLE_NAMES = frozenset({"treasury"})
_LINKS = frozenset({"of", "the", "and", "for", "&", ","})


def ministry_sector(words: Sequence[str]) -> str | None:
    """ "MIL" for a defence ministry, "GOV" for another, when ``words`` (a name less its state)
    are a ministry's head and portfolios only ("Interior Ministry", "Ministry of Foreign
    Affairs", "Department of State", "the Treasury"); None for any other name ("Ministry of
    Sound", "Office", "National Security Council")."""
    content = [w.lower() for w in words if w.lower() not in _LINKS]
    if content and content[0] in _SOLE_NAMES and set(content[1:]) <= MINISTRY_HEADS:
        return "GOV" if len(content) <= 2 else None
    heads = [w for w in content if w in MINISTRY_HEADS]
    if len(content) < 2 or len(heads) != 1:
        return None
    if not all(w in PORTFOLIOS or w in MINISTRY_HEADS for w in content):
        return None
    return "MIL" if _MIL_PORTFOLIOS.intersection(content) else "GOV"


def ministry_of(
    span: Span, kb: KnowledgeBase, ents: Sequence[Span] | None = None
) -> tuple[str, str | None] | None:
    """(sector, state) when ``span`` names a state's ministry by its portfolio: the state the
    name holds ("Egyptian Interior Ministry", "Ministry of Defence of Ukraine"), else the one
    right before it ("Iraq's Interior Ministry", "the Pakistani Foreign Office") or right after
    it ("the Foreign Ministry in Beijing"), else None; None when ``span`` names no ministry."""
    words = [t.text for t in span if t.lower_ != "the"]
    sector = ministry_sector(words)
    if sector is not None:
        return sector, owner_state(span, ents, kb) or _state_after(span, kb, ents)
    for size in (1, 2, 3):  # a state that opens the name: "Egyptian", "Saudi Arabian", "US"
        if len(words) > size and (sector := ministry_sector(words[size:])) is not None:
            state = kb.state(" ".join(words[:size]))
            if state is not None:
                return sector, state
    if "of" in words[1:-1]:  # one that ends it: "Ministry of Defence of Ukraine"
        cut = len(words) - 1 - words[::-1].index("of")
        sector = ministry_sector(words[:cut])
        state = kb.state(" ".join(words[cut + 1 :]))
        if sector is not None and state is not None:
            return sector, state
    return None


def _state_after(span: Span, kb: KnowledgeBase, ents: Sequence[Span] | None) -> str | None:
    """The state or capital right after ``span`` names: "the Foreign Ministry in Beijing",
    "the Ministry of Foreign Affairs of Ukraine" when the NER ends the name at "of"."""
    doc = span.doc
    if span[-1].lower_ == "of":
        at = span.end
    elif span.end + 1 < len(doc) and doc[span.end].lower_ == "in":
        at = span.end + 1
    else:
        return None
    after = [x for x in (doc.ents if ents is None else ents) if x.start == at]
    return kb.state(after[0].text) if after and after[0].label_ == "GPE" else None


__all__ = ["MINISTRY_HEADS", "PORTFOLIOS", "ministry_of", "ministry_sector"]
