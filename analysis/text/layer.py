"""An article with its parse: the object every family reads.

:func:`read_texts` is the parse stage of the pipeline: every article's blocks parsed once by
the trained pipeline (:func:`analysis.parse.parse_articles`, cached on disk), then its
quotes and their speakers read from that parse (:mod:`analysis.text.quotes`). The families
get :class:`TextLayer` objects: the article (with its quotes) and the one ``Doc`` of each of
its blocks, so that no family tokenises, splits or parses the text again.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from analysis.model import Article
from analysis.progress import Report, quiet
from analysis.text.quotes import attribute_quotes, sentence_offsets

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["TextLayer", "read_texts"]


@dataclass(frozen=True)
class TextLayer:
    """One article and the parse of each of its blocks (``docs[i]`` is ``article.blocks[i]``)."""

    article: Article
    docs: tuple[Doc, ...]

    def __post_init__(self) -> None:
        if len(self.docs) != len(self.article.blocks):
            raise ValueError(
                f"{self.article.id}: {len(self.docs)} parsed blocks for {len(self.article.blocks)} blocks"
            )

    def sentence_spans(self) -> Iterator[tuple[int, int, Span | None]]:
        """``(block, sentence, span)`` for every sentence ingest found, in reading order.

        The spans are ingest's sentences (the ones every family reports), laid over the
        parse of their block; a headline, key point or subhead is one sentence. A sentence
        the parse cannot be laid under gives None, so that the i-th item is always the
        i-th sentence.
        """
        for b, (block, doc) in enumerate(zip(self.article.blocks, self.docs, strict=True)):
            sentences = block.sentences or (block.text,)
            for s, start in enumerate(sentence_offsets(sentences)):
                yield b, s, doc.char_span(start, start + len(sentences[s]), alignment_mode="expand")

    def entities(self, labels: Sequence[str] | None = None) -> Iterator[tuple[int, Span]]:
        """``(block, entity)`` for every named entity, or those with one of ``labels``."""
        for b, doc in enumerate(self.docs):
            for ent in doc.ents:
                if labels is None or ent.label_ in labels:
                    yield b, ent


def read_texts(
    articles: Sequence[Article],
    *,
    model: str | None = None,
    cache: bool = True,
    cache_dir: str | os.PathLike[str] | None = None,
    progress: Report = quiet,
) -> tuple[TextLayer, ...]:
    """Parse every article once and read its quotes; the articles come back with ``quotes``."""
    from analysis.parse import parse_articles

    if not articles:
        return ()  # nothing to parse: the pipeline is not even loaded
    parsed = parse_articles(articles, model=model, cache=cache, cache_dir=cache_dir, progress=progress)
    layers = []
    for article, result in zip(articles, parsed, strict=True):
        quoted = dataclasses.replace(article, quotes=attribute_quotes(article, result.docs))
        layers.append(TextLayer(quoted, result.docs))
    return tuple(layers)
