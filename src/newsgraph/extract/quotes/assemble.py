"""Putting cues and quotation marks together: direct, indirect and mixed quotes, and nesting.

A quoted stretch goes to the cue whose content it falls in ("told X that “...”"), else to a
speech cue beside it in the same sentence (“...,” he said / said: “...”), else it continues the
previous direct quote when it opens its own sentence (“...,” he said. “More words.”), else it is
kept unattributed when it is a full sentence, and dropped as a scare quote when it is a phrase.
An attribution inside another one's content ("Xinhua reported that Ruto said ...") gets the
outer speaker as ``via``; the outer one is dropped when it says nothing else.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc

from newsgraph.agencies import WIRE_DATELINE
from newsgraph.extract.docview import DocView
from newsgraph.extract.quotes.draft import Draft, ViaItem, doc_text
from newsgraph.extract.quotes.lexicon import SPEECH_VERBS
from newsgraph.extract.quotes.marks import QuoteMarks
from newsgraph.extract.quotes.media import is_medium, medium_name

_MIN_UNATTRIBUTED_WORDS = 8
_CLOSING = " \t\n\"'”’»"
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
_JUST_AFTER = re.compile(r"[.!?]\s{1,2}")  # the end of one sentence, before the next


def token_quotes(idx: list[int], marks: list[QuoteMarks]) -> list[int]:
    """For each token (``idx``: their character offsets), the index of the quote (in
    ``marks``) it lies in, or -1. Linear."""
    out = [-1] * len(idx)
    # A token at ``at`` belongs to the first quote that ends after it, if it has begun: the
    # tokens of quote k are those from its start (and past the end of every earlier quote,
    # ``reach``) to its end.
    reach = 0
    for k, m in enumerate(marks):
        lo = bisect.bisect_left(idx, max(reach, m.start))
        hi = bisect.bisect_left(idx, m.end)
        if lo < hi:
            out[lo:hi] = [k] * (hi - lo)
        reach = max(reach, m.end)
    return out


def _alnum(text: str) -> int:
    return sum(1 for c in text if c.isalnum())


def assemble(
    doc: Doc,
    marks: list[QuoteMarks],
    drafts: list[Draft],
    tok_quote: list[int],
    mention_sectors: dict[int, str],
    view: DocView,
) -> list[Draft]:
    text = view.text
    marks = [m for m in marks if _alnum(text[m.inner_start : m.inner_end(text)]) >= 2]
    tok_quote = token_quotes(view.idx, marks)
    drafts = [d for d in drafts if not _in_link_line(text, d.cue_start)]
    drafts = _fold_according(doc, drafts, mention_sectors)
    drafts = [d for d in drafts if _cue_allowed(doc, d, marks, tok_quote)]
    attached: dict[int, Draft] = {}
    by_content = sorted(
        (d for d in drafts if d.has_content),
        key=lambda d: (d.content_end or 0) - (d.content_start or 0),
    )
    for qi, q in enumerate(marks):
        for d in by_content:  # innermost first
            assert d.content_start is not None and d.content_end is not None
            if d.content_start < q.end and q.start < d.content_end:
                d.marks.append(q)
                attached[qi] = d
                break
    for qi, q in enumerate(marks):
        if qi in attached:
            continue
        adj = _adjacent_cue(doc, q, drafts, tok_quote)
        if adj is not None:
            adj.marks.append(q)
            adj.content_start, adj.content_end = q.inner_start, q.inner_end(text)
            adj.method = "adjacent" if adj.method == "dependency" else adj.method
            attached[qi] = adj
    for d in drafts:  # "announced her resignation": no quotation went to the cue
        if not d.has_content and d.object_span is not None:
            d.content_start, d.content_end = d.object_span
            for qi, q in enumerate(marks):
                if qi not in attached and d.object_span[0] <= q.start < d.object_span[1]:
                    d.marks.append(q)
                    attached[qi] = d
    out = [d for d in drafts if d.has_content]
    for d in out:
        _to_quote_end(d, text)
        _set_kind(d, text)
    _nest(doc, out, mention_sectors)
    for d in out:
        if not d.dropped and _to_quote_end(d, text):
            _set_kind(d, text)
    extra: list[Draft] = []
    for qi, q in enumerate(marks):
        if qi in attached:
            continue
        cont = _first_piece(doc, q, qi, marks, attached)
        if cont is None:
            cont = _continuation(doc, q, qi, marks, attached, out + extra, tok_quote)
        if (
            cont is None
            and _stands_alone(doc, q)
            and len(text[q.inner_start : q.inner_end(text)].split()) >= _MIN_UNATTRIBUTED_WORDS
        ):
            cont = Draft(q.start, q.start, q.inner_start, q.inner_end(text), method="unattributed")
            cont.marks.append(q)
        if cont is not None:
            attached[qi] = cont
            extra.append(cont)
    for d in extra:
        _set_kind(d, text)
    out += extra
    for d in out:
        _strip_dateline(d, text)
    out = _dedup([d for d in out if not d.dropped])
    out.sort(key=lambda d: (d.content_start or 0, d.cue_start))
    return out


_LINK_LINES = (
    "see also",
    "read more",
    "related:",
    "also read",
    "read also",
    "more:",
    "watch:",
    "listen:",
)


def _in_link_line(text: str, offset: int) -> bool:
    """Is ``offset`` on a "See also ..." / "Read more ..." line (scraping debris)?"""
    line = text[text.rfind("\n", 0, offset) + 1 : offset + 1].lstrip().lower()
    return line.startswith(_LINK_LINES)


_DATELINE = re.compile(WIRE_DATELINE)


def _strip_dateline(d: Draft, text: str) -> None:
    """ "NAIROBI -- The ministers ... agreed": the dateline is not part of what was said."""
    if d.content_start is None or d.content_end is None:
        return
    m = _DATELINE.match(text, d.content_start, d.content_end)
    if m and m.end() < d.content_end:
        d.content_start = m.end()


def _fold_according(doc: Doc, drafts: list[Draft], sectors: dict[int, str]) -> list[Draft]:
    """ "X said ..., according to Y": Y is a via of X's cue, not a speaker of its own."""
    by_tok = {d.cue_tok: d for d in drafts if d.cue_tok is not None and d.method != "according"}
    keep: list[Draft] = []
    for d in drafts:
        if d.method != "according" or d.cue_tok is None:
            keep.append(d)
            continue
        host: Draft | None = None
        t = doc[d.cue_tok]
        for _ in range(6):
            if t.head.i == t.i:
                break
            t = t.head
            cand = by_tok.get(t.i)
            if cand is not None and cand.speaker_tok is not None:
                host = cand
                break
        if host is None or d.speaker_tok is None:
            keep.append(d)
            continue
        src = doc[d.speaker_tok]
        kind = (
            "agency"
            if is_medium(src, sectors, strict=True)
            else ("medium" if is_medium(src, sectors, strict=False) else "person")
        )
        host.via.append(
            ViaItem(
                medium_name(src)
                if kind != "person"
                else text_of(doc, d.speaker_start, d.speaker_end),
                d.speaker_start or 0,
                d.speaker_end or 0,
                kind,
            )
        )
    return keep


def text_of(doc: Doc, start: int | None, end: int | None) -> str:
    return doc_text(doc)[start:end] if start is not None and end is not None else ""


def _cue_allowed(doc: Doc, d: Draft, marks: list[QuoteMarks], tok_quote: list[int]) -> bool:
    """A cue inside quotation marks counts only when the quote reproduces a report of speech
    (Ruto “said that ...”, “Mudavadi told Odinga that ...,” the report said)."""
    if d.cue_tok is None or tok_quote[d.cue_tok] < 0:
        return True
    q = marks[tok_quote[d.cue_tok]]
    if d.speaker_start is None:
        return False
    if d.speaker_start < q.start:  # the cue's own subject, not one it shares ("and finding")
        return any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in doc[d.cue_tok].children)
    if d.speaker_tok is None or d.speaker_start > q.start + 2 or d.speaker_tok > d.cue_tok:
        return False
    return doc[d.speaker_tok].pos_ == "PROPN" or doc[d.speaker_tok].ent_type_ in (
        "PERSON",
        "ORG",
        "GPE",
        "NORP",
    )


def _adjacent_cue(
    doc: Doc, q: QuoteMarks, drafts: list[Draft], tok_quote: list[int]
) -> Draft | None:
    """A speech cue without content of its own next to the quote, in its sentence."""
    first = doc.char_span(q.start, q.end, alignment_mode="expand")
    if first is None or len(first) == 0:
        return None
    sents = {first[0].sent.start, first[-1].sent.start}
    last_sent = first[-1].sent
    if last_sent.end < len(doc):
        nxt = doc[last_sent.end].sent
        if nxt.end - nxt.start <= 12 and doc[nxt.start].idx - q.end <= 3:
            sents.add(nxt.start)  # “...” / he said. split into two sentences by the parser
    best: tuple[int, Draft] | None = None
    for d in drafts:
        if d.has_content or d.cue_tok is None or tok_quote[d.cue_tok] >= 0:
            continue
        if doc[d.cue_tok].sent.start not in sents:
            continue
        dist = d.cue_start - q.end if d.cue_start >= q.end else q.start - d.cue_end
        if dist < 0 or dist > 160:
            continue
        if best is None or dist < best[0]:
            best = (dist, d)
    return best[1] if best else None


def _stands_alone(doc: Doc, q: QuoteMarks) -> bool:
    """Opens its sentence, or follows a comma or colon ("In a phone call, “...”")."""
    if _opens_sentence(doc, q):
        return True
    before = doc_text(doc)[max(0, q.start - 3) : q.start].rstrip()
    return before.endswith((",", ":"))


def _opens_sentence(doc: Doc, q: QuoteMarks) -> bool:
    """Nothing but punctuation before the quote in the sentence of its first word (the parser
    may leave an opening mark at the end of the sentence before: "... in general. ''This")."""
    span = doc.char_span(q.inner_start, q.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    sent = span[0].sent
    before = doc_text(doc)[sent.start_char : q.start]
    return not any(c.isalnum() for c in before)


def _continuation(
    doc: Doc,
    q: QuoteMarks,
    qi: int,
    marks: list[QuoteMarks],
    attached: dict[int, Draft],
    drafts: list[Draft],
    tok_quote: list[int],
) -> Draft | None:
    """A quote that opens its sentence right after another attributed quote continues it, and
    so does the second half of a quote split by its cue (“A,” she said, “B.”). When that quote
    reproduced a report of speech (Ruto “said that ...,” Xinhua reported), the words in the
    marks are the reporter's: the continuation is Xinhua's."""
    prev: Draft | None = None
    after = 0
    if qi > 0:
        # the quote before, over up to two scare quotes left out in its sentence ("A,” he said
        # on “This Week.” “B.”)
        k = qi - 1
        while k > 0 and k not in attached and qi - k <= 2:
            k -= 1
        if k == qi - 1 or not _SENTENCE_END.search(doc_text(doc), marks[k].end, marks[k + 1].start):
            prev, after = attached.get(k), marks[k].end
        if prev is not None and (
            prev.kind == "indirect"
            and not prev.marks
            or not _opens_sentence(doc, q)
            and not _split_by_cue(doc, marks[k], q, prev)
        ):
            prev = None
    said = _said_just_before(doc, q, drafts)  # Ruto said the talks would resume. “...”
    if said is not None and (prev is None or (said.content_start or 0) >= after):
        prev, after = said, said.content_end or 0
    if prev is None:
        return None
    gap = doc_text(doc)[after : q.start]
    if gap.count("\n") > 2 or len(gap) > 400:
        return None
    # another speech cue between the two quotes breaks the chain
    if any(
        after <= d.cue_start < q.start
        and d is not prev
        and not d.dropped
        and id(d) not in prev.outer
        for d in drafts
    ):
        return None
    d = Draft(
        prev.cue_start,
        prev.cue_end,
        q.inner_start,
        q.inner_end(doc_text(doc)),
        cue_tok=prev.cue_tok,
        cue_lemma=prev.cue_lemma,
        speaker_tok=prev.speaker_tok,
        speaker_start=prev.speaker_start,
        speaker_end=prev.speaker_end,
        via=list(prev.via),
        method="continuation",
    )
    d.inherited_from = id(prev)
    if prev.cue_tok is not None and tok_quote[prev.cue_tok] >= 0 and prev.via:
        owner = prev.via[0]
        span = doc.char_span(owner.start, owner.end, alignment_mode="expand")
        if span is not None and len(span) > 0:
            d.speaker_tok, d.speaker_start, d.speaker_end = span.root.i, owner.start, owner.end
            d.via = list(prev.via[1:])
            d.inherited_from = None
            outer = next((o for o in drafts if id(o) in prev.outer), None)
            if outer is not None:  # the reporter's own cue ("Xinhua reported")
                d.cue_start, d.cue_end, d.cue_tok = outer.cue_start, outer.cue_end, outer.cue_tok
                d.cue_lemma = outer.cue_lemma
    d.marks.append(q)
    return d


def _first_piece(
    doc: Doc, q: QuoteMarks, qi: int, marks: list[QuoteMarks], attached: dict[int, Draft]
) -> Draft | None:
    """“A,” she said, “B.” where the cue took B (its clause or its parenthesis) and left A, too
    short to stand alone: A is the first piece of the quote, B goes on from it (as when A took
    the cue). The cue's draft becomes the continuation, a new draft of A the quote."""
    d = attached.get(qi + 1)
    if d is None or d.method in ("continuation", "unattributed") or d.kind != "direct":
        return None
    b = marks[qi + 1]
    if d.marks[:1] != [b] or d.content_start != b.inner_start or d.speaker_start is None:
        return None
    text = doc_text(doc)
    if (
        not _split_by_cue(doc, q, b, d)
        or _SENTENCE_END.search(text, q.end, d.speaker_start)
        or text[q.start : q.end].rstrip(_CLOSING).endswith((".", "!", "?", "…"))
        or not text[q.end : b.start].rstrip().endswith(",")
    ):
        return None  # “A.” X said: “B.” -- two sentences, two quotes
    first = Draft(
        d.cue_start,
        d.cue_end,
        q.inner_start,
        q.inner_end(text),
        cue_tok=d.cue_tok,
        cue_lemma=d.cue_lemma,
        speaker_tok=d.speaker_tok,
        speaker_start=d.speaker_start,
        speaker_end=d.speaker_end,
        addressee_tok=d.addressee_tok,
        via=list(d.via),
        method=d.method,
        outer=list(d.outer),
    )
    first.marks.append(q)
    d.method, d.inherited_from = "continuation", id(first)
    return first


def _said_just_before(doc: Doc, q: QuoteMarks, drafts: list[Draft]) -> Draft | None:
    """The indirect quote of a named or pronoun speaker with a verb of saying whose content
    ends the sentence right before ``q`` ("Ruto said the talks would resume. “...”")."""
    text = doc_text(doc)
    for d in drafts:
        if (
            d.kind == "indirect"
            and d.content_end is not None
            and d.content_end <= q.start
            and d.speaker_start is not None
            and d.cue_lemma in SPEECH_VERBS
            and d.method in ("dependency", "parenthetical")
            and not d.dropped
            and _JUST_AFTER.fullmatch(text, d.content_end, q.start)
        ):
            return d
    return None


def _split_by_cue(doc: Doc, before: QuoteMarks, q: QuoteMarks, prev: Draft) -> bool:
    """“A,” she said, “B.”: the cue of the quote before and its speaker stand between the two
    quotes, in one sentence, and a comma or colon leads into the second."""
    if not before.end <= prev.cue_start < prev.cue_end <= q.start:
        return False
    if prev.speaker_start is None or not before.end <= prev.speaker_start < q.start:
        return False
    text = doc_text(doc)
    gap = text[before.end : q.start]
    return (
        len(gap) <= 200
        and gap.rstrip().endswith((",", ":"))
        and _SENTENCE_END.search(text, prev.cue_end, q.start) is None
    )


def _to_quote_end(d: Draft, text: str) -> bool:
    """A content that opens a quotation runs to its closing mark: the parse ends the clause at
    the sentence's end, the quotation goes on (Okafor said the senator “knows it is late.
    Still, he does nothing.”). Not past its paragraph, nor over a quotation never closed."""
    if d.content_start is None or d.content_end is None:
        return False
    end = d.content_end
    for m in d.marks:
        if (
            m.closed
            and d.content_start <= m.start < d.content_end < m.end
            and "\n" not in text[d.content_end : m.end]
        ):
            end = max(end, m.inner_end(text))
    changed, d.content_end = end != d.content_end, end
    return changed


def _set_kind(d: Draft, text: str) -> None:
    """direct: the content is all inside quotation marks (then the content is the quoted
    words, across sentences and paragraphs); mixed: partly; indirect: not at all."""
    if not d.marks or d.content_start is None or d.content_end is None:
        d.kind = "indirect"
        return
    cs, ce = d.content_start, d.content_end
    inner = [m for m in d.marks if m.start < ce and cs < m.end]
    if not inner:
        d.kind = "indirect"
        return
    outside = text[cs:ce]
    for m in sorted(inner, key=lambda m: -m.start):
        a, b = max(0, m.start - cs), max(0, min(ce, m.end) - cs)
        outside = outside[:a] + " " + outside[b:]
    words = [w for w in outside.split() if any(c.isalnum() for c in w)]
    if words and words[0].lower() == "that":
        words = words[1:]
    if len(words) == 0:
        d.kind = "direct"
        start = min(m.inner_start for m in inner)
        if start <= d.cue_start < cs:  # Ruto “said that ...”: the content is after the cue
            start = cs
        d.content_start = start
        d.content_end = max(m.inner_end(text) for m in inner)
    else:
        d.kind = "mixed"


def _nest(doc: Doc, drafts: list[Draft], sectors: dict[int, str]) -> None:
    """An attribution inside another's content gets the outer speaker (and media) as via."""
    order = sorted(range(len(drafts)), key=lambda i: drafts[i].cue_start)
    starts = [drafts[i].cue_start for i in order]
    for outer in drafts:
        if (
            outer.content_start is None
            or outer.content_end is None
            or outer.method in ("continuation", "unattributed")
        ):
            continue
        lo = bisect.bisect_left(starts, outer.content_start)
        hi = bisect.bisect_left(starts, outer.content_end)
        for k in range(lo, hi):
            inner = drafts[order[k]]
            if inner is outer or inner.method in ("continuation", "unattributed"):
                continue
            if inner.cue_lemma not in SPEECH_VERBS and inner.method != "according":
                if not outer.dropped and inner.method != "passive":
                    inner.dropped = True  # "X said the advance shows that ...": X's content
                    outer.marks += [m for m in inner.marks if m not in outer.marks]
                continue
            if inner.speaker_tok is None and inner.method != "according":
                continue
            if inner.speaker_tok is not None and doc[inner.speaker_tok].pos_ == "PRON":
                inner.dropped = True  # "They also “stressed ...”, the Kenyan side said"
                outer.marks += [m for m in inner.marks if m not in outer.marks]
                _set_kind(outer, doc_text(doc))
                continue
            s, e = inner.extent()
            span = outer.content_end - outer.content_start
            kind = "person"
            if outer.speaker_start is not None and outer.speaker_end is not None:
                stok = doc[outer.speaker_tok] if outer.speaker_tok is not None else None
                if stok is not None and is_medium(stok, sectors, strict=False):
                    kind = "agency" if is_medium(stok, sectors, strict=True) else "medium"
                name = (
                    medium_name(stok)
                    if stok is not None and kind != "person"
                    else text_of(doc, outer.speaker_start, outer.speaker_end)
                )
                inner.via.append(ViaItem(name, outer.speaker_start, outer.speaker_end, kind))
            inner.via += [v for v in outer.via if v not in inner.via]
            inner.outer.append(id(outer))
            covered = min(e, outer.content_end) - max(s, outer.content_start)
            if span > 0 and covered >= 0.6 * span and kind != "person":
                outer.dropped = True  # a medium passing on what someone said: a via


def _dedup(drafts: list[Draft]) -> list[Draft]:
    seen: dict[tuple[int | None, int | None], Draft] = {}
    out: list[Draft] = []
    for d in drafts:
        key = (d.content_start, d.content_end)
        other = seen.get(key)
        if other is not None:
            if other.speaker_start is None and d.speaker_start is not None:
                out[out.index(other)] = d
                seen[key] = d
            continue
        seen[key] = d
        out.append(d)
    return out
