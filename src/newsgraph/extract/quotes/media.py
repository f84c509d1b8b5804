"""Is a noun phrase a medium (an agency, a statement, a website), and what do we call it?"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.quotes.draft import doc_ents
from newsgraph.extract.quotes.lexicon import MEDIUM_NOUNS, NEWS_AGENCIES

# Media organisations by their head noun: "state television", "the official news agency".
_ORG_MEDIA = frozenset(
    {
        "agency",
        "newspaper",
        "daily",
        "television",
        "tv",
        "broadcaster",
        "channel",
        "radio",
        "outlet",
        "network",
        "website",
        "media",
        "wire",
        "magazine",
        "journal",
        "tabloid",
    }
)
_PLATFORMS = frozenset(
    {
        "x",
        "twitter",
        "telegram",
        "facebook",
        "instagram",
        "youtube",
        "tiktok",
        "truth",
        "social",
        "account",
        "page",
        "channel",
        "website",
    }
)
_POSS_PRONOUNS = frozenset({"its", "his", "her", "their", "our"})


def name_tokens(tok: Token) -> list[Token]:
    """``tok`` with the compound / flat-name / possessive-case tokens that make up its name."""
    out = [tok]
    for c in tok.lefts:
        if c.dep_ in ("compound", "amod", "nmod", "poss") and c.i >= tok.i - 6:
            out += list(c.subtree)
    return sorted({t.i: t for t in out}.values(), key=lambda t: t.i)


def _text(tokens: list[Token]) -> str:
    if not tokens:
        return ""
    doc = tokens[0].doc
    return doc[tokens[0].i : tokens[-1].i + 1].text


def agency_name(tok: Token) -> str | None:
    """The name of a news agency or outlet at ``tok`` (or in its appositive), if it is one."""
    for cand in [tok, *[c for c in tok.children if c.dep_ == "appos"]]:
        toks = [t for t in name_tokens(cand) if t.dep_ not in ("det",)]
        text = _text(toks)
        low = text.lower()
        if low in NEWS_AGENCIES or cand.lower_ in NEWS_AGENCIES:
            return text if low in NEWS_AGENCIES else cand.text
    ent = tok.ent_type_ and tok.doc[tok.i : tok.i + 1]
    if ent and tok.ent_iob_ in ("B", "I"):
        for e in doc_ents(tok.doc):
            if e.start <= tok.i < e.end and e.text.lower() in NEWS_AGENCIES:
                return e.text
    return None


def is_medium(tok: Token, mention_sectors: dict[int, str], *, strict: bool) -> bool:
    """A medium by the actor KB (sector MED), by name, or (unless ``strict``) by its head noun."""
    if mention_sectors.get(tok.i) == "MED":
        return True
    if agency_name(tok) is not None:
        return True
    lemma = tok.lemma_.lower()
    if lemma in _ORG_MEDIA:
        return True
    return not strict and (lemma in MEDIUM_NOUNS or lemma in _PLATFORMS)


def medium_name(tok: Token, owner: str | None = None) -> str:
    """A display name: "Xinhua", "Ruto's office statement", "Kenyan government's website"."""
    agency = agency_name(tok)
    if agency:
        return agency
    head = tok.text if tok.pos_ != "PROPN" else _text(name_tokens(tok))
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("from", "by"):
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                inner = [t for t in pobj.subtree if not (t.dep_ == "det" and t.head == pobj)]
                return f"{_text(inner)} {tok.text}"
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is not None and poss.lower_ in _POSS_PRONOUNS:
        if owner:
            return f"{owner}'s {tok.text}" if not owner.endswith("s") else f"{owner}' {tok.text}"
        return tok.text
    toks = [t for t in name_tokens(tok) if not (t.dep_ == "det" and t.head == tok)]
    return _text(toks) or head
