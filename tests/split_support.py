"""Test helper for the split tests: make an Article from plain paragraphs."""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.model import Article, Block, Quote

_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”]))\s+(?=[\"“A-Z])")


def make_article(
    ident: str,
    paragraphs: Sequence[str],
    *,
    headline: str | None = None,
    dateline: str | None = None,
    quotes: Sequence[tuple[str, str | None, str]] = (),
) -> Article:
    """An Article whose paragraphs are cut into sentences at '. X'; quotes are (text, speaker, sentence)."""
    blocks: list[Block] = []
    if headline:
        blocks.append(Block("headline", headline, (headline,)))
    for text in paragraphs:
        blocks.append(Block("paragraph", text, tuple(s for s in _SENTENCE_END.split(text) if s)))
    return Article(
        id=ident,
        path=f"{ident}.txt",
        format="text",
        headline=headline,
        outlet=None,
        byline=None,
        dateline=dateline,
        published=None,
        published_basis="unknown",
        blocks=tuple(blocks),
        quotes=tuple(Quote(t, s, sent) for t, s, sent in quotes),
    )
