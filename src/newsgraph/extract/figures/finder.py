"""Find casualty, displacement and detention figures on the dependency parse.

A figure is a number phrase ("at least 16", "280,000", "dozens of") with the group it counts
("civilians", "children", "people": the noun it modifies) and the category the sentence gives
it ("killed", "injured", "displaced", "detained", "missing"), found first along the parse (the
verb or noun that governs the group noun) and else from the nearest cue in a small window.

Not counts: ages ("aged 42", "a 42-year-old", "the driver, 42,"), speeds and measures
("doing 50 on a 12mph bend", "30 km"), percentages, money, ordinals, years and days, gallery
counters ("1 of 22", "22 photos"), and "one of the victims" (one person among them). A bare
number with no group found by the parse is kept only when the parse ties it to its category.
"Members" of a named organisation are its members, not "people". A running total ("since
2011", "so far", "the war has killed") is a figure of scope "cumulative", not of one event.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsgraph.calendar import MONTHS
from newsgraph.extract.docview import DocView
from newsgraph.extract.figures.numbers import QUALIFIERS, SCALES, UNITS, VAGUE, bounds, parse_amount
from newsgraph.types import Figure

CATEGORY_CUES: dict[str, str] = {
    **dict.fromkeys(
        [
            "kill",
            "dead",
            "death",
            "die",
            "toll",
            "massacre",
            "execute",
            "slaughter",
            "fatality",
            "murder",
            "behead",
            "perish",
            "body",
            "corpse",
            "life",
        ],
        "killed",
    ),
    **dict.fromkeys(["injure", "wound", "hurt", "injury", "maim"], "injured"),
    **dict.fromkeys(["casualty"], "casualties"),
    **dict.fromkeys(
        ["displace", "flee", "refugee", "evacuate", "uproot", "homeless", "displacement", "exodus"],
        "displaced",
    ),
    **dict.fromkeys(
        [
            "detain",
            "arrest",
            "capture",
            "abduct",
            "kidnap",
            "imprison",
            "prisoner",
            "detainee",
            "hostage",
            "jail",
            "seize",
        ],
        "detained",
    ),
    **dict.fromkeys(["missing"], "missing"),
}
GROUPS: dict[str, str] = {
    **dict.fromkeys(
        [
            "civilian",
            "resident",
            "villager",
            "inhabitant",
            "passenger",
            "worker",
            "patient",
            "worshipper",
            "shopper",
            "protester",
            "demonstrator",
            "activist",
            "journalist",
            "doctor",
            "aid worker",
        ],
        "civilians",
    ),
    **dict.fromkeys(
        ["child", "kid", "minor", "boy", "girl", "infant", "baby", "student"], "children"
    ),
    **dict.fromkeys(["woman", "mother"], "women"),
    **dict.fromkeys(
        [
            "fighter",
            "militant",
            "rebel",
            "jihadist",
            "insurgent",
            "terrorist",
            "gunman",
            "combatant",
            "militiaman",
        ],
        "fighters",
    ),
    **dict.fromkeys(
        ["soldier", "troop", "officer", "serviceman", "guard", "policeman", "personnel", "army"],
        "soldiers",
    ),
    **dict.fromkeys(
        [
            "people",
            "person",
            "individual",
            "man",
            "victim",
            "human",
            "life",
            "refugee",
            "member",
            "syrian",
            "iraqi",
            "palestinian",
            "kurd",
        ],
        "people",
    ),
}
_SKIP_ENTS = {"DATE", "TIME", "PERCENT", "MONEY", "ORDINAL"}
_WINDOW = 7
# Words after a number that make it a measure, a speed, an age or a counter, not a count.
_MEASURES = {
    "mph",
    "kph",
    "km",
    "kmh",
    "km/h",
    "kilometres",
    "kilometers",
    "miles",
    "mile",
    "metres",
    "meters",
    "feet",
    "ft",
    "knots",
    "kg",
    "tonnes",
    "tons",
    "percent",
    "per",
    "%",
    "year-old",
    "years",
    "year",
    "yrs",
    "photos",
    "photographs",
    "pictures",
    "images",
    "minutes",
    "hours",
    "days",
    "weeks",
    "months",
    "times",
}
_AGE_BEFORE = {"aged", "age", "ages"}
_CUMULATIVE = (
    " since ",
    "so far",
    "to date",
    "in total",
    "in all,",
    "throughout the",
    "over the years",
    "war has killed",
    "conflict has killed",
    "war that has killed",
    "conflict that has killed",
    "war which has killed",
    "conflict which has killed",
    "war, which has killed",
    "conflict, which has killed",
    "war has left",
    "conflict has left",
)
_MEMBERS = {"member", "members"}


# Vague amounts as word tuples, keyed by their first word, longest phrase first (a constant
# derived from VAGUE, so that the per-token scan does not re-sort or re-split it).
_VAGUE_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {}
for _words in (tuple(v.split()) for v in sorted(VAGUE, key=len, reverse=True)):
    _VAGUE_BY_FIRST[_words[0]] = (*_VAGUE_BY_FIRST.get(_words[0], ()), _words)
del _words


def find_figures(doc: Doc, article_id: str, view: DocView | None = None) -> list[Figure]:
    """``view``: the document's shared view (token columns), if the caller has it."""
    out: list[Figure] = []
    view = DocView(doc) if view is None else view
    lowers = view.lower  # the scan reads each token's form often
    numeric = [
        _is_number_word(low, num, punct)
        for low, num, punct in zip(lowers, view.like_num, view.is_punct, strict=True)
    ]
    for sent_idx, sent in enumerate(doc.sents):
        out.extend(_sentence_figures(sent, sent_idx, article_id, lowers, numeric))
    return out


def _sentence_figures(
    sent: Span, sent_idx: int, article_id: str, lowers: list[str], numeric: list[bool]
) -> list[Figure]:
    figures: list[Figure] = []
    i = sent.start
    doc = sent.doc
    while i < sent.end:
        phrase = _number_phrase(lowers, numeric, i, sent.end)
        if phrase is None:
            i += 1
            continue
        start, end = phrase
        i = end
        if any(doc[k].ent_type_ in _SKIP_ENTS for k in range(start, end)):
            continue
        amount = parse_amount(doc[start:end].text)
        if (
            amount is None
            or _is_year_like(doc[start:end], amount.count)
            or _is_date(doc, start, end)
            or _not_a_count(doc, start, end, sent)
        ):
            continue
        qual, qual_start = _qualifier(doc, start, sent.start)
        group_tok = _group_noun(doc, start, end, sent.end)
        found = _category(doc, start, end, group_tok, sent)
        if found is None:
            continue
        category, on_parse = found
        if group_tok is None and not on_parse:
            continue  # a bare number near a cue: "doing 50" in a sentence about a crash
        group = "people"
        if group_tok is not None:
            lemma = _group_lemma(group_tok)
            if lemma in _MEMBERS and _of_organisation(group_tok):
                group = "members"  # "25 members of the Nusra Front": not "people"
            elif lemma in GROUPS:
                group = GROUPS[lemma]
            elif lemma in CATEGORY_CUES or group_tok.pos_ == "PROPN":
                group = "people"
            elif on_parse and group_tok.pos_ == "NOUN":
                group = group_tok.text.lower()  # "40 protesters arrested": the text's own word
            else:
                continue  # the number counts something else ("two million homes")
        low, high = bounds(amount, qual)
        phrase_start = doc[qual_start].idx if qual_start is not None else doc[start].idx
        tail = group_tok.i + 1 if group_tok is not None and group_tok.i >= end else end
        figures.append(
            Figure(
                article_id=article_id,
                sent=sent_idx,
                start=phrase_start,
                end=doc[tail - 1].idx + len(doc[tail - 1]),
                text=doc[qual_start if qual_start is not None else start : tail].text,
                count=amount.count,
                low=low,
                high=high,
                qualifier=qual,
                category=category,
                group=group,
                number_text=doc[start:end].text,
                scope=_scope(doc, qual_start if qual_start is not None else start, end, sent),
            )
        )
    return figures


def _not_a_count(doc: Doc, start: int, end: int, sent: Span) -> bool:
    """Ages, speeds, measures, gallery counters and "one of the victims"."""
    after = doc[end].lower_ if end < sent.end else ""
    before = doc[start - 1].lower_ if start > sent.start else ""
    last = doc[end - 1].lower_
    if after in _MEASURES or after.startswith("-year") or last.endswith(("mph", "km", "%")):
        return True
    if before in _AGE_BEFORE:
        return True
    # "the driver, 42, was": a number set off by commas after a noun is an age
    if before == "," and after == "," and start >= 2 and doc[start - 2].pos_ in ("NOUN", "PROPN"):
        return True
    # gallery counters: "1 of 22", "Photograph 3/22"
    if after == "of" and end + 1 < sent.end and doc[end + 1].like_num:
        return True
    if after == "/" or before == "/":
        return True
    # "one of the victims": one person among them, not a count of one
    return last in ("one", "1") and after == "of"


def _among_cue(verb: Token) -> str | None:
    """The category of what a subject is "among": "were among those killed", "among the dead"."""
    if verb.lemma_ != "be":
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "among":
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                for tok in (pobj, *pobj.children):
                    cat = _cue(tok)
                    if cat:
                        return cat
    return None


# "its earlier toll of 15", "a previous death toll of 12": a figure the text replaces.
_EARLIER = frozenset({"earlier", "previous", "initial", "preliminary", "former", "old"})
_TOLLS = frozenset({"toll", "tally", "count", "figure"})


def _scope(doc: Doc, start: int, end: int, sent: Span) -> str:
    """event; cumulative: a running total; earlier: a toll the text replaces; increment:
    what adds to a toll ("three more people had died")."""
    if _cumulative(sent):
        return "cumulative"
    if _superseded(doc, start, sent):
        return "earlier"
    if end < sent.end and doc[end].lower_ in _MORE:
        return "increment"
    return "event"


_MORE = frozenset({"more", "additional", "further"})


def _superseded(doc: Doc, start: int, sent: Span) -> bool:
    """A toll the sentence says was superseded: "updated its earlier death toll of 15"."""
    before = [t.lower_ for t in doc[max(sent.start, start - 5) : start]]
    return any(w in _TOLLS for w in before) and any(w in _EARLIER for w in before)


def _cumulative(sent: Span) -> bool:
    low = f" {sent.text.lower()} "
    return any(cue in low for cue in _CUMULATIVE)


def _group_lemma(tok: Token) -> str:
    """The group noun's lemma, also when a title-case headline made it a proper noun ("35
    Terrorists Killed": "terrorist", not a name)."""
    lemma = tok.lemma_.lower()
    if lemma in GROUPS or tok.pos_ != "PROPN" or not tok.is_title:
        return lemma
    low = tok.lower_
    # plural forms: "Terrorists", "Women", "Children"
    men = low[:-3] + "man" if low.endswith("men") else low
    for singular in (low, low.removesuffix("s"), men, "child"):
        if singular in GROUPS and (singular != "child" or low == "children"):
            return singular
    return lemma


def _of_organisation(tok: Token) -> bool:
    """ "members of the Nusra Front", "Ahrar al-Sham members", "IS members"."""
    for c in tok.children:
        if c.dep_ == "compound" and (c.pos_ == "PROPN" or c.ent_type_ in ("ORG", "NORP")):
            return True
        if c.dep_ == "prep" and c.lower_ == "of":
            for pobj in c.children:
                if pobj.dep_ == "pobj" and (
                    pobj.pos_ == "PROPN" or pobj.ent_type_ in ("ORG", "NORP")
                ):
                    return True
    return False


def _is_number_word(low: str, like_num: int, is_punct: int) -> bool:
    """Whether a token (its lower-case form, ``like_num`` and ``is_punct``) is a number word."""
    if low in ("a", "an"):
        return False  # only as "a hundred", "a dozen": handled where a phrase starts
    return bool(like_num and not is_punct) or low in UNITS or low in SCALES


def _number_phrase(
    lowers: list[str], numeric: list[bool], i: int, end: int
) -> tuple[int, int] | None:
    """The token range of a number phrase starting at ``i``, or None (``lowers``: each token's
    lower-case form; ``numeric``: ``_is_number_word`` of each token)."""
    low = lowers[i]
    for words in _VAGUE_BY_FIRST.get(low, ()):
        n = len(words)
        if i + n <= end and tuple(lowers[i : i + n]) == words:
            if n == 1 and words[0] in ("a", "an", "dozen"):
                break
            return i, i + n
    if low in ("a", "an") and i + 1 < end and lowers[i + 1] in SCALES:
        j = i + 1
    elif not numeric[i]:
        return None
    else:
        j = i
    j += 1
    # "two hundred and fifty" is one number; "between 500 and 1,300" is two
    while j < end and (
        numeric[j]
        or (
            lowers[j] in ("and", "-")
            and j + 1 < end
            and numeric[j + 1]
            and (lowers[j] == "-" or lowers[j - 1] in SCALES)
        )
    ):
        j += 1
    return i, j


def _is_date(doc: Doc, start: int, end: int) -> bool:
    """ "16 Apr", "April 5", "5th of May": a day of a month, not a count."""
    after = doc[end].lower_.rstrip(".") if end < len(doc) else ""
    before = doc[start - 1].lower_.rstrip(".") if start > 0 else ""
    return (
        after in MONTHS
        or before in MONTHS
        or (after == "of" and end + 1 < len(doc) and doc[end + 1].lower_ in MONTHS)
    )


def _is_year_like(span: Span, count: int | None) -> bool:
    text = span.text
    return count is not None and len(text) == 4 and text.isdigit() and 1900 <= count <= 2100


def _qualifier(doc: Doc, start: int, sent_start: int) -> tuple[str | None, int | None]:
    for width in (3, 2, 1):
        s = start - width
        if s < sent_start:
            continue
        words = " ".join(t.lower_ for t in doc[s:start])
        if words in QUALIFIERS:
            return QUALIFIERS[words], s
    return None, None


def _group_noun(doc: Doc, start: int, end: int, sent_end: int) -> Token | None:
    """The noun the number counts: its syntactic head, or the next noun ("dozens of civilians")."""
    last = doc[end - 1]
    head = last.head
    if (
        last.dep_ in ("nummod", "quantmod", "compound")
        and head.pos_ in ("NOUN", "PROPN")
        and (head.i >= end)
    ):
        return _adjusted(head)
    for k in range(end, min(end + 4, sent_end)):
        tok = doc[k]
        if tok.pos_ in ("NOUN", "PROPN") or tok.lemma_.lower() in GROUPS:
            return _adjusted(tok)
        stop = tok.pos_ in ("VERB", "AUX", "PUNCT", "NUM", "ADP") or tok.lower_ in ("and", "but")
        if stop and tok.lower_ != "of":
            break
    return None


def _adjusted(tok: Token) -> Token:
    """ "Syrian civilians" is parsed with "civilians" as head already; keep compounds' heads."""
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in GROUPS:
        return tok.head
    return tok


def _category(
    doc: Doc, start: int, end: int, group: Token | None, sent: Span
) -> tuple[str, bool] | None:
    """(category, found along the parse) for the number at ``start:end``."""
    anchor = group if group is not None else doc[end - 1]
    # 1. Along the parse: the governing verb/noun of the group or the number.
    for tok in (anchor, *list(anchor.ancestors)[:3]):
        cat = _cue(tok)
        if cat:
            return cat, True
        if tok.pos_ in ("VERB", "AUX"):
            # "the death toll reached at least 112 people": the verb's subject is the cue.
            for child in tok.children:
                if child.dep_ in ("nsubj", "nsubjpass") and _cue(child):
                    return _cue(child), True  # type: ignore[return-value]
            # "six civilians were among the 22 people killed": the group they are among
            among = _among_cue(tok)
            if among:
                return among, True
            break
    for child in anchor.children:
        cat = _cue(child) if child.dep_ in ("acl", "relcl", "amod", "prep") else None
        if cat:
            return cat, True
    # 2. The nearest cue in a window of the same sentence, not past another number.
    best: tuple[int, str] | None = None
    lo, hi = max(sent.start, start - _WINDOW), min(sent.end, end + _WINDOW)
    for k in range(lo, hi):
        if start <= k < end:
            continue
        cat = _cue(doc[k])
        if cat:
            between = range(min(k, start) + 1, max(k, end - 1))
            if any(doc[m].like_num and not (start <= m < end) for m in between):
                continue
            dist = abs(k - start)
            if best is None or dist < best[0]:
                best = (dist, cat)
    return (best[1], False) if best else None


def _cue(tok: Token) -> str | None:
    lemma = tok.lemma_.lower()
    cat = CATEGORY_CUES.get(lemma) or CATEGORY_CUES.get(tok.lower_)
    if cat == "detained" and lemma == "seize" and tok.pos_ == "VERB":
        return None  # "seized Mosul" is territory, not detention; "seized 20 people" is rare
    if lemma == "life" and not any(
        c.lemma_ in ("lose", "claim") for c in (tok.head, *tok.children)
    ):
        return None
    return cat
