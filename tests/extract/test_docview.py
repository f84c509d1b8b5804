"""DocView: every column gives what the spaCy Token attribute of the same name gives."""

from __future__ import annotations

from typing import Any

from newsgraph.extract.docview import DocView, Names, parsed_text

TEXT = (
    "TEHRAN -- Iran's Foreign Minister Abbas Araghchi met Syrian President Bashar al-Assad in "
    "Damascus on Sunday, IRNA reported.\n"
    "“We will stand by Syria,” he said, according to a statement. The 12 U.S.-backed fighters "
    "were not seen again; 3,000 people fled.\n\n"
    "Four Syrian Terrorist Groups Join Ranks With Ahrar al-Sham"
)


def test_columns_match_token_attributes(nlp: Any) -> None:
    doc = nlp(TEXT)
    names = Names()
    for view in (DocView(doc, None, names), DocView(doc, TEXT, names)):  # cold, then warm cache
        toks = list(doc)
        assert view.text == doc.text
        assert view.words == [t.text for t in toks]
        assert view.lower == [t.lower_ for t in toks]
        assert view.lemma == [t.lemma_ for t in toks]
        assert view.lemma_lower == [t.lemma_.lower() for t in toks]
        assert view.pos == [t.pos_ for t in toks]
        assert view.tag == [t.tag_ for t in toks]
        assert view.dep == [t.dep_ for t in toks]
        assert view.ent_type == [t.ent_type_ for t in toks]
        assert view.ent_iob == [t.ent_iob_ for t in toks]
        assert view.idx == [t.idx for t in toks]
        assert view.end == [t.idx + len(t.text) for t in toks]
        assert view.head == [t.head.i for t in toks]
        assert view.children == [[c.i for c in t.children] for t in toks]
        assert [view.subtree(t.i) for t in toks] == [sorted(x.i for x in t.subtree) for t in toks]
        for flag in ("is_punct", "is_space", "is_alpha", "like_num"):
            assert [bool(x) for x in getattr(view, flag)] == [getattr(t, flag) for t in toks]
        assert [(s.start, s.end) for s in view.sents] == [(s.start, s.end) for s in doc.sents]
        assert view.sent_of == [next(k for k, s in enumerate(doc.sents) if t in s) for t in toks]
        for s in doc.sents:
            assert view.span_text(s.start, s.end) == s.text
        assert view.ents == tuple(doc.ents)
        for s in (*doc.sents, doc[2:9], doc[0:0]):  # sentences, a range cutting an entity
            assert view.span_ents(s.start, s.end) == list(s.ents)
        assert view.noun_chunk_ranges() == [(c.start, c.end) for c in doc.noun_chunks]
        for a, b in ((0, 6), (3, 40), (7, 8), (100, 131), (5, 5)):
            want = doc.char_span(a, b, alignment_mode="expand")
            got = view.char_span(a, b)
            assert (None if got is None else (got.start, got.end)) == (
                None if want is None else (want.start, want.end)
            )


def test_parsed_text_is_the_docs_text_for_a_cut_parse(nlp: Any) -> None:
    doc = nlp(TEXT[:100])  # the parse stage cuts long texts at max_chars
    assert parsed_text(doc, TEXT) == doc.text == TEXT[:100]
    assert parsed_text(nlp(TEXT), TEXT) == TEXT
    assert parsed_text(nlp(""), TEXT) == ""


def test_stages_share_one_view_and_the_pipeline_drops_it(pipeline: Any, settings: Any) -> None:
    from newsgraph.types import Article

    doc = pipeline.parse.nlp(TEXT)
    view = DocView.of(doc, TEXT)
    assert DocView.of(doc) is view  # the next stage gets the same view, columns and all
    assert DocView.of(doc.copy()) is not view  # a copy is another document
    DocView.drop(doc)
    assert DocView.of(doc) is not view

    article = Article(
        id="a1", source_id="a1.txt", origin="a1.txt", format="text", raw_text=TEXT, text=TEXT
    )
    parsed, skips = pipeline.process([article])
    assert not [s for s in skips if s.status == "failed"]
    assert parsed[0].facts["figures"] and parsed[0].facts["quotes"]
    assert not any(isinstance(v, DocView) for v in parsed[0].doc.user_data.values())


def test_noun_chunk_ranges_on_the_sample_corpus_and_other_languages(nlp: Any) -> None:
    """The ranges are ``doc.noun_chunks``'s on real text (coordination, appositions, nested
    phrases); a language with another noun-chunk iterator gets None (its own iterator runs)."""
    import spacy
    from bench.corpus import sample_texts

    for text in sample_texts(1):
        doc = nlp(text)
        assert DocView(doc).noun_chunk_ranges() == [(c.start, c.end) for c in doc.noun_chunks]
    other = spacy.blank("de")("Die Regierung hat die Armee geschickt.")
    assert DocView(other).noun_chunk_ranges() is None
