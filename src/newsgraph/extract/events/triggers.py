"""Event triggers in a sentence: verbs from the CAMEO verb dictionary (matched by lemma, then
by the words of their clause against the verb block's patterns) and nominal triggers ("phone
call", "air raids", "offensive"), alone or carried by a light verb ("launched air raids").
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from newsgraph.extract.docview import DocView
from newsgraph.extract.events.guards import RECORD_NOUNS
from newsgraph.extract.events.lexicon import EventLexicon, Nominal, PloverCode
from newsgraph.extract.events.patterns import best_pattern, is_time
from newsgraph.extract.events.verbal import CRITICISM_CAMEO

# Dependents that open another clause: their words are not the trigger's own arguments.
CLAUSE_DEPS = frozenset(
    {"ccomp", "advcl", "relcl", "acl", "xcomp", "csubj", "parataxis", "conj", "mark", "appos"}
)
# Verbs too generic to be events on their own default code.
_NO_DEFAULT = frozenset(
    {
        "be",
        "have",
        "do",
        "get",
        "make",
        "take",
        "give",
        "go",
        "come",
        "see",
        "say",
        "tell",
        "play",
        "put",
        "set",
        "keep",
        "let",
        "use",
        "become",
        "remain",
        "seem",
        "include",
        "mean",
        "face",
        "know",
        "lead",
        "link",
        "pass",
        "prepare",
        "hope",
        "need",
        "establish",
        "raise",
        "orchestrate",
        "control",
        "address",
        "improve",
        "decide",
        "insist",
        "want",
        "wish",
        "express",
        "articulate",
        "invest",
        "undermine",
        "facilitate",
        "enable",
        "permit",
        "allow",
        "indicate",
        "remark",
        "note",
        "show",
        "mark",
        "focus",
        "bring",
        "seek",
        "sought",
        "try",
        # "managed to kill most of the militants": the act is the complement, coded there
        # ("managed the crisis" is no cooperation)
        "manage",
        "continue",
        "reach",
        "turn",
        "move",
        "follow",
        "begin",
        "issue",
        "conduct",
        "embark",
        "start",
        "plan",
        "tolerate",
        "suspect",
        "hold",
        "involve",
        "cause",
        "allocate",
        "uphold",
        # the subject undergoes these, it does not act on anyone: "died in 1983", "is retiring"
        # (their blocks' own patterns still code "died in clashes")
        "die",
        "perish",
        "retire",
        # "volunteered for the YPG": enlisting, no offer made to a party (CAMEO's OFFER block)
        "volunteer",
    }
)
# States, not events, whatever the CAMEO patterns say ("controlled areas", "dominated by").
_NEVER = frozenset(
    {
        "control",
        "dominate",
        "own",
        "constitute",
        "pose",
        "represent",
        "contain",
        "comprise",
        "belong",
        "lie",
        "stand",
        "hang",
        "surround",
        "inhabit",
        "say",
        "tell",
        "add",
        "think",
        "believe",
        "know",
        "report",
        "write",
        "quote",
        "fail",
        "cite",
        "document",
        "verify",
        "describe",
        "show",
        "see",
    }
)
# Verbs that are events only when their object is a party ("released two hostages", not
# "released a video").
_PARTY_OBJECT = frozenset({"release", "free", "expel", "deport", "detain", "arrest"})
_CAPTIVES = frozenset(
    {
        "hostage",
        "prisoner",
        "detainee",
        "captive",
        "journalist",
        "activist",
        "people",
        "civilian",
        "soldier",
        "fighter",
        "member",
        "worker",
        # people named by what they are, not by name: "the pair were detained", "arrested
        # two men", "detained him"
        "man",
        "woman",
        "pair",
        "suspect",
        "protester",
        "demonstrator",
        "student",
        "opponent",
        "dissident",
        "citizen",
        "national",
        "official",
        "leader",
        "militant",
        "refugee",
        "migrant",
        "child",
        "he",
        "she",
        "him",
        "her",
        "they",
        "them",
    }
)
# Entity types a nominal trigger cannot be part of ("in March 2011", "Operation Olive Branch").
_NOT_NOMINAL = frozenset(
    {
        "DATE",
        "TIME",
        "PERSON",
        "GPE",
        "LOC",
        "FAC",
        "ORG",
        "WORK_OF_ART",
        "LAW",
        "PRODUCT",
        "CARDINAL",
        "MONEY",
        "QUANTITY",
    }
)
# Verbs of travel: "X travelled to Ankara" is a visit.
_TRAVEL = frozenset({"travel", "fly", "arrive", "head", "go", "come", "jet"})


@dataclass(frozen=True)
class Trigger:
    token: Token  # the head of the trigger (the verb, or the nominal's head noun)
    start: int  # character span of the trigger words
    end: int
    text: str
    cameo: str
    code: PloverCode | None  # a nominal's own PLOVER code (None: map the CAMEO code)
    kind: str  # verb | pattern | light | nominal
    noun: Token | None = None  # for a light verb: the nominal it carries


def find_triggers(
    sent: Span, lex: EventLexicon, view: DocView, places: frozenset[int] = frozenset()
) -> list[Trigger]:
    """``view``: the sentence's document; ``places``: the character offsets of tokens inside a
    known place (places stage)."""
    out: list[Trigger] = []
    carried: set[int] = set()
    doc, pos, dep = view.doc, view.pos, view.dep
    tokens = range(sent.start, sent.end)
    for i in tokens:
        if pos[i] != "VERB":
            continue
        if dep[i] in ("acl", "relcl", "amod") and match_nominal(view.head[i], lex, view):
            continue  # "the raid carried out by al-Shabaab": the nominal carries the event
        if _sent_with_its_content(i, lex, places, view):
            continue  # "sent a letter on Monday urging X to act": the participle is the act
        trig = _document_act(i, lex, places, view) or _verb_trigger(doc[i], lex, places, view)
        if trig is not None and trig.cameo == "192" and view.lemma_lower[i] == "occupy":
            trig = replace(trig, code=_HOLDING)  # holding a place, not taking it
        if trig is not None:
            out.append(trig)
            if trig.noun is not None:
                carried.add(trig.noun.i)
    ent = view.ent_type
    for i in tokens:
        if pos[i] in ("NOUN", "PROPN") and i not in carried:
            nom = match_nominal(i, lex, view) if ent[i] not in _NOT_NOMINAL else None
            if (
                nom is not None
                and len(nom.words) == 1  # not "air strike", "drone strike"
                and nom.words[-1] in _AIMED_ONLY
                and not _aimed(i, view)
            ):
                nom = None  # "a strike at the factory", "the fight for the presidency"
            if nom is not None and nom.words[-1] == _ALERT and not _on_alert(i, view):
                nom = None  # "an alert" alone; "issued an alert" is carried by its verb
            if nom is not None and nom.words[-1] not in _LIGHT_ONLY | _CARRIED_ONLY:
                first = i - len(nom.words) + 1
                out.append(
                    Trigger(
                        doc[i],
                        view.idx[first],
                        view.end[i],
                        view.span_text(first, i + 1),
                        nom.cameo,
                        nom.code,
                        "nominal",
                    )
                )
    return _said_acts(out, sent, lex, view)


def match_nominal(i: int, lex: EventLexicon, view: DocView) -> Nominal | None:
    """The nominal trigger whose head is token ``i`` (with its modifiers before it), if any."""
    lower, lemma = view.lower, view.lemma_lower
    cands = lex.nominals.get(lemma[i]) or lex.nominals.get(lower[i])
    if not cands:
        return None
    if lemma[i] == _ALERT and any(view.dep[c] == "compound" for c in view.children[i]):
        return None  # "a travel alert", "a terror alert": a warning, no readiness
    for nom in cands:
        k = len(nom.words)
        if k == 1:
            return nom
        if i - k + 1 < 0:
            continue
        if all(
            lower[b] == w or lemma[b] == w
            for b, w in zip(range(i - k + 1, i), nom.words[:-1], strict=True)
        ):
            return nom
    return None


# Nominals that are attacks only when aimed at someone or between parties ("strikes on Gaza",
# "the battle against Isis", "clashes between police and protesters"): alone they are labour
# strikes, contests and figures of speech.
_AIMED_ONLY = frozenset({"strike", "fight", "battle", "clash"})
_AIMS = frozenset({"on", "against", "between", "with"})


def _aimed(i: int, view: DocView) -> bool:
    return any(
        view.dep[c] == "prep"
        and view.lower[c] in _AIMS
        and not (view.lemma_lower[i] == "strike" and view.lower[c] == "with")
        for c in view.children[i]
    )


# A state of readiness (CAMEO 152, MOBILIZE): "the army was put on high alert", "the navy was
# placed on alert", "issued an alert to the army". Alone it is an event only
# when a party is "on" it; named by a noun ("a travel alert", "a flood alert") it is a warning.
_ALERT = "alert"
_ALERT_LEVELS = frozenset({"level", "state", "status", "footing"})


def _on_alert(i: int, view: DocView) -> bool:
    """Token ``i`` ("alert") is what someone is on: "on (high) alert", "on a heightened
    level/state of alert"."""
    dep, head, low = view.dep, view.head, view.lower
    h = i
    if (
        dep[h] == "pobj"
        and low[head[h]] == "of"
        and view.lemma_lower[head[head[h]]] in _ALERT_LEVELS
    ):
        h = head[head[h]]
    return dep[h] == "pobj" and low[head[h]] == "on"


def alert_holder(i: int, view: DocView) -> int | None:
    """The party on alert: the subject of the verb "on (... of) alert" belongs to ("the fleet
    has been on alert", "troops were placed on alert")."""
    if view.lemma_lower[i] != _ALERT or not _on_alert(i, view):
        return None
    h = i
    for _ in range(4):
        h = view.head[h]
        if view.pos[h] in ("VERB", "AUX"):
            break
    if view.pos[h] not in ("VERB", "AUX"):
        return None
    kids = view.children[h]
    return next((c for c in kids if view.dep[c] in ("nsubj", "nsubjpass")), None)


# Nominals that are events only with a verb that acts on them ("restored ties").
_LIGHT_ONLY = frozenset({"tie", "relation"})
# Nominals that are events only when a light verb carries them ("sent troops", "provided
# intelligence"); alone ("100 UN troops", "humanitarian aid") they are things, not events.
_CARRIED_ONLY = frozenset(
    {
        "troops",
        "soldier",
        "reinforcement",
        "weapon",
        "arm",
        "equipment",
        "imagery",
        "intelligence",
        "aid",
        "assistance",
        "asylum",
    }
)
_RELATE = frozenset(
    {
        "restore",
        "renew",
        "establish",
        "upgrade",
        "normalize",
        "normalise",
        "strengthen",
        "resume",
        "improve",
        "enhance",
        "expand",
    }
)
_BREAK = frozenset({"sever", "cut", "break", "suspend", "downgrade"})

# newsgraph's corrections to the CAMEO dictionary for frequent news phrasings:
# (lemma, particle or preposition) -> CAMEO code, or None for "not an event".
_PHRASAL: dict[tuple[str, str], str | None] = {
    ("call", "for"): "020",
    ("call", "on"): "020",
    ("call", "upon"): "020",
    ("march", "on"): "190",
    ("march", "into"): "190",
    ("push", "into"): "190",
    ("reach", "out"): "040",
    ("take", "control"): "192",
    ("seize", "control"): "192",
    ("wrest", "control"): "192",
    ("regain", "control"): "192",
    ("gain", "control"): "192",
    ("lose", "control"): "0874",
    ("come", "to"): None,
    ("pave", "way"): None,
    # going on with one's own course ("pushed ahead with the investigation", "pressed ahead
    # with the reform"): no coercion, no attack
    ("push", "ahead"): None,
    ("press", "ahead"): None,
    ("forge", "ahead"): None,
    ("go", "ahead"): None,
    # a state holding its own vote: no interaction with another party (CAMEO's "hold" codes
    # an agreement to elections)
    ("hold", "election"): None,
    ("hold", "elections"): None,
}
# Adverbs that are a phrasal verb's particle when the parser takes them for modifiers.
_ADVERB_PARTICLES = frozenset({"ahead"})
# Laws and bills: "killed the bill", "blocked the measure" (a legislature's acts on them).
_LAWS = frozenset(
    {"bill", "legislation", "law", "measure", "amendment", "motion", "resolution", "reform"}
)
# Verbs the CAMEO 2.0 dictionary lacks or codes too generally, with newsgraph's code.
_VERBS: dict[str, str] = {
    "urge": "020",
    "bomb": "195",
    "shell": "194",
    "airstrike": "195",
    "behead": "1823",
    "kidnap": "181",
    "abduct": "181",
    "agree": "030",
    "object": "111",  # "objected to the invasion": disapproval (CAMEO 111), not a refusal
    # legal accusations: PLOVER ACCUSE `allege' ("sue, indict, or charge; bring to trial"),
    # not CAMEO 2.0's 173 (arrest)
    "sue": "115",
    "indict": "115",
    "prosecute": "115",
}
# Verbs of criticism in news English that CAMEO 2.0 has as a crash only ("Russia slammed the
# decision", "the plan was slammed by the opposition"): criticism (CAMEO 111) when something is
# slammed that is no thing hit, and no impact is told ("a rocket slammed into a building",
# "slammed the door shut").
_SLAMMING = frozenset({"slam"})
_IMPACT = frozenset({"into", "onto", "against", "through", "on", "down", "shut"})
_SLAMMED_THINGS = frozenset({"door", "brake", "lid", "phone", "gate", "fist", "ball"})
# Dismissing what a party said, proposed or asked ("dismissed the minister's comments as
# selfish", "dismissed calls for his resignation") is rejecting it (PLOVER REJECT, CAMEO 120);
# CAMEO 2.0 codes "dismiss" as disapproval (110) save for accusations, claims and reports (016),
# and dismissing a person ("dismissed the minister") is no rejection.
_DISMISSING = frozenset({"dismiss"})
# Posts a person holds that the agents lexicon has only in longer names ("the head of the
# central bank", "the army chief"): dismissing or removing their holder is a firing.
_OFFICES = frozenset({"head", "chief", "director", "chairman", "chairwoman", "commander"})
# Removing an office holder ("removed the defence minister") is a firing, no expulsion (CAMEO
# 174); removing protesters from a square stays.
_REMOVING = frozenset({"remove"})
_OFFICE_SECTORS = frozenset({"GOV", "MIL", "JUD", "LEG", "COP", "SPY"})
# A state or its government protesting ("Damascus protested the US presence", "was protested
# by the Syrian government") complains (CAMEO 114); people protesting demonstrate (PLOVER
# PROTEST).
_PROTESTING = frozenset({"protest"})


def _holds_office(c: int, lex: EventLexicon, view: DocView) -> bool:
    """Token ``c`` names an office holder: a role of a state sector ("the defence minister",
    "the army chief") or a post ("the head of the central bank")."""
    lemma = view.lemma_lower[c]
    return lemma in _OFFICES or lex.agents.get(lemma) in _OFFICE_SECTORS


def _state_protests(i: int, lex: EventLexicon, view: DocView) -> bool:
    """Verb ``i``'s protester is a state by name or a government (its subject, or the "by"
    agent of a passive) with something protested (an object, or the passive subject)."""
    kids = view.children[i]
    if not any(view.dep[c] in ("dobj", "nsubjpass") for c in kids):
        return False
    who = [c for c in kids if view.dep[c] == "nsubj"]
    who += [
        g for c in kids if view.dep[c] == "agent" for g in view.children[c] if view.dep[g] == "pobj"
    ]
    return any(
        view.ent_type[w] == "GPE" or lex.agents.get(view.lemma_lower[w]) == "GOV" for w in who
    )


_SAID_OR_ASKED = frozenset(
    {
        "comment",
        "remark",
        "statement",
        "suggestion",
        "criticism",
        "warning",
        "concern",
        "rumour",
        "rumor",
        "notion",
        "idea",
        "call",
        "demand",
        "proposal",
        "offer",
        "request",
        "plea",
        "appeal",
        "threat",
        "ultimatum",
    }
)

# Verbs the CAMEO dictionary has no default code for (only patterns), with newsgraph's default
# when no pattern fits ("rejected the ultimatum", "denied the request": PLOVER REJECT).
_DEFAULT_CODE: dict[str, str] = {"reject": "120", "deny": "120", "renege": "120", "rebuff": "120"}
# Receiving an official is hosting a visit (CAMEO 043: "Erdogan received the Iraqi prime
# minister in Ankara", "was received by the king"); CAMEO 2.0 has "receive" by patterns only,
# with plural or single role words ("ministers", "envoy"). Receiving aid, a letter, refugees or
# a sentence is no visit.
_RECEIVING = frozenset({"receive"})
_OFFICIAL_SECTORS = frozenset({"GOV", "MIL", "LEG"})


def _receives_official(i: int, lex: EventLexicon, view: DocView) -> bool:
    """Verb ``i``'s object (or passive subject) is a named person or an official (a role noun
    of government, the military or a legislature)."""
    return any(
        view.dep[c] in ("dobj", "nsubjpass")
        and (
            view.ent_type[c] == "PERSON"
            or lex.agents.get(view.lemma_lower[c]) in _OFFICIAL_SECTORS
            or lex.agents.get(view.lower[c]) in _OFFICIAL_SECTORS
        )
        for c in view.children[i]
    )


# Verbs whose CAMEO 2.0 default misreads them in news, with newsgraph's default when no pattern
# fits: training a party is military aid (CAMEO 072, as the dictionary's own "train fighters /
# forces" patterns code it), not CAMEO's PREPARE default (030, an intent to cooperate). Still a
# default (kind "verb"): with nobody trained ("trained as a doctor") it is no event.
_NEWS_DEFAULT: dict[str, str] = {"train": "072"}
# Verbs of pledging whose infinitive is the act pledged ("promised to continue aid", "have
# sworn to fight").
_PLEDGING = frozenset({"swear", "promise", "pledge", "vow", "offer", "agree"})
_FORCE_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION"})
# Verbs whose PLOVER reading the CAMEO root gets wrong (CAMEO 08 "yield" maps to CONCEDE).
_VERB_PLOVER: dict[str, tuple[str, PloverCode]] = {
    "withdraw": ("0874", PloverCode("RETREAT", "withdraw", "military")),
    "retreat": ("0874", PloverCode("RETREAT", "withdraw", "military")),
    "surrender": ("0874", PloverCode("RETREAT", "disarm", "military")),
    # PLOVER: a conviction is SANCTION `convict' (CAMEO 116; CAMEO 2.0's verbs code it 173)
    "convict": ("116", PloverCode("SANCTION", "convict", "legal")),
}
# Taking a place is occupation ("seized the border town"), not seizing property or abducting.
_TAKE = frozenset(
    {"seize", "capture", "take", "overrun", "occupy", "retake", "recapture", "regain"}
)
# Heads that count or share out what they govern: "captured a number of villages", "seized
# parts of the city", "retook several of the towns" take the places after "of".
# Occupying is holding a place ("troops occupy the square", "still occupies the island"):
# PLOVER COERCE `seize', CAMEO2PLOVER's reading of 192; taking it by force
# ("seized", "captured", "retook", "regained") is ASSAULT (`lexicon._PLOVER_READINGS`).
_HOLDING = PloverCode("COERCE", "seize", "military")
_PORTION = frozenset(
    {"number", "handful", "series", "string", "dozen", "couple", "part", "several", "most"}
)
_PLACE_NOUNS = frozenset(
    {
        "town",
        "city",
        "village",
        "area",
        "territory",
        "position",
        "base",
        "district",
        "province",
        "region",
        "neighbourhood",
        "neighborhood",
        "airport",
        "checkpoint",
        "countryside",
        "outpost",
        "stronghold",
    }
)


# Light verbs of asking: the event is a request for what the nominal names (CAMEO 02).
_ASKING = frozenset({"request", "seek", "demand", "ask", "urge"})
# Light verbs of promising: cooperation promised is PLOVER AGREE, the intent to cooperate
# (CAMEO 03: "pledged support", "offered aid", "promised military assistance"), not the
# cooperation itself (the manual: "promises, offers, or agreement for future cooperation").
_PROMISING = frozenset({"pledge", "promise", "offer", "vow"})
_PROMISED = {"AID": "033", "SUPPORT": "032", "COOPERATE": "031", "CONSULT": "036"}
_PROMISED_AID = {"071": "0331", "072": "0332", "073": "0333", "074": "0334", "064": "0314"}
# Verbs that conclude an agreement ("struck a deal", "clinched an agreement", "sealed a
# deal"): CAMEO 057, as the CAMEO dictionary codes "strike deal"; never an attack.
_CONCLUDING = frozenset({"strike", "clinch", "seal"})
# Capturing combatants is PLOVER ASSAULT `abduct' (CAMEO 181): the manual codes "combatants
# captured during conflict" so, not as an arrest; other people captured are arrested (173),
# not property seized (CAMEO 2.0's 171).
_CAPTURING = frozenset({"capture"})
_COMBATANTS = frozenset({"MIL", "REB", "UAF"})
# Verbs that put a person out of a place with "out" ("threw the reporter out of the news
# conference", "kicked the activists out"): CAMEO 174, expel individuals (PLOVER COERCE);
# "threw out the case", "kicked out the ball" have no person and stay uncoded.
_THROWING_OUT = frozenset({"throw", "kick", "boot"})
# What is laid to kill ("laid mines", "laid a bomb"; CAMEO's verb dictionary has no such
# pattern for "lay", and "plant" lacks mines).
_MINES = frozenset({"mine", "landmine", "bomb", "explosive", "ied", "booby"})
# What else capturing takes from a party (CAMEO 171, seize property): arms and their carriers.
_WAR_GOODS = frozenset(
    {
        "weapon",
        "arm",
        "ammunition",
        "munition",
        "equipment",
        "tank",
        "vehicle",
        "ship",
        "vessel",
        "tanker",
        "aircraft",
        "plane",
        "helicopter",
        "drone",
        "depot",
        "arsenal",
        "stockpile",
        "cache",
    }
)
_REQUEST_FOR = {"CONSULT": "026", "AID": "023", "COOPERATE": "021", "SUPPORT": "021"}
_MUNITIONS = frozenset(
    {"shell", "missile", "rocket", "shot", "bullet", "mortar", "round", "salvo", "grenade"}
)
_AIMED_PREPS = frozenset({"at", "on", "into", "toward", "towards", "against"})
# Where a missile fired or launched hits nothing: a test or a show of force, not an attack.
_NO_TARGET = frozenset({"sea", "ocean", "water", "waters", "space", "orbit", "air", "sky"})
# Occupying verbs that take a place even when the NER calls it a person ("overran Kafr Saleh").
_OCCUPY = frozenset({"seize", "overrun", "occupy", "retake", "recapture"})


_STANCE_CLAUSES = frozenset({"acl", "ccomp", "appos"})
_PARTICIPLES = frozenset({"VBG", "VBN"})


def _content_clause(k: int, view: DocView) -> bool:
    """A clause that says what a stance holds ("the position that only his father can apply"),
    not one that describes a place ("a position overlooking the town", "a position that
    overlooks the town": a participle, a relative clause)."""
    return view.dep[k] in _STANCE_CLAUSES and view.tag[k] not in _PARTICIPLES


# Places a position is "on" ("a position on the hill"): _PLACE_NOUNS and high ground.
_HEIGHTS = _PLACE_NOUNS | {"hill", "ridge", "mountain", "road", "highway", "outskirts", "edge"}


def _a_stance(c: int, view: DocView) -> bool:
    """ "has taken the position that only his father can apply", "took a position on the
    bill": one "position" (a stance is singular; troops take "positions") with a clause or an
    "on" phrase that names no place is a stance held, not a place taken ("took up positions
    near the bridge", "seized a position on the hill" stay)."""
    if view.lemma_lower[c] != "position" or view.tag[c] != "NN":
        return False
    verb = view.head[c] if view.dep[c] in ("dobj", "nsubjpass") else c
    kids = [*view.children[c], *(view.children[verb] if verb != c else ())]
    if any(
        _content_clause(k, view)
        or (
            view.dep[k] == "prep"
            and view.lower[k] == "on"
            and k in view.children[c]
            and not any(
                view.dep[g] == "pobj"
                and (view.ent_type[g] in ("GPE", "LOC", "FAC") or view.lemma_lower[g] in _HEIGHTS)
                for g in view.children[k]
            )
        )
        for k in kids
    ):
        return True
    # the content clause with no "that", which a parser may join to the verb with no
    # coordinator ("has taken the position the only person who can apply is his father")
    cc = [k for k in view.children[verb] if view.dep[k] == "cc"]
    return verb != c and any(
        view.dep[k] == "conj"
        and k > c
        and not any(c < b < k for b in cc)
        and any(view.dep[g] in ("nsubj", "nsubjpass") for g in view.children[k])
        for k in view.children[verb]
    )


def _is_territory(c: int, lemma: str, places: frozenset[int], view: DocView) -> bool:
    if view.lemma_lower[c] in _PORTION:
        for p in view.children[c]:
            if view.dep[p] == "prep" and view.lower[p] == "of":
                objs = [g for g in view.children[p] if view.dep[g] == "pobj"]
                return bool(objs) and _is_territory(objs[0], lemma, places, view)
        return False
    ent = view.ent_type[c]
    if view.idx[c] in places or ent in ("GPE", "LOC", "FAC"):
        return True
    if view.lemma_lower[c] in _PLACE_NOUNS:
        return not _a_stance(c, view)
    if view.pos[c] != "PROPN" or ent in ("ORG", "NORP"):
        return False
    return ent != "PERSON" or lemma in _OCCUPY


def _verb_trigger(
    tok: Token, lex: EventLexicon, places: frozenset[int], view: DocView
) -> Trigger | None:
    i = tok.i
    dep, low, pos, ent, lemmas = view.dep, view.lower, view.pos, view.ent_type, view.lemma_lower
    kids = view.children[i]
    lemma = lemmas[i]
    if not tok.whitespace_ and i + 2 < len(view.doc) and view.doc[i + 1].text == "-":
        return None  # "counter-attack": the first half of a compound word, not the verb
    # A phrasal verb's particle or preposition follows the verb ("called on", "asked for"), not
    # an object ("asked the EC for aid" is ASK, not ASK FOR); "take control" keeps its object.
    particles = [
        low[c]
        for c in kids
        if dep[c] in ("prt", "dobj")
        or (dep[c] == "prep" and 0 < c - i <= 2)
        or (dep[c] == "advmod" and low[c] in _ADVERB_PARTICLES)
    ]
    word = view.words[i]
    span = (view.idx[i], view.end[i])
    for p in particles:
        if (lemma, p) in _PHRASAL:
            code0 = _PHRASAL[(lemma, p)]
            return Trigger(tok, *span, word, code0, None, "pattern") if code0 else None
    if lemma in _QUESTIONING and _asks_a_question(i, view):
        return None  # "asked why the convoy was stopped": a question, not a demand
    if lemma in APPEALING and _object_control(i, view) and not _past_wish(i, view):
        return Trigger(tok, *span, word, "020", None, "pattern")  # "invited X to attend"
    if lemma == "call":
        deps = {dep[c] for c in kids}
        objs = [c for c in kids if dep[c] == "dobj"]
        named = any(pos[o] == "PROPN" or ent[o] in ("PERSON", "ORG", "GPE", "NORP") for o in objs)
        if deps & {"oprd", "ccomp", "attr"} or dep[i] in ("acl", "relcl") or not named:
            return None  # "calling the plan a failure", "so-called": "called the envoy" is a call
    sense = _verb_sense(i, lex, places, view)
    if sense is not None:
        cameo, pc, n, k = sense
        if not cameo:
            return None  # "declined to comment": no interaction
        if n is None:
            return Trigger(tok, *span, word, cameo, pc, "pattern")
        text = f"{word} {view.span_text(n - k + 1, n + 1)}"
        return Trigger(tok, span[0], span[1], text, cameo, pc, "light", view.doc[n])
    if lemma in _PLEDGING:
        for c in kids:
            if dep[c] in ("xcomp", "advcl") and any(low[g] == "to" for g in view.children[c]):
                # "promised to continue military aid", "vowed to retaliate", "agreed to reopen
                # its border to UN peacekeepers": the act promised
                # is the event, coded as announced (AGREE for cooperation, THREATEN for force)
                # with its own parties; "have sworn to fight" (swearing is no statement of
                # disapproval, CAMEO's default) is a threat of force.
                inner = _verb_trigger(view.doc[c], lex, places, view)
                sworn = inner.code or lex.to_plover(inner.cameo) if inner is not None else None
                if lemma == "swear" and sworn is not None and sworn.type in _FORCE_TYPES:
                    return Trigger(tok, *span, word, "130", None, "pattern")
                if lemma == "swear" or (inner is not None and _has_partner(c, view)):
                    return None
                # "agreed to resign": the act names no other party, the promise is the event
    entry = None
    for p in particles:
        entry = lex.verbs.get(f"{lemma} {p}")
        if entry:
            break
    entry = entry or lex.verbs.get(lemma)
    noun = _carried_nominal(i, lex, view) if lemma in lex.light_verbs else None
    if noun is not None:
        n, nom = noun
        nom_tok = view.doc[n]
        text = f"{word} {view.span_text(n - len(nom.words) + 1, n + 1)}"
        if nom.words[-1] in _LIGHT_ONLY and lemma in _BREAK:
            return Trigger(tok, span[0], span[1], text, "161", None, "light", nom_tok)
        if nom.words[-1] in _LIGHT_ONLY and lemma not in _RELATE:
            return None  # "discussed bilateral relations": a topic
        if lemma in _ASKING:  # "requested a meeting", "sought aid": a request for it
            cameo = _REQUEST_FOR.get(nom.code.type, "020")
            return Trigger(tok, span[0], span[1], text, cameo, None, "light", nom_tok)
        if lemma in _PROMISING and nom.code.type in _PROMISED and nom.code.mode != "asylum":
            cameo = _PROMISED_AID.get(nom.cameo) or _PROMISED[nom.code.type]
            return Trigger(tok, span[0], span[1], text, cameo, None, "light", nom_tok)
        if lemma in ("lodge", "file") and nom.code.type in ("PROTEST", "ACCUSE"):
            return Trigger(tok, span[0], span[1], text, "114", None, "light", nom_tok)
        if lemma == "accept" and nom.code.type == "REQUEST":  # "accepted demands"
            return Trigger(tok, span[0], span[1], text, "083", None, "light", nom_tok)
        return Trigger(tok, span[0], span[1], text, nom.cameo, nom.code, "light", nom_tok)
    if lemma in _FEELING:
        return None  # "the family were dismayed by his remarks": a feeling told, no act
    if lemma in _STRIVING and any(dep[c] == "xcomp" for c in kids):
        return None  # "struggling to cope", "battled to contain the fire": effort, no fight
    if lemma == "fight" and _strives(i, lex, places, view):
        return None  # "have fought to keep the boy": effort; "fought to retake the town" stays
    if lemma in _INTERROGATE and _party_object(i, lex, view):
        return Trigger(tok, *span, word, "090", None, "pattern")  # "questioned by police"
    if lemma in _DISMISSING and any(
        dep[c] in ("dobj", "nsubjpass") and lemmas[c] in _SAID_OR_ASKED for c in kids
    ):
        return Trigger(tok, *span, word, "120", None, "pattern")
    if lemma in _DISMISSING and any(
        dep[c] in ("dobj", "nsubjpass") and (_is_person(c, lex, view) or lemmas[c] in _OFFICES)
        for c in kids
    ):
        return None  # "dismissed the defence minister": a person fired, no accusation
    if lemma in _REMOVING and any(
        dep[c] in ("dobj", "nsubjpass") and _holds_office(c, lex, view) for c in kids
    ):
        return None  # "removed the defence minister": taken out of office, no expulsion (174)
    if lemma in _PROTESTING and _state_protests(i, lex, view):
        # "Damascus protested the US presence": a government's protest is a formal complaint
        # (CAMEO 114, ACCUSE), no demonstration
        return Trigger(tok, *span, word, "114", None, "pattern")
    if lemma in _SLAMMING:
        slammed = [c for c in kids if dep[c] in ("dobj", "nsubjpass")]
        if (
            not slammed
            or any(lemmas[o] in _SLAMMED_THINGS for o in slammed)
            or any(
                ent[o] in ("GPE", "LOC", "FAC") or view.idx[o] in places or lemmas[o] in _HEIGHTS
                for o in slammed
            )
            or any(
                dep[c] in ("prep", "prt", "advmod") and low[c] in _IMPACT and not is_time(c, view)
                for c in kids
            )
        ):
            return None
        return Trigger(tok, *span, word, CRITICISM_CAMEO, None, "pattern")
    if lemma in _VERBS:
        return Trigger(tok, *span, word, _VERBS[lemma], None, "pattern")
    if lemma in _VERB_PLOVER:
        cameo, pc = _VERB_PLOVER[lemma]
        return Trigger(tok, *span, word, cameo, pc, "pattern")
    if lemma in _TAKE and any(
        dep[c] in ("dobj", "nsubjpass") and _is_territory(c, lemma, places, view) for c in kids
    ):
        return Trigger(tok, *span, word, "192", None, "pattern")  # occupy territory
    if lemma in ("fire", "launch"):
        # "fired shells at X", "opened fire on": an attack; "fired the minister" is not.
        # "launched rockets into the city": munitions launched at a target (a launch into the
        # sea is a test, and "launched a campaign" is coded by its nominal above).
        munitions = any(dep[c] == "dobj" and lemmas[c] in _MUNITIONS for c in kids)
        aimed = [
            c for c in kids if dep[c] == "prep" and low[c] in _AIMED_PREPS and not is_time(c, view)
        ]
        if any(
            lemmas[g] in _NO_TARGET for c in aimed for g in view.children[c] if dep[g] == "pobj"
        ):
            return None  # "fired a missile into the sea": a test, no target
        if (lemma == "fire" and (aimed or munitions)) or (munitions and aimed):
            return Trigger(tok, *span, word, "190", None, "pattern")
        if lemma == "fire":
            return None
    if entry is None or lemma in _NEVER:
        return None
    if lemma in _TRAVEL:
        if _goes_to_place(i, view):
            return Trigger(tok, *span, word, "042", None, "verb")  # "flew to Ankara"
        return None  # "they arrived with ...": movement, not a visit
    if lemma in _PARTY_OBJECT and not _party_object(i, lex, view):
        return None
    matched, pcode = best_pattern(tok, lex, entry["block"], view)
    if matched:
        if pcode is None:
            return None  # an explicit "not an event" pattern
        if lemma in _ARREST and pcode == "175":
            pcode = "173"  # arresting journalists or protesters: PLOVER COERCE arrest
        if (
            entry["block"] == _FIGHTING
            and pcode.startswith("06")
            and any(dep[c] == "dobj" for c in kids)
        ):
            # "fought Isis alongside Kurdish forces": a partner's pattern ("fight alongside")
            # is cooperation only when nothing is fought; with an object the act is the fight.
            pcode = "190"
        return Trigger(tok, *span, word, pcode, None, "pattern")
    if lemma in _RECEIVING and _receives_official(i, lex, view):
        return Trigger(tok, *span, word, "043", None, "verb")
    code = _NEWS_DEFAULT.get(lemma) or entry.get("code") or _DEFAULT_CODE.get(lemma)
    if not code or lemma in _NO_DEFAULT:
        return None
    return Trigger(tok, *span, word, code, None, "verb")


def _party_object(i: int, lex: EventLexicon, view: DocView) -> bool:
    """Verb ``i``'s object (or passive subject) is a party: a name, a role, people."""
    dep, pos, ent, lemmas = view.dep, view.pos, view.ent_type, view.lemma_lower
    kids = view.children[i]
    if (
        dep[i] == "conj"
        and any(dep[c] == "auxpass" for c in kids)
        and not any(dep[c] in ("dobj", "nsubjpass", "nsubj") for c in kids)
    ):
        # "The two men were thought to ... and have since been questioned": the passive
        # shares its subject with the verb it is conjoined to
        kids = [c for c in view.children[view.head[i]] if dep[c] in ("nsubj", "nsubjpass")]
    return any(
        dep[c] in ("dobj", "nsubjpass", "nsubj")
        and (
            pos[c] == "PROPN"
            or ent[c] in ("PERSON", "ORG", "NORP", "GPE", "CARDINAL")
            or lex.agents.get(lemmas[c])
            or lemmas[c] in _CAPTIVES
            or (dep[c] == "dobj" and view.lower[c] in _PARTY_OBJECT_PRONOUNS)
            or (dep[c] == "dobj" and view.lower[c] == "it" and lemmas[i] == "expel")
        )
        for c in kids
    )


# Object pronouns that are people ("detained him", "deported them"); "it" is a party only as
# what is expelled ("years after expelling it": a state or a body, discourse.py names it).
_PARTY_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})


# Arrests are COERCE `arrest' in PLOVER whoever is arrested (CAMEO's 175, "violent
# repression", for arrested protesters or journalists maps to ASSAULT).
_ARREST = frozenset({"arrest", "detain"})
# Verbs of effort that are no fight with an infinitive ("struggling to cope").
_STRIVING = frozenset({"struggle", "battle"})
# Force nominals that a force breaks through ("breached the siege", "the blockade"): a
# military act, not the breach of a norm or an agreement (REJECT).
_BREACHED_FORCE = frozenset({"ASSAULT", "COERCE"})
# Nouns of a worry voiced ("raised concerns about the residents", "raised doubts"): a
# statement of worry, no meeting (CAMEO's "raise" codes consultation).
_WORRIES = frozenset({"concern", "worry", "fear", "doubt", "alarm", "eyebrow", "question"})
# Laws, bills and proposals: voting against one rejects it (PLOVER REJECT), no accusation.
_PROPOSALS = _LAWS | {"proposal", "plan", "budget", "treaty", "nomination", "nominee"}
# Quantities: investigating one ("the number of casualties", "the death toll") is a count,
# no inquiry into a party.
_QUANTITIES = frozenset({"number", "toll", "figure", "count", "amount", "tally"})
# Verbs of warning: against a state of mind or a thing that is no act and no party ("warned
# against excessive optimism") they advise, nobody is threatened (the noun counterpart of
# guards._caution, which takes a way of doing: "cautioned against reading the poll").
_WARNING = frozenset({"warn", "caution"})


def _strives(i: int, lex: EventLexicon, places: frozenset[int], view: DocView) -> bool:
    """ "fought to keep the boy": a verb of fighting with a to-infinitive that is no act of
    force itself is effort, no fight ("fought to retake the town" is one)."""
    for c in view.children[i]:
        if view.dep[c] not in ("xcomp", "advcl") or view.pos[c] != "VERB":
            continue
        if not any(view.lower[g] == "to" and view.dep[g] == "aux" for g in view.children[c]):
            continue
        inner = _verb_trigger(view.doc[c], lex, places, view)
        code = (inner.code or lex.to_plover(inner.cameo)) if inner is not None else None
        return code is None or code.type not in _FORCE_TYPES
    return False


def _warns_of_nothing(i: int, lex: EventLexicon, view: DocView) -> bool:
    """A warning with nobody warned and only nouns against it that name no party, no place and
    no act the lexicon knows ("warned against excessive optimism"; "warned against any foreign
    intervention" and "warned Iran against ..." stay threats)."""
    kids = view.children[i]
    if any(view.dep[c] in ("dobj", "dative", "ccomp", "xcomp") for c in kids):
        return False
    nouns = [
        g
        for c in kids
        if view.dep[c] == "prep" and view.lower[c] == "against"
        for g in view.children[c]
        if view.dep[g] == "pobj"
    ]
    return bool(nouns) and all(
        view.pos[g] == "NOUN"
        and not view.ent_type[g]
        and not _is_person(g, lex, view)
        and not lex.agents.get(view.lemma_lower[g])
        and match_nominal(g, lex, view) is None
        for g in nouns
    )


# Verbs of feeling whose object feels ("the decision dismayed Turkey", "the family were
# dismayed by his remarks", "was disappointed by"): they tell a state, not an act of
# disapproval, and their subject (or passive agent) is its cause, not a critic. Verbs whose
# subject feels and says so ("regretted", "lamented", "deplored") stay disapproval.
_FEELING = frozenset({"dismay", "disappoint", "anger", "outrage", "shock", "appal", "appall"})
# The CAMEO verb block of fighting ("fight", "battle", "combat").
_FIGHTING = "PHYSICAL_CONFLICT"
# Questioning a person is investigating (CAMEO 090), questioning a claim is not.
_INTERROGATE = frozenset({"question", "interrogate"})


# Verbs that, with an object and an infinitive ("called the parties to return to talks",
# "invited Oslo to mediate"), appeal to the object to act: CAMEO 02, whatever their other senses.
APPEALING = frozenset(
    {
        "call",
        "invite",
        "encourage",
        "press",
        "implore",
        "exhort",
        "beg",
        "appeal",
        "push",
        "pressure",  # "pressured Iran to halt enrichment": a demand, not coercion
        "pressurise",
        "pressurize",
        "want",  # "we want Trump to strike": an appeal to him (not "want to strike")
        "tell",  # "told the rebels to leave": a demand (not "told reporters that")
    }
)


# Verbs that ask a question as well as make a request.
_QUESTIONING = frozenset({"ask", "inquire", "enquire", "query", "question"})
_WH = frozenset({"why", "whether", "what", "how", "who", "whom", "when", "where", "which", "if"})


def _asks_a_question(i: int, view: DocView) -> bool:
    """Verb ``i`` takes an indirect question ("asked why ...", "asked whether ...") and no
    infinitive ("asked them to leave" is a request)."""
    dep, low, kids = view.dep, view.lower, view.children[i]
    if any(dep[c] == "xcomp" for c in kids):
        return False
    return any(dep[c] == "ccomp" and any(low[t] in _WH for t in view.subtree(c)[:2]) for c in kids)


def _past_wish(i: int, view: DocView) -> bool:
    """ "Chad wanted the rebels to win": a wish told in the past, no appeal made."""
    return view.lemma_lower[i] in _WISHING and view.tag[i] in ("VBD", "VBN")


_WISHING = frozenset({"want"})


def _object_control(i: int, view: DocView) -> bool:
    """Verb ``i`` has a party as object and a "to" infinitive: "pressed X to resign" (or the
    parser's reading of it, an infinitive with its own subject: "want Trump to strike")."""
    dep, kids = view.dep, view.children[i]
    if any(to_clause_subject(c, view) is not None for c in kids):
        return True
    if not any(dep[c] == "dobj" for c in kids):
        return False
    return any(
        dep[c] == "xcomp"
        and any(dep[g] == "aux" and view.lower[g] == "to" for g in view.children[c])
        for c in kids
    )


def to_clause_subject(c: int, view: DocView) -> int | None:
    """The subject of ``c`` when ``c`` is a "to" infinitive clause with its own subject, the
    parser's reading of "want Trump to strike" (Trump: subject of "strike"), else None."""
    dep, kids = view.dep, view.children[c]
    if dep[c] not in ("ccomp", "xcomp") or not any(
        dep[g] == "aux" and view.lower[g] == "to" for g in kids
    ):
        return None
    return next((g for g in kids if dep[g] == "nsubj" and g < c), None)


def _carried_nominal(i: int, lex: EventLexicon, view: DocView) -> tuple[int, Nominal] | None:
    for c in view.children[i]:
        if view.dep[c] in ("dobj", "nsubjpass", "attr", "obj"):
            nom = match_nominal(c, lex, view)
            if nom is not None:
                return c, nom
            counted = _counted_acts(c, view) or _misread_direction(c, view)
            nom = match_nominal(counted, lex, view) if counted is not None else None
            if counted is not None and nom is not None:
                return counted, nom
    return None


_DIRECTIONS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
)


def _misread_direction(obj: int, view: DocView) -> int | None:
    """The noun the parser read as an adjective before a compass direction it took for the
    light verb's object: "carrying out an offensive south of the city" ("offensive" an amod
    of "south"). The word right before the direction, which a determiner opens ("an
    offensive"), else None; ``match_nominal`` decides whether it is an act."""
    if view.lemma_lower[obj] not in _DIRECTIONS or obj < 2:
        return None
    adj = obj - 1
    if view.dep[adj] != "amod" or view.head[adj] != obj or view.pos[adj - 1] != "DET":
        return None
    if not any(view.dep[c] == "prep" and view.lower[c] == "of" for c in view.children[obj]):
        return None
    return adj


# Heads that count the acts a light verb carries (branch evatk10): "carried out a series of air
# strikes", "launched a wave of raids", "conducted a total of 18 airstrikes".
_COUNTED_ACTS = _PORTION | frozenset({"total", "wave", "round", "spate", "salvo", "volley"})


def _counted_acts(obj: int, view: DocView) -> int | None:
    """The noun after the "of" of a counting head (``_COUNTED_ACTS``) that is a light verb's
    object, else None."""
    if view.lemma_lower[obj] not in _COUNTED_ACTS:
        return None
    for c in view.children[obj]:
        if view.dep[c] == "prep" and view.lower[c] == "of":
            return next((g for g in view.children[c] if view.dep[g] == "pobj"), None)
    return None


def _goes_to_place(i: int, view: DocView) -> bool:
    dep, ent = view.dep, view.ent_type
    for c in view.children[i]:
        if (
            dep[c] == "prep"
            and view.lower[c] in ("to", "into")
            and any(ent[g] in ("GPE", "LOC", "FAC") for g in view.subtree(c))
        ):
            return True
        if dep[c] == "dobj" and ent[c] in ("GPE", "LOC", "FAC"):
            return True
    return False


# ---- verb senses fixed by the verb's object (newsgraph; CAMEO's verb dictionary codes the
# verb alone, or by patterns that miss these ordinary news phrasings)

# Asking for something ("asked Portugal for military aid"): a request for what is asked for.
_ASKING_FOR = _ASKING | {"appeal", "apply", "press", "plead", "beg"}
# Stopping what one gave or did: aid (CAMEO 162), talks (164), mediation (165), cooperation
# (160) are SANCTION; an attack stopped is a de-escalation (087), a siege lifted 0872.
_HALTING = frozenset(
    {
        "halt",
        "stop",
        "suspend",
        "freeze",
        "cut",
        "end",
        "withhold",
        "terminate",
        "reduce",
        "curtail",
        "discontinue",
        "break",
        "prohibit",
        "ban",
    }
)
_HALTED: dict[str, str] = {"AID": "162", "COOPERATE": "160", "ASSAULT": "087"}
_HALTED_AID = {"072": "1622", "073": "1623"}
# Easing a restriction: sanctions and embargoes (CAMEO 085, RETREAT), restrictions and bans
# (081, CONCEDE), a curfew (0813), a state of emergency or martial law (0814), a blockade or
# siege (0872).
_EASING = frozenset(
    {
        "lift",
        "ease",
        "relax",
        "remove",
        "scrap",
        "revoke",
        "loosen",
        "drop",
        "end",
        "suspend",
        "rescind",
        "waive",
        "repeal",
        "cancel",
    }
)
# Building up forces is mobilising them (CAMEO 154).
_BUILDING_UP = frozenset(
    {"strengthen", "reinforce", "boost", "increase", "expand", "bolster", "beef", "build", "double"}
)
_FORCE_NOUNS = frozenset({"force", "presence", "troop", "troops", "garrison", "deployment"})
# Preventing or banning a protest is a restriction on dissent (CAMEO 172, COERCE).
_SUPPRESSING = frozenset({"prevent", "ban", "prohibit", "forbid", "outlaw", "block", "suppress"})
_MEASURES = frozenset({"measure", "rule", "regulation", "law", "order", "decree"})
# Yielding to what another party asks for (CAMEO 083, CONCEDE).
_YIELDING_TO = frozenset(
    {"concede", "yield", "accede", "bow", "submit", "cave", "succumb", "agree"}
)
_RESTRICTIONS: dict[str, str] = {
    "sanction": "085",
    "embargo": "085",
    "restriction": "081",
    "ban": "081",
    "curfew": "0813",
    "emergency": "0814",
    "blockade": "0872",
    "siege": "0872",
}
# Who is expelled as a diplomatic act (PLOVER SANCTION `expel'), not deported (COERCE).
_ENVOYS = frozenset(
    {
        "diplomat",
        "ambassador",
        "envoy",
        "consul",
        "attache",
        "attaché",
        "inspector",
        "observer",
        "monitor",
        "peacekeeper",
        "mission",
        "delegation",
    }
)
# Consenting verbs: negated, a refusal ("will not accept more refugees", "could not accept
# the terms", "will not allow the planes to land"): PLOVER REJECT.
CONSENTING = frozenset({"accept", "allow", "permit", "approve", "agree", "comply", "recognise"})
# What a refusal refuses that is no interaction: "declined to comment", "refused to say".
_NO_REFUSAL = frozenset(
    {
        "comment",
        "say",
        "speak",
        "talk",
        "discuss",
        "confirm",
        "deny",
        "elaborate",
        "answer",
        "give",
        "reveal",
        "disclose",
        "name",
        "identify",
        "specify",
        "be",
        "go",
        "detail",
        "respond",
        "reply",
        "explain",
        "believe",
    }
)


# Nouns that name an undertaking by what it does ("mediation efforts", "the aid programme").
_UNDERTAKINGS = frozenset({"effort", "process", "programme", "program", "mission", "operation"})
# Selling or shipping arms to a party is military aid in PLOVER (CAMEO 2.0 codes sales 062).
_SELLING = frozenset({"sell", "export", "ship", "transfer"})
# Receiving monitors is allowing international involvement (CAMEO 086, RETREAT access).
_HOSTING = frozenset({"receive", "admit", "accept"})
_MONITORS = frozenset({"inspector", "observer", "monitor", "peacekeeper"})
# Ways whose blocking obstructs passage (CAMEO 144, PROTEST obstruct), unless the blocking
# party is a force of the state (then it is a restriction, CAMEO 17).
_WAYS = frozenset(
    {"road", "street", "highway", "motorway", "bridge", "railway", "traffic", "junction"}
)
_FORCES = frozenset({"MIL", "COP", "GOV", "SPY", "REB"})


def _subject_role(i: int, lex: EventLexicon, view: DocView) -> str | None:
    """The sector of verb ``i``'s subject as a role noun ("troops", "protesters"), if any."""
    subj = next((c for c in view.children[i] if view.dep[c] == "nsubj"), None)
    if subj is None:
        return None
    lemma = view.lemma_lower[subj]
    return lex.agents.get(lemma) or lex.agents.get(lemma.rstrip("s"))


def _force_subject(i: int, lex: EventLexicon, view: DocView) -> bool:
    """Verb ``i``'s subject is a polity or a force: a named state, group or organisation, or a
    role of the military, police, government, intelligence or rebels ("troops", "rebels")."""
    if _subject_role(i, lex, view) in _FORCES | _COMBATANTS:
        return True
    return any(
        view.dep[c] == "nsubj" and view.ent_type[c] in ("GPE", "NORP", "ORG")
        for c in view.children[i]
    )


def _own(n: int, view: DocView) -> bool:
    """Noun ``n`` is the subject's own: "its offensive", "their attacks"."""
    return any(
        view.dep[c] == "poss" and view.lower[c] in ("its", "their", "his", "her", "our", "my")
        for c in view.children[n]
    )


def _object_nominal(obj: int, lex: EventLexicon, view: DocView) -> tuple[int, Nominal | None]:
    """The nominal trigger an object names, itself or, for an undertaking, its modifier:
    "aid" in "halted aid", "mediation" in "ended mediation efforts"."""
    nom = match_nominal(obj, lex, view)
    if nom is None and view.lemma_lower[obj] in _UNDERTAKINGS:
        for c in view.children[obj]:
            if view.dep[c] == "compound":
                sub = match_nominal(c, lex, view)
                if sub is not None:
                    return c, sub
    return obj, nom


def _monitors(obj: int, view: DocView) -> bool:
    """ "inspectors", "a mission of observers", "UN monitors"."""
    if view.lemma_lower[obj] in _MONITORS:
        return True
    return view.lemma_lower[obj] in ("mission", "team", "delegation") and any(
        view.lemma_lower[g] in _MONITORS
        for c in view.children[obj]
        if view.dep[c] == "prep" and view.lower[c] == "of"
        for g in view.children[c]
    )


_PARTNER_PREPS = frozenset({"to", "with", "between", "against", "on", "from", "for"})


def _has_partner(i: int, view: DocView) -> bool:
    """Verb ``i`` names another party or thing it acts on: an object, a dative, or a
    prepositional partner ("mediate between X and Y", "retaliate against Israel")."""
    return any(
        view.dep[c] in ("dobj", "dative")
        or (view.dep[c] == "prep" and view.lower[c] in _PARTNER_PREPS)
        for c in view.children[i]
    )


def _object_of(i: int, view: DocView) -> int | None:
    """Verb ``i``'s direct object, or its passive subject."""
    return next((c for c in view.children[i] if view.dep[c] in ("dobj", "nsubjpass")), None)


def _is_person(c: int, lex: EventLexicon, view: DocView) -> bool:
    lemma = view.lemma_lower[c]
    return (
        view.ent_type[c] == "PERSON"
        or lemma in _CAPTIVES
        or (bool(lex.agents.get(lemma)) and view.ent_type[c] not in ("GPE", "ORG", "NORP"))
    )


def _counts_people(c: int, lex: EventLexicon, view: DocView) -> bool:
    """A bare number of people ("executed 128", "128 of them") or a pronoun for people."""
    if view.lower[c] in ("him", "her", "them", "they", "he", "she"):
        return True
    if view.pos[c] != "NUM" and view.ent_type[c] != "CARDINAL":
        return False
    of = [g for g in view.children[c] if view.dep[g] == "prep" and view.lower[g] == "of"]
    objs = [g for p in of for g in view.children[p] if view.dep[g] == "pobj"]
    return all(_is_person(g, lex, view) or view.lower[g] == "them" for g in objs)


def _a_thing(c: int, lex: EventLexicon, view: DocView) -> bool:
    """A thing that can be killed only as a metaphor: a law or a bill, a record
    (``guards.RECORD_NOUNS``: "the report", "the story") or an act the lexicon knows as a
    nominal ("the talks", "the deal"); never a person, a party or a number of people."""
    if view.pos[c] != "NOUN" or view.ent_type[c] or _is_person(c, lex, view):
        return False
    lemma = view.lemma_lower[c]
    return lemma in _LAWS or lemma in RECORD_NOUNS or match_nominal(c, lex, view) is not None


# Verbs of driving a side back ("pushed back the rebels", "beat back the attack").
_DRIVING_BACK = frozenset({"push", "drive", "beat", "force", "roll", "throw"})
_REFLEXIVES = frozenset(
    {"himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself", "oneself"}
)
# Verbs that set their subject apart from a position or a party with "from"/"with" and no
# object: "broke from his party's line", "broke with the administration", "split from".
_PARTING = frozenset({"break", "split", "part", "depart", "diverge", "differ"})
# Of those, the verbs whose "on"/"over" phrase is the matter of the difference ("differed on
# defense", "split over the budget"): positions that differ, no act on a party.
_DIFFERING = frozenset({"split", "diverge", "differ"})
# A movement across a place, no object: "swept across the north", "swept through the region".
_ACROSS = frozenset({"across", "through", "over", "into"})
# A meeting that is ended when it is over ("ended a news conference"): no talks halted.
_SESSIONS = frozenset({"conference", "briefing", "meeting", "session", "summit", "visit"})


def _apart_from(i: int, obj: int | None, view: DocView) -> bool:
    """The subject sets itself apart (a position taken, no act on a party): a reflexive object
    with a "from" phrase ("distanced himself from the bill", "freed itself from the pact"), or a
    verb of parting with "from"/"with" and no object ("broke from his own administration's
    stand", "split with the party")."""
    preps = {view.lower[c] for c in view.children[i] if view.dep[c] == "prep"}
    if obj is not None and view.lower[obj] in _REFLEXIVES:
        return "from" in preps
    if obj is None and view.lemma_lower[i] in _PARTING:
        parts = {view.lower[c] for c in view.children[i] if view.dep[c] in ("prt", "advmod")}
        apart = {"from", "with"} | ({"on", "over"} if view.lemma_lower[i] in _DIFFERING else set())
        return bool(preps & apart) and not parts & {"out", "into", "through", "up"}
    return False


def _a_force(c: int, lex: EventLexicon, view: DocView) -> bool:
    """An armed side or its attack: "the rebels", "government forces", "an offensive"."""
    if lex.agents.get(view.lemma_lower[c]) in _COMBATANTS | _FORCES:
        return True
    if view.lemma_lower[c] in ("force", "troop", "troops"):
        return True
    nom = match_nominal(c, lex, view)
    return nom is not None and nom.code.type == "ASSAULT"


def _verb_sense(
    i: int, lex: EventLexicon, places: frozenset[int], view: DocView
) -> tuple[str, PloverCode | None, int | None, int] | None:
    """The CAMEO code (and PLOVER code, the carried noun and its length in words) of a verb
    whose sense its object fixes, or None to code it the usual way."""
    dep, low, lemma = view.dep, view.lower, view.lemma_lower[i]
    kids = view.children[i]
    if lemma in _ASKING_FOR:  # "asked Portugal for military aid": a request for aid (023)
        for c in kids:
            if dep[c] == "prep" and low[c] == "for":
                for n in (g for g in view.children[c] if dep[g] == "pobj"):
                    nom = match_nominal(n, lex, view)
                    if nom is not None and nom.code.type in _REQUEST_FOR:
                        return _REQUEST_FOR[nom.code.type], None, n, len(nom.words)
                    if lemma == "ask" and nom is None and view.pos[n] == "NOUN":
                        # "asked Russia for guarantees", "asked for visas": a thing asked for is
                        # a request (CAMEO 020), no consultation
                        return "020", None, None, 0
    if lemma in _YIELDING_TO:  # "conceded to demands from UNITA": accede to demands (083)
        for c in kids:
            if dep[c] == "prep" and low[c] == "to":
                for n in (g for g in view.children[c] if dep[g] == "pobj"):
                    nom = match_nominal(n, lex, view)
                    if nom is not None and nom.code.type == "REQUEST":
                        return "083", None, n, len(nom.words)
    obj = _object_of(i, view)
    if lemma == "negotiate" and any(dep[c] == "prep" and low[c] == "with" for c in kids):
        return "046", None, None, 0  # "negotiated with the rebels": CAMEO 046, no support (050)
    if (
        lemma == "sweep"
        and obj is None
        and any(dep[c] == "prep" and low[c] in _ACROSS for c in kids)
    ):
        # "militants swept across the north": an armed sweep is an offensive (CAMEO's own
        # "sweep through villages" is 190); "a storm swept across the north": no event; never
        # a search (090)
        return ("190" if _force_subject(i, lex, view) else ""), None, None, 0
    if _apart_from(i, obj, view):
        return "", None, None, 0  # "distanced himself from the bill", "broke from his party"
    if any(dep[c] in ("prt", "advmod") and low[c] == "back" for c in kids) and (
        lemma in _DRIVING_BACK
    ):
        # "pushed back the rebels", "beat back an offensive": a fight (CAMEO 190), never a
        # request or coercion; "pushed back the deadline", "pushed back against the plan": no
        # interaction
        if obj is not None and _a_force(obj, lex, view):
            return "190", None, None, 0
        return "", None, None, 0
    if (
        obj is not None
        and lemma in _BUILDING_UP
        and view.lemma_lower[obj] in _FORCE_NOUNS
        and (
            view.lemma_lower[obj] != "presence"
            or any(view.lemma_lower[c] in ("military", "naval") for c in view.children[obj])
        )
    ):
        # "strengthened its forces in Lebanon", "increased its military presence": more troops
        # (CAMEO 154, MOBILIZE), not support or cooperation
        return "154", None, obj, 1
    if obj is not None and lemma in _CAPTURING and not _is_territory(obj, lemma, places, view):
        olemma = view.lemma_lower[obj]
        if lex.agents.get(olemma) in _COMBATANTS:
            return "181", None, None, 0  # "captured 30 rebel fighters": ASSAULT abduct
        if _is_person(obj, lex, view) or _counts_people(obj, lex, view):
            return "173", None, None, 0  # "police captured the suspect": an arrest
        if olemma not in _WAR_GOODS and not _force_subject(i, lex, view):
            return "", None, None, 0  # "captured the moment", "the fishermen captured a shark"
    if (
        obj is not None
        and lemma in _THROWING_OUT
        and any(dep[c] in ("prt", "prep") and low[c] == "out" for c in kids)
        and _is_person(obj, lex, view)
    ):
        return "174", None, None, 0  # "threw the reporter out of the room": expelled (COERCE)
    if obj is not None and lemma == "lay" and view.lemma_lower[obj] in _MINES:
        return "1833", None, None, 0  # "laid mines along the road": ASSAULT explosives
    if obj is not None and lemma in _CONCLUDING:
        nom = match_nominal(obj, lex, view)
        if nom is not None and nom.code.type == "AGREE":
            return "057", None, obj, len(nom.words)  # "struck a deal", "sealed an agreement"
    if obj is not None and lemma in _SUPPRESSING:
        nom = match_nominal(obj, lex, view)
        if nom is not None and nom.code.type == "PROTEST":
            # "police prevented the demonstration", "banned the rally": restricting dissent
            return "172", None, obj, len(nom.words)
    if obj is not None and lemma in _HALTING:
        obj, nom = _object_nominal(obj, lex, view)
        if nom is not None and not (
            len(nom.words) == 1 and nom.words[0] in _AIMED_ONLY and not _aimed(obj, view)
        ):  # "ended their strike": a labour strike, no attack
            k = len(nom.words)
            if nom.code.type == "AID":
                return _HALTED_AID.get(nom.cameo, "162"), None, obj, k
            if nom.code.type == "CONSULT" and lemma == "end" and view.lemma_lower[obj] in _SESSIONS:
                return "", None, None, 0  # "ended a news conference": it was held, nothing halted
            if nom.code.type == "CONSULT" and nom.code.mode is None and lemma != "break":
                # "suspended talks", "halted mediation": CAMEO 164/165, not a meeting
                return ("165" if nom.cameo == "045" else "164"), None, obj, k
            if nom.code.type == "ASSAULT" and not _own(obj, view):
                # "failed to stop the attacks": maybe someone else's attacks, no retreat
                return "", None, None, 0
            if nom.code.type in _HALTED and lemma != "break":
                return _HALTED[nom.code.type], None, obj, k
    if obj is not None and lemma in _EASING:
        word = view.lemma_lower[obj]
        if word == "state" and any(
            low[c] == "of" and any(low[g] == "emergency" for g in view.children[c])
            for c in view.children[obj]
        ):
            word = "emergency"  # "lifted the state of emergency"
        if word == "law" and any(low[c] == "martial" for c in view.children[obj]):
            word = "emergency"
        if word in _MEASURES:  # "eased emergency measures", "lifted the curfew rules"
            word = next(
                (
                    view.lemma_lower[c]
                    for c in view.children[obj]
                    if dep[c] in ("amod", "compound") and view.lemma_lower[c] in _RESTRICTIONS
                ),
                word,
            )
        if word in _RESTRICTIONS:
            return _RESTRICTIONS[word], None, obj, 1
    if obj is not None and lemma in _SELLING:
        nom = match_nominal(obj, lex, view)
        if nom is not None and nom.code.type == "AID" and nom.code.context == "military":
            # "sells him arms": PLOVER AID, "military assistance including arms"
            return "072", None, obj, len(nom.words)
    if obj is not None and lemma in _HOSTING and _monitors(obj, view):
        return "086", None, None, 0  # "received a mission of observers": access allowed
    if obj is not None and lemma == "block" and view.lemma_lower[obj] in _WAYS:
        if _subject_role(i, lex, view) not in _FORCES:
            return "144", None, None, 0  # "protesters blocked roads": obstruction, a protest
        return "191", None, None, 0  # "government forces blocked the road": restricted movement
    if lemma == "execute":
        # "executed 20 prisoners", "two men were executed": killing people (CAMEO 1823, PLOVER
        # ASSAULT); "executed the plan / an order / a contract": no event
        if obj is not None and (_is_person(obj, lex, view) or _counts_people(obj, lex, view)):
            return "1823", None, None, 0
        return "", None, None, 0
    if obj is not None and lemma == "kill" and _a_thing(obj, lex, view):
        return "", None, None, 0  # "the Senate killed the bill": a metaphor, no attack
    if obj is not None and lemma in ("release", "free") and _is_person(obj, lex, view):
        return "0841", None, None, 0  # "released the correspondent": a person set free
    if obj is not None and lemma == "expel":
        if view.lemma_lower[obj] in _ENVOYS:
            return "166", None, None, 0  # "expelled two diplomats": PLOVER SANCTION expel
        if view.ent_type[obj] in ("GPE", "ORG", "NORP") and view.ent_type[obj] != "PERSON":
            return "166", None, None, 0  # "expelled Syria from the League"
        if view.lower[obj] == "it":
            return "166", None, None, 0  # "after expelling it": a state or a body, no person
    if lemma == "vote" and any(
        dep[c] == "prep"
        and low[c] == "against"
        and any(dep[g] == "pobj" and view.lemma_lower[g] in _PROPOSALS for g in view.children[c])
        for c in kids
    ):
        return "120", None, None, 0  # "voted against the crime bill": a proposal rejected
    if obj is not None and lemma == "investigate" and view.lemma_lower[obj] in _QUANTITIES:
        return "", None, None, 0  # "investigating the number of casualties": a count
    if lemma == "lecture" and obj is None:
        return "", None, None, 0  # "lectured on human rights": a talk, nobody reproached
    if lemma in _WARNING and _warns_of_nothing(i, lex, view):
        return "", None, None, 0  # "warned against excessive optimism": advice, no threat
    if obj is not None and lemma == "raise" and view.lemma_lower[obj] in _WORRIES:
        return "", None, None, 0  # "raised concerns about the residents": worry voiced
    if obj is not None and lemma == "breach":
        nom = match_nominal(obj, lex, view)
        if nom is not None and nom.code.type in _BREACHED_FORCE:
            return "", None, None, 0  # "breached the siege": a breakthrough, no norm broken
    if lemma in CONSENTING and any(dep[c] == "neg" for c in kids):
        return "120", None, None, 0  # "will not accept more refugees": a refusal
    if lemma in _REFUSING_VERBS:
        for c in kids:
            if dep[c] == "xcomp" and view.pos[c] == "VERB":
                if view.lemma_lower[c] in _NO_REFUSAL:
                    return "", None, None, 0  # "declined to comment": no interaction
                if view.lemma_lower[c] in CONSENTING or (
                    _verb_trigger(view.doc[c], lex, places, view) is None
                ):
                    # "refused to commit troops", "refused to allow the planes to land"
                    return "120", None, None, 0
    return None


# Verbs of refusing: what they govern, refused, is PLOVER REJECT (the stage recodes a refused
# event; a refused act that is no event of its own makes the refusal the event).
_REFUSING_VERBS = frozenset({"refuse", "decline"})


# ---- what a neutral verb of saying makes of its complement

# Verbs of saying that state what another party must do ("said Israel must withdraw"): a
# demand (CAMEO 10) or, with "should", an appeal (CAMEO 02); both PLOVER REQUEST to that party.
# Narrower than the lexicon's speech verbs (``lex.speech_verbs``), which also hold verbs of
# opinion and of other acts ("believe", "think", "accuse", "deny", "agree").
_STATING = frozenset(
    {
        "say",
        "tell",
        "declare",
        "state",
        "insist",
        "stress",
        "announce",
        "add",
        "reiterate",
        "emphasise",
        "emphasize",
        "conclude",
        "argue",
    }
)
_OBLIGING = {"must": "100", "should": "020"}
# Verbs of saying that report an allegation when what they report is help given to a party
# named as illegitimate ("said Washington had armed the terrorists"): ACCUSE (CAMEO 112).
_CLAIMING = _STATING | {"claim", "charge", "assert", "maintain", "write"}
_HELPING = frozenset({"AID", "SUPPORT", "COOPERATE"})
_OUTLAWS = frozenset(
    {
        "terrorist",
        "terrorism",
        "extremist",
        "jihadist",
        "jihadi",
        "mercenary",
        "criminal",
        "gang",
        "smuggler",
        "trafficker",
    }
)


def _party_subject(s: int, view: DocView, lex: EventLexicon) -> bool:
    """A clause subject that names a party, not a pronoun, an expletive or a thing."""
    if view.pos[s] == "PRON" or view.lower[s] in ("there", "this", "that"):
        return False
    return (
        view.ent_type[s] in ("GPE", "ORG", "NORP", "PERSON")
        or view.pos[s] == "PROPN"
        or bool(lex.agents.get(view.lemma_lower[s]))
    )


def _said_acts(
    triggers: list[Trigger], sent: Span, lex: EventLexicon, view: DocView
) -> list[Trigger]:
    """Recode what a neutral verb of saying reports, where the saying is the event:

    - "X said (that) Y must/should V": X demands of (appeals to) Y, PLOVER REQUEST; what is
      demanded is no event of its own (the realnews rule for "the act someone is asked to do");
    - "X said Y had armed/backed the terrorists": help given to a party the speaker names as
      illegitimate is X's allegation against Y, ACCUSE; the help is not coded in X's voice.

    Only for a speaker that is not the complement's subject ("Syria said it must defend
    itself" is no demand)."""
    dep, low, kids = view.dep, view.lower, view.children
    by_tok = {t.token.i: t for t in triggers}
    drop: set[int] = set()
    extra: list[Trigger] = []
    for i in range(sent.start, sent.end):
        if view.pos[i] != "VERB" or view.lemma_lower[i] not in _CLAIMING:
            continue
        if i in by_tok and (by_tok[i].code or lex.to_plover(by_tok[i].cameo)) is not None:
            continue  # the verb is an event of its own ("announced a ceasefire")
        speaker = next((c for c in kids[i] if dep[c] == "nsubj"), None)
        if speaker is None:
            continue
        for c in kids[i]:
            if dep[c] != "ccomp" or view.pos[c] not in ("VERB", "AUX"):
                continue
            subj = next((g for g in kids[c] if dep[g] in ("nsubj", "nsubjpass")), None)
            if subj is None or not _party_subject(subj, view, lex):
                continue
            ready = any(  # "the US must be ready to mediate": an act demanded after all
                dep[g] == "acomp" and any(dep[h] == "xcomp" for h in kids[g]) for g in kids[c]
            )
            if (view.lemma_lower[c] == "be" and not ready) or any(
                dep[g] == "auxpass" for g in kids[c]
            ):
                # "Australia should be concerned", "perpetrators must be held accountable":
                # a view or a wish about a party, not an act demanded of it
                continue
            if view.lemma_lower[subj] == view.lemma_lower[speaker]:
                continue
            inner = set(view.subtree(c))
            modal = next((low[g] for g in kids[c] if dep[g] == "aux" and low[g] in _OBLIGING), None)
            cameo = None
            if modal is not None and view.lemma_lower[i] in _STATING:
                cameo = _OBLIGING[modal]
            elif c in by_tok and _helps_outlaws(by_tok[c], lex, view):
                cameo = "112"
            if cameo is None:
                continue
            span = (view.idx[i], view.end[i])
            extra.append(Trigger(view.doc[i], *span, view.words[i], cameo, None, "pattern"))
            drop |= {t.token.i for t in triggers if t.token.i in inner or t.token.i == i}
            break
    if not extra:
        return triggers
    kept = [t for t in triggers if t.token.i not in drop]
    return sorted(kept + extra, key=lambda t: t.start)


def _helps_outlaws(t: Trigger, lex: EventLexicon, view: DocView) -> bool:
    """Trigger ``t`` gives help (AID, SUPPORT, COOPERATE) to a party named by an outlaw word
    ("armed the terrorists", "supported extremist groups")."""
    code = t.code or lex.to_plover(t.cameo)
    if code is None or code.type not in _HELPING:
        return False
    i = t.token.i
    objs = [c for c in view.children[i] if view.dep[c] in ("dobj", "dative")]
    for c in view.children[i]:
        if view.dep[c] == "prep" and view.lower[c] in ("to", "with", "for"):
            objs.extend(g for g in view.children[c] if view.dep[g] == "pobj")
    if t.noun is not None:
        objs.extend(
            g
            for c in view.children[t.noun.i]
            if view.dep[c] == "prep" and view.lower[c] in ("to", "for")
            for g in view.children[c]
            if view.dep[g] == "pobj"
        )
    return any(view.lemma_lower[w] in _OUTLAWS for o in objs for w in view.subtree(o) if w <= o)


# ---- "issued a statement condemning X": the act is the issuing party's

# Documents that say something on their issuer's behalf.
_DOCUMENTS = frozenset(
    {
        "statement",
        "declaration",
        "communique",
        "communiqué",
        "letter",
        "resolution",
        "petition",
        "note",
        "message",
        "memorandum",
    }
)
_ISSUING = frozenset({"issue", "publish", "release", "send", "sign", "adopt", "pass", "deliver"})
# What a document can do for its issuer: speak (appeal, accuse, reject, support, threaten,
# agree), not act.
_VERBAL = frozenset({"REQUEST", "ACCUSE", "REJECT", "SUPPORT", "THREATEN", "AGREE"})


def _sent_with_its_content(
    i: int, lex: EventLexicon, places: frozenset[int], view: DocView
) -> bool:
    """Verb ``i`` issues a document and a participle hung on the verb past it says what the
    document does ("sent a letter on Monday urging the president to veto the bill"): the
    participle's act (with its own parties) is the event, the sending no meeting of its own."""
    if view.lemma_lower[i] not in _ISSUING:
        return False
    dep, kids = view.dep, view.children[i]
    docs = [n for n in kids if dep[n] == "dobj" and view.lemma_lower[n] in _DOCUMENTS]
    if not docs:
        return False
    for p in kids:
        if p > docs[0] and dep[p] == "advcl" and view.tag[p] == "VBG":
            inner = _verb_trigger(view.doc[p], lex, places, view)
            code = None if inner is None else inner.code or lex.to_plover(inner.cameo)
            if code is not None and code.type in _VERBAL:
                return True
    return False


def _document_act(
    i: int, lex: EventLexicon, places: frozenset[int], view: DocView
) -> Trigger | None:
    """Verb ``i`` issues a document whose participle says what it does ("issued a statement
    condemning the strikes", "published a declaration demanding reforms"): the verbal act is
    the issuer's, coded on the issuing verb with the document as its carried noun (the
    participle inside the noun phrase is no event of its own)."""
    if view.lemma_lower[i] not in _ISSUING:
        return None
    dep = view.dep
    for n in view.children[i]:
        if dep[n] not in ("dobj", "nsubjpass") or view.lemma_lower[n] not in _DOCUMENTS:
            continue
        for p in view.children[n]:
            if dep[p] != "acl" or view.tag[p] != "VBG":
                continue
            inner = _verb_trigger(view.doc[p], lex, places, view)
            if inner is None:
                continue
            code = inner.code or lex.to_plover(inner.cameo)
            if code is None or code.type not in _VERBAL:
                continue
            text = f"{view.words[i]} {view.span_text(n, p + 1)}"
            tok = view.doc[i]
            return Trigger(
                tok, view.idx[i], view.end[i], text, inner.cameo, inner.code, "light", view.doc[n]
            )
        for p in view.children[n]:
            if dep[p] != "prep" or view.lower[p] != "of":
                continue
            for g in view.children[p]:
                nom = match_nominal(g, lex, view) if dep[g] == "pobj" else None
                if nom is not None and nom.code.type in _PROTESTED:
                    # "sent letters of protest to the minister": a formal complaint (CAMEO
                    # 114, ACCUSE), no meeting and no demonstration
                    text = f"{view.words[i]} {view.span_text(n, g + 1)}"
                    return Trigger(
                        view.doc[i],
                        view.idx[i],
                        view.end[i],
                        text,
                        "114",
                        None,
                        "light",
                        view.doc[n],
                    )
    return None


_PROTESTED = frozenset({"PROTEST", "ACCUSE"})
