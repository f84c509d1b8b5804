"""Organisations named after a place: "Iran Air", "Aleppo Today", "Syria TV", "Kyiv Post",
"Manchester United". The place name in such a name is the organisation's, not a mention of the
place (the places stage drops it) nor of the state or its government (the actors stage leaves it
unresolved). A facility named after its place ("Aleppo University Hospital", "Shayrat Air Base",
"Damascus International Airport") is in the place and stays a place: it locates events.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsgraph.resolve.context import is_headline, sports_sentence

# Capitalised heads that make a place name before them the name of an organisation, which is
# not a mention of the place: an airline ("Iran Air"), a news outlet ("Aleppo Today", "Syria
# TV", "Kyiv Post", "Sydney Morning Herald"), a club ("Manchester United"), a company, bank,
# campaign or institute ("Kabul Bank", "the Syria Campaign", "the Washington Institute").
# Facilities are not here: "Aleppo University", "Damascus Airport" and "Hama Central Prison"
# are in their place and locate what happens there (see ``FACILITY_WORDS``); nor "Association"
# ("strikes aimed at Latakia Technical Industries Association": a site in Latakia).
ORG_HEADS = {
    # airlines
    "air",
    "airways",
    "airlines",
    # news outlets
    "times",
    "post",
    "today",
    "tv",
    "television",
    "radio",
    "news",
    "media",
    "herald",
    "tribune",
    "observer",
    "enquirer",
    "examiner",
    "gazette",
    "journal",
    "chronicle",
    "telegraph",
    # clubs
    "united",
    "fc",
    "rovers",
    "wanderers",
    "athletic",
    "albion",
    "hotspur",
    # companies and other organisations
    "bank",
    "company",
    "corp",
    "corporation",
    "inc",
    "ltd",
    "plc",
    "llc",
    "holdings",
    "group",
    "campaign",
    "solidarity",
    "institute",
    "foundation",
    "committee",
}
# Heads that name a club only in a sports sentence: "Manchester City won the match", but
# "Kuwait City" and "Aleppo City" are the cities.
SPORTS_HEADS = {"city"}
# A name that goes on to one of these is a facility in the place, which locates events there:
# "Shayrat Air Base", "Aleppo University Hospital", "Damascus International Airport".
FACILITY_WORDS = {
    "base",
    "airbase",
    "airport",
    "airfield",
    "field",
    "hospital",
    "clinic",
    "university",
    "college",
    "school",
    "prison",
    "stadium",
    "arena",
    "station",
    "port",
    "mosque",
    "church",
    "camp",
    "dam",
    "bridge",
    "square",
    "market",
    "hotel",
    "building",
    "tower",
    "palace",
}
# "Syria Air strikes", "US Air Force": not an airline.
_AIR_NOT_AIRLINE = {
    "strike",
    "strikes",
    "raid",
    "raids",
    "attack",
    "attacks",
    "force",
    "forces",
    "defence",
    "defense",
    "defences",
    "defenses",
    "power",
    "war",
    "support",
    "cover",
}


def org_head(tok: Token) -> bool:
    return (tok.is_title or tok.is_upper) and tok.lower_ in ORG_HEADS


def org_name_after(span: Span) -> bool:
    """A capitalised name goes on after ``span`` and is an organisation's by one of its words
    (``ORG_HEADS``), or a team's in a sports sentence ("Manchester City", "Cleveland Indians",
    "Denver Broncos": a capitalised plural that ends the name). A name that goes on to a
    facility (``FACILITY_WORDS``: "Shayrat Air Base") is in the place."""
    doc, end = span.doc, span.end
    if end >= len(doc) or not _capitalised(doc[end]):
        return False  # no name goes on (most places): no sentence needed
    sent = span.sent  # a computation (a walk to the sentence's start and end): once
    if is_headline(sent):
        return False  # Title Case Headlines make every word look like part of a name
    run: list[Token] = []
    while end < sent.end and len(run) < 4:
        tok = doc[end]
        if not _capitalised(tok):
            break
        run.append(tok)
        end += 1
    if not run:
        return False
    if names_org(run):
        return True
    if sports_sentence(span) and not _facility(run):
        last = run[-1]
        return last.lower_ in SPORTS_HEADS or (len(run) == 1 and last.tag_ == "NNPS")
    return False


def _capitalised(tok: Token) -> bool:
    """A word that can go on a name: alphabetic, in title case or (two letters up) upper case."""
    return tok.is_alpha and (tok.is_title or (tok.is_upper and len(tok) > 1))


def names_org(words: list[Token]) -> bool:
    """The words after a place name (the rest of its name) make it an organisation's: one is
    a head of ``ORG_HEADS`` ("Air", "Today", "TV", "Herald"), none a facility's ("Air Base"),
    "Air" not before "strikes" or "Force", "United" only as the last word."""
    if _facility(words):
        return False
    doc = words[0].doc if words else None
    for tok in words:
        nxt = doc[tok.i + 1] if doc is not None and tok.i + 1 < len(doc) else None
        if tok.lower_ == "air" and nxt is not None and nxt.lower_ in _AIR_NOT_AIRLINE:
            return False
        if tok.lower_ == "united" and tok.i != words[-1].i:
            continue  # "US United Nations ambassador": not a club
        if org_head(tok):
            return True
    return False


def _facility(words: list[Token]) -> bool:
    return any(t.lower_ in FACILITY_WORDS for t in words)
