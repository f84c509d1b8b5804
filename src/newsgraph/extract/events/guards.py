"""Sentences and spans the event coder must not code: the known ways coders invent events.

A sentence-level guard returns the reason to skip (recorded as a ``Skip``), or None.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Mapping, Sequence

from spacy.tokens import Span

from newsgraph.extract.docview import DocView
from newsgraph.extract.events.verbal import ARMED_SECTORS, UNARMED_SECTORS
from newsgraph.types import Actor, ActorRef, Mention, Place

MAX_TOKENS = 120  # news sentences past this are run-ons, scraped tables or missing full stops
_LIST_MARKS = {"|", "•", "·", "▪", "–", "*", ";", "\t"}


def sentence_skip_reason(sent: Span, view: DocView) -> str | None:
    """``view``: the sentence's document (token columns read by index, not Token objects)."""
    n = len(sent)
    if n > MAX_TOKENS:
        return f"sentence too long ({n} tokens > {MAX_TOKENS})"
    lo, hi = sent.start, sent.end
    words_, pos_ = view.words[lo:hi], view.pos[lo:hi]
    marks = sum(1 for w in words_ if w in _LIST_MARKS)
    commas = words_.count(",")
    verbs = pos_.count("VERB") + pos_.count("AUX")
    has_verb = "VERB" in pos_
    punct, space, num = view.is_punct, view.is_space, view.like_num
    words = nums = 0
    for i in range(lo, hi):
        if not (punct[i] or space[i]):
            words += 1
            nums += num[i]
    lines = sum(1 for x in view.text[sent.start_char : sent.end_char].split("\n") if x.strip())
    numeric = words >= 8 and nums / words > 0.4
    clause = verbs > 0 and _has_clause(lo, hi, view)
    if marks >= 4 or lines >= 4 or numeric or ((commas >= 8 or lines >= 3) and not clause):
        return "looks like a flattened list or table"
    if not has_verb:
        from newsgraph.extract.events.harm_told import victims_of_attack  # imports this module

        if not (_attack_headline(sent, view) or victims_of_attack(sent, view)):
            return "no verb (headline, caption or fragment)"
    elif _title_case(lo, hi, view) and not _attack_headline(sent, view):
        return "headline in title case (unreliable parse)"
    return None


# A casualty word of a headline ("18 dead", "50 killed", "19 executed", "dozens wounded").
_CASUALTY_WORDS = frozenset(
    {"dead", "kill", "die", "perish", "wound", "injure", "slay", "execute", "behead", "massacre"}
)
# Counts that are no digits ("dozens dead in ...").
_COUNT_WORDS = frozenset({"dozens", "scores", "hundreds", "thousands", "tens"})
_AGENT_DEPS = frozenset({"nsubj", "agent", "compound"})


def _attack_headline(sent: Span, view: DocView) -> bool:
    """A headline-style lead that states a complete attack: a casualty count, a word of death
    or harm, and an attack noun or an attacker of the harm ("18 dead in IS attack on X",
    "At least 20 people were dead in air strikes on X", "At Least 19 Executed by ISIL in X").
    A headline is its article's report of its event; it is only let through before the body's
    first sentence (a dateline or byline may come before it), so that the titles of other
    articles (related links, after or inside the body) and menus stay out; a menu has no
    casualty count and word of death ("Home World Politics Syria")."""
    from newsgraph.extract.events.unnamed import WEAPON_NOUNS  # unnamed imports this module

    lo, hi = sent.start, sent.end
    lemma, lower, pos, dep, ent = view.lemma_lower, view.lower, view.pos, view.dep, view.ent_type
    harm = [i for i in range(lo, hi) if lemma[i] in _CASUALTY_WORDS or lower[i] in _CASUALTY_WORDS]
    if not harm:
        return False
    if not any(
        (view.like_num[i] and ent[i] not in ("DATE", "TIME")) or lower[i] in _COUNT_WORDS
        for i in range(lo, hi)
    ):
        return False
    attack = any(lemma[i] in WEAPON_NOUNS and pos[i] in ("NOUN", "PROPN") for i in range(lo, hi))
    attacker = any(_named(c, view) for h in harm for c in view.children[h] if dep[c] in _AGENT_DEPS)
    return (attack or attacker) and _before_body(sent, view)


def _named(i: int, view: DocView) -> bool:
    """A named attacker: an entity or a proper noun, or a "by" phrase holding one."""
    ent = view.ent_type
    return bool(ent[i]) or view.pos[i] == "PROPN" or any(ent[g] for g in view.children[i])


def _before_body(sent: Span, view: DocView) -> bool:
    """Whether no sentence before ``sent`` is running text (a clause in lower case): the
    article's headline comes before its body; a related link's title comes after it."""
    for s in view.sents:
        if s.start >= sent.start:
            return True
        verbs = any(view.pos[i] == "VERB" for i in range(s.start, s.end))
        if verbs and _has_clause(s.start, s.end, view) and not _title_case(s.start, s.end, view):
            return False
    return True


def _has_clause(lo: int, hi: int, view: DocView) -> bool:
    """Whether the sentence has a clause: a verb with its own subject, and words enough between
    its commas. A real sentence may list many things ("accused X of arming, funding, training
    and sheltering ..."; "The ministers of France, Germany, ... condemned the attack"); a
    flattened menu or table is a run of one- or two-word items with no subject-verb pair
    ("Home, World, Politics, Business, ..."). ``lo``/``hi``: the sentence's token range."""
    pos, dep, children = view.pos, view.dep, view.children
    if not any(
        pos[i] in ("VERB", "AUX") and any(dep[c] in ("nsubj", "nsubjpass") for c in children[i])
        for i in range(lo, hi)
    ):
        return False
    words = sum(1 for i in range(lo, hi) if not (view.is_punct[i] or view.is_space[i]))
    items = 1 + view.words[lo:hi].count(",")
    return items < 8 or words / items >= 1.5


def _title_case(lo: int, hi: int, view: DocView) -> bool:
    """ "Three Opposition Parties Join Forces Ahead Of Vote": most words capitalised,
    verbs and common nouns included. Names do not count: "Kenyan Foreign Minister Musalia
    Mudavadi met Ugandan President Yoweri Museveni in Kampala" is an ordinary sentence (its
    verb is lower-case). ``lo``/``hi``: the sentence's token range."""
    text, pos, alpha, ent = view.words, view.pos, view.is_alpha, view.ent_type
    rest = range(lo + 1, hi)  # the words after the first one
    verbs = [i for i in rest if pos[i] == "VERB" and alpha[i]]
    if verbs and any(text[i][0].islower() for i in verbs):
        return False  # a lower-case verb: running text, however many names it holds
    words = [i for i in rest if alpha[i] and len(text[i]) > 3 and not ent[i] and pos[i] != "PROPN"]
    if len(words) < 3:
        return bool(verbs) and sum(1 for i in range(lo, hi) if alpha[i]) >= 5
    return sum(1 for i in words if text[i][0].isupper()) / len(words) >= 0.8


# ---------------------------------------------------------------- political parties
# PLOVER codes interactions between political actors: states, governments, officials,
# militaries, police, armed groups, parties, organisations, identifiable social groups and
# people acting politically. Sectors (PLOVER_agents) of the parties that count; business,
# health, education, farming, sport and unknown roles do not.
POLITICAL_SECTORS = frozenset(
    {
        "GOV",
        "MIL",
        "REB",
        "INS",
        "OPP",
        "COP",
        "LEG",
        "JUD",
        "PTY",
        "SPY",
        "UAF",
        "IGO",
        "NGO",
        "ELI",
        "PRE",
        "PRM",
        "CVL",
        "LAB",
        "REF",
        "REL",
        "CRM",
        "JRN",
        "SOC",
    }
)
PRONOUNS = frozenset(
    {"he", "she", "they", "we", "i", "it", "you", "who", "them", "him", "her", "us", "me"}
)
_POLITICAL_ENTS = frozenset({"GPE", "NORP"})
# Sectors whose parties are not political actors, whatever they do (PLOVER_agents' UNK, NON
# and the like say nothing either way).
_OTHER_SECTORS = frozenset({"BUS"})
# The legal forms that end a company's name ("Inc.", "Corp.", "PLC", "Ltd", "GmbH"): a party
# so named is a business, whatever the knowledge base lacks.
CORPORATE_FORMS = frozenset({"inc", "corp", "co", "plc", "ltd", "llc", "gmbh", "ag", "n.v", "s.a"})

POLITICAL, UNKNOWN, OTHER = "political", "unknown", "other"


def party_kind(ref: ActorRef, view: DocView, agents: dict[str, str]) -> str:
    """``political`` (a known actor, a state or people of a state, a political role, apposed
    or not), ``other`` (a non-political role: a driver, a company, a player) or ``unknown`` (a
    pronoun, a name the knowledge base lacks with no role: left to the confidence)."""
    words = ref.text.lower().split()
    if (
        len(words) > 1
        and words[-1].removesuffix("'s").removesuffix("’s").strip(".,") in CORPORATE_FORMS
        and ref.sector not in POLITICAL_SECTORS
    ):
        return OTHER  # a company by its legal form: "Acme Holdings Inc.", "Widget PLC's"
    if ref.actor_id or ref.country:
        return POLITICAL
    if ref.sector in POLITICAL_SECTORS:
        return POLITICAL
    if not words or (len(words) == 1 and words[0] in PRONOUNS):
        return UNKNOWN
    lo = bisect.bisect_left(view.idx, ref.start)
    hi = bisect.bisect_left(view.idx, ref.end, lo)
    lemmas = view.lemma_lower[lo:hi]
    for i in range(lo, hi):  # "Belgium's justice minister, Koen Geens": the role apposed
        if view.dep[i] == "appos" and not lo <= view.head[i] < hi:
            lemmas = [*lemmas, *(view.lemma_lower[j] for j in _noun_phrase(view.head[i], view))]
        for c in view.children[i]:
            if view.dep[c] == "appos" and not lo <= c < hi:
                lemmas = [*lemmas, *(view.lemma_lower[j] for j in _noun_phrase(c, view))]
    sectors = {agents.get(w) for w in lemmas} | {
        agents.get(f"{a} {b}") for a, b in zip(lemmas, lemmas[1:], strict=False)
    }
    if sectors & POLITICAL_SECTORS:
        return POLITICAL
    ents = {view.ent_type[i] for i in range(lo, hi)} - {""}
    if ents & _POLITICAL_ENTS:
        return POLITICAL
    if ref.sector in _OTHER_SECTORS or sectors & _OTHER_SECTORS:
        return OTHER  # a business: "the company", "the carmaker", "shareholders"
    return UNKNOWN


def _noun_phrase(h: int, view: DocView) -> list[int]:
    """The noun ``h`` and its compound and adjectival modifiers."""
    return [h, *(c for c in view.children[h] if view.dep[c] in ("compound", "amod"))]


_RANK = {POLITICAL: 2, UNKNOWN: 1, OTHER: 0}


def best_kind(refs: Sequence[ActorRef], view: DocView, agents: dict[str, str]) -> str | None:
    """The most political of the parties' kinds (None: no party)."""
    kinds = [party_kind(r, view, agents) for r in refs]
    return max(kinds, key=_RANK.__getitem__) if kinds else None


def not_political(actor: str | None, recipient: str | None) -> bool:
    """An act of a party with no political role on no political party: "the carmaker sued
    its supplier" is no PLOVER event; "a volunteer fought Isis" is one."""
    return actor == OTHER and recipient != POLITICAL


def on_business(
    actors: Sequence[ActorRef], recips: Sequence[ActorRef], view: DocView, agents: dict[str, str]
) -> bool:
    """An act of named parties with no political role known (no pronoun among them) on a
    business alone: "a group of investors urged the company to sell its unit", "Smith sued the
    carmaker". A party the knowledge base or a role makes political ("the minister urged the
    company"), and an unresolved "he" or "they", are left to the code."""
    return (
        best_kind(actors, view, agents) == UNKNOWN
        and best_kind(recips, view, agents) == OTHER
        and not any(a.text.lower() in PRONOUNS for a in actors)
    )


# The actor types of the parties of war and diplomacy news: states and their organs (a ministry,
# a court, an army: "institution"), armed groups, intergovernmental bodies.
_STATE_TYPES = frozenset({"state", "institution", "armed_group", "igo"})
# Who tells the news rather than acts in it: the media and the monitors (NGO sector). Left out
# of the genre's count: war news cites a monitor and state TV as often as campaign prose cites a
# newspaper.
_SOURCE_TYPES = frozenset({"media"})
_SOURCE_SECTORS = frozenset({"JRN", "NGO"})
# The genre cue (civil_genre): an article with at least CIVIL_MIN_MENTIONS actor mentions
# resolved (sources left out), under CIVIL_SHARE of them to such actors. Chosen by
# cross-validation on the tune reports of events_other's judged sets (docs/events.md, "The
# genre of an article").
CIVIL_MIN_MENTIONS = 3
CIVIL_SHARE = 0.3


def civil_genre(mentions: Sequence[Mention], actors: Mapping[str, Actor]) -> bool:
    """Whether an article reads as civil prose (campaign, business, courts, culture), not war
    or diplomacy news: its resolved actor mentions (the media and monitors that tell it left
    out) are mostly private people, candidates, parties, companies and other organisations,
    not states, state organs, armed groups, nor people who hold a post in them (a mention's
    sector at the article's date among ``ARMED_SECTORS``: a president, a general, a police
    chief). An id the article's actors lack is a state's code when it starts with one
    ("SYR", "USA.MIL")."""
    counted = []
    for m in mentions:
        if not m.actor_id:
            continue
        a = actors.get(m.actor_id)
        if m.sector in _SOURCE_SECTORS or (a is not None and a.type in _SOURCE_TYPES):
            continue
        if a is None:
            counted.append(m.actor_id[:3].isupper())
        else:
            counted.append(a.type in _STATE_TYPES or m.sector in ARMED_SECTORS)
    if len(counted) < CIVIL_MIN_MENTIONS:
        return False
    return sum(counted) / len(counted) < CIVIL_SHARE


_PLACE_ENTS = frozenset({"LOC", "FAC"})


def only_places(refs: Sequence[ActorRef], view: DocView) -> bool:
    """Whether every party is a geographic place or a building, not a polity ("a lake", "the
    promenade", "Sylvan Park"): the destination of a trip, not a host."""
    if not refs:
        return False
    for r in refs:
        lo = bisect.bisect_left(view.idx, r.start)
        hi = bisect.bisect_left(view.idx, r.end, lo)
        ents = {view.ent_type[i] for i in range(lo, hi)} - {""}
        if r.actor_id or r.country or not ents or not ents <= _PLACE_ENTS:
            return False
    return True


_TOWN = frozenset({"city", "region"})


def _overlap(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def home_towns(
    refs: Sequence[ActorRef], actors: Sequence[ActorRef], places: Sequence[Place]
) -> bool:
    """Whether every party is a town or a region (no actor, no state: a place the places stage
    resolved below the country) of the actors' own country: "Clinton's trip to Atlantic
    City", "the senator visited Springfield" is a trip at home (a campaign stop), no visit to
    a host; "Macron's trip to Kyiv" is abroad."""
    home = {a.country for a in actors if a.country}
    if not refs or not home:
        return False
    for r in refs:
        if r.actor_id or r.country:
            return False
        pl = next((p for p in places if _overlap(p.start, p.end, r.start, r.end)), None)
        if pl is None or pl.precision not in _TOWN or pl.country not in home:
            return False
    return True


# ---------------------------------------------------------------- word sense
# An event verb's political sense needs its object to be of the right kind; the parse tells
# when it is not. Each rule returns the reason the report is no event (the caller drops it).

# Nouns of a contest, an election or a match: a force verb whose object or setting is one of
# them has the contest's sense ("defeated her rival in the primary", "captured 700 delegates",
# "beat the holders in the final"), not an attack or a seizure.
CONTEST_NOUNS = frozenset(
    {
        "election",
        "primary",
        "caucus",
        "vote",
        "ballot",
        "poll",
        "race",
        "contest",
        "delegate",
        "nomination",
        "runoff",
        "referendum",
        "match",
        "game",
        "tournament",
        "championship",
        "final",
        "cup",
        "medal",
        "playoff",
        "victory",
        "electorate",
        "polling",
    }
)
_CONTEST_PREPS = frozenset({"in", "for", "at", "with"})
_FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})
# Possessives that refer back to a subject of this kind: "the regime destroyed its arsenal",
# "she takes her positions".
_OWN_BY_PRONOUN = {"he": "his", "she": "her", "it": "its", "they": "their", "we": "our", "i": "my"}
# (not AID: a party gives its own aid, "the EU delivered its aid package to Gaza"; SUPPORT:
# "defended his decision", "backed her own plan" is a stance on one's own act, no party's)
# REQUEST: "asked her assistant to print the letters" is a task given to one's own staff, no
# party asked ("urged his party", "ordered its troops" ask a party: kept)
_OWN_TYPES = frozenset({"ASSAULT", "COERCE", "SUPPORT", "REQUEST"})
# Verbs that also give a name: "a group of exiles called Ginbot 7", "a militia dubbed X".
_NAMING = frozenset({"call", "name", "dub", "nickname", "term", "label", "style"})
# Prepositions that give what a request asks for ("called for", "campaigned against") and
# those that give whom it asks ("called on the government", "appealed to the UN").
_ASKED_FOR = frozenset({"for", "against"})
_ASKED_OF = frozenset({"to", "on", "upon"})
_REQUEST_COMPLEMENTS = frozenset({"dobj", "xcomp", "ccomp", "dative", "iobj", "attr", "oprd"})


# Nouns of things said, written or recorded: a force or a yielding verb whose object is one of
# them has its ordinary sense ("released the emails", "withdrew the request", "a video shot
# by a bystander"), not an attack nor a release of prisoners or a pull-back.
RECORD_NOUNS = frozenset(
    {
        "request",
        "email",
        "e-mail",
        "letter",
        "document",
        "record",
        "file",
        "report",
        "statement",
        "plan",
        "proposal",
        "debate",
        "speech",
        "remark",
        "comment",
        "video",
        "film",
        "footage",
        "photo",
        "photograph",
        "picture",
        "image",
        "tape",
        "recording",
        "ad",
        "advert",
        "advertisement",
        "robocall",
        "message",
        "tweet",
        "book",
        "article",
        "column",
        "data",
        "transcript",
        "memo",
        "album",
        "song",
        "movie",
        "episode",
        "poll",
        "survey",
        "study",
        "application",
        "complaint",
        "return",
    }
)
_RECORD_TYPES = frozenset({"RETREAT", "ASSAULT"})
# Nouns of an opinion: disputing or rejecting one is a statement of opinion ("disputed that
# notion", "rejected the idea that ..."), no act against a party (an allegation, a demand or a
# proposal rejected is one: they are not in the list; nor is "wisdom": "questioned the wisdom
# of the deal" disapproves of the deal).
OPINION_NOUNS = frozenset(
    {
        "idea",
        "notion",
        "view",
        "belief",
        "theory",
        "premise",
        "assumption",
        "stance",
        "thinking",
        "convention",
        "perception",
        "impression",
        "narrative",
        "argument",
        "contention",
        "assertion",
        "concept",
        "logic",
        "reasoning",
    }
)
_OPINION_TYPES = frozenset({"ACCUSE", "REJECT"})
# Nouns of a company deal: an act on one ("cleared the bank's takeover of a stake", "agreed to
# sell a 51% stake") is business, whoever the parties (a regulator's approval included).
DEAL_NOUNS = frozenset({"takeover", "acquisition", "merger", "buyout", "stake", "shareholding"})
# Verbs whose "on"/"upon" phrase with no object is what they light on, not a target: "seized
# on a remark" (made use of it), "hit upon a slogan" (found it).
_LIGHT_ON = {"seize": frozenset({"COERCE"}), "hit": frozenset({"ASSAULT", "ACCUSE"})}
# Prepositions of a setting: "at a rally", "during the protest" tell where another act was.
_SETTING_PREPS = frozenset({"at", "during", "after", "before"})


# Verbs of gathering people: PLOVER's MOBILIZE is forces (troops, police, a militia) put on
# alert or called up; "rallied young people", "rallying a coalition", "protesters rallied
# against the parades" gather no force (a campaign, an alliance, a protest).
_GATHER = frozenset({"rally", "mobilize", "mobilise", "muster"})
_FORCE_ENTS = frozenset({"ORG", "GPE", "NORP"})
# Verbs of leaving: "left the town", "departs the U.K." is a departure from a place, not a visit
# (a trip "for talks" has no direct object: "left for Beijing").
_LEAVE = frozenset({"leave", "depart"})
# Verbs of having: "has strong support among voters", "enjoys the backing of the army" tell
# that others support the subject (a state), not that it supports anyone.
_HAVE = frozenset({"have", "enjoy"})
# An appeal a party has, or one among or with people, is its popularity, not a request.
_APPEAL = frozenset({"appeal"})
_AMONG = frozenset({"among", "with", "amongst"})
# Spending is aid only when a party is what the money is spent on ("spent $2 billion on
# refugees"), not ads, rallies or hours.
_SPEND = frozenset({"spend"})
_SPAN_ENTS = frozenset({"DATE", "TIME"})
# People on the move, never an envoy nor a host: "civilians fleeing the towns travelled to Iraq",
# "tourists flew to Cairo" is a journey, no visit (with the refugees of lexicon.agents, REF).
_TRAVELLERS = frozenset(
    {"civilian", "migrant", "immigrant", "resident", "tourist", "passenger", "pilgrim", "evacuee"}
)
_REFUGEE_SECTORS = frozenset({"REF"})
_FLEE = frozenset({"flee", "escape"})
# Private occasions: a trip "to attend his son's graduation" or "a 65th birthday celebration"
# is a family's or a friend's, no consultation (a funeral or a summit is left to the visit).
PRIVATE_OCCASIONS = frozenset(
    {"wedding", "birthday", "graduation", "anniversary", "honeymoon", "vacation", "reunion"}
)
_PURPOSE_DEPS = frozenset({"xcomp", "advcl"})
# Entities a nominal trigger may be a word of: "the North American Free Trade Agreement".
_NAME_ENTS = frozenset({"LAW", "WORK_OF_ART", "ORG"})
# Roles of people that hold no arms, whom money "targets" with ads: legislators, parties,
# officials (a governor, a president), judges, journalists, civilians.
_UNARMED_ROLES = UNARMED_SECTORS | {"GOV", "CVL"}
_SPENT_ON = frozenset({"on", "for", "to", "toward", "towards"})


def sense_skip_reason(
    tok: int,
    kind: str,
    plover_type: str,
    view: DocView,
    is_party: Callable[[int], bool],
    agents: Mapping[str, str] | None = None,
) -> str | None:
    """Why the report of trigger ``tok`` (its kind: verb, light, pattern, nominal) is no event
    in its political sense, or None. ``is_party``: whether a token names a party; ``agents``:
    the role nouns' sectors (lexicon.agents)."""
    if _court_case(tok, view):
        return "a lawsuit or a charge dismissed: a step of a case in court, no act on a party"
    if kind == "nominal":
        if _name_word(tok, view):
            return "a word of a name (a treaty, a law, a title), no event told"
        if plover_type == "PROTEST" and _showing(tok, view, is_party):
            return "a demonstration of a quality, not a protest"
        if plover_type == "PROTEST" and _setting(tok, view, is_party):
            return "a rally or a protest as the setting of another act, no protester named"
        if plover_type == "REQUEST" and _popularity(tok, kind, view):
            return "an appeal among voters: popularity, no appeal made"
        return None
    if _naming(tok, view):
        return "a name given, not a call"
    if _light_on(tok, plover_type, view, is_party):
        return "seizing on a remark, hitting upon an idea: making use of it, not force"
    if plover_type in _RECORD_TYPES and _things(tok, view, is_party, RECORD_NOUNS):
        return "a record or a text released, withdrawn or shot: no prisoner, no attack"
    if plover_type in _OPINION_TYPES and (
        _things(tok, view, is_party, OPINION_NOUNS) or _with_opinion(tok, view, is_party)
    ):
        return "an opinion disputed: a statement, no act against a party"
    if _deal(tok, view, is_party) or (agents is not None and _company_bought(tok, view, agents)):
        return "a company deal (a takeover, a stake): business, no political act"
    if plover_type == "REQUEST" and _called_on(tok, view):
        return "calling someone on a thing (challenging them), not calling on them"
    if plover_type == "THREATEN" and _caution(tok, view):
        return "a caution against doing something, nobody threatened"
    if plover_type in _FORCE_TYPES and _contest(tok, view, is_party):
        return "a contest (an election, a match), not force"
    if plover_type in _OWN_TYPES and kind != "light" and _own_object(tok, view, is_party):
        # (a light verb's noun is the event: "intensified its air raids")
        return "the actor's own thing, not another party's"
    if plover_type == "REQUEST" and kind == "verb" and _asks_for_nothing(tok, view, is_party):
        return "a request verb with nothing asked for and nobody asked"
    if plover_type in _FORCE_TYPES and _polled(tok, view):
        return 'a poll\'s result ("a poll shows X beating Y"), not force'
    if plover_type == "MOBILIZE" and agents is not None and _gathers_no_force(tok, view, agents):
        return "people gathered (a campaign, a coalition, a protest), no force mobilised"
    if plover_type == "CONSULT" and _departure(tok, view):
        return "a place left, not a visit"
    if plover_type == "CONSULT" and agents is not None and _journey(tok, view, agents):
        return "a journey of people on the move or to a private occasion, no visit"
    if plover_type == "SUPPORT" and kind == "light" and view.lemma_lower[tok] in _HAVE:
        return "support the subject has from others, no act of support"
    if plover_type == "REQUEST" and _popularity(tok, kind, view):
        return "an appeal a party has: popularity, no appeal made"
    if plover_type == "AID" and _spent_on_nothing(tok, view, is_party):
        return "time or money spent on no party: no aid"
    if plover_type in _FORCE_TYPES and agents is not None and _bought(tok, view, agents):
        return "what money was spent doing (ads targeting a candidate), not the act"
    return None


def _objects(tok: int, v: DocView) -> list[int]:
    """The verb's direct object and the objects of its prepositions."""
    out = [c for c in v.children[tok] if v.dep[c] in ("dobj", "dative")]
    for c in v.children[tok]:
        if v.dep[c] == "prep":
            out += [g for g in v.children[c] if v.dep[g] == "pobj"]
    return out


def _contest(tok: int, v: DocView, is_party: Callable[[int], bool]) -> bool:
    """The verb's object is a contest noun, or its setting is ("in the primary", "for the
    nomination", "struggled with closed primaries"), on the verb or hung by the parser on its
    object, or the setting's own "with" phrase when the verb has no party to act on."""
    objs = [c for c in v.children[tok] if v.dep[c] in ("dobj", "nsubjpass")]
    if any(_contest_noun(c, v) for c in objs):
        return True
    partnered = any(is_party(o) for o in _objects(tok, v))
    for c in (g for h in (tok, *objs) for g in v.children[h]):
        if v.dep[c] != "prep" or v.lower[c] not in _CONTEST_PREPS:
            continue
        for g in v.children[c]:
            if v.dep[g] != "pobj":
                continue
            if _contest_noun(g, v) or any(_contest_noun(o, v) for o in _of_objects(g, v)):
                return True  # "pulled in a quarter of the electorate"
            # the setting's own "with" phrase, when the verb has no party to act on: "struggled
            # in states with closed primaries" (not "clashed with protesters in towns with ...")
            if not partnered and any(
                v.dep[p] == "prep"
                and v.lower[p] == "with"
                and any(v.dep[o] == "pobj" and _contest_noun(o, v) for o in v.children[p])
                for p in v.children[g]
            ):
                return True
    return False


def _light_on(tok: int, plover_type: str, v: DocView, is_party: Callable[[int], bool]) -> bool:
    """ "seized on a report", "seizing upon the remarks", "hit upon a slogan": a verb of
    _LIGHT_ON with no object and an "on"/"upon" phrase that is no party, time or place
    ("seized on Monday the bridge" has its object; "hit on the town" is a place)."""
    if plover_type not in _LIGHT_ON.get(v.lemma_lower[tok], ()):
        return False
    kids = v.children[tok]
    if any(v.dep[c] in ("dobj", "nsubjpass") for c in kids):
        return False
    return any(
        v.dep[c] == "prep"
        and v.lower[c] in ("on", "upon")
        and any(
            v.dep[g] == "pobj"
            and v.ent_type[g] not in ("DATE", "TIME", "GPE", "LOC", "FAC")
            and not is_party(g)
            for g in v.children[c]
        )
        for c in kids
    )


def _things(tok: int, v: DocView, is_party: Callable[[int], bool], nouns: frozenset[str]) -> bool:
    """The verb's object is one of ``nouns`` and no party: its direct object or passive subject
    (or that object's "of" phrase: "ordered the release of the memos"), or the noun a
    participle describes ("a video shot by a bystander")."""
    objs = [c for c in v.children[tok] if v.dep[c] in ("dobj", "nsubjpass")]
    if v.dep[tok] == "acl" and v.tag[tok] == "VBN":
        objs.append(v.head[tok])
    if any(is_party(o) for o in objs):
        return False
    for o in list(objs):
        objs += [g for g in _of_objects(o, v) if not is_party(g)]
    return any(v.pos[o] == "NOUN" and v.lemma_lower[o] in nouns for o in objs)


def _caution(tok: int, v: DocView) -> bool:
    """ "cautioned against reading the poll as a verdict": a warning with nobody warned
    and only a way of doing or seeing against it (a gerund) advises; "warned Iran against
    attacking" (someone warned) and "warned against any intervention" (an act of others)
    stay threats."""
    kids = v.children[tok]
    if any(v.dep[c] in ("dobj", "dative", "ccomp") for c in kids):
        return False
    against = [c for c in kids if v.dep[c] == "prep" and v.lower[c] == "against"]
    return bool(against) and all(
        any(v.dep[g] == "pcomp" and v.tag[g] == "VBG" for g in v.children[c]) for c in against
    )


def _called_on(tok: int, v: DocView) -> bool:
    """ "called them on it": "call" with a direct object and an "on"/"upon" phrase challenges
    the object over a thing; a call on a party to act has no direct object ("called on Iran to
    ...")."""
    if v.lemma_lower[tok] != "call":
        return False
    kids = v.children[tok]
    objs = [c for c in kids if v.dep[c] == "dobj"]
    # the object before an "on" phrase that has its own object (a parser may hang "on" alone
    # on the verb and take the party asked as its object: "called on Minister X to resign")
    return any(
        v.dep[c] == "prep"
        and v.lower[c] in ("on", "upon")
        and any(o < c for o in objs)
        and any(v.dep[g] == "pobj" for g in v.children[c])
        for c in kids
    )


def _setting(tok: int, v: DocView, is_party: Callable[[int], bool]) -> bool:
    """A nominal in a phrase of setting ("at rally after rally, she promises ...", "at a rally in
    the capital, the president said ...") with no party of its own (by, of, a possessive or a
    compound: "at a rally of farmers", "during the students' protest" name the protesters; a
    day does not: "he said at a Tuesday rally")."""
    if v.dep[tok] != "pobj" or v.lower[v.head[tok]] not in _SETTING_PREPS:
        return False
    own = [c for c in v.children[tok] if v.dep[c] in ("poss", "compound", "amod")]
    for c in v.children[tok]:
        if v.dep[c] == "prep" and v.lower[c] in ("of", "by"):
            own += [g for g in v.children[c] if v.dep[g] == "pobj"]
    # the rally's day ("at a Friday rally") is a proper noun that names nobody
    own = [c for c in own if v.ent_type[c] not in _SPAN_ENTS]
    return not any(is_party(c) or v.ent_type[c] in ("NORP", "GPE", "ORG") for c in own)


def _popularity(tok: int, kind: str, v: DocView) -> bool:
    """An "appeal" that is popularity: one the subject has ("has wide appeal with
    independents"), or one among or with people ("his appeal among rural voters"), with no
    "for" phrase or infinitive of what is asked ("an appeal for calm", "an appeal to donors to
    give" are requests)."""
    if kind == "nominal":
        noun: int | None = tok
    elif kind == "light" and v.lemma_lower[tok] in _HAVE:
        noun = next((c for c in v.children[tok] if v.dep[c] == "dobj"), None)
    else:
        return False
    if noun is None or v.lemma_lower[noun] not in _APPEAL:
        return False
    kids = v.children[noun]
    preps = {v.lower[c] for c in kids if v.dep[c] == "prep"}
    asked = "for" in preps or any(
        v.dep[c] in ("acl", "relcl") and any(v.lower[g] == "to" for g in v.children[c])
        for c in kids
    )
    return not asked and (kind == "light" or bool(preps & _AMONG))


def _naming(tok: int, v: DocView) -> bool:
    """A verb of calling that gives a name: a bare past participle in a subordinate clause,
    with no auxiliary or agent, whose object is a name ("a group of exiles called Ginbot 7").
    A past participle with no auxiliary is no finite verb, whatever subject the parser gives
    it; a meeting "called by the UN" (an agent) is convened."""
    if v.lemma_lower[tok] not in _NAMING or v.dep[tok] not in ("acl", "advcl", "relcl"):
        return False
    kids = v.children[tok]
    if any(v.dep[c] in ("aux", "auxpass", "agent") for c in kids):
        return False
    # (a noun's modifier tagged as a past tense with no subject is the participle too: "a
    # militia dubbed the Lions of Tawhid")
    reduced = v.dep[tok] == "acl" and not any(v.dep[c] == "nsubj" for c in kids)
    if not (v.tag[tok] == "VBN" or (v.tag[tok] == "VBD" and reduced)):
        return False
    return any(v.dep[c] in ("dobj", "oprd", "attr") and v.pos[c] == "PROPN" for c in kids)


def _contest_noun(i: int, v: DocView) -> bool:
    """A common noun of a contest (an adjective heading its phrase is one: "in the final")."""
    return v.pos[i] in ("NOUN", "ADJ") and v.lemma_lower[i] in CONTEST_NOUNS


def _subject(tok: int, v: DocView) -> int | None:
    """The verb's subject, or its head's for a conjunct that has none ("rose and destroyed")."""
    for t in (tok, v.head[tok]) if v.dep[tok] == "conj" else (tok,):
        subj = next((c for c in v.children[t] if v.dep[c] == "nsubj"), None)
        if subj is not None:
            return subj
    return None


def _own_object(tok: int, v: DocView, is_party: Callable[[int], bool]) -> bool:
    """The verb's object is no party and is the subject's own: its possessive refers back to
    the subject ("he ... his", "the regime ... its", "Assad ... his")."""
    subj = _subject(tok, v)
    if subj is None:
        return False
    if v.pos[subj] == "PRON":
        own = {_OWN_BY_PRONOUN.get(v.lower[subj], "")}
    elif v.ent_type[subj] == "PERSON":
        own = {"his", "her"}
    elif v.tag[subj] in ("NN", "NNP"):
        # a body, or one person named by a role ("the senator ... her")
        own = {"its", "his", "her"} if is_party(subj) else {"its"}
    else:
        return False
    for obj in (c for c in v.children[tok] if v.dep[c] == "dobj"):
        if is_party(obj):
            continue
        if any(v.dep[g] == "poss" and v.lower[g] in own for g in v.children[obj]):
            return True
    return False


def _asks_for_nothing(tok: int, v: DocView, is_party: Callable[[int], bool]) -> bool:
    """A request verb with no object, no content, nothing asked for ("for" a thing, not a
    person: "campaigned for the release of ...", not "campaigned for the senator") and nobody
    asked ("called on the government"): campaigning with a running mate, on a platform. Not
    in a relative or comparative clause, whose object is the noun it hangs on ("the reforms
    protesters demanded", "fewer troops than the president demanded")."""
    if v.dep[tok] in ("relcl", "acl") or any(
        v.dep[c] == "mark" and v.lower[c] in ("than", "as") for c in v.children[tok]
    ):
        return False
    for c in v.children[tok]:
        d = v.dep[c]
        if d in _REQUEST_COMPLEMENTS:
            return False
        if d == "advcl" and any(
            (v.dep[g] == "aux" and v.lower[g] == "to")
            or (v.dep[g] == "mark" and v.lower[g] == "for")
            for g in v.children[c]
        ):
            return False  # "pressed hard to win the release", "pushed for the US to back ..."
        if d != "prep":
            continue
        objs = [g for g in v.children[c] if v.dep[g] in ("pobj", "pcomp")]
        if v.lower[c] in _ASKED_FOR and any(v.dep[g] == "pcomp" or not is_party(g) for g in objs):
            return False
        if v.lower[c] in _ASKED_OF and any(is_party(g) for g in objs):
            return False
    return True


def _showing(tok: int, v: DocView, is_party: Callable[[int], bool]) -> bool:
    """ "a demonstration of strength", "a demonstration of how ...": the noun's "of" names
    what is shown, not who demonstrates ("a demonstration of farmers")."""
    for c in v.children[tok]:
        if v.dep[c] == "prep" and v.lower[c] == "of":
            objs = [g for g in v.children[c] if v.dep[g] in ("pobj", "pcomp")]
            return bool(objs) and not any(is_party(g) for g in objs)
    return False


def _of_objects(i: int, v: DocView) -> list[int]:
    """The objects of the noun's "of" phrase ("a quarter of the electorate")."""
    return [
        g
        for c in v.children[i]
        if v.dep[c] == "prep" and v.lower[c] == "of"
        for g in v.children[c]
        if v.dep[g] == "pobj"
    ]


def _polled(tok: int, v: DocView) -> bool:
    """The verb is the content of a verb whose subject is a poll ("its polling shows Trump
    crushing Rubio", "a new poll has Clinton beating Sanders"): a standing in a contest."""
    if v.dep[tok] not in ("ccomp", "xcomp", "dobj", "oprd"):
        return False
    head = v.head[tok]
    return any(v.dep[c] in ("nsubj", "nsubjpass") and _contest_noun(c, v) for c in v.children[head])


def _sector(i: int, v: DocView, agents: Mapping[str, str]) -> str | None:
    """The sector of the role noun ``i`` (with a modifier first: "young people")."""
    mods = [c for c in v.children[i] if v.dep[c] in ("amod", "compound") and c < i]
    for m in mods:
        sector = agents.get(f"{v.lemma_lower[m]} {v.lemma_lower[i]}")
        if sector:
            return sector
    return agents.get(v.lemma_lower[i]) or agents.get(v.lower[i])


def _force(i: int, v: DocView, agents: Mapping[str, str]) -> bool:
    """Whether the noun ``i`` may be a force: an armed role noun ("troops", "police",
    "militia") or a named body, state or people (whose forces are meant)."""
    return v.ent_type[i] in _FORCE_ENTS or _sector(i, v, agents) in ARMED_SECTORS


def _gathers_no_force(tok: int, v: DocView, agents: Mapping[str, str]) -> bool:
    """A verb of gathering (_GATHER) whose gathered (its object, its passive subject, or the
    subject of an intransitive use: "protesters rallied") is no force: a common noun that is
    not an armed role ("young people", "supporters", "a coalition", "protesters"). An
    intransitive use with a subject of no known role ("Israel mobilized") is left."""
    if v.lemma_lower[tok] not in _GATHER:
        return False
    kids = v.children[tok]
    objs = [c for c in kids if v.dep[c] in ("dobj", "nsubjpass")]
    objs += [g for o in objs for g in v.children[o] if v.dep[g] == "conj"]
    if objs:
        return not any(_force(o, v, agents) for o in objs)
    subj = [c for c in kids if v.dep[c] == "nsubj"]
    # a count's "of" phrase is who is counted: "thousands of students rallied"
    subj = [next(iter(_of_objects(c, v)), c) for c in subj]
    return bool(subj) and all(
        _sector(s, v, agents) is not None and not _force(s, v, agents) for s in subj
    )


# A lawsuit or a charge dismissed ("moved to dismiss the lawsuit"): a step of a case in court.
_SUITS = frozenset({"lawsuit", "suit", "case", "charge", "indictment", "complaint", "petition"})
_DISMISS = frozenset({"dismiss", "throw"})


def _court_case(tok: int, v: DocView) -> bool:
    """A lawsuit or a charge dismissed: a step of a case in court, not an accusation or a
    rejection of a party ("dismissed the accusations of the opposition" stays REJECT)."""
    return v.lemma_lower[tok] in _DISMISS and any(
        v.dep[c] == "dobj" and v.lemma_lower[c] in _SUITS for c in v.children[tok]
    )


def _departure(tok: int, v: DocView) -> bool:
    """ "left the town", "left the U.S. to take on the regime": a verb of leaving with a direct
    object is a departure from it."""
    return v.lemma_lower[tok] in _LEAVE and any(v.dep[c] == "dobj" for c in v.children[tok])


def _spent_on_nothing(tok: int, v: DocView, is_party: Callable[[int], bool]) -> bool:
    """ "spent five hours in Tanzania", "spent $1 million on ads": spending with a time span as
    its object, or with no party among its objects."""
    if v.lemma_lower[tok] not in _SPEND:
        return False
    kids = v.children[tok]
    objs = [c for c in kids if v.dep[c] in ("dobj", "dative")]
    if any(v.dep[o] == "dobj" and v.ent_type[o] in _SPAN_ENTS for o in objs):
        return True
    # what the money went on or to ("on refugees", "for the army"), not where it was spent
    objs += [
        g
        for c in kids
        if v.dep[c] == "prep" and v.lower[c] in _SPENT_ON
        for g in v.children[c]
        if v.dep[g] == "pobj"
    ]
    return not any(is_party(o) for o in objs)


def _with_opinion(tok: int, v: DocView, is_party: Callable[[int], bool]) -> bool:
    """ "disagrees with the governor's stance": the verb's "with" phrase is an opinion noun."""
    return any(
        v.dep[c] == "prep"
        and v.lower[c] == "with"
        and any(
            v.dep[g] == "pobj"
            and v.pos[g] == "NOUN"
            and v.lemma_lower[g] in OPINION_NOUNS
            and not is_party(g)
            for g in v.children[c]
        )
        for c in v.children[tok]
    )


def _deal(tok: int, v: DocView, is_party: Callable[[int], bool]) -> bool:
    """The verb's object is a company deal (DEAL_NOUNS), or that of the verb it governs ("agreed
    to sell a stake")."""
    verbs = [tok, *(c for c in v.children[tok] if v.dep[c] == "xcomp")]
    if any(_things(t, v, is_party, DEAL_NOUNS) for t in verbs):
        return True
    # an agreement or talks whose matter is the deal: "reached an agreement for the acquisition
    # of the retailer", "talks on the merger"
    objs = [c for c in v.children[tok] if v.dep[c] in ("dobj", "nsubjpass")]
    return any(
        v.dep[p] == "prep"
        and v.lower[p] in _DEAL_MATTER
        and any(
            v.dep[g] == "pobj" and v.pos[g] == "NOUN" and v.lemma_lower[g] in DEAL_NOUNS
            for g in v.children[p]
        )
        for o in objs
        for p in v.children[o]
    )


_DEAL_MATTER = frozenset({"for", "on", "over", "about"})
# Verbs of buying: a company bought ("agreed to acquire jewelry retailer Weisfield's Inc.",
# "agreed to buy the carmaker") is a deal, whoever the buyer; arms, land or grain bought are not
# companies and are left to the code.
_BUY = frozenset({"acquire", "buy", "purchase"})


def _company_bought(tok: int, v: DocView, agents: Mapping[str, str]) -> bool:
    """The verb, or the verb it governs ("agreed to acquire"), buys a company: a direct object
    named by its legal form ("Widget Inc.") or a business noun of lexicon.agents ("the
    carmaker", "the company")."""
    verbs = [tok, *(c for c in v.children[tok] if v.dep[c] == "xcomp")]
    return any(
        v.dep[o] == "dobj"
        and (
            v.lower[o].strip(".") in CORPORATE_FORMS
            or agents.get(v.lemma_lower[o]) in _OTHER_SECTORS
        )
        for t in verbs
        if v.lemma_lower[t] in _BUY
        for o in v.children[t]
    )


def _name_word(tok: int, v: DocView) -> bool:
    """The nominal is a word of a name: in a named entity of a law, a work or an organisation,
    or a proper noun under "the" ("the North American Free Trade Agreement"); a capital in a
    title-case headline ("Army Repelled Daesh Attack") has no "the"."""
    if v.ent_type[tok] in _NAME_ENTS:
        return True
    return v.pos[tok] == "PROPN" and any(
        v.dep[c] == "det" and v.lower[c] == "the" for c in v.children[tok]
    )


def _bought(tok: int, v: DocView, agents: Mapping[str, str]) -> bool:
    """ "has spent over $2 million targeting the governor", "spent millions attacking her": a
    force verb that is the participle or infinitive of a verb of spending with a sum of money
    as its object, and whose object is a person (a name, or a role that holds no arms: "the
    governor", "the senator"), tells what the money paid for (campaign ads), not an attack;
    "spent $10 billion bombing the militants" (a force) stays."""
    if v.dep[tok] not in ("xcomp", "advcl") or v.lemma_lower[v.head[tok]] not in _SPEND:
        return False
    if not any(v.dep[c] == "dobj" and v.ent_type[c] == "MONEY" for c in v.children[v.head[tok]]):
        return False
    objs = [c for c in v.children[tok] if v.dep[c] == "dobj"]
    return bool(objs) and all(
        v.ent_type[o] == "PERSON" or (not v.ent_type[o] and _sector(o, v, agents) in _UNARMED_ROLES)
        for o in objs
    )


def _journey(tok: int, v: DocView, agents: Mapping[str, str]) -> bool:
    """A trip that is no visit: its travellers are people on the move (refugees, civilians,
    migrants, tourists, or any people "fleeing"), or it, or the meeting it is, is made to attend
    a private occasion ("flew back to attend meetings and his son's graduation", "traveled to
    Los Angeles to attend a birthday celebration"). "The minister travelled to Ankara for talks"
    and "the president flew to Rome to attend the funeral" stay visits."""
    subj = _subject(tok, v)
    travellers = [] if subj is None else [subj, *_of_objects(subj, v)]  # "thousands of refugees"
    if any(
        v.lemma_lower[t] in _TRAVELLERS
        or agents.get(v.lemma_lower[t]) in _REFUGEE_SECTORS
        or any(v.dep[c] == "acl" and v.lemma_lower[c] in _FLEE for c in v.children[t])
        for t in travellers
    ):
        return True
    attended = [tok, *(c for c in v.children[tok] if v.dep[c] in _PURPOSE_DEPS)]
    return any(_private_occasion(o, v) for t in attended for o in _attended_objects(t, v))


def _attended_objects(tok: int, v: DocView) -> list[int]:
    """The verb's direct objects, conjuncts included ("meetings and the graduation")."""
    out = [c for c in v.children[tok] if v.dep[c] == "dobj"]
    for o in list(out):
        out.extend(c for c in v.children[o] if v.dep[c] == "conj")
    return out


def _private_occasion(i: int, v: DocView) -> bool:
    """The noun, or a compound or adjective on it, is a private occasion ("a birthday
    celebration", "the graduation of his son")."""
    return any(v.lemma_lower[j] in PRIVATE_OCCASIONS for j in _noun_phrase(i, v))
