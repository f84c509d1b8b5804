"""Speaker resolution: from the speaker span to an actor, through the actor stage's mentions.

In order: the mention on the speaker's head (the actor stage has resolved names, titles and
pronouns, ``Mention.actor_id`` / ``antecedent``); an unnamed source ("a senior Kenyan
official"); a title or "the official" that repeats an earlier speaker; a pronoun whose only
candidate antecedent in the previous sentences is one person (headings and captions skipped);
else spaCy's entity as a name with no actor id. When it is not sure it leaves the speaker
unresolved: a quote is kept with its speaker text and no actor rather than a wrong one.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.quotes.draft import doc_ents, doc_text
from newsgraph.extract.quotes.lexicon import ANON_NOUNS, SPEAKER_PRONOUNS
from newsgraph.extract.quotes.marks import QuoteMarks
from newsgraph.extract.quotes.sources import Anonymity, Demonyms, describe_source
from newsgraph.types import ActorRef, Mention

_TITLE_SKIP = {"the", "a", "an", "'s", "’s", "his", "her", "its", "their"}


@dataclass(frozen=True)
class Resolved:
    ref: ActorRef | None
    anonymous: bool = False
    affiliation: str | None = None
    role: str | None = None
    method: str | None = None  # mention | coreference | anonymous | title | pronoun | entity |
    # previous | None (unresolved)


class MentionIndex:
    """The actor stage's mentions of one document, by character offset."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self.items = sorted(mentions, key=lambda m: (m.start, -m.end))
        self.starts = [m.start for m in self.items]
        self.by_start = {m.start: m for m in self.items}
        best: dict[str, Mention] = {}
        for m in self.items:  # the fullest name each actor is given in the article
            if m.actor_id is None or m.label in ("PRON", "TITLE"):
                continue
            cur = best.get(m.actor_id)
            if cur is None or len(m.text) > len(cur.text):
                best[m.actor_id] = m
        self.names = {a: m.text for a, m in best.items()}

    def covering(self, start: int, end: int) -> Mention | None:
        """The longest mention that covers [start, end)."""
        i = bisect.bisect_right(self.starts, start)
        best: Mention | None = None
        for m in reversed(self.items[max(0, i - 8) : i]):
            if (
                m.start <= start
                and m.end >= end
                and (best is None or m.end - m.start > best.end - best.start)
            ):
                best = m
        return best

    def inside(self, start: int, end: int) -> list[Mention]:
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self.items) and self.items[i].start < end:
            if self.items[i].end <= end:
                out.append(self.items[i])
            i += 1
        return out

    def token_map(self, doc: Doc) -> tuple[dict[int, str], dict[int, str]]:
        """(token -> sector, token -> country) for the tokens the mentions cover."""
        sectors: dict[int, str] = {}
        countries: dict[int, str] = {}
        for m in self.items:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            for i in range(span.start, span.end):
                if m.sector:
                    sectors.setdefault(i, m.sector)
                if m.country:
                    countries.setdefault(i, m.country)
        return sectors, countries


def _ref(
    text: str,
    start: int,
    end: int,
    m: Mention | None,
    name: str | None = None,
    names: dict[str, str] | None = None,
) -> ActorRef:
    if m is None or m.actor_id is None:
        return ActorRef(
            text, start, end, None, name, m.country if m else None, m.sector if m else None
        )
    best = (names or {}).get(m.actor_id)
    return ActorRef(text, start, end, m.actor_id, best or name or m.text, m.country, m.sector)


def heading_lines(text: str) -> list[tuple[int, int]]:
    """Character ranges of lines that read like a heading or a caption: short and without
    final punctuation ("The road to the summit")."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        s = line.strip()
        if s and s[-1] not in '.!?:"”’)' and len(s.split()) <= 14:
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def heading_sentences(doc: Doc) -> set[int]:
    """Start tokens of sentences that lie on a heading line."""
    lines = heading_lines(doc_text(doc))
    starts = [a for a, _ in lines]
    out: set[int] = set()
    for s in doc.sents:
        i = bisect.bisect_right(starts, s.start_char) - 1
        if i >= 0 and s.end_char <= lines[i][1] + 1:
            out.add(s.start)
    return out


class SpeakerResolver:
    """Resolves the speakers of one document, in text order (later ones may use earlier ones)."""

    def __init__(
        self,
        doc: Doc,
        mentions: MentionIndex,
        demonyms: Demonyms,
        countries: dict[int, str],
        marks: Sequence[QuoteMarks] = (),
    ) -> None:
        self.doc = doc
        self.mark_starts = [m.start for m in marks]
        self.mark_ends = [m.end for m in marks]
        self._titles: list[tuple[Span, set[str], str | None]] | None = None
        self.mentions = mentions
        self.demonyms = demonyms
        self.countries = countries
        self.headings = heading_sentences(doc)
        self.heading_lines = heading_lines(doc_text(doc))
        self._heading_starts = [a for a, _ in self.heading_lines]
        self.history: list[tuple[int, Token, Resolved]] = []  # (offset, head, resolution)

    def resolve(self, head_i: int | None, start: int | None, end: int | None) -> Resolved:
        if head_i is None or start is None or end is None:
            return Resolved(None)
        doc = self.doc
        head = doc[head_i]
        text = doc_text(doc)[start:end]
        res = self._resolve(head, text, start, end)
        self.history.append((start, head, res))
        return res

    def _resolve(self, head: Token, text: str, start: int, end: int) -> Resolved:
        m = self.mentions.covering(head.idx, head.idx + len(head))
        if head.lower_ in SPEAKER_PRONOUNS or head.pos_ == "PRON":
            return self._pronoun(head, text, start, end, m)
        if head.ent_type_ != "PERSON":  # "Kenya’s President William Ruto" parsed badly
            near = (
                [
                    e
                    for e in doc_ents(self.doc)
                    if e.label_ == "PERSON"
                    and start <= e.start_char < end
                    and e.start <= head.i + 4
                ]
                if (head.lemma_.lower() not in ANON_NOUNS or head.pos_ == "PROPN")
                else []
            )
            if near and not any(c.dep_ == "conj" for c in head.children):
                head = near[0][-1]
                m = self.mentions.covering(head.idx, head.idx + len(head)) or m
        if len(list(c for c in head.children if c.dep_ == "conj")) > 0:
            return Resolved(ActorRef(text, start, end), method=None)  # "Paris and the Kremlin"
        anon = describe_source(head, self.demonyms, self.countries)
        if anon.anonymous:
            return Resolved(
                ActorRef(text, start, end), True, anon.affiliation, anon.role, "anonymous"
            )
        if m is not None and m.actor_id is not None:
            return Resolved(
                _ref(text, start, end, m, None, self.mentions.names),
                role=m.role,
                method="coreference" if m.method == "coreference" else "mention",
            )
        definite = head.pos_ == "NOUN" and any(
            c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in head.lefts
        )
        if anon.role or definite:  # "the official", "the spokesman", "the Kenyan president"
            prior = self._title(head, anon)
            if prior is not None:
                r = prior
                ref = r.ref
                if ref is not None:
                    ref = ActorRef(
                        text, start, end, ref.actor_id, ref.name, ref.country, ref.sector
                    )
                return Resolved(ref, r.anonymous, r.affiliation, r.role or anon.role, "title")
        name = self._entity_name(head)
        if name is not None:
            return Resolved(_ref(text, start, end, m, name, self.mentions.names), method="entity")
        country = next(
            (
                self.countries.get(t.i) or self.demonyms.iso3(t.text)
                for t in head.lefts
                if t.dep_ in ("amod", "compound", "poss")
                and (self.countries.get(t.i) or self.demonyms.iso3(t.text))
            ),
            None,
        )
        return Resolved(
            ActorRef(text, start, end, None, None, country, m.sector if m else None),
            role=anon.role,
            method=None,
        )

    def _entity_name(self, head: Token) -> str | None:
        """The PERSON/ORG/GPE/NORP name at ``head``, lengthened to the fullest earlier form
        ("Ruto" -> "William Ruto")."""
        ent = (
            next((e for e in doc_ents(self.doc) if e.start <= head.i < e.end), None)
            if (head.ent_type_)
            else None
        )
        if ent is None:
            if head.pos_ != "PROPN" and not head.text[:1].isupper():
                return None
            toks = [t for t in head.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
            name = " ".join([*(t.text for t in toks), head.text])
        else:
            if ent.label_ not in ("PERSON", "ORG", "GPE", "NORP", "FAC"):
                return None
            name = ent.text
        if " " not in name:
            for e in doc_ents(self.doc):
                if e.start_char >= head.idx:
                    break
                if e.label_ == "PERSON" and e[-1].text == name and len(e) > 1:
                    name = e.text
        return name

    def _title_index(self) -> list[tuple[Span, set[str], str | None]]:
        """PERSON names with the title words around them ("Kenyan President William
        Ruto", "Amina Said, spokeswoman of the Kenyan foreign ministry")."""
        if self._titles is None:
            out = []
            for e in doc_ents(self.doc):
                if e.label_ != "PERSON":
                    continue
                words: set[str] = set()
                country: str | None = None
                for t in self.doc[max(0, e.start - 6) : e.start]:
                    if t.is_punct and t.text not in ("’s", "'s"):
                        words, country = set(), None
                        continue
                    words.add(t.lower_)
                    country = self.demonyms.iso3(t.text) or country
                for c in e.root.children:
                    if c.dep_ == "appos":
                        for t in c.subtree:
                            words.add(t.lower_)
                            country = country or self.demonyms.iso3(t.text)
                out.append((e, words, country))
            self._titles = out
        return self._titles

    def _title_entity(self, head: Token) -> Span | None:
        """The person a title phrase names elsewhere in the article ("the Kenyan president"
        -> "Kenyan President William Ruto"): the closest earlier match, else later."""
        words = [t for t in head.subtree if t.i <= head.i and t.lower_ not in _TITLE_SKIP]
        country = next(
            (self.demonyms.iso3(t.text) for t in words if self.demonyms.iso3(t.text)), None
        )
        need = {t.lower_ for t in words if not self.demonyms.iso3(t.text)}
        if not need or head.lower_ not in need:
            return None
        before = after = None
        for e, ctx, c in self._title_index():
            if not need <= ctx or (country and c != country):
                continue
            if e.start < head.i:
                before = e
            elif after is None and e.start > head.i:
                after = e
        return before or after

    def _title(self, head: Token, anon: Anonymity) -> Resolved | None:
        """An earlier speaker this definite description repeats ("the official" after
        "a senior Kenyan official"; "the spokesman" after "X, spokesman of ...")."""
        role = anon.role or head.lemma_.lower()
        words = {t.lower_ for t in head.subtree if t.lower_ not in _TITLE_SKIP and t.i <= head.i}
        for _, _h, r in reversed(self.history[-12:]):
            if r.anonymous and r.role == role and role in ANON_NOUNS:
                return r
            if (
                r.ref is not None
                and r.ref.actor_id is not None
                or (r.ref is not None and r.method == "entity")
            ):
                assert r.ref is not None
                if words and words <= set(r.ref.text.lower().replace(",", " ").split()):
                    return r
        ent = self._title_entity(head)
        if ent is not None:
            cm = self.mentions.covering(ent.start_char, ent.end_char)
            return Resolved(
                _ref(
                    ent.text,
                    ent.start_char,
                    ent.end_char,
                    cm,
                    self._entity_name(ent[-1]) or ent.text,
                    self.mentions.names,
                ),
                method="title",
            )
        return None

    def _pronoun(self, head: Token, text: str, start: int, end: int, m: Mention | None) -> Resolved:
        if m is not None and m.actor_id is not None:
            return Resolved(
                _ref(text, start, end, m, None, self.mentions.names),
                role=m.role,
                method="coreference",
            )
        if m is not None and m.antecedent is not None:
            ante = self.mentions.by_start.get(m.antecedent)
            if ante is not None and ante.actor_id is not None:
                return Resolved(
                    _ref(text, start, end, ante, None, self.mentions.names),
                    role=ante.role,
                    method="coreference",
                )
        if head.lower_ not in ("he", "she", "him", "her"):
            return Resolved(ActorRef(text, start, end), method=None)
        cand = self._antecedent(head)
        if cand is None:
            return Resolved(ActorRef(text, start, end), method=None)
        if isinstance(cand, Resolved):
            ref = cand.ref
            if ref is None or (ref.actor_id is None and ref.name is None):
                return Resolved(ActorRef(text, start, end), method=None)
            return Resolved(
                ActorRef(text, start, end, ref.actor_id, ref.name, ref.country, ref.sector),
                cand.anonymous,
                cand.affiliation,
                cand.role,
                "pronoun",
            )
        cm = self.mentions.covering(cand.start_char, cand.end_char) or next(
            iter(self.mentions.inside(cand.start_char, cand.end_char)), None
        )
        name = self._entity_name(cand[-1]) or cand.text
        return Resolved(
            _ref(text, start, end, cm, name, self.mentions.names),
            role=cm.role if cm else None,
            method="pronoun",
        )

    def _antecedent(self, pron: Token) -> Span | Resolved | None:
        """What a he/she refers to, looking back over this sentence and the two before it
        (headings and captions skipped), closest first: an earlier speaker there; else the
        subject of the sentence when it is a name (or a title that names one person); else
        the one person named there. Two candidates, or a subject we cannot name: None."""
        doc = self.doc
        sent = pron.sent
        line_start = doc_text(doc).rfind("\n", 0, pron.idx) + 1
        first = sent.start
        while first < pron.i and doc[first].idx < line_start and self._on_heading(doc[first].idx):
            first += 1
        window: list[Span] = [doc[first : pron.i]]
        s = sent
        while len(window) < 3 and s.start > 0:
            s = doc[s.start - 1].sent
            if s.start in self.headings:
                continue
            window.append(s)
        for part in window:
            if not len(part):
                continue
            earlier = [
                r
                for off, _, r in self.history
                if part.start_char <= off < part.end_char and off < pron.idx
            ]
            if earlier:
                return earlier[-1]
            subj = self._root_subject(part)
            if subj is not None and not self._on_heading(subj.idx):
                found = self._person_at(subj)
                if found is not None:
                    return found
                if subj.lemma_.lower() in ANON_NOUNS or subj.lower_ in (
                    "president",
                    "leader",
                    "king",
                    "emir",
                    "premier",
                    "chancellor",
                ):
                    return None  # a title we cannot name: not a guess at someone else
            persons = [
                e
                for e in part.ents
                if e.label_ == "PERSON"
                and not self._in_quote(e.start_char)
                and not self._on_heading(e.start_char)
            ]
            if not persons:
                continue
            if len({e[-1].lower_ for e in persons}) == 1:
                return persons[-1]
            return None
        return None

    def _root_subject(self, part: Span) -> Token | None:
        root = part[0].sent.root if len(part) else None
        if root is None:
            return None
        for c in root.children:
            if c.dep_ in ("nsubj", "nsubjpass") and part.start <= c.i < part.end:
                return c
        return None

    def _person_at(self, tok: Token) -> Span | None:
        """A person's name at ``tok``: a PERSON entity, a capitalised name that is not a
        country, or a title that names one person in the article."""
        for e in doc_ents(self.doc):
            if e.start <= tok.i < e.end:
                if e.label_ == "PERSON":
                    return e
                break
        # a capitalised name that is no country (the small model tags some unfamiliar surnames GPE)
        if (
            tok.pos_ == "PROPN"
            and tok.ent_type_ not in ("NORP", "LOC", "DATE")
            and (self.demonyms.iso3(tok.text) is None)
        ):
            return self.doc[tok.i : tok.i + 1]
        if tok.pos_ == "NOUN":
            return self._title_entity(tok)
        return None

    def _on_heading(self, offset: int) -> bool:
        i = bisect.bisect_right(self._heading_starts, offset) - 1
        return i >= 0 and offset < self.heading_lines[i][1]

    def _in_quote(self, offset: int) -> bool:
        i = bisect.bisect_right(self.mark_starts, offset) - 1
        return i >= 0 and offset < self.mark_ends[i]
