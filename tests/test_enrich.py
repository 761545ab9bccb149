"""Mirror tests for analysis.enrich: the stage that dates undated articles for every family."""

from __future__ import annotations

from analysis.dates import analyse_dates
from analysis.enrich import enrich
from analysis.ingest import load_articles_and_skips
from analysis.text.layer import read_texts


def test_an_undated_article_is_dated_once_before_the_families(seeds_dir):
    articles, _ = load_articles_and_skips([seeds_dir])
    layers = enrich(read_texts(articles))
    by_id = {la.article.id[:3]: la.article for la in layers}
    assert by_id["002"].published_basis == "inferred"
    assert by_id["002"].published_range == ("2025-09-22", "2025-09-28")
    assert by_id["001"].published_basis == "stated"
    # the dates family takes the enriched articles as they are: nothing is inferred again
    dated = analyse_dates([la.article for la in layers], layers=layers)
    assert list(dated.articles) == [la.article for la in layers]


def test_nothing_undated_nothing_changed(seeds_dir):
    articles, _ = load_articles_and_skips([seeds_dir])
    layers = read_texts([a for a in articles if a.published])
    assert enrich(layers) == layers
