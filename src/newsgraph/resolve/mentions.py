"""The "actors" doc stage: every actor mention of an article, resolved for the article's date.

Methods, in order of trust: ``dictionary`` (a KB alias found by the actor ruler),
``coreference`` (a surname after a full name, a title phrase such as "the Kenyan president",
a pronoun for the subject of the previous sentence), ``fuzzy`` (a transliteration-aware
rapidfuzz match; the score is the confidence) and ``ner`` (an entity spaCy found that nothing
resolves: kept with ``actor_id=None``, never forced onto a code).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from newsgraph.config import Settings
from newsgraph.names import given_name_forms, norm_alias, person_name_variants
from newsgraph.quoting import quote_depths
from newsgraph.registry import register_stage
from newsgraph.resolve.actors import FAMILY_NAME_FIRST, load_kb
from newsgraph.resolve.context import (
    FEMALE_HONORIFICS,
    FEMALE_NOUNS,
    GOV_NOUNS,
    MALE_HONORIFICS,
    MALE_NOUNS,
    MIL_NOUNS,
    PERSON_NOUNS,
    PLACE_NOUNS,
    capital_acts,
    context_countries,
    contradicting_first_name,
    in_headline,
    is_headline,
    longer_name,
    lower_texts,
    lowercase_words,
    named_in_full,
    named_people,
    owner_state,
    pick_local,
    place_like,
    plausible_first_name,
    sports_sentence,
    used_as_name,
)
from newsgraph.resolve.discovered import (
    Found,
    acronym_of,
    clean_name,
    discovered_id,
    is_initial,
    stated_role,
)
from newsgraph.resolve.fuzzy import GENERIC_ORG_WORDS, FuzzyIndex
from newsgraph.resolve.kb import KnowledgeBase, translit_key
from newsgraph.resolve.leading import leader_titles
from newsgraph.resolve.ministries import ministry_of, ministry_sector
from newsgraph.resolve.places.org_names import org_name_after
from newsgraph.resolve.ruler import add_actor_rulers  # registers the "actors" nlp extender
from newsgraph.resolve.surnames import (
    is_surname,
    pick_shared,
    successor_by_name,
    surname_in_context,
)
from newsgraph.resolve.titles import FORMER_CUES, TitlePhrase, find_titles
from newsgraph.types import Actor, Mention, Parsed, Skip

LOC_PREPS = {
    "in",
    "at",
    "to",
    "from",
    "near",
    "into",
    "toward",
    "towards",
    "across",
    "through",
    "around",
    "outside",
    "inside",
    "via",
    "over",
    "after",
    "within",
    "past",
    "beyond",
    "on",
    "of",
}
MOVE_VERBS = {
    "visit",
    "travel",
    "fly",
    "arrive",
    "reach",
    "leave",
    "enter",
    "capture",
    "seize",
    "take",
    "approach",
    "storm",
    "attack",
    "bomb",
    "strike",
    "hit",
    "shell",
    "besiege",
    "encircle",
    "flee",
    "return",
    "march",
}
PRONOUNS = {"he", "she"}
_INDEFINITE = {"a", "an", "another", "one"}
# KB aliases that are English words in capitals too: in an all-caps headline, the words.
_WORD_ALIASES = {"IS", "WHO"}
_ENT_LABELS = {"PERSON", "ORG", "NORP", "GPE"}
# The head of an organisation or a state body ("army chief", "CIA chief", "RSF leader", "UN
# chief", "IMF chief"): the holder of the first of these offices it has that day.
_BODY_HEAD_TITLES = (
    "leader",
    "commander",
    "director",
    "chief of staff",
    "secretary-general",
    "director-general",
    "managing director",
    "president",
    "chairperson of the commission",
    "high commissioner for refugees",
    "high commissioner for human rights",
    "commissioner-general",
    "under-secretary-general for humanitarian affairs",
)
# Titles of a reigning house (titles.py's canonical titles): held by birth, not by office.
MONARCH_TITLES = {"king", "queen", "emir", "sultan", "emperor", "crown prince"}


@dataclass
class _M:
    """A mention under construction, with its tokens."""

    span: Span
    label: str
    actor_id: str | None
    method: str
    confidence: float
    title: TitlePhrase | None = None
    former: bool = False
    antecedent: int | None = None
    role: str | None = None
    country: str | None = None
    sector: str | None = None
    candidates: tuple[str, ...] = ()
    surname: bool = False  # a bare surname of a KB person: resolved only in context
    chosen: bool = False  # a surname read as one of several people named in full (_most_named)


@dataclass(frozen=True)
class _ArticleCues:
    """The states and bodies an article names (``context_countries``) and the KB people it
    names in full with their offices' states (``named_people``): called with a person, the
    cues for that person's bare surname (the states of the *other* people named count)."""

    countries: set[str]
    named: dict[str, set[str]]

    def __call__(self, person: Actor) -> set[str]:
        others = {c for pid, cs in self.named.items() if pid != person.id for c in cs}
        return self.countries | others


def _in_context(
    m: _M, kb: KnowledgeBase, day: date | None, cues_of: _ArticleCues, heirs: tuple[str, ...]
) -> None:
    """A bare surname read in its article (``resolve/surnames.py``): one person's surname kept
    only in context; a surname several KB people have, one of them or none; an owner's
    surname alias that others bear too (``heirs``), its bearer of the day."""
    person = kb.get(m.actor_id) if m.actor_id is not None else None
    if m.surname and person is not None:
        if not surname_in_context(person, day, m.title, cues_of(person)):
            m.candidates, m.actor_id, m.method, m.confidence = (person.id,), None, "ner", 0.0
            return
    elif m.surname and m.actor_id is None and m.candidates:  # a surname several KB people have
        people = [a for a in map(kb.get, m.candidates) if a is not None]
        pick = pick_shared(people, day, m.title, cues_of)
        if pick is not None:
            m.actor_id, m.method, m.confidence = pick.id, "dictionary", 0.9
    if person is not None and heirs:  # "Khamenei" in mid-2026: the son
        others = [a for a in map(kb.get, heirs) if a is not None]
        m.actor_id = successor_by_name(person, others, day, cues_of).id


@register_stage("actors")
class ActorStage:
    """Built once per pipeline: loads the KB and its fuzzy index (not per document)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.kb = load_kb(settings)
        self.fuzzy = FuzzyIndex(self.kb)

    def __call__(self, batch: list[Parsed]) -> list[Parsed | Skip]:
        out: list[Parsed | Skip] = []
        for p in batch:
            found: dict[str, Found] = {}
            mentions = resolve_doc(
                p.doc,
                p.article.id,
                p.article.published,
                self.kb,
                self.fuzzy,
                self.settings.fuzzy_threshold,
                discovered=found,
            )
            ids = sorted({m.actor_id for m in mentions if m.actor_id})
            actors = [a for a in (self.kb.get(i) for i in ids) if a is not None]
            actors += [found[i].actor() for i in ids if i in found and i not in self.kb]
            out.append(p.with_facts("mentions", mentions).with_facts("actors", actors))
        return out


def resolve_doc(
    doc: Doc,
    article_id: str,
    day: date | None,
    kb: KnowledgeBase,
    fuzzy: FuzzyIndex,
    threshold: float,
    *,
    discovered: dict[str, Found] | None = None,
) -> list[Mention]:
    """The actor mentions of ``doc``; ``discovered`` (when given) receives the corpus actors
    (names the KB lacks) that the mentions point at, by id."""
    # spaCy builds ``doc.ents`` (a Token pass) on every access: read once, passed down
    all_ents = doc.ents
    titles = find_titles(doc, kb, all_ents)
    consumed: set[int] = set()
    prefix: dict[int, TitlePhrase] = {}  # person ent start -> title before/after it
    ents = [e for e in all_ents if e.label_ in _ENT_LABELS]
    by_start = {e.start: e for e in ents}
    by_end = {e.end: e for e in ents}
    standalone: list[TitlePhrase] = []
    trimmed: dict[int, Span] = {}  # ent start -> the name after a title inside it
    for t in titles:
        kb_name = next(
            (
                e
                for e in ents
                if t.start <= e.start < t.end < e.end and e.label_ == "PERSON" and e.ent_id_
            ),
            None,
        )
        if kb_name is not None and t.title in MONARCH_TITLES:
            # "King Hussein", "Jordan's King Salman": a KB name with a reigning house's title;
            # the name is the person's mention, so a state before it stays the state's
            prefix[kb_name.start] = t
            continue
        inside = next(
            (
                e
                for e in ents
                if t.start <= e.start < t.end < e.end and e.label_ == "PERSON" and not e.ent_id_
            ),
            None,
        )
        if inside is not None:  # "King Hussein", "Crown [Prince Hassan]": one PERSON entity
            trimmed[inside.start] = Span(doc, t.end, inside.end, label="PERSON")
            prefix[t.end] = t
            consumed.update(range(t.start, t.end))
            continue
        comma = t.end < len(doc) and doc[t.end].text == ","
        nxt = t.end + (1 if t.end < len(doc) and doc[t.end].text in (",", "[", "]") else 0)
        nxt += 1 if nxt < len(doc) and doc[nxt].text in ("[", "]") else 0
        prev = t.start - (1 if t.start > 0 and doc[t.start - 1].text == "," else 0)
        after = by_start.get(nxt)
        before = by_end.get(prev) if prev != t.start else None
        if (
            after is not None
            and after.label_ == "PERSON"
            and (not comma or _linked(after.root, t, doc))
        ):
            prefix[nxt] = t  # "Kenyan Foreign Minister Musalia Mudavadi", "Emir of Kuwait, Mishal"
        elif (
            before is not None
            and before.label_ == "PERSON"
            and doc[t.head].dep_ == "appos"
            and before.start <= doc[t.head].head.i < before.end
        ):
            prefix[before.start] = t  # "Amina Said, spokeswoman of the foreign ministry"
        else:
            standalone.append(t)
        consumed.update(range(t.start, t.end))
    taken = consumed | {i for e in all_ents for i in range(e.start, e.end)}
    lower = lowercase_words(doc)

    found: list[_M] = []
    cues_of: _ArticleCues | None = None  # for bare surnames (surnames.py), built on first use
    countries = context_countries(doc, kb, people=True, ents=all_ents)  # local aliases
    for k, e in enumerate(ents):
        if e.start in consumed and e.start not in trimmed:
            continue  # a title's qualifier ("Iranian" in "Iranian President ...") or title word
        e = trimmed.get(e.start, e)
        if found and found[-1].span.start < e.start < found[-1].span.end:
            continue  # inside the mention before it ("Omar" of "Salih Omar")
        if (
            e.label_ == "PERSON"
            and not e.ent_id_
            and k + 1 < len(ents)
            and ents[k + 1].label_ == "PERSON"
            and (
                ents[k + 1].start == e.end
                or (ents[k + 1].start - e.end == 1 and doc[e.end].text in ("]", "[", "-"))
            )
        ):
            if ents[k + 1].start - 1 >= 0 and e.start in prefix:
                prefix[ents[k + 1].start] = prefix[e.start]
            continue  # "[... William] Ruto": a name the NER split in two
        adjacent = ents[k - 1] if k > 0 and ents[k - 1].end == e.start else None
        m = _resolve_ent(
            e, kb, fuzzy, threshold, found, taken, adjacent, lower, countries, all_ents
        )
        if m is None:
            continue
        pre = prefix.get(e.start)
        if pre is not None:
            m.title = pre
            m.former = pre.former
        m.former = m.former or _former_cue(doc, e.start)
        heirs = (
            kb.also_named(m.span.text, m.actor_id)
            if m.method == "dictionary" and m.actor_id is not None and len(m.span) == 1
            else ()
        )
        if m.surname or heirs:
            if cues_of is None:
                cues_of = _ArticleCues(
                    set(context_countries(doc, kb, ents=all_ents)), named_people(doc, kb, all_ents)
                )
            _in_context(m, kb, day, cues_of, heirs)
        if len(m.span) == 1 and _title_not_held(m.title, m.actor_id, kb):
            # "King Hussein" after "Saddam Hussein", "President Carter" in 2016
            m.actor_id, m.method, m.confidence, m.antecedent = None, "ner", 0.0, None
        found.append(m)
    found += _short_names(doc, found, kb)
    for t in standalone:
        for part in _split_counterparts(doc, t):
            m = _resolve_title(doc, part, kb, day, found)
            if m is not None:
                found.append(m)
    found.sort(key=lambda m: m.span.start)
    corpus = _discover(found, kb, lower)
    if discovered is not None:
        discovered.update(corpus)
    _by_honorific(doc, found)
    found = _pronouns(doc, found)
    sent_starts = [s.start_char for s in doc.sents]
    out = []
    for m in found:
        out.append(_finish(m, article_id, day, kb, sent_starts, corpus))
    return out


_CORPUS_CONFIDENCE = {"PERSON": 0.8, "ORG": 0.7, "NORP": 0.6}


def _discover(found: list[_M], kb: KnowledgeBase, lower: set[str]) -> dict[str, Found]:
    """Give the unresolved PERSON, ORG and NORP mentions corpus actors (see
    ``resolve/discovered.py``). First the full names (two words or more, the first a
    plausible first name; organisations), then the short forms: a surname or first name that
    one full name of the article ends or starts with (the KB's people included: "Hillary"
    after "Hillary Clinton"), an acronym of a name, a coreferent of a named mention. A lone
    name that no full name explains stays unresolved, and so do a headline's words (its
    sentence's or its line's) and a one-word function word ("Beyond" of a book title)."""
    out: dict[str, Found] = {}
    places = _place_names(found[0].span.doc) if found else frozenset()
    by_start = {m.span.start_char: m for m in found}
    short: dict[str, set[str]] = {}
    fulls: list[tuple[str, str]] = []  # the people named in full: (name, actor id)
    acronyms: dict[str, str] = {}
    rest: list[_M] = []
    lone: list[_M] = []  # lone PERSON names no full name explains
    for m in found:
        if m.label == "PERSON" and m.actor_id is not None:
            known = kb.get(m.actor_id)
            for full in (m.span.text, known.name if known and known.type == "person" else ""):
                _add_short(short, full, m.actor_id)
                fulls.append((clean_name(full), m.actor_id))
        if m.actor_id is not None or m.label not in _CORPUS_CONFIDENCE or m.candidates:
            continue  # resolved, not a name, or too close to a KB actor to be a new one
        name = clean_name(m.span.text, person=m.label == "PERSON")
        words = name.split()
        if ministry_sector(words) is not None:
            continue  # "the Interior Ministry" of no state said: every state's, no one actor
        if len(words) == 1 and words[0].lower() in GOV_NOUNS | MIL_NOUNS:
            continue  # "Army chief ...", "Police said": a body of no state said, no one actor
        if (
            m.antecedent is not None
            or len(words) < 2
            or (m.label == "PERSON" and not plausible_first_name(_first(m.span, words), lower))
            or (m.label == "PERSON" and is_initial(words[0]))  # "J. Smith": below
            or not _nameish(name)
            or (
                in_headline(m.span)
                and (m.label != "PERSON" or any(w.lower() in lower for w in words[1:]))
            )
        ):  # Title Case headlines fool the NER: "Hillary Asking Moderator"
            rest.append(m)
            continue
        if m.span.text.lower() in places:
            continue  # "Kefraya" of "the towns of Fua and Kefraya": a place, every time
        aid = _name_actor(m, name, kb, out)
        if aid is None:
            continue
        if m.label == "PERSON":
            _add_short(short, name, aid)
            fulls.append((name, aid))
        elif m.label == "ORG" and len(acr := acronym_of(name)) >= 2:
            acronyms.setdefault(acr, aid)
    _surnames_named_later(found, out)
    for m in rest:
        if m.antecedent is not None:  # "Yun" after "Joseph Yun"
            ante = by_start.get(m.antecedent)
            if ante is not None and ante.actor_id in out:
                m.actor_id, m.confidence = ante.actor_id, 0.8
                out[ante.actor_id].aliases.append(m.span.text)
            if ante is not None:
                continue
        name = clean_name(m.span.text, person=m.label == "PERSON")
        words = name.split()
        if len(words) >= 2 and (aid := discovered_id(name, m.label, kb)) in out:
            # a headline's "Dresdner Bank" when the text names it too: that actor
            m.actor_id, m.method, m.confidence = aid, "coreference", 0.8
            out[aid].aliases.append(name)
            continue
        if m.label == "PERSON" and len(words) >= 2 and is_initial(words[0]):
            # "J. Smith": the one person of the article it can be, else an actor of its own
            # (the store merges it with a "John Smith" of other articles)
            ids = {aid for full, aid in fulls if person_name_variants(full, name)}
            if len(ids) == 1:
                aid = next(iter(ids))
                m.actor_id, m.method, m.confidence = aid, "coreference", 0.8
                if aid in out:
                    out[aid].aliases.append(name)
            elif not ids and _nameish(name) and not is_headline(m.span.sent):
                _name_actor(m, name, kb, out)
            continue
        ids = short.get(norm_alias(name), set()) if len(words) == 1 else set()
        ids = {aid for aid in ids if not _title_not_held(m.title, aid, kb)}
        if m.label in ("PERSON", "ORG") and len(ids) == 1:
            aid = next(iter(ids))
            m.actor_id, m.method, m.confidence = aid, "coreference", 0.8
            if aid in out:
                out[aid].aliases.append(name)
            continue
        if m.label == "ORG" and name in acronyms:
            aid = acronyms[name]
            m.actor_id, m.method, m.confidence = aid, "coreference", 0.8
            out[aid].aliases.append(name)
            continue
        if m.label == "PERSON" and len(words) == 1 and not m.candidates:
            lone.append(m)
        if (
            m.label == "PERSON"
            or len(words) != 1
            or not _nameish(name)
            or name.lower() in lower
            or in_headline(m.span)
            or (m.span.vocab[name.lower()].is_stop and not name.isupper())  # "Beyond"
            or (m.label == "NORP" and not name.endswith("s") and m.span.root.dep_ not in _NOUNISH)
            or m.span.text.lower() in places
        ):
            continue  # a lone name, a common word, a demonym-like adjective: unresolved
        _name_actor(m, name, kb, out)  # "Facebook", "Democrats"
    _lone_names_of_organisations(found, lone, out)
    return out


def _surnames_named_later(found: list[_M], out: dict[str, Found]) -> None:
    """A bare surname left unresolved (no earlier full name, no context for the KB person of
    that surname, or a surname several KB people share) that the article names in full later
    is that person: a headline's "Clinton" before "Hillary Clinton" in the text (not Bill),
    "Mattis" before "Peter Mattis". Two people of that surname named in full: still none. A
    surname already read as a KB person in context stays so ("President Obama" in an article
    that names only "Michelle Obama" in full)."""
    named = _named_in_full(found)
    for m in found:
        if m.actor_id is not None or not m.surname or m.title is not None or len(m.span) != 1:
            continue
        people = named.get(norm_alias(m.span.text), {})
        if len(people) == 1:
            ((aid, full),) = people.items()
            m.actor_id, m.method, m.confidence = aid, "coreference", 0.8
            m.antecedent = full.span.start_char
            if aid in out:
                out[aid].aliases.append(m.span.text)


def _named_in_full(found: list[_M]) -> dict[str, dict[str, _M]]:
    """The resolved people the article names in full, by surname: surname -> actor -> the
    first full-name mention."""
    named: dict[str, dict[str, _M]] = {}
    for m in found:
        words = clean_name(m.span.text).split() if m.label == "PERSON" else []
        if m.actor_id is not None and len(words) >= 2:
            named.setdefault(norm_alias(words[-1]), {}).setdefault(m.actor_id, m)
    return named


def _lone_names_of_organisations(found: list[_M], lone: list[_M], out: dict[str, Found]) -> None:
    """A lone PERSON name that the article also names, in the same words, as a resolved
    organisation ("Acme" tagged ORG elsewhere, then "Acme said" tagged PERSON) is that
    organisation: the NER's label varies from sentence to sentence, the name does not."""
    orgs: dict[str, str] = {}
    for m in found:
        if m.label == "ORG" and m.actor_id is not None:
            orgs.setdefault(norm_alias(clean_name(m.span.text, person=False)), m.actor_id)
    for m in lone:
        aid = orgs.get(norm_alias(clean_name(m.span.text, person=False)))
        if m.actor_id is None and aid is not None:
            m.actor_id, m.method, m.confidence = aid, "coreference", _CORPUS_CONFIDENCE["ORG"]
            if aid in out:
                out[aid].aliases.append(m.span.text)


def _first(span: Span, words: list[str]) -> Token:
    """The token of ``span`` that the cleaned name starts with (after "Mr", "Sen.")."""
    return next((t for t in span if t.text == words[0]), span[0])


# A singular NORP is a group only as a noun ("a Democrat, he ..."), not as a modifier.
_NOUNISH = {"nsubj", "nsubjpass", "dobj", "pobj", "appos", "attr", "conj", "ROOT"}


def _add_short(short: dict[str, set[str]], name: str, aid: str) -> None:
    words = clean_name(name).split()
    if len(words) >= 2:
        for w in {words[0], words[-1], words[-1].split("-")[-1]}:
            if len(w) > 1:
                short.setdefault(norm_alias(w), set()).add(aid)


def _nameish(name: str) -> bool:
    """Looks like a name: two letters or more, a capital, not a court case ("X v. Y") nor a
    list ("Cleanliness, Godliness")."""
    letters = [c for c in name if c.isalpha()]
    return (
        len(letters) >= 2
        and any(c.isupper() for c in letters)
        and " v. " not in name
        and "," not in name
        and " v " not in name
        and " vs" not in name
    )


def _place_names(doc: Doc) -> frozenset[str]:
    """The names the article uses as places somewhere, in lower case: those that read as
    places where they stand (``place_like``: "the towns of Fua and Kefraya", "the al-Foua and
    Kefraya towns", "the village of Tal Qasab"). Such a name is no actor of the corpus
    anywhere in the article ("Kefraya has been besieged"), unless the article also names a
    body by it ("the al-Sheitaat towns" and "the al-Sheitaat tribe"). The NER's place label
    is not enough, even after "in" or "from": it tags an unknown person or company GPE or
    FAC now and then ("Abu Zubair al-Fictioni later met ...", "a stake in Valeant")."""
    out, named_bodies = set(), set()
    for e in doc.ents:
        if e.ent_id_ or e.label_ not in ("ORG", "PERSON", "GPE", "LOC", "FAC"):
            continue
        camp = e.end < len(doc) and doc[e.end].lower_ in ("camp", "camps")
        if place_like(e, ORG_HEADS) and not camp:  # "the Sanders camp" is a candidate's
            out.add(e.text.lower())
        if e.end < len(doc) and doc[e.end].lower_ in _BODY_NOUNS:
            named_bodies.add(e.text.lower())  # "the al-Sheitaat tribe": a group as well
    return frozenset(out - named_bodies)


def _named_as_place(e: Span, ents: Sequence[Span] | None) -> bool:
    """Whether the article calls the name ``e`` a place somewhere, right after a place noun
    ("the militant-held town of Al Mayadeen"): then a media outlet of that name is the town
    everywhere in the article, unless it also names the outlet as a body
    ("Al Mayadeen television", ``_BODY_NOUNS``)."""
    key = e.text.lower()
    same = [x for x in (ents if ents is not None else e.doc.ents) if x.text.lower() == key]
    doc = e.doc
    if any(x.end < len(doc) and doc[x.end].lower_ in _BODY_NOUNS for x in same):
        return False
    return any(
        x.start >= 2
        and doc[x.start - 1].lower_ == "of"
        and doc[x.start - 2].lemma_.lower() in PLACE_NOUNS
        for x in same
    )


def _name_actor(m: _M, name: str, kb: KnowledgeBase, out: dict[str, Found]) -> str | None:
    """Point ``m`` at the corpus actor ``name`` names (created on first sight)."""
    aid = discovered_id(name, m.label, kb)
    if aid is None:
        return None
    f = out.setdefault(aid, Found(aid, name, _CORPUS_TYPES[m.label]))
    f.aliases.append(name)
    m.actor_id, m.method, m.confidence = aid, "corpus", _CORPUS_CONFIDENCE[m.label]
    if f.country is None and not m.former:
        f.country, f.role = stated_role(m.span, kb)
        title = m.title
        if title is not None and title.countries and f.country in (None, *title.countries):
            # the title's country, unless the text names another state as the employer: "the
            # US special representative for Syria, James Jeffrey" is a USA envoy
            f.country = title.countries[0]
            f.role = f"{f.country} {title.title}"
            f.sector = title_sector(title, kb)
    return aid


_CORPUS_TYPES = {"PERSON": "person", "ORG": "organisation", "NORP": "group"}
# Nouns after a one-word name that make it a family, no actor: "the Barzani clan".
_KIN_GROUPS = frozenset({"clan", "clans", "family", "families", "dynasty", "household", "tribe"})


def _resolve_ent(
    e: Span,
    kb: KnowledgeBase,
    fuzzy: FuzzyIndex,
    threshold: float,
    earlier: list[_M],
    taken: set[int] = frozenset(),  # type: ignore[assignment]
    prev: Span | None = None,
    lower: set[str] = frozenset(),  # type: ignore[assignment]
    countries: Counter[str] | None = None,
    ents: Sequence[Span] | None = None,  # ``doc.ents`` when the caller has read it
) -> _M | None:
    doc = e.doc
    if (
        e.label_ == "PERSON"
        and len(e) == 1
        and e.end < len(doc)
        and doc[e.end].lower_ in _KIN_GROUPS
    ):
        return None  # "the Assad family": a kin group, neither the person nor an actor
    if e.ent_id_ and e.text in _WORD_ALIASES and _all_caps(e.sent):
        return None  # "DOCTOR IS RELEASED", "WHO IS TO BLAME": the word, not ISIS or the WHO
    if e.ent_id_:
        hits = [h for h in kb.lookup(e.text) if h.actor_id == e.ent_id_]
        kind = hits[0].kind if hits else "alias"
        actor = kb.get(e.ent_id_)
        if actor is None:
            return None
        person_before = prev if prev is not None and prev.label_ == "PERSON" else None
        if person_before is not None and (
            person_before.ent_id_ or not all(t.is_title or t.is_upper for t in e if t.is_alpha)
        ):  # a name's last word is capitalised: "Lewis Hamilton", not "X Russian intelligence"
            person_before = None
        if actor.type == "institution" and (other := _other_states_ministry(e, actor, kb, ents)):
            return other  # "the Pakistani Foreign Office": not the KB's "Foreign Office"
        if actor.type == "person":
            before = _name_before(e, prev, taken)
            span = contradicting_first_name(e, actor, before, lower)
            if span is not None and _unknown_opening_word(span, kb):
                return _M(span, "PERSON", None, "ner", 0.0, candidates=(actor.id,))
            if span is not None:  # "Kevin Harris" is not Kamala Harris
                return _M(span, "PERSON", None, "ner", 0.0)
            span = named_in_full(e, actor, before, lower)
            if span is not None:  # "Charles Schumer": the KB's Chuck Schumer, in full
                return _M(span, "PERSON", actor.id, "dictionary", 0.9)
        elif person_before is not None:  # "Lewis Hamilton": not Bermuda's capital
            return _M(doc[person_before.start : e.end], "PERSON", None, "ner", 0.0)
        elif kind == "demonym" and actor.type == "state" and (org := _named_org(e)) is not None:
            return _resolve_org_name(org, kb, fuzzy, threshold)
        elif longer_name(e, taken) is not None:
            return None  # "Panama Papers", "Iran Air": not the shorter entity
        elif e.label_ in ("GPE", "LOC", "FAC") and org_name_after(e):
            return None  # "Syria TV", "Aleppo Today": an organisation named after the place
        elif kind == "demonym" and prev is not None and prev.label_ in ("GPE", "ORG", "NORP"):
            return None  # "Cleveland Indians": a team; "African Americans"
        elif (
            kind == "demonym"
            and e.start >= 2
            and doc[e.start - 1].text == "-"
            and doc[e.start - 2].is_title
        ):
            return None  # "African-Americans", "Turkish-Iranian": not this state alone
        elif kind == "demonym" and _a_language(e):
            return None  # "Spanish-language ads", "in Spanish": the language, not Spain
        elif kind == "demonym" and actor.type == "state" and _before_a_nation(e, kb, ents):
            return None  # "Cuban Americans", "Turkish Cypriots": people of another state
        elif e.label_ != "PERSON" and actor.type != "party" and _the_race_for(e):
            return None  # "White House hopefuls", "his White House bid": the office sought
        elif actor.type == "media" and _named_as_place(e, ents):
            return None  # "Al Mayadeen" of "the town of Al Mayadeen": the town, not the channel
        if actor.type == "state":
            nxt = doc[e.end] if e.end < len(doc) else None
            if kind == "demonym" and e.root.dep_ != "amod" and sports_sentence(e):
                return None  # "the Indians won the game": a team, not a state
            if kind == "capital":
                ante = _surname_antecedent(e, earlier, any_length=True)
                if ante is not None:  # "Hamilton" after "Lewis Hamilton"
                    return _M(
                        e,
                        "PERSON",
                        ante.actor_id,
                        "coreference",
                        0.9,
                        antecedent=ante.span.start_char,
                    )
                if (
                    _locative(e)
                    or _dateline(e)
                    or not capital_acts(e)
                    or sports_sentence(e)
                    or used_as_name(e, taken)
                ):
                    return None
                return _M(e, e.label_, f"{actor.id}.GOV", "dictionary", 0.8)
            if kind == "demonym" and (org := _named_org(e)) is not None:
                return _resolve_org_name(org, kb, fuzzy, threshold)
            if nxt is not None and nxt.lower_ in GOV_NOUNS | MIL_NOUNS and not _side_of_a_line(nxt):
                suffix = "GOV" if nxt.lower_ in GOV_NOUNS else "MIL"
                return _M(
                    doc[e.start : e.end + 1], "ORG", f"{actor.id}.{suffix}", "dictionary", 0.9
                )
            return _M(e, e.label_, actor.id, "dictionary", 0.9 if kind == "demonym" else 1.0)
        if e.label_ == "PERSON" and len(e) == 1:
            # "Candidate Trump ... Trump": no other Trump; look further back. A family name
            # the KB's person writes first ("Xi Jinping") is looked for first in earlier names
            # too ("Hu Xijin ... Hu" is not the KB's Hu Jintao).
            first = _writes_family_name_first(actor, e.text)
            ante = _surname_antecedent(e, earlier, lower=lower, family_first=first)
            if (
                ante is not None
                and ante.actor_id != actor.id
                and any(x.actor_id == actor.id and len(x.span) > 1 for x in earlier)
            ):  # "Donald Trump ... Ivanka Trump ... Trump": which one is not ours to say
                return _M(e, "PERSON", None, "ner", 0.0, candidates=(actor.id,))
            if ante is not None and ante.actor_id != actor.id:
                return _M(
                    e, "PERSON", ante.actor_id, "coreference", 0.9, antecedent=ante.span.start_char
                )
            if ante is not None:
                return _M(
                    e, "PERSON", actor.id, "coreference", 1.0, antecedent=ante.span.start_char
                )
        if is_surname(e, actor, kind):
            blocked, other = _not_the_surname(e, taken, fuzzy, ents)
            if blocked:
                return other
            return _M(e, e.label_, actor.id, "dictionary", 1.0, surname=True)
        return _M(e, e.label_, actor.id, "dictionary", 1.0)
    if e.label_ in ("NORP", "ORG") and e.text.lower().removeprefix("neo-") in DESCRIPTORS:
        return None  # "jihadist", "Islamist": a description, not an actor
    if e.label_ == "ORG" and (ministry := _ministry(e, kb, ents)) is not None:
        return ministry  # "Iraq's Interior Ministry"; "the Interior Ministry" of no state said
    proper = any(t.is_title or t.is_upper for t in e if t.is_alpha and t.lower_ != "the")
    local = kb.local(e.text) if e.label_ in ("NORP", "ORG") and countries and proper else []
    if local and countries is not None:
        longer = _longer_local_name(e, kb)
        if longer is not None:  # "Liberal Democrat", "Republican People's party": not the
            span, ids, is_local = longer  # bare "Democrat" or "Republican" of another party
            single = ids[0] if len(ids) == 1 else None
            aid = pick_local(ids, countries, kb) if is_local else single
            if aid is not None:
                return _M(span, e.label_, aid, "dictionary", 0.8)
            return _M(span, e.label_, None, "ner", 0.0, candidates=tuple(ids))
        owner = owner_state(e, ents, kb)
        aid = pick_local(local, countries, kb, owner)
        if aid is not None:
            return _M(e, e.label_, aid, "dictionary", 0.8)  # "the Senate" in a US article
        if owner is not None:
            # "Samoa's Supreme Court", which the KB lacks: not Israel's because the article
            # names Israel too, nor a corpus actor "Supreme Court" of every state's court
            return _M(e, e.label_, None, "ner", 0.0, candidates=(owner,))
    stem = _possessive_stem(e.text, kb)
    if stem is not None:  # "Syrias", "Al-Qaedas": a possessive that lost its apostrophe
        return _M(e, e.label_, stem, "fuzzy", 0.9)
    if len(e) == 1 and e.label_ in ("ORG", "GPE") and not _used_as_place(e):
        named = _surname_antecedents(e, earlier, lower=lower)
        if named:  # "Bob Corker ... Corker said": the NER's ORG or GPE
            ante = _one_person(named)
            if ante is None:
                return None  # a surname two people of the article share: no organisation either
            return _M(
                e, "PERSON", ante.actor_id, "coreference", 0.9, antecedent=ante.span.start_char
            )
    if e.label_ == "GPE":
        return None  # a place the KB does not know: the places stage's business
    if e.label_ == "PERSON" and (names := kb.namesakes(e.text)):
        # "Andris Bērziņš", two namesakes of the KB: one of them in context
        return _M(e, "PERSON", None, "ner", 0.0, candidates=names, surname=True)
    shared = kb.sharing(e.text) if e.label_ == "PERSON" and len(e) == 1 else ()
    if shared:  # "Kallas", two KB people's surname: "Kevin Kallas" is neither of them
        before = _name_before(e, prev, taken)
        people = [a for a in map(kb.get, shared) if a]
        spans = [contradicting_first_name(e, a, before, lower) for a in people]
        if spans and spans[0] is not None and all(spans):
            unknown = _unknown_opening_word(spans[0], kb)
            return _M(spans[0], "PERSON", None, "ner", 0.0, candidates=shared if unknown else ())
        full = [(a, sp) for a in people if (sp := named_in_full(e, a, before, lower))]
        if len(full) == 1:  # "William Clinton": Bill, not Hillary
            return _M(full[0][1], "PERSON", full[0][0].id, "dictionary", 0.9)
    if e.label_ == "PERSON":
        # "Kim Jong Un ... Kim": a family name that KB people sharing it write first
        first = any(
            _writes_family_name_first(a, e.text) for a in map(kb.get, shared) if a is not None
        )
        several = False  # several people of the surname named in full: a choice
        if shared:  # "Hillary Clinton ... Bill Clinton ... Clinton": the article's subject
            named = [
                m
                for m in _surname_antecedents(e, earlier, lower=lower, family_first=first)
                if m.actor_id is not None or not is_headline(m.span.sent)
            ]  # "Team Clinton" of a Title Case headline is no person
            ante, several = _most_named(e, named, earlier)
        else:
            ante = _surname_antecedent(e, earlier, unique=True, family_first=first)
        if ante is not None:
            return _M(
                e,
                "PERSON",
                ante.actor_id,
                "coreference",
                0.9,
                antecedent=ante.span.start_char,
                chosen=several,
            )
    if shared:  # one of them in context (resolve_doc, pick_shared), or both as candidates
        blocked, other = _not_the_surname(e, taken, fuzzy, ents)
        if blocked:
            return other
        return _M(e, "PERSON", None, "ner", 0.0, candidates=shared, surname=True)
    if len(e) == 1 and any(
        m.label == "ORG" and m.actor_id and len(m.span) >= 3 and e.text in {t.text for t in m.span}
        for m in earlier
    ):
        return None  # "the Observatory": resolved by _short_names
    aid = _kb_name_by_short_form(e, kb) if e.label_ == "PERSON" else None
    if aid is not None:  # "William Richardson": the KB's Bill Richardson, named in full
        return _M(e, "PERSON", aid, "dictionary", 0.9)
    hit = fuzzy.match(e.text, e.label_, threshold) if e.label_ in ("PERSON", "ORG") else None
    if hit and len(e) == 1 and is_headline(e.sent):
        hit = None  # a Title Case headline's word ("Speak by Phone") is no misspelt name
    if hit:
        one = e.label_ == "PERSON" and len(translit_key(e.text).split()) == 1
        return _M(e, e.label_, hit[0], "fuzzy", hit[1] / 100, surname=one)
    if len(e.text.strip()) < 2 or not any(c.isalpha() for c in e.text):
        return None
    # An acronym tagged ORG ("GOP") is an organisation even if some town has it as an alias.
    acronym = e.label_ == "ORG" and e.text.isupper() and 3 <= len(e.text) <= 6
    # ... and so is a place name that a number goes on ("the DeirEzzor 24 monitoring group")
    numbered = e.label_ == "ORG" and e.end < len(e.doc) and e.doc[e.end].is_digit
    if (fuzzy.is_place(e.text) and not acronym and not numbered) or place_like(e, ORG_HEADS):
        return None  # a town tagged ORG or PERSON: a place, not an actor
    if e.root.dep_ == "pobj" and e.root.head.lower_ in PLACE_PREPS:
        return None  # "in Maaret al-Numan" tagged PERSON: a place the gazetteer lacks
    near = fuzzy.near(e.text, e.label_) if e.label_ in ("PERSON", "ORG") else ()
    return _M(e, e.label_, None, "ner", 0.0, candidates=near)


def _all_caps(sent: Span) -> bool:
    """A sentence written in capitals only (a wire headline): its letters tell no names."""
    return not any(c.islower() for c in sent.text)


def _writes_family_name_first(person: Actor, word: str) -> bool:
    """``word`` is the first word of the name of ``person``, of a state that writes the family
    name first ("Xi" of Xi Jinping, "Kim" of Kim Jong Un)."""
    return person.country in FAMILY_NAME_FIRST and norm_alias(person.name.split()[0]) == norm_alias(
        word
    )


def _kb_name_by_short_form(e: Span, kb: KnowledgeBase) -> str | None:
    """The one KB person whose name or alias ``e`` (a full name) writes with another form of
    the first name (``names.given_name_forms``: "William Richardson" for "Bill Richardson",
    "Tom Ridge" for "Thomas Ridge"), else None."""
    words = clean_name(e.text).split()
    if len(words) < 2:
        return None
    ids = {
        h.actor_id
        for form in given_name_forms(words[0])
        for h in kb.lookup(" ".join([form, *words[1:]]))
        if (a := kb.get(h.actor_id)) is not None and a.type == "person"
    }
    return next(iter(ids)) if len(ids) == 1 else None


def _unknown_opening_word(span: Span, kb: KnowledgeBase) -> bool:
    """The first word of ``span`` (a first name that contradicts a KB person's, before that
    person's surname) opens a sentence or a quotation, where every word is capitalised, and
    is no given name the KB knows (``KnowledgeBase.first_names``): "Notice Trump ...", opening
    a quoted tweet, may be a verb before the surname, not a first name; which one is not
    ours to say, so the span is no corpus actor (the KB person is its candidate)."""
    tok = span[0]
    opening = tok.i == 0 or tok.is_sent_start or tok.nbor(-1).is_quote or tok.nbor(-1).is_left_punct
    return opening and norm_alias(tok.text) not in kb.first_names()


def _name_before(e: Span, prev: Span | None, taken: set[int]) -> Span | None:
    """What stands right before the one-word name ``e`` that may be its first name: the PERSON
    entity the KB does not know right before it, else the proper nouns of a longer name."""
    if prev is not None and prev.label_ == "PERSON" and not prev.ent_id_:
        return prev
    if e.start > 0 and (lg := longer_name(e, taken)) is not None and lg.start < e.start:
        return e.doc[lg.start : e.start]
    return None


def _not_the_surname(
    e: Span, taken: set[int], fuzzy: FuzzyIndex, ents: Sequence[Span] | None = None
) -> tuple[bool, _M | None]:
    """Whether a KB person's bare surname ``e`` is no surname here, and what it is then: the
    first name of a longer name ("Salih Muslim", "Salih Omar": one unresolved person), a place
    ("fled to Kobani", None), the end of a place's name ("the Ayn al-Assad airbase", None).
    ``ents``: the document's ``doc.ents``, when the caller has read them."""
    doc = e.doc
    if ents is None:
        ents = doc.ents
    lg = longer_name(e, taken)
    nxt_ent = next((x for x in ents if x.start == e.end), None)
    if (
        nxt_ent is not None
        and nxt_ent.label_ in ("PERSON", "NORP")
        and not nxt_ent.ent_id_
        and nxt_ent[0].is_title
    ):
        lg = doc[e.start : nxt_ent.end]  # "Salih Omar", the NER's "Omar" beside it
    if lg is not None and lg.end > e.end:  # "Salih Muslim": another's first name
        return True, _M(doc[e.start : lg.end], "PERSON", None, "ner", 0.0)
    if fuzzy.names_place(e.text) and _used_as_place(e):
        return True, None  # "fled to Kobani": the town, not Mazloum Kobani
    before_ent = next((x for x in ents if x.end == e.start), None)
    if (
        before_ent is not None
        and before_ent.label_ in ("FAC", "LOC", "GPE", "ORG")
        and not before_ent.ent_id_
        and before_ent[-1].is_alpha  # not "pro-Assad", not "Dorset • Trump"
    ):
        return True, None  # "the Ayn al-Assad airbase": the end of a place's name
    return False, None


def _used_as_place(e: Span) -> bool:
    """ "in Kobani", "between Kobani and Ain Issa", "the town of Kobani"."""
    root = e.root
    if root.dep_ == "conj" and root.head.dep_ == "pobj":
        root = root.head
    return root.dep_ == "pobj" and (root.head.lower_ in PLACE_PREPS or place_like(e, ORG_HEADS))


DESCRIPTORS = {
    "jihadist",
    "jihadists",
    "islamist",
    "islamists",
    "islamic",
    "western",
    "westerners",
    "zionist",
    "zionists",
    "takfiri",
    "takfiris",
    "muslim",
    "muslims",
    "non-",
    "pro-",
    "anti-",
    # a religion or an ideology the NER tags ORG: what people believe, not who acts
    "islam",
    "christianity",
    "judaism",
    "hinduism",
    "buddhism",
    "sikhism",
    "islamism",
    "jihadism",
    "salafism",
    "wahhabism",
    "zionism",
    "islamophobia",
    "antisemitism",
    "anti-semitism",
    "marxist",
    "marxists",
    "marxism",
    "leninist",
    "leninism",
    "fascist",
    "fascists",
    "fascism",
    "communism",
    "socialism",
    "nationalism",
    "populism",
    "secularism",
}
PLACE_PREPS = {
    "in",
    "near",
    "at",
    "into",
    "from",
    "around",
    "outside",
    "inside",
    "across",
    "toward",
    "towards",
    "through",
    "between",
}


def _longer_local_name(e: Span, kb: KnowledgeBase) -> tuple[Span, list[str], bool] | None:
    """A longer KB name a local alias ``e`` is part of, the actors it names and whether it is
    their local alias: a
    capitalised word right before it (not a stop word: "The") or up to three words after it in
    the same sentence ("Liberal Democrat" around "Democrat"; "Republican People's party"
    around "Republican", which the NER cut short), the longest first; None when no such name
    is in the KB."""
    doc, sent = e.doc, e.sent
    before = doc[e.start - 1] if e.start > sent.start else None
    left = e.start - 1 if before is not None and before.is_title and not before.is_stop else e.start
    for start in sorted({left, e.start}):
        for end in range(min(e.end + 3, sent.end), e.end - 1, -1):
            if (start, end) == (e.start, e.end):
                continue
            span = doc[start:end]
            if span[-1].is_punct or not span[-1].is_alpha:
                continue
            local = kb.local(span.text)
            if local:
                return span, local, True
            names = [h for h in kb.lookup(span.text) if h.kind in ("name", "alias", "former")]
            if names:
                return span, list(dict.fromkeys(h.actor_id for h in names)), False
    return None


def _possessive_stem(text: str, kb: KnowledgeBase) -> str | None:
    if len(text) < 5 or not text.endswith("s") or text.endswith(("'s", "’s")):
        return None
    hits = [h for h in kb.lookup(text[:-1]) if h.kind in ("name", "alias", "former")]
    if len(hits) != 1 or kb.lookup(text):
        return None
    return hits[0].actor_id


ORG_HEADS = {
    "commission",
    "coalition",
    "council",
    "army",
    "front",
    "movement",
    "agency",
    "committee",
    "network",
    "union",
    "party",
    "observatory",
    "forces",
    "organization",
    "organisation",
    "authority",
    "brigade",
    "brigades",
    "battalion",
    "corps",
    "media",
    "center",
    "centre",
    "institute",
    "foundation",
    "association",
    "league",
    "alliance",
    "government",
    "ministry",
    "assembly",
    "television",
    "radio",
    "tv",
    "group",
}
# The nouns after a name that make it a body or a group ("the al-Sheitaat tribe").
_BODY_NOUNS = frozenset(ORG_HEADS | _KIN_GROUPS)
_LINKS = {"of", "for", "and", "al", "-"}


def _named_org(e: Span) -> Span | None:
    """ "Syrian Revolution General Commission": a demonym that starts an organisation's name
    (the ruler's pre-labelled demonym keeps the NER from finding the name itself)."""
    doc = e.doc
    end, i = e.end, e.end
    while i < len(doc) and i - e.end < 7:
        tok = doc[i]
        if tok.is_title or tok.is_upper and len(tok) > 1:
            i += 1
            if tok.lower_ in ORG_HEADS:
                end = i
            continue
        if tok.lower_ in _LINKS and i + 1 < len(doc) and doc[i + 1].is_title:
            i += 1
            continue
        break
    if end - e.end < 2:  # "Syrian Army" is an institution, not a named organisation
        return None
    return doc[e.start : end]


def _resolve_org_name(span: Span, kb: KnowledgeBase, fuzzy: FuzzyIndex, threshold: float) -> _M:
    for h in kb.lookup(span.text):
        return _M(span, "ORG", h.actor_id, "dictionary", 1.0)
    ministry = _ministry(span, kb)
    if ministry is not None:  # "Egyptian Interior Ministry"
        return ministry
    hit = fuzzy.match(span.text, "ORG", threshold)
    if hit:
        return _M(span, "ORG", hit[0], "fuzzy", hit[1] / 100)
    return _M(span, "ORG", None, "ner", 0.0)


def _ministry(e: Span, kb: KnowledgeBase, ents: Sequence[Span] | None = None) -> _M | None:
    """A state's ministry named by its portfolio (``resolve/ministries.py``): the government
    (or armed forces) of the state the text gives it, else an unresolved mention that
    ``_discover`` makes no actor of; None when ``e`` names no ministry."""
    found = ministry_of(e, kb, ents)
    return None if found is None else _ministry_mention(e, *found, kb)


def _ministry_mention(e: Span, sector: str, state: str | None, kb: KnowledgeBase) -> _M:
    aid = f"{state}.{sector}" if state is not None else None
    if aid is None or aid not in kb:
        return _M(e, "ORG", None, "ner", 0.0)
    return _M(e, "ORG", aid, "dictionary", 0.9)


def _other_states_ministry(
    e: Span, actor: Actor, kb: KnowledgeBase, ents: Sequence[Span] | None
) -> _M | None:
    """A KB institution's ministry name ("Foreign Office", the UK's) that the text gives
    another state ("the Pakistani Foreign Office"): that state's ministry; else None."""
    found = ministry_of(e, kb, ents)
    if found is None or found[1] is None or found[1] == actor.country:
        return None
    return _ministry_mention(e, *found, kb)


def _linked(name_root: Token, t: TitlePhrase, doc: Doc) -> bool:
    """The name after "title ," is in apposition with the title (or the title with it)."""
    head = doc[t.head]
    return bool(
        (name_root.dep_ == "appos" and t.start <= name_root.head.i < t.end)
        or (head.dep_ == "appos" and head.head.i == name_root.i)
    )


def _short_names(doc: Doc, found: list[_M], kb: KnowledgeBase) -> list[_M]:
    """ "the Observatory" after "the Syrian Observatory for Human Rights", "the Duma" after
    "the State Duma": a distinctive word of an organisation's name (the last word of a
    two-word name), capitalised, after "the" or at a sentence start."""
    heads: dict[str, _M] = {}
    for m in found:
        name = [t for t in m.span if t.lower_ != "the"]
        if m.label != "ORG" or m.actor_id is None or len(name) < 2:
            continue
        # of a two-word name only its last word: "the Duma" after "the State Duma"
        words = name if len(name) >= 3 else name[1:]
        least = 5 if len(name) >= 3 else 4
        for tok in words:
            w = tok.text
            if (
                len(w) >= least
                and w[0].isupper()
                and w.lower() not in GENERIC_ORG_WORDS
                and not kb.state(w)
            ):
                heads.setdefault(w, m)
    if not heads:
        return []
    taken = {i for m in found for i in range(m.span.start, m.span.end)}
    out = []
    for tok in doc:
        ante = heads.get(tok.text)
        if ante is None or tok.i in taken or tok.i < ante.span.end:
            continue
        prev = doc[tok.i - 1] if tok.i > 0 else None
        if prev is not None and prev.lower_ != "the" and not tok.is_sent_start:
            continue
        if tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper():
            continue  # part of a longer name
        out.append(
            _M(
                doc[tok.i : tok.i + 1],
                "ORG",
                ante.actor_id,
                "coreference",
                0.8,
                antecedent=ante.span.start_char,
            )
        )
    return out


def _surname_antecedent(
    e: Span,
    earlier: list[_M],
    any_length: bool = False,
    lower: set[str] | None = None,
    family_first: bool = False,
    unique: bool = False,
) -> _M | None:
    """The nearest of ``_surname_antecedents``. With ``unique``, a surname that two people
    named in full share gives none ("Anna Campbell ... her father, Dirk Campbell ...
    Campbell": which one is not ours to say)."""
    hits = _surname_antecedents(e, earlier, any_length, lower, family_first)
    if not hits:
        return None
    return _one_person(hits) if unique else hits[0]


def _surname_antecedents(
    e: Span,
    earlier: list[_M],
    any_length: bool = False,
    lower: set[str] | None = None,
    family_first: bool = False,
) -> list[_M]:
    """The earlier multi-word PERSON mentions, nearest first, whose last word (or,
    ``family_first``, whose first word) is this one-word mention. With ``lower`` (see
    ``lowercase_words``), an unresolved one that does not start with a plausible first name
    ("Candidate Trump", "Beyond Trump") is passed over."""
    if len(e) > 2 and not any_length:
        return []
    if len(e) > 1 and any_length:
        return []
    key = norm_alias(e.text)
    hits = []
    for m in reversed(earlier):
        if m.label == "PERSON" and len(m.span) > 1 and m.span.start < e.start:
            last = norm_alias(m.span[-1].text)
            names = {last, norm_alias(m.span[-1].text.split("-")[-1])}
            if family_first:
                names.add(norm_alias(m.span[0].text))
            if key in names:
                if (
                    lower is not None
                    and m.actor_id is None
                    and not plausible_first_name(m.span[0], lower)
                ):
                    continue
                hits.append(m)
    return hits


def _most_named(e: Span, hits: list[_M], earlier: list[_M]) -> tuple[_M | None, bool]:
    """Which of the people named in full before (``hits``, nearest first) a surname they share
    is. The one whose first name stands before it where the NER left it out ("Dirk" of "Dirk
    Campbell said"); the nearest in its own sentence ("Bill Clinton spoke, and Clinton
    added"); else the one the article has named at least twice as often as the nearest, in
    full or by the surname, and otherwise the nearest. A second person of the name brought in
    once by the full name leaves the bare surname to the article's subject: "Hillary Clinton
    ... Sanders would not discuss Bill Clinton's behavior. At that, Clinton nodded" is Hillary;
    two people the article tells of at length ("Masoud Barzani" and his father "Mustafa
    Barzani") keep the nearest. (A second person talked of for a paragraph by the surname
    alone is missed: "Gore distanced himself from Clinton" in an article on Hillary.) The
    flag says whether there were several people to choose from (``_by_honorific``)."""
    if not hits:
        return None, False
    who = _people_of(earlier)
    several = len({who.get(id(m)) for m in hits}) > 1
    if not several or hits[0].span.sent == e.sent:
        return hits[0], several
    if e.start > 0 and (given := e.doc[e.start - 1]).is_title:
        named = [m for m in hits if len(m.span) == 2 and m.span[0].text == given.text]
        if named:  # "Dirk Campbell said": the NER's span is "Campbell"
            return named[0], several
    times = Counter(who.values())
    top = max(hits, key=lambda m: times[who.get(id(m), "")])
    if times[who.get(id(top), "")] >= 2 * times[who.get(id(hits[0]), "")]:
        return top, several
    return hits[0], several


def _people_of(found: list[_M]) -> dict[int, str]:
    """Who each person mention of ``found`` names: its actor, else the full name it is (or
    that its surname refers back to: names the KB lacks have no actor yet)."""
    by_start = {m.span.start_char: m for m in found}
    who: dict[int, str] = {}
    for m in found:
        if m.actor_id is not None:
            who[id(m)] = m.actor_id
        elif m.label == "PERSON" and len(m.span) > 1:
            who[id(m)] = norm_alias(m.span.text)
        elif m.antecedent is not None:
            ante = by_start.get(m.antecedent)
            if ante is not None and id(ante) in who:
                who[id(m)] = who[id(ante)]
    return who


def _one_person(hits: list[_M]) -> _M | None:
    """The nearest of ``hits`` if they all name one person (one actor, or two forms of one
    name the KB lacks: "Ollie" and "Oliver Hall", ``person_name_variants``), else None."""
    first = hits[0]
    one = all(
        m.actor_id == first.actor_id
        if first.actor_id or m.actor_id
        else person_name_variants(m.span.text, first.span.text)
        for m in hits
    )
    return first if one else None


def _side_of_a_line(noun: Token) -> bool:
    """ "the Syrian side of the border": a side of a line on the map (the state's territory),
    not the state's delegation ("the Syrian side said")."""
    doc = noun.doc
    return noun.lower_ == "side" and noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ == "of"


def _title_not_held(t: TitlePhrase | None, actor_id: str | None, kb: KnowledgeBase) -> bool:
    """Whether a head of state's title before a one-word name ("King Hussein", "Crown Prince
    Hassan", "President Carter") contradicts the KB person the name would be: one who never
    held such a title (Saddam Hussein; Ash Carter, a defence secretary). A throne or a
    presidency is no office the KB would miss for its holder, so the title and the surname
    name someone else, whatever the article said before."""
    if t is None or actor_id is None or t.title not in MONARCH_TITLES | {"president"}:
        return False
    person = kb.get(actor_id)
    if person is None or person.type != "person":
        return False
    if t.title == "president":
        return not any(_presidency(r.title) for r in person.roles)
    return not any(r.title in MONARCH_TITLES for r in person.roles)


def _presidency(title: str) -> bool:
    """A KB role that "President ..." can name: a president's ("acting president", "president
    of the Kurdistan Region") or a head of state's."""
    return title.startswith(("head of state", "acting president", "president"))


def _locative(e: Span) -> bool:
    """A capital used as a place ("in Damascus", "visited Ankara"), not as its government. A
    later conjunct is read where it stands: "officials in Washington, Baghdad and London" and
    "support from Moscow and Tehran" are governments (measured on the Guardian corpus, the
    first conjunct's reading lost more governments than it found places)."""
    root = e.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in LOC_PREPS:
        return True
    if root.dep_ in ("dobj", "conj") and head.lemma_.lower() in MOVE_VERBS:
        return True
    return root.dep_ in ("compound", "npadvmod", "appos")


# Words after a demonym that make it a language: "Spanish-language", "Arabic speakers".
_LANGUAGE_NOUNS = frozenset(
    {"language", "languages", "speaking", "speaker", "speakers", "translation", "subtitles"}
)


# Nouns of a candidacy that a seat of power modifies: "White House hopefuls", "a White House
# bid", "the White House race": the office sought, not the government that holds it.
_CANDIDACY = frozenset(
    {"hopeful", "bid", "race", "run", "contender", "aspirant", "candidate", "candidacy"}
)


def _the_race_for(e: Span) -> bool:
    """Whether ``e`` names the office a candidate seeks ("White House hopefuls"; not "a
    US-run prison", "a CIA-run programme": a hyphenated participle)."""
    root, doc = e.root, e.doc
    if e.end < len(doc) and doc[e.end].text == "-":
        return False
    head = root.head
    return root.dep_ == "compound" and head.pos_ == "NOUN" and head.lemma_.lower() in _CANDIDACY


def _before_a_nation(e: Span, kb: KnowledgeBase, ents: Sequence[Span] | None) -> bool:
    """Whether the demonym ``e`` is the first word of a hyphenless compound with another
    state's people right after it ("Cuban Americans", "Mexican Americans", "Turkish
    Cypriots"): they are people of the second state, not the first. Not a people no state
    has ("Syrian Kurds")."""
    nxt = next((x for x in (ents if ents is not None else e.doc.ents) if x.start == e.end), None)
    if nxt is None or nxt.label_ != "NORP" or not nxt.ent_id_ or nxt.ent_id_ == e.ent_id_:
        return False
    other = kb.get(nxt.ent_id_)
    return (
        other is not None
        and other.type == "state"
        and nxt.text.endswith("s")
        and any(h.kind == "demonym" for h in kb.lookup(nxt.text) if h.actor_id == nxt.ent_id_)
    )


def _a_language(e: Span) -> bool:
    """A demonym that names a language: before "language" or "speaking" ("Spanish-language
    ads", "English-speaking voters"), alone after "in" or "into" ("ads in Spanish and English",
    "translated into Arabic"; not "in Kuwaiti or Iraqi ports", nor people, "into Israelis"),
    or spoken ("speaks French")."""
    doc, root = e.doc, e.root
    i = e.end + 1 if e.end < len(doc) and doc[e.end].text == "-" else e.end  # "Spanish-language"
    if i < len(doc) and doc[i].lower_ in _LANGUAGE_NOUNS:
        return True
    if e.text.endswith("s"):
        return False  # "into Israelis": people
    after = [t for t in doc[e.end : e.end + 3] if not t.is_punct]
    if after and after[0].pos_ == "CCONJ":
        after = after[2:]  # "in Kuwaiti or Iraqi ports": the noun after the conjunct
    if after and after[0].pos_ in ("NOUN", "PROPN"):
        return False  # "in Kurdish areas": a noun the demonym qualifies
    first = root.head if root.dep_ == "conj" else root  # "in Spanish and English"
    if first.dep_ == "pobj" and first.head.lower_ in ("in", "into"):
        return True
    return first.dep_ == "dobj" and first.head.lemma_ in ("speak", "translate", "learn", "teach")


def _dateline(e: Span) -> bool:
    """A capital written in capitals at the head of a line, before "(", "," or a dash: a wire
    dateline ("DAMASCUS (Sputnik) A suicide blast ...", "MEXICO CITY - The rise of ..."),
    where the reporter was, not the government. The cleaner strips the datelines it knows
    (``agencies.WIRE_DATELINE``) from the article's head; this one is read where it stands."""
    text = e.doc.text
    if not e.text.isupper() or text[text.rfind("\n", 0, e.start_char) + 1 : e.start_char].strip():
        return False
    return text[e.end_char : e.end_char + 3].lstrip()[:1] in ("(", ",", "-", "—", "–")


def _former_cue(doc: Doc, start: int) -> bool:
    window = doc[max(0, start - 4) : start]
    return any(t.lower_ in FORMER_CUES and t.lower_ != "then" for t in window)


def _split_counterparts(doc: Doc, t: TitlePhrase) -> list[TitlePhrase]:
    """ "his Kenyan and Ugandan counterparts": one title per country, on its demonym."""
    if t.title != "counterpart" or not t.plural or len(t.countries) < 2:
        return [t]
    parts = []
    for ent in doc[t.start : t.head].ents:
        if ent.ent_id_ in t.countries:
            parts.append(
                replace(t, start=ent.start, end=ent.end, countries=(ent.ent_id_,), plural=False)
            )
    return parts or [t]


def _resolve_title(
    doc: Doc, t: TitlePhrase, kb: KnowledgeBase, day: date | None, found: list[_M]
) -> _M | None:
    span = doc[t.start : t.end]
    title, countries = t.title, list(t.countries)
    if title == "counterpart":
        owner = _possessor(doc, t, found)
        if owner is None or owner.actor_id is None or not countries:
            return None
        roles = kb.roles_at(owner.actor_id, day) if day else []
        if not roles:
            return None
        title = roles[0].title
        if t.plural and len(countries) > 1:
            countries = countries[-1:]  # "his Kenyan and Ugandan counterparts": the last one
    elif t.plural:
        return None
    if not countries and t.org is None:
        return None
    if len(countries) > 1:
        return None
    country = countries[0] if countries else None
    m = _M(span, "TITLE", None, "coreference", 0.0, title=replace(t, title=title), former=t.former)
    if t.former:
        return m  # "the former Iranian president": which one is not ours to guess
    # "the Indian army chief", "the RSF leader" (a body's head); "the Iranian leader"
    heads = _BODY_HEAD_TITLES if t.org else leader_titles(country, day)
    titles = [title] if title not in ("leader", "military chief") else [*heads]
    for ttl in titles:
        # "Syrian Kurdish leader", "Lebanese Hezbollah chief": the organisation's office
        holders = kb.holders(ttl, day, country=country, org=t.org)
        ids = {h[0] for h in holders}
        if len(ids) == 1:
            m.actor_id, m.confidence = ids.pop(), 0.9
            break
        if len(ids) > 1:
            return m
    if m.actor_id is None and day is not None:
        # No holder on the publication date: a text about the weeks before (the Syrian
        # president in an article of 2024-12-13) means the last holder, if the text names him.
        named = {x.actor_id for x in found if x.actor_id}
        for ttl in titles:
            past = [
                (aid, r)
                for aid, r in kb.holders(ttl, None, country=country, org=t.org)
                if r.end is not None and r.end <= day and (day - r.end).days <= 400 and aid in named
            ]
            if len({a for a, _ in past}) == 1:
                m.actor_id, m.confidence = past[0][0], 0.6
                break
    if m.actor_id is not None:
        prior = [x for x in found if x.actor_id == m.actor_id and x.span.start < span.start]
        m.antecedent = prior[-1].span.start_char if prior else None
    return m


def _possessor(doc: Doc, t: TitlePhrase, found: list[_M]) -> _M | None:
    """Whose counterpart: the person subject of the sentence, else the last person before."""
    sent = doc[t.start].sent
    people = [
        m
        for m in found
        if m.label in ("PERSON", "TITLE")
        and m.actor_id
        and _is_person(m)
        and sent.start <= m.span.start < sent.end
    ]
    subjects = [m for m in people if m.span.root.dep_ in ("nsubj", "nsubjpass")]
    if subjects:
        return subjects[0]
    before = [m for m in found if m.span.start < t.start and m.actor_id and _is_person(m)]
    return before[-1] if before else None


def _speaker_before_quote(doc: Doc, tok: Token, found: list[_M]) -> list[_M]:
    """'"...," he said' after a quotation of up to three sentences: the person subject of the
    sentence before the quotation, if no other person is mentioned in between."""
    sent = tok.sent
    if not any(t.text in ('"', "”", "“") for t in doc[sent.start : tok.i]):
        return []
    start = sent.start
    for _ in range(3):
        if start == 0:
            return []
        prev = doc[start - 1].sent
        people = [m for m in found if prev.start <= m.span.start < tok.i and _is_person(m)]
        if people:
            subjects = [m for m in people if m.span.root.dep_ in ("nsubj", "nsubjpass")]
            return subjects if len({m.actor_id for m in people}) == 1 else []
        start = prev.start
    return []


def _is_person(m: _M) -> bool:
    return m.label == "PERSON" or (
        m.label == "TITLE"
        and m.actor_id is not None
        and "-" in m.actor_id
        and "." not in m.actor_id
    )


def _pronouns(doc: Doc, found: list[_M]) -> list[_M]:
    """he/she as a subject -> the one person that was the subject just before. A pronoun
    inside a quotation is the speaker's ("“He told me he was tortured”"), not the narrator's:
    left alone."""
    out = list(found)
    depths: list[int] | None = None  # quote_depths(doc.text), read on first use
    said = _honorifics_said(doc, found)  # "Mrs. Clinton" is no antecedent of "he"
    # The pronouns are found in the lower-case words (no Token per word); only they are
    # looked at as tokens.
    for i, low in enumerate(lower_texts(doc)):
        if low not in PRONOUNS:
            continue
        tok = doc[i]
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if depths is None:
            depths = quote_depths(doc.text)
        if depths[tok.idx]:
            continue
        sent = tok.sent
        if _person_noun_before(tok, out):
            continue  # "a California woman who says she ...": the woman, no one named
        prev_sent = doc[sent.start - 1].sent if sent.start > 0 else None
        cands = [
            m
            for m in out
            if m.span.start < tok.i
            and m.span.start >= sent.start
            and _is_person(m)
            and m.span.root.dep_ in ("nsubj", "nsubjpass")
        ]
        if not cands and prev_sent is not None:
            cands = [
                m
                for m in out
                if prev_sent.start <= m.span.start < prev_sent.end
                and _is_person(m)
                and m.span.root.dep_ in ("nsubj", "nsubjpass")
            ]
        if not cands and prev_sent is not None:
            cands = _speaker_before_quote(doc, tok, out)
        other = "she" if tok.lower_ == "he" else "he"
        cands = [m for m in cands if said.get(m.actor_id or "") != other]
        ids = {m.actor_id for m in cands}
        if len(ids) != 1 or None in ids:
            continue
        ante = cands[-1]
        between = [
            m
            for m in out
            if max(ante.span.end, sent.start) <= m.span.start < tok.i
            and _is_person(m)
            and m.actor_id != ante.actor_id
        ]
        if between:
            continue  # "Qassem, who succeeded Nasrallah after he was killed": not ours to say
        out.append(
            _M(
                doc[tok.i : tok.i + 1],
                "PRON",
                ante.actor_id,
                "coreference",
                0.7,
                antecedent=ante.span.start_char,
                former=ante.former,
            )
        )
    out.sort(key=lambda m: m.span.start)
    return _agreeing_in_gender(doc, out)


def _person_noun_before(tok: Token, found: list[_M]) -> bool:
    """A person brought in by a common noun ("a witness", "a California woman":
    ``PERSON_NOUNS``, singular, indefinite, in no resolved mention) is the nearer antecedent
    of the pronoun ``tok``: the subject of a clause that holds it ("A witness said he ...",
    "a man was charged after he ..."), or the noun a relative clause holding it is said of,
    the pronoun not being that clause's own subject ("a woman who says she ...", but not "a
    man he met"); a noun of the other gender is not ("a woman told him he ...")."""
    sent = tok.sent
    named = {i for m in found if m.actor_id is not None for i in range(m.span.start, m.span.end)}
    # a named person after the noun is the nearer one ("A witness said Assad ...")
    last = max(
        (m.span.start for m in found if sent.start <= m.span.start < tok.i and _is_person(m)),
        default=sent.start - 1,
    )
    other_gender = MALE_NOUNS if tok.lower_ == "she" else FEMALE_NOUNS

    def person_noun(t: Token) -> bool:
        return (
            last < t.i < tok.i
            and t.tag_ == "NN"  # one person: "The teachers are protesting, she said" is not
            and t.lemma_.lower() in PERSON_NOUNS
            and t.lemma_.lower() not in other_gender
            and t.i not in named
            and any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in t.children)
        )

    for a in tok.ancestors:
        if any(c.dep_ in ("nsubj", "nsubjpass") and person_noun(c) for c in a.children):
            return True
        if a.dep_ == "relcl" and a.i != tok.head.i and person_noun(a.head):
            return True
    return False


def _honorific(doc: Doc, m: _M) -> str | None:
    """ "he" or "she" where a gendered honorific stands before the mention ("Mrs. Clinton")."""
    if m.span.start == 0:
        return None
    before = norm_alias(doc[m.span.start - 1].text)
    return "he" if before in MALE_HONORIFICS else "she" if before in FEMALE_HONORIFICS else None


def _honorifics_said(doc: Doc, found: list[_M]) -> dict[str, str]:
    """For each person the article writes "Mr" or "Mrs"/"Ms" before, the gender it so gives
    them ("he" or "she"): the majority of those honorifics, the first of them on a tie."""
    said: dict[str, list[str]] = {}
    for m in found:
        if m.actor_id is not None and (g := _honorific(doc, m)) is not None:
            said.setdefault(m.actor_id, []).append(g)
    return {
        aid: max(("he", "she"), key=lambda g: (gs.count(g), g == gs[0])) for aid, gs in said.items()
    }


def _by_honorific(doc: Doc, found: list[_M]) -> None:
    """A surname ``_most_named`` read as one of several people named in full before it, that
    an honorific of the other gender names, is the other one: in an article on Bill Clinton
    that called him "Mr. Clinton" before it named Hillary, a later "Mrs. Clinton" is Hillary;
    in one that called Hillary "Mrs. Clinton" before it named Bill, a later "Mrs. Clinton"
    is not Bill. A person's gender is what the honorifics before their unambiguous mentions
    say (a majority); a choice is moved only to the one other person it leaves."""
    firm = _honorifics_said(doc, [m for m in found if not m.chosen])
    full = _named_in_full(found)
    for m in found:
        g = _honorific(doc, m) if m.chosen else None
        if g is None or m.actor_id is None:
            continue
        other = "she" if g == "he" else "he"
        alts = [
            named
            for a, named in full.get(norm_alias(m.span.text), {}).items()
            if a != m.actor_id and named.span.start < m.span.start
        ]
        if firm.get(m.actor_id) == other:
            alts = [a for a in alts if firm.get(a.actor_id or "") != other]
        elif firm.get(m.actor_id) is None:
            alts = [a for a in alts if firm.get(a.actor_id or "") == g]
        else:
            continue
        if len(alts) == 1:  # the other person, and the full name the surname now refers to
            m.actor_id, m.antecedent = alts[0].actor_id, alts[0].span.start_char


def _agreeing_in_gender(doc: Doc, found: list[_M]) -> list[_M]:
    """Drop the he/she links that disagree with what the article says of the person: a "Mr" or
    "Ms" before one of their mentions (three votes), else the other pronouns linked to them
    ("Begum ... she ... she ... He [her husband]": the "He" is not Begum)."""
    votes: dict[str, Counter[str]] = {}
    for m in found:
        if m.actor_id is None:
            continue
        if m.label == "PRON":
            votes.setdefault(m.actor_id, Counter())[m.span[0].lower_] += 1
        elif (g := _honorific(doc, m)) is not None:
            votes.setdefault(m.actor_id, Counter())[g] += 3
    return [
        m
        for m in found
        if m.label != "PRON"
        or m.actor_id is None
        or votes[m.actor_id][m.span[0].lower_]
        >= votes[m.actor_id]["she" if m.span[0].lower_ == "he" else "he"]
    ]


def title_sector(t: TitlePhrase, kb: KnowledgeBase) -> str | None:
    """The sector a title gives its holder: its body's ("the CIA chief" SPY, "Nigeria's chief of
    defence staff" MIL), else GOV where a state is named ("the Kenyan foreign minister")."""
    body = kb.get(t.org) if t.org else None
    if body is not None and body.sector:
        return body.sector
    return "GOV" if t.countries else None


def _finish(
    m: _M,
    article_id: str,
    day: date | None,
    kb: KnowledgeBase,
    sent_starts: list[int],
    corpus: dict[str, Found],
) -> Mention:
    role = country = sector = None
    if m.actor_id is not None and m.actor_id in corpus and m.actor_id not in kb:
        f = corpus[m.actor_id]
        role, country = (None, f.country) if m.former else (f.role, f.country)
        sector = "ELI" if m.former and f.type == "person" else (f.sector if role else None)
    elif m.actor_id is not None:
        role, country, sector = kb.status_at(m.actor_id, day)
        actor: Actor | None = kb.get(m.actor_id)
        if m.former and actor is not None and actor.type == "person":
            role, sector = None, "ELI"
    elif m.title is not None:
        t = m.title
        country = t.countries[0] if t.countries else None
        role = f"{country or t.org or ''} {t.title}".strip()
        sector = "ELI" if m.former else title_sector(t, kb)
        role = None if m.former else role
    if m.actor_id is None and m.title is not None and m.label == "PERSON":
        t = m.title
        country = t.countries[0] if t.countries else None
        if not m.former:
            role = f"{country or t.org or ''} {t.title}".strip()
            sector = title_sector(t, kb)
        else:
            sector = "ELI"
    start, end = m.span.start_char, m.span.end_char
    return Mention(
        article_id=article_id,
        sent=max(0, bisect_right(sent_starts, start) - 1),
        start=start,
        end=end,
        text=m.span.text,
        label=m.label,
        actor_id=m.actor_id,
        method=m.method,
        confidence=round(m.confidence, 3),
        role=role,
        country=country,
        sector=sector,
        antecedent=m.antecedent,
        candidates=m.candidates if m.actor_id is None else (),
    )


__all__ = ["ActorStage", "add_actor_rulers", "resolve_doc"]
