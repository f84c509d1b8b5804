"""The attribution chain: what each quote came through, in order from the speaker outwards.

Per quote, ``via`` is built while assembling: the media its cue names ("told Reuters", "said in
its readout"), then the speaker of any attribution it is nested in ("Xinhua reported that ...",
"a statement from Merkel's office quoted her as saying"), then that one's media. Here the chain
is tidied (a generic "the report" becomes the agency named earlier in the article, duplicates
go) and the article-level source is added: a story whose lead credits a wire ("as reported by
two Kenyan officials to Reuters", "(Reuters) -") has every quote come through that wire.
"""

from __future__ import annotations

import re

from newsgraph.agencies import alternation
from newsgraph.extract.quotes.draft import Draft, ViaItem
from newsgraph.extract.quotes.lexicon import NEWS_AGENCIES

_GENERIC = {"report", "agency", "statement", "readout", "news agency", "outlet", "website"}
_DATELINE = re.compile(r"\((" + alternation() + r")\)")
_LEAD_CHARS = 700


def _is_generic(text: str) -> str | None:
    words = text.lower().split()
    if words and words[0] in ("the", "this", "that"):
        words = words[1:]
    rest = " ".join(words)
    return rest if rest in _GENERIC else None


def tidy_chains(drafts: list[Draft], text: str, outlet: str | None, lead_end: int) -> None:
    """Resolve generic media to the last named agency, drop repeats, add the article's wire."""
    last_agency: str | None = None
    for d in sorted(drafts, key=lambda d: d.cue_start):
        chain: list[ViaItem] = []
        for v in d.via:
            generic = _is_generic(v.text)
            if generic and last_agency:
                v = ViaItem(f"{last_agency} {generic}", v.start, v.end, v.kind)
            if v.kind == "agency" or v.text.lower() in NEWS_AGENCIES:
                last_agency = v.text
            if v.text.lower().startswith("the "):
                v = ViaItem(v.text[4:], v.start, v.end, v.kind)
            if all(v.text != c.text for c in chain):
                chain.append(v)
        d.via = chain
    wire = article_wire(drafts, text, outlet, lead_end)
    if wire is None:
        return
    for d in drafts:
        if all(v.text.lower() != wire.text.lower() for v in d.via):
            d.via.append(wire)


def article_wire(
    drafts: list[Draft], text: str, outlet: str | None, lead_end: int
) -> ViaItem | None:
    """The wire service a rewritten story credits in its lead (its first two sentences that
    are not headings): "(Reuters) -", "as reported by three officials to Reuters"."""
    m = _DATELINE.search(text[:300])
    found: ViaItem | None = None
    if m:
        found = ViaItem(m.group(1), m.start(1), m.end(1), "article")
    else:
        for d in sorted(drafts, key=lambda d: d.cue_start):
            if d.cue_start > min(lead_end, _LEAD_CHARS):
                break
            agencies = [v for v in d.via if v.kind == "agency" and v.text.lower() in NEWS_AGENCIES]
            if agencies:
                v = agencies[-1]
                found = ViaItem(v.text, v.start, v.end, "article")
                break
    if found is None:
        return None
    if outlet and found.text.lower() in outlet.lower():
        return None  # the outlet's own story
    return found
