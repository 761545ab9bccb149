"""The parse stage: each article parsed once, cached on disk, never trusted when damaged."""

from __future__ import annotations

import dataclasses

import pytest

from analysis.parse import article_key, cache_folder, parse_articles


def _summary(parsed):
    return [[(t.text, t.tag_, t.dep_, t.head.i, t.ent_type_, t.lemma_) for doc in p.docs for t in doc]
            for p in parsed]


@pytest.fixture(scope="module")
def articles(seed_articles):
    return [seed_articles[k] for k in sorted(seed_articles)]


def test_every_block_is_parsed_in_order(articles, tmp_path):
    parsed = parse_articles(articles, cache_dir=tmp_path)
    assert [p.article_id for p in parsed] == [a.id for a in articles]
    for article, p in zip(articles, parsed, strict=True):
        assert [d.text for d in p.docs] == [b.text for b in article.blocks]
        assert not p.from_cache
    assert any(ent.label_ == "ORG" for p in parsed for d in p.docs for ent in d.ents)


def test_a_second_run_reads_the_cache_and_gives_the_same_parse(articles, tmp_path):
    first = parse_articles(articles, cache_dir=tmp_path)
    second = parse_articles(articles, cache_dir=tmp_path)
    assert all(p.from_cache for p in second)
    assert _summary(first) == _summary(second)
    assert all(list(d.sents) for p in second for d in p.docs)


def test_adding_an_article_parses_only_that_one(articles, tmp_path):
    parse_articles(articles[:2], cache_dir=tmp_path)
    parsed = parse_articles(articles, cache_dir=tmp_path)
    assert [p.from_cache for p in parsed] == [True, True, False]


def test_a_damaged_or_mismatched_entry_is_parsed_again(articles, tmp_path):
    parse_articles(articles[:1], cache_dir=tmp_path)
    (entry,) = tmp_path.rglob("*.spacy")
    entry.write_bytes(b"not a docbin")
    again = parse_articles(articles[:1], cache_dir=tmp_path)
    assert not again[0].from_cache
    assert [d.text for d in again[0].docs] == [b.text for b in articles[0].blocks]
    assert parse_articles(articles[:1], cache_dir=tmp_path)[0].from_cache  # rewritten whole


def test_no_cache_writes_nothing(articles, tmp_path):
    parse_articles(articles[:1], cache=False, cache_dir=tmp_path)
    assert not list(tmp_path.rglob("*"))


def test_the_key_follows_the_text_and_the_model(articles):
    article = articles[0]
    edited = dataclasses.replace(article, blocks=article.blocks[:-1])
    assert article_key(article, "m-1") == article_key(article, "m-1")
    assert article_key(article, "m-1") != article_key(article, "m-2")
    assert article_key(article, "m-1") != article_key(edited, "m-1")


def test_cache_folder_from_the_environment(tmp_path):
    assert cache_folder({"BRIEFING_CACHE_DIR": str(tmp_path)}) == tmp_path
    assert cache_folder({"XDG_CACHE_HOME": str(tmp_path)}) == tmp_path / "briefing"
