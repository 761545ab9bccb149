"""The article model: blocks in reading order and what is read from them."""

from __future__ import annotations

import dataclasses

import pytest

from analysis.model import Article, Block, Quote


def _article() -> Article:
    return Article(
        id="a", path="a.txt", format="text", headline="Rates held", outlet=None, byline=None,
        dateline=None, published=None, published_basis="unknown",
        blocks=(
            Block("headline", "Rates held", ("Rates held",)),
            Block("key_point", "No change", ("No change",)),
            Block("paragraph", "The bank held rates. It said so.", ("The bank held rates.", "It said so.")),
            Block("subhead", "Outlook", ("Outlook",)),
            Block("paragraph", "More cuts may come.", ("More cuts may come.",)),
        ),
        quotes=(Quote("we wait", "the governor", "The bank held rates."),),
    )


def test_blocks_give_key_points_subheads_paragraphs_and_body_sentences():
    article = _article()
    assert article.key_points == ("No change",)
    assert article.subheads == ("Outlook",)
    assert article.paragraphs == ("The bank held rates. It said so.", "More cuts may come.")
    assert article.sentences == ("The bank held rates.", "It said so.", "More cuts may come.")
    assert article.text == "The bank held rates. It said so.\n\nMore cuts may come."
    assert article.words == 11  # body words only: paragraphs, no headline or subhead


def test_articles_are_frozen():
    article = _article()
    with pytest.raises(dataclasses.FrozenInstanceError):
        article.headline = "changed"  # type: ignore[misc]
    assert dataclasses.replace(article, headline="changed").headline == "changed"
