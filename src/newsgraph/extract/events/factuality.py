"""How the text presents an event: negated, hypothetical or conditional, future or intended,
historical background, or reported speech (with the speaker)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.tokens import Token

from newsgraph.calendar import date_range
from newsgraph.extract.docview import DocView

_MODAL_HYPO = frozenset({"would", "could", "might", "may", "should", "can", "must", "ought"})
_MODAL_FUT = frozenset({"will", "shall", "'ll", "wo"})
_COND_MARKS = frozenset({"if", "unless", "whether"})
_HYPO_WORDS = frozenset(
    {
        "potential",
        "possible",
        "possibly",
        "hypothetical",
        "likely",
        "consider",
        "considering",
        "imagine",
        "imagining",
        "unlikely",
    }
)
# Verbs of seeming: "appeared to agree", "seems to back" is an impression, not an act.
_SEEM = frozenset({"seem", "appear"})
# Verbs of wishing: what they govern is wanted, not done (nor promised).
_DESIRE = frozenset({"want", "hope", "wish", "expect", "prefer", "like", "dream"})
_NEG_WORDS = frozenset({"not", "n't", "never", "no", "without", "nor"})
_NEG_VERBS = frozenset({"fail", "refuse", "deny", "decline", "avoid", "stop", "halt"})
# Verbs whose content clause is told as not so: "denied that its forces used chemical weapons".
_DENY = frozenset({"deny"})
_FUT_WORDS = frozenset(
    {"future", "planned", "proposed", "upcoming", "new", "imminent", "impending", "looming"}
)
# Adjectives of readiness or intent: what they govern is offered or intended, not done ("is
# ready to help", "willing to negotiate", "prepared to withdraw", "determined to retake").
_READY = frozenset(
    {"ready", "willing", "prepared", "eager", "keen", "determined", "poised", "poise"}
)
# Prepositions whose gerund tells what was done before the clause's act ("after expelling it").
_BEFORE = frozenset({"after", "since"})
_UNREADY = frozenset({"unwilling", "unready", "reluctant", "loath", "loth", "unable"})
# Adjectives of ease or difficulty: "difficult for Trump to attack them", "hard to condemn" tell
# how an act would be, not that it was.
_EASE = frozenset({"difficult", "hard", "easy", "impossible", "tough"})
_IRREALIS = frozenset({"xcomp", "advcl", "acl", "ccomp", "relcl", "oprd"})
# Verbs of obligation in the present: "has to condemn", "need to attack" is owed, not done ("had
# to flee", in the past, usually tells that it was done).
_DEONTIC = frozenset({"have", "need"})
_PRESENT = frozenset({"VBZ", "VBP", "VB"})
# Verbs of attempt: "attempted to seize the town" reports the attempt, an act that happened;
# they are intent verbs only in that they govern an infinitive.
_ATTEMPT = frozenset({"attempt", "try"})
_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
_HIST_WORDS = frozenset({"historically", "formerly", "once", "previously"})
# "When X sells such arms, he must ...", "whenever the rebels attack, the army shells ...":
# a "when" clause in the present tells what happens each time (or will), not what happened.
_WHEN = frozenset({"when", "whenever"})


# "until Annan visits Baghdad", "before the envoy arrives", "once the troops withdraw": a
# time clause in the present tense tells what is to come.
_TIME_MARKS = frozenset({"until", "till", "before", "once"})


def _time_clause_to_come(verb: int, v: DocView) -> bool:
    """Whether ``verb`` heads a present-tense clause of "until", "before" or "once"."""
    return (
        v.dep[verb] == "advcl"
        and v.tag[verb] in ("VBZ", "VBP")
        and any(v.dep[g] == "mark" and v.lower[g] in _TIME_MARKS for g in v.children[verb])
    )


def _generic_when(verb: int, v: DocView) -> bool:
    """Whether ``verb`` is a present-tense clause of "when"/"whenever", or the present-tense
    head of one."""
    if v.tag[verb] not in ("VBZ", "VBP"):
        return False

    def when_clause(c: int) -> bool:
        return v.tag[c] in ("VBZ", "VBP") and any(
            v.dep[g] in ("advmod", "mark") and v.lower[g] in _WHEN for g in v.children[c]
        )

    if v.dep[verb] == "advcl" and when_clause(verb):
        return True
    return any(v.dep[c] == "advcl" and when_clause(c) for c in v.children[verb])


def _eased(cur: int, head: int, v: DocView) -> bool:
    """Whether the infinitive ``cur`` is governed by an adjective of ease or difficulty, on
    its own ("make it difficult for X to attack") or as its verb's complement ("it is hard
    for the rebels to attack")."""
    if not any(v.dep[c] == "aux" and v.lower[c] == "to" for c in v.children[cur]):
        return False
    adjs = [head] if v.pos[head] == "ADJ" else []
    adjs += [c for c in v.children[head] if v.dep[c] == "acomp" and v.pos[c] == "ADJ"]
    return any(v.lemma_lower[a] in _EASE for a in adjs)


def _denied(cur: int, d: str, head: int, v: DocView) -> bool:
    """Whether clause ``cur`` (its dependency ``d`` on ``head``) is the finite content clause of
    a denial ("denied that its forces used ..."; "denied carrying out", an infinitive or a
    gerund, is read as a negated verb above)."""
    return (
        d == "ccomp"
        and v.lemma_lower[head] in _DENY
        and v.pos[head] == "VERB"
        and v.pos[cur] in ("VERB", "AUX")
        and any(v.dep[c] in ("nsubj", "nsubjpass") for c in v.children[cur])
    )


_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# Nouns whose clause is a content put forward, not told as so: "the suggestion that she is to
# blame", "the idea that Iran would attack".
_CONTENT_NOUNS = frozenset(
    {
        "suggestion",
        "idea",
        "notion",
        "claim",
        "rumor",
        "rumour",
        "speculation",
        "theory",
        "possibility",
        "prospect",
        "hypothesis",
        "assumption",
        "impression",
        "perception",
        "belief",
    }
)
# Conjunctions that carry a negation over to the next verb: "did not attack or arrest anyone".
_NEG_CC = frozenset({"or", "nor"})


def _shares_negation(t: int, v: DocView) -> bool:
    """A verb conjoined by "or"/"nor" to a negated verb, with no subject or auxiliary of its
    own, is negated with it ("had not admitted any role or implicated anyone else"); "and"
    may start a new act ("did not stop and attacked ...")."""
    if v.dep[t] != "conj" or v.pos[t] not in ("VERB", "AUX"):
        return False
    head = v.head[t]
    kids = v.children[t]
    if any(v.dep[c] in ("nsubj", "nsubjpass", "aux", "auxpass", "neg") for c in kids):
        return False
    hk = v.children[head]
    return any(v.dep[c] == "neg" for c in hk) and any(
        v.dep[c] == "cc" and v.lower[c] in _NEG_CC and c < t for c in hk
    )


def _going_to(go: int, inf: int, v: DocView) -> bool:
    """ "is going to attack": the present progressive of "go" with "to" and a bare verb, a
    future ("was going to spend", a future in the past, is left to the dating rules)."""
    return (
        v.tag[go] == "VBG"
        and v.tag[inf] == "VB"
        and any(
            v.dep[c] == "aux" and v.lemma_lower[c] == "be" and v.tag[c] in ("VBZ", "VBP")
            for c in v.children[go]
        )
        and any(v.dep[c] == "aux" and v.lower[c] == "to" for c in v.children[inf])
    )


def _phrase_verb(noun: int, v: DocView) -> int | None:
    """The verb whose prepositional phrase holds the noun ("open her up to attacks", "lead to
    talks"), through the preposition and a particle; None when the noun is no such object, or
    is one its clause takes as given, definite or possessed ("will step up its aid in its war on
    the rebels", "would respond to the attacks": they exist when this is said)."""
    if v.dep[noun] != "pobj" or any(
        v.dep[c] == "poss" or (v.dep[c] == "det" and v.lower[c] in _DEFINITE)
        for c in v.children[noun]
    ):
        return None
    cur = v.head[noun]
    for _ in range(3):
        if v.dep[cur] not in ("prep", "advmod", "prt"):
            return None
        cur = v.head[cur]
        if v.pos[cur] in ("VERB", "AUX"):
            return cur
    return None


def _supposed_subject(noun: int, v: DocView) -> bool:
    """An indefinite noun (no article, "a", "any") as the subject of a verb with a modal of
    supposition: "warned that air strikes against Iraq could harm relations" (a definite or
    possessed subject exists: "the strikes could harm relations"; "will" tells what an act
    that is under way or announced will bring: "a rapid withdrawal will leave them exposed")."""
    if v.dep[noun] != "nsubj" or v.pos[v.head[noun]] not in ("VERB", "AUX"):
        return False
    if any(
        v.dep[c] == "poss" or (v.dep[c] == "det" and v.lower[c] in _DEFINITE)
        for c in v.children[noun]
    ):
        return False
    return any(v.dep[c] == "aux" and v.lower[c] in _MODAL_HYPO for c in v.children[v.head[noun]])


@dataclass(frozen=True)
class Flags:
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    historical: bool = False
    reported: bool = False
    speech_verb: Token | None = None  # the verb (or "according to") that reports the event


def ancestors_in_clause(tok: int, v: DocView, limit: int = 6) -> list[int]:
    """``tok`` and the verbs above it, up to and including the first clause that embeds it."""
    chain = [tok]
    cur = tok
    for _ in range(limit):
        if v.head[cur] == cur:
            break
        if v.dep[cur] in ("ccomp", "parataxis") or v.dep[cur] == "ROOT":
            chain.append(v.head[cur])
            break
        cur = v.head[cur]
        chain.append(cur)
    return chain


# Tags of a finite verb: a clause of one has its own tense, and asks only with its own auxiliary.
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def yes_no_question(tok: int, v: DocView) -> bool:
    """Whether ``tok``'s clause is a yes/no question: its sentence ends with "?", and the
    clause's verb has an auxiliary before its subject ("Has he called for ...?", "Did the army
    attack ...?"); a small clause with no tense of its own is asked by the clause above it
    ("Would it make the rebels less committed to fight the army?"). A wh-question presupposes
    its event ("Why did the army attack the village?" tells that it did) and is not one."""
    sent = v.sents[v.sent_of[tok]]
    last = next((i for i in range(sent.end - 1, tok, -1) if not v.is_space[i]), tok)
    # a closing quotation mark may follow the question mark
    if v.words[last] in ('"', "”", "’", "'", "''") and last - 1 > tok:
        last -= 1
    if v.words[last] != "?":
        return False
    for verb in ancestors_in_clause(tok, v):
        kids = v.children[verb]
        subj = next((c for c in kids if v.dep[c] in ("nsubj", "nsubjpass", "expl")), None)
        aux = next((c for c in kids if v.dep[c] in ("aux", "auxpass")), None)
        if subj is None:
            continue
        if aux is None and v.tag[verb] not in _FINITE:
            continue  # a small clause ("make the rebels less committed to fight"): asked above
        if aux is None or aux > subj:
            return False
        return not any(v.tag[i] in _WH_TAGS for i in range(sent.start, aux))
    return False


def flags_for(
    trigger: Token,
    noun: Token | None,
    speech_verbs: frozenset[str],
    intent_verbs: frozenset[str],
    quote_depth: int,
    event_date: str | None,
    published: date | None,
    view: DocView,
) -> Flags:
    """``view``: the trigger's document (its token columns)."""
    dep, low, heads, children = view.dep, view.lower, view.head, view.children
    negated = hypothetical = future = historical = reported = False
    speech: int | None = None
    local = [trigger.i] + ([noun.i] if noun is not None else [])
    for t in local:
        for c in children[t]:
            d, w = dep[c], low[c]
            if d == "neg" or (d in ("det", "advmod") and w in _NEG_WORDS):
                negated = True
            if d == "aux" and w in _MODAL_HYPO:
                hypothetical = True
            if d == "aux" and w in _MODAL_FUT:
                future = True
            if d == "aux" and w == "going":
                future = True
            if d == "mark" and w in _COND_MARKS:
                hypothetical = True
            if d in ("amod", "advmod") and w in _HYPO_WORDS:
                hypothetical = True
            if d == "amod" and w in _FUT_WORDS and w != "new":
                future = True
            if d == "advmod" and w in _HIST_WORDS:
                historical = True
            if (
                d == "prep"
                and w in ("in", "during")
                and any(dep[g] == "pobj" and low[g] == "past" for g in children[c])
            ):
                historical = True  # "in the past"
            if d == "advcl" and any(
                dep[g] == "mark" and low[g] in _COND_MARKS for g in children[c]
            ):
                hypothetical = True
        if dep[t] == "pcomp" and low[heads[t]] == "without":
            negated = True
        if _shares_negation(t, view):
            negated = True  # "had not admitted any role or implicated anyone": neither
    # Governing verbs: "failed to attack", "would consider intervention", "agreed to reopen",
    # "said that ...".
    cur = trigger.i  # a light verb's nominal hangs on the verb itself: start above the verb
    steps = 0
    anterior: tuple[bool, bool, bool] | None = None
    while heads[cur] != cur and steps < 6:
        d, head = dep[cur], heads[cur]
        steps += 1
        if anterior is None and d == "pcomp" and view.tag[cur] == "VBG" and low[head] in _BEFORE:
            # "is poised to readmit Y, years after expelling it": what was done before the
            # clause's act is not its plan (the speech above it still reports it)
            anterior = (negated, future, hypothetical)
        lemma = view.lemma_lower[head]
        if d in ("xcomp", "advcl", "ccomp") and _eased(cur, head, view):
            hypothetical = True  # "will make it difficult for Trump to attack them"
        if _denied(cur, d, head, view):
            negated = True  # "denied that its forces used ...": the content is told as not so
        if d == "acl" and view.pos[head] == "NOUN" and view.lemma_lower[head] in _CONTENT_NOUNS:
            hypothetical = True  # "the suggestion that she is to blame": said, not told
        if (
            d == "advcl"
            and any(dep[c] == "aux" and low[c] == "to" for c in children[cur])
            and any(dep[c] == "aux" and low[c] in _MODAL_HYPO for c in children[head])
        ):
            hypothetical = True  # "why she would travel here to criticize X": a purpose supposed
        if d in ("xcomp", "dobj", "ccomp", "acomp") and view.pos[head] in ("VERB", "ADJ", "AUX"):
            if lemma in _NEG_VERBS and d == "xcomp":
                negated = True
            if lemma in intent_verbs and d in ("xcomp", "dobj", "acomp") and lemma not in _ATTEMPT:
                future = True
            if lemma in _DEONTIC and d == "xcomp" and view.tag[head] in _PRESENT:
                hypothetical = True  # "has to condemn", "needs to withdraw": owed, not done
            if lemma in _READY and d == "xcomp":
                future = True  # "is ready to help", "was willing to negotiate"
            if lemma in _UNREADY and d == "xcomp":
                negated = True  # "is unwilling to negotiate"
            if lemma in _SEEM and d == "xcomp":
                hypothetical = True  # "he appeared to agree with X"
            if lemma == "go" and d == "xcomp" and _going_to(head, cur, view):
                future = True  # "we are going to maintain our forces": to come
            if lemma in _HYPO_WORDS or (lemma in _DESIRE and d != "acomp"):
                hypothetical = True  # "we hope they will resume", "want Trump to strike"
            for c in children[head]:
                # a modal on the verb that governs the trigger's clause makes that clause a
                # supposition ("would allow inspectors to visit"); not on a verb of saying,
                # whose content is told ("could confirm that the army shelled the town"), nor
                # further up (a misparsed "..., you might ask? The ad then references ...")
                if (
                    dep[c] == "aux"
                    and low[c] in _MODAL_HYPO
                    and (d != "ccomp" or (lemma not in speech_verbs and steps == 1))
                ):
                    hypothetical = True
                if dep[c] == "aux" and low[c] in _MODAL_FUT and d == "xcomp":
                    future = True
                if dep[c] == "mark" and low[c] in _COND_MARKS:
                    hypothetical = True
                if dep[c] == "neg" and d == "xcomp":
                    negated = True
            if d == "xcomp" and view.pos[head] == "ADJ" and dep[head] == "acomp":
                # "will not be able to match", "would be able to strike": an adjective's
                # frame is its copula's (its negation and modal are on "be", not on "able")
                for c in children[heads[head]]:
                    if dep[c] == "neg":
                        negated = True
                    if dep[c] == "aux" and low[c] in _MODAL_HYPO:
                        hypothetical = True
                    if dep[c] == "aux" and low[c] in _MODAL_FUT:
                        future = True
        if (
            d == "conj"
            and view.tag[cur] == "VB"
            and not any(dep[c] in ("aux", "auxpass") for c in children[cur])
        ):
            # "would oppose the plan and criticize the governor": a bare conjunct with no
            # auxiliary of its own shares its head's modal (a finite one has its own tense)
            for c in children[head]:
                if dep[c] == "aux" and low[c] in _MODAL_HYPO:
                    hypothetical = True
                if dep[c] == "aux" and low[c] in _MODAL_FUT:
                    future = True
        if (
            d in ("ccomp", "parataxis")
            and lemma in speech_verbs
            or (
                # "the army claims to be fighting ...": reported; not the infinitive of a
                # commitment ("agreed to restore ties": the act agreed on, to come, not a claim)
                d == "xcomp" and lemma in speech_verbs and lemma not in intent_verbs
            )
        ):
            reported, speech = True, head
            break
        if dep[head] in ("ROOT",) and d not in ("xcomp", "conj", "dobj", "prep", "pobj"):
            break
        cur = head
    if anterior is not None:
        negated, future, hypothetical = anterior
    if trigger.pos_ == "NOUN" and noun is None:
        # a nominal in a phrase of a verb with a modal: "could open her up to further attacks",
        # "would lead to talks" (its object, "could launch attacks", is read above)
        phrase = _phrase_verb(trigger.i, view)
        if phrase is not None:
            for c in children[phrase]:
                if dep[c] == "aux" and low[c] in _MODAL_HYPO:
                    hypothetical = True
                if dep[c] == "aux" and low[c] in _MODAL_FUT:
                    future = True
    if trigger.pos_ == "NOUN" and noun is None and _supposed_subject(trigger.i, view):
        hypothetical = True  # "warned that air strikes against Iraq could harm relations"
    if any(_time_clause_to_come(t, view) for t in ancestors_in_clause(trigger.i, view)[:2]):
        # "must hold off until Annan visits Baghdad": the visit is to come, and nobody's
        # promise (a supposition of the time, as a present "when" clause is)
        hypothetical = True
    if any(_generic_when(t, view) for t in ancestors_in_clause(trigger.i, view)[:2]):
        hypothetical = True  # "whenever the rebels attack the city": each time, no one time
    if yes_no_question(trigger.i, view):
        hypothetical = True  # "Has the minister called for sanctions?": asked, not told
    if not reported:
        for t in ancestors_in_clause(trigger.i, view):
            for c in children[t]:
                if dep[c] == "prep" and low[c] == "according":
                    reported, speech = True, c
    if quote_depth > 0:
        reported = True
    if event_date and published:
        # the whole of the event's period lies more than a year back: "in 2013", not "last
        # year" (which a December article and a March one would otherwise read differently)
        last = date_range(event_date)[1]
        if last is not None and (published - date.fromisoformat(last)).days > 366:
            historical = True
    verb = view.doc[speech] if speech is not None else None
    return Flags(negated, hypothetical, future, historical, reported, verb)
