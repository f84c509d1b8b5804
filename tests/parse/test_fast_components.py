"""newsgraph's faster attribute ruler, lemmatizer and matrix products give exactly what spaCy's
own give."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
import spacy
from bench.corpus import generate_articles
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokenizer import Tokenizer
from thinc.api import NumpyOps
from threadpoolctl import threadpool_info

from newsgraph.config import Settings, load_settings
from newsgraph.parse.fast_gemm import MatmulOps, speed_up_gemm
from newsgraph.parse.fast_lemmatizer import MemoLemmatizer, speed_up_lemmatizers
from newsgraph.parse.fast_ruler import IndexedMatcher, speed_up_attribute_rulers

EDGE_CASES = [
    "",
    " ",
    "Ain't nobody gonna stop us, y'all. Let's go, c'mon!",
    "There are three reasons. There's one more.   Gotta go.\n\n  It was what it was.",
    "We ain't done. Y all said so; y'all did.",
    "\t\n",
    "U.S.-backed forces said: \u201cWe won't leave.\u201d",
]


@pytest.fixture(scope="module")
def plain(settings: Settings) -> Language:
    return spacy.load(settings.model)


@pytest.fixture(scope="module")
def texts(sample_dir: Path) -> list[str]:
    sample = [
        p.read_text(encoding="utf-8") for p in sorted((sample_dir / "articles").glob("*.txt"))
    ]
    return sample + [text for _, text in generate_articles(40, seed=3)] + EDGE_CASES


def _ruler_input(nlp: Language, texts: list[str]) -> list[spacy.tokens.Doc]:
    """Docs as the attribute ruler receives them: tagged and parsed, nothing after."""
    names = nlp.pipe_names
    after = names[names.index("attribute_ruler") :]
    with nlp.select_pipes(disable=after):
        return list(nlp.pipe(texts))


def test_same_matches_as_the_matcher(plain: Language, texts: list[str]) -> None:
    ruler = plain.get_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    original = ruler.matcher
    indexed = IndexedMatcher(
        original, [(str(i), original.get(str(i))[1]) for i in range(len(ruler.attrs))]
    )
    docs = _ruler_input(plain, texts)
    found = 0
    for doc in docs:
        want = sorted(original(doc, allow_missing=True, as_spans=False))
        got = sorted(indexed(doc, allow_missing=True, as_spans=False))
        assert got == want, doc.text[:80]
        found += len(got)
    assert found > 1000
    multi = [m for doc in docs for m in indexed(doc) if m[2] - m[1] > 1]
    assert multi, "the two-token patterns (gonna, let's, y'all, there are) are exercised"


def test_built_pipeline_annotates_as_the_plain_model(
    plain: Language, nlp: Language, texts: list[str]
) -> None:
    assert isinstance(nlp.get_pipe("attribute_ruler").matcher, IndexedMatcher)
    assert isinstance(nlp.get_pipe("lemmatizer"), MemoLemmatizer)
    assert isinstance(nlp.get_pipe("parser").model.ops, MatmulOps)  # type: ignore[attr-defined]
    for a, b in zip(plain.pipe(texts), nlp.pipe(texts), strict=True):
        assert [(t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_) for t in a] == [
            (t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_) for t in b
        ]


def _ruler_with(patterns: list[dict]) -> tuple[Language, AttributeRuler]:  # type: ignore[type-arg]
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(patterns)  # type: ignore[attr-defined]
    return nlp, ruler  # type: ignore[return-value]


def test_unsupported_patterns_keep_the_plain_matcher() -> None:
    for pattern in (
        [{"LOWER": "a", "OP": "+"}],
        [{"LENGTH": 3}],
        [{"LOWER": {"FUZZY": "hello"}}],
        [{"_": {"x": 1}}],
    ):
        nlp, ruler = _ruler_with([{"patterns": [pattern], "attrs": {"LEMMA": "x"}}])
        assert speed_up_attribute_rulers(nlp) == []
        assert isinstance(ruler.matcher, Matcher)


def test_patterns_added_later_and_pickling() -> None:
    nlp, ruler = _ruler_with([{"patterns": [[{"LOWER": "hi"}]], "attrs": {"LEMMA": "hello"}}])
    assert speed_up_attribute_rulers(nlp) == ["attribute_ruler"]
    assert speed_up_attribute_rulers(nlp) == []  # once is enough
    ruler.add_patterns(
        [
            {
                "patterns": [[{"LOWER": {"REGEX": "^yo+$"}}, {"ORTH": "there"}]],
                "attrs": {"LEMMA": "hey"},
            },
            {"patterns": [[{"LOWER": {"NOT_IN": ["hi", "yooo"]}}]], "attrs": {"NORM": "other"}},
        ]
    )
    doc = nlp("hi yooo there Bob")
    assert [t.lemma_ for t in doc][:2] == ["hello", "hey"]
    assert [t.norm_ for t in doc] == ["hi", "yooo", "other", "other"]
    assert ruler.patterns[0]["attrs"] == {"LEMMA": "hello"}  # read through to the Matcher
    copy = pickle.loads(pickle.dumps(ruler.matcher))
    assert isinstance(copy, IndexedMatcher)
    assert sorted(copy(doc)) == sorted(ruler.matcher.matcher(doc))
    # A pattern it cannot index, added later: the Matcher answers from then on, and is right.
    ruler.add_patterns([{"patterns": [[{"LENGTH": 3}]], "attrs": {"LEMMA": "three"}}])
    assert not ruler.matcher.indexed
    assert [t.lemma_ for t in nlp("hi yooo there Bob")] == ["hello", "hey", "", "three"]


def test_setting_turns_it_off(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsgraph.parse.nlp import build_nlp

    monkeypatch.setenv("NEWSGRAPH_FAST_COMPONENTS", "false")
    settings = load_settings()
    assert settings.fast_components is False
    nlp = build_nlp(settings)
    assert isinstance(nlp.get_pipe("attribute_ruler").matcher, Matcher)
    assert not isinstance(nlp.get_pipe("lemmatizer"), MemoLemmatizer)
    assert type(nlp.get_pipe("ner").model.ops) is NumpyOps  # type: ignore[attr-defined]


def test_matrix_products_through_numpy_annotate_as_blis(
    plain: Language, settings: Settings, texts: list[str]
) -> None:
    """Every layer of the model multiplies through numpy's BLAS on one thread, and every
    token's tag, head, dependency, entity and sentence start is what BLIS's products give."""
    fast = spacy.load(settings.model)
    assert speed_up_gemm(fast) > 100  # every layer of tok2vec, tagger, parser and ner
    assert speed_up_gemm(fast) == 0  # once is enough
    for name in ("tok2vec", "tagger", "parser", "ner"):
        model = fast.get_pipe(name).model  # type: ignore[attr-defined]
        assert all(isinstance(node.ops, MatmulOps) for node in model.walk()), name
    blas = [pool for pool in threadpool_info() if pool["user_api"] == "blas"]
    assert blas and all(pool["num_threads"] == 1 for pool in blas)
    tokens = 0

    def annotations(doc: spacy.tokens.Doc) -> list[tuple[object, ...]]:
        return [(t.tag_, t.head.i, t.dep_, t.ent_iob_, t.ent_type_, t.is_sent_start) for t in doc]

    for a, b in zip(plain.pipe(texts), fast.pipe(texts), strict=True):
        assert annotations(a) == annotations(b), a.text[:80]
        tokens += len(a)
    assert tokens > 10_000
    a, b = MatmulOps(), NumpyOps()
    x, y = a.xp.ones((3, 4), dtype="f"), a.xp.arange(8, dtype="f").reshape((2, 4))
    assert (a.gemm(x, y, trans2=True) == b.gemm(x, y, trans2=True)).all()
    out = a.alloc2f(4, 4)
    assert a.gemm(x, x, trans1=True, out=out) is out and (out == 3).all()


def test_lemmatizer_overwrite_and_other_modes(plain: Language, settings: Settings) -> None:
    text = "The ministers were meeting; they met again. Gonna go."
    want = [t.lemma_ for t in plain(text)]
    fast = spacy.load(settings.model)
    assert speed_up_lemmatizers(fast) == ["lemmatizer"]
    assert speed_up_lemmatizers(fast) == []  # once is enough
    lemmatizer = fast.get_pipe("lemmatizer")
    assert [t.lemma_ for t in fast(text)] == want
    assert [t.lemma_ for t in fast(text)] == want  # from the memo
    assert [t.lemma_ for t in fast("")] == []
    # With overwrite, the attribute ruler's lemma of "Gonna" is replaced, as spaCy does.
    plain_lemmatizer = plain.get_pipe("lemmatizer")
    lemmatizer.overwrite = plain_lemmatizer.overwrite = True  # type: ignore[attr-defined]
    try:
        assert [t.lemma_ for t in fast(text)] == [t.lemma_ for t in plain(text)]
    finally:
        lemmatizer.overwrite = plain_lemmatizer.overwrite = False  # type: ignore[attr-defined]
    copy = pickle.loads(pickle.dumps(lemmatizer))
    assert type(copy) is type(plain_lemmatizer)  # pickled as the plain class
    lookup = spacy.blank("en")
    lookup.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert speed_up_lemmatizers(lookup) == []


def test_several_processes(nlp: Language) -> None:
    """``n_process > 1`` sends the pipeline to worker processes: same annotations."""
    texts = ["Araghchi met Fidan in Ankara on Monday.", "They were meeting again, gonna talk."]
    one = [[(t.lemma_, t.pos_) for t in d] for d in nlp.pipe(texts)]
    two = [[(t.lemma_, t.pos_) for t in d] for d in nlp.pipe(texts, n_process=2, batch_size=1)]
    assert one == two


def test_tokenizer_cache_starts_empty_with_room_for_a_news_vocabulary(
    nlp: Language, plain: Language, texts: list[str]
) -> None:
    """The entity-ruler patterns fill spaCy's tokenizer cache while the pipeline is built (it
    holds 10,000 chunks by default, then caches nothing): the built pipeline empties it and
    gives it room, and its tokens are the plain model's."""
    from newsgraph.parse.nlp import TOKENIZER_CACHE_CHUNKS, _room_in_tokenizer_cache

    assert nlp.tokenizer.max_cache_size >= TOKENIZER_CACHE_CHUNKS  # type: ignore[attr-defined]
    for a, b in zip(plain.pipe(texts), (nlp.make_doc(t) for t in texts), strict=True):
        assert [(t.text, t.whitespace_) for t in a] == [(t.text, t.whitespace_) for t in b]
    flushed: list[bool] = []

    class Watched(Tokenizer):
        def _flush_cache(self) -> None:
            flushed.append(True)

    blank = spacy.blank("en")
    blank.tokenizer = Watched(blank.vocab)
    flushed.clear()  # the constructor's own
    _room_in_tokenizer_cache(blank)
    assert flushed == [True]
    assert blank.tokenizer.max_cache_size == TOKENIZER_CACHE_CHUNKS  # type: ignore[attr-defined]


def test_actor_rulers_check_for_patterns_without_counting_them(nlp: Language) -> None:
    """The actor rulers are spaCy's EntityRuler with a cheaper check that they have patterns:
    still a warning when there are none, none when there are."""
    import warnings

    from newsgraph.resolve.ruler import MULTI, SINGLE, ActorRuler

    for name in (MULTI, SINGLE):
        ruler = nlp.get_pipe(name)
        assert isinstance(ruler, ActorRuler)
        assert len(ruler) > 1000
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            ruler._require_patterns()
    empty = spacy.blank("en").add_pipe("newsgraph_actor_ruler")
    with pytest.warns(UserWarning, match="W036"):
        empty._require_patterns()  # type: ignore[attr-defined]
    empty.add_patterns([{"label": "ORG", "pattern": "Acme", "id": "acme"}])  # type: ignore[attr-defined]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        empty._require_patterns()  # type: ignore[attr-defined]
