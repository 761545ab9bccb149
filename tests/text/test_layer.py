"""Mirror tests for analysis.text.layer: each article with the one parse of its blocks."""

from __future__ import annotations

import pytest

from analysis.ingest import load_articles_and_skips
from analysis.text.layer import TextLayer, read_texts


@pytest.fixture(scope="module")
def layers(seeds_dir, tmp_path_factory):
    articles, _ = load_articles_and_skips([seeds_dir])
    return read_texts(articles, cache_dir=tmp_path_factory.mktemp("cache"))


def test_one_doc_per_block_and_quotes_read_from_it(layers):
    for layer in layers:
        assert [d.text for d in layer.docs] == [b.text for b in layer.article.blocks]
    quotes = [q for layer in layers for q in layer.article.quotes]
    assert quotes and all(q.block is not None for q in quotes)
    assert {"SEC"} <= {q.speaker for q in quotes}


def test_sentence_spans_are_ingest_sentences_over_the_parse(layers):
    for layer in layers:
        spans = list(layer.sentence_spans())
        expected = [s for b in layer.article.blocks for s in (b.sentences or (b.text,))]
        assert [span.text if span is not None else None for _, _, span in spans] == expected
        assert all(span is not None and span.doc is layer.docs[b] for b, _, span in spans)


def test_entities_by_label(layers):
    orgs = {ent.text for layer in layers for _, ent in layer.entities(["ORG"])}
    assert "SEC" in orgs
    assert all(ent.label_ == "ORG" for layer in layers for _, ent in layer.entities(["ORG"]))


def test_docs_must_match_the_blocks(layers):
    with pytest.raises(ValueError, match="parsed blocks"):
        TextLayer(layers[0].article, layers[0].docs[:-1])


def test_the_same_with_or_without_the_cache(seeds_dir, tmp_path):
    articles, _ = load_articles_and_skips([seeds_dir])
    cold = read_texts(articles, cache_dir=tmp_path)
    warm = read_texts(articles, cache_dir=tmp_path)
    off = read_texts(articles, cache=False)
    assert [la.article for la in cold] == [la.article for la in warm] == [la.article for la in off]


def test_no_articles_no_parse():
    assert read_texts([]) == ()
