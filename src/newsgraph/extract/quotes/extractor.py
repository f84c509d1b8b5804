"""Doc -> quotes: the extractor's steps in order, for one document.

marks (quotation marks) -> cues on the parse -> assemble (attach quotes, nesting, kinds)
-> speakers (actor mentions, anonymous sources, titles, pronouns) -> via chains
-> disputes -> Quote records
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc

from newsgraph.extract.docview import DocView, Names
from newsgraph.extract.quotes.assemble import assemble, token_quotes
from newsgraph.extract.quotes.cues import find_cue_drafts
from newsgraph.extract.quotes.disputes import link_disputes
from newsgraph.extract.quotes.draft import Draft, doc_text, forget_doc_cache, remember_doc_text
from newsgraph.extract.quotes.marks import find_quote_marks
from newsgraph.extract.quotes.sources import Demonyms
from newsgraph.extract.quotes.speaker import MentionIndex, Resolved, SpeakerResolver
from newsgraph.extract.quotes.via import tidy_chains
from newsgraph.types import Mention, Quote


def speaker_dict(res: Resolved) -> dict[str, Any] | None:
    """The export form of a speaker: {text, actor_id, name, anonymous, affiliation, role}."""
    if res.ref is None:
        return None
    return {
        "text": res.ref.text,
        "actor_id": res.ref.actor_id,
        "name": res.ref.name,
        "anonymous": res.anonymous,
        "affiliation": res.affiliation,
        "role": res.role,
        "country": res.ref.country,
        "start": res.ref.start,
        "end": res.ref.end,
    }


def extract_quotes(
    doc: Doc,
    article_id: str,
    mentions: Sequence[Mention] = (),
    demonyms: Demonyms | None = None,
    outlet: str | None = None,
    *,
    text: str | None = None,
    names: Names | None = None,
) -> list[Quote]:
    """Every quote in ``doc`` (a parsed article text), with speaker, via and disputes.
    ``text``: ``doc.text`` when the caller has it; ``names``: a string cache kept across
    documents (``DocView``)."""
    view = DocView.of(doc, text, names)
    remember_doc_text(doc, view.text)
    try:
        return _extract(doc, article_id, mentions, demonyms or Demonyms(), outlet, view)
    finally:
        forget_doc_cache(doc)


def _extract(
    doc: Doc,
    article_id: str,
    mentions: Sequence[Mention],
    demonyms: Demonyms,
    outlet: str | None,
    view: DocView,
) -> list[Quote]:
    text = view.text
    index = MentionIndex(mentions)
    sectors, countries = index.token_map(doc) if mentions else ({}, {})
    marks = find_quote_marks(text)
    tok_quote = token_quotes(view.idx, marks)
    drafts = find_cue_drafts(doc, tok_quote, sectors, view)
    drafts = assemble(doc, marks, drafts, tok_quote, sectors, view)
    resolver = SpeakerResolver(doc, index, demonyms, countries, marks)
    tidy_chains(drafts, text, outlet, _lead_end(doc, resolver.headings))
    resolved: dict[int, Resolved] = {}
    for d in sorted(
        drafts, key=lambda d: d.speaker_start if d.speaker_start is not None else d.cue_start
    ):
        if d.method == "continuation" and d.inherited_from is not None:
            continue
        resolved[id(d)] = resolver.resolve(d.speaker_tok, d.speaker_start, d.speaker_end)
    by_id = {id(d): d for d in drafts}
    for d in drafts:
        if id(d) not in resolved:
            src = by_id.get(d.inherited_from or -1)
            resolved[id(d)] = (
                resolved[id(src)]
                if src is not None and id(src) in resolved
                else (resolver.resolve(d.speaker_tok, d.speaker_start, d.speaker_end))
            )
    sent_starts = [s.start_char for s in view.sents]
    items: list[dict[str, Any]] = []
    for n, d in enumerate(drafts):
        assert d.content_start is not None and d.content_end is not None
        items.append(
            {
                "id": f"{article_id}:q{n}",
                "cue_tok": d.cue_tok,
                "cue_lemma": d.cue_lemma,
                "cue": text[d.cue_start : d.cue_end],
                "content": text[d.content_start : d.content_end],
                "content_start": d.content_start,
                "content_end": d.content_end,
                "speaker": speaker_dict(resolved[id(d)]),
            }
        )
    disputes = link_disputes(doc, items)
    return [
        _quote(d, items[n], resolved[id(d)], disputes.get(n, []), article_id, text, sent_starts)
        for n, d in enumerate(drafts)
    ]


def _lead_end(doc: Doc, headings: set[int]) -> int:
    """The end of the article's lead: its first two sentences that are not headings."""
    n = 0
    for s in doc.sents:
        if s.start in headings:
            continue
        n += 1
        if n == 2:
            return s.end_char
    return len(doc_text(doc))


def _quote(
    d: Draft,
    item: dict[str, Any],
    res: Resolved,
    disputes: list[dict[str, Any]],
    article_id: str,
    text: str,
    sent_starts: list[int],
) -> Quote:
    assert d.content_start is not None and d.content_end is not None
    sent = max(0, bisect.bisect_right(sent_starts, d.content_start) - 1)
    return Quote(
        article_id=article_id,
        sent=sent,
        kind=d.kind,
        cue=item["cue"],
        cue_start=d.cue_start,
        cue_end=d.cue_end,
        content=item["content"],
        content_start=d.content_start,
        content_end=d.content_end,
        speaker=res.ref,
        anonymous=res.anonymous,
        affiliation=res.affiliation,
        speaker_role=res.role,
        via=tuple(v.text for v in d.via),
        disputes=tuple(disputes),
        id=item["id"],
        via_spans=tuple((v.start, v.end) for v in d.via),
        via_kinds=tuple(v.kind for v in d.via),
        speaker_method=res.method,
        method=d.method,
        closed=all(m.closed for m in d.marks),
    )
