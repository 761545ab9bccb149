"""The enrichment stage: what one family learns that the others read.

Today that is one thing: an undated article's publication date, inferred from the events it
shares with dated articles (:func:`analysis.dates.infer_publication_dates`). Versions read it
to tell which of two articles came first, the dates family resolves "last week" against it,
and the pages name the article by it ("DL News, Sep 2025 (undated)"). Doing it here, once,
before the families run, keeps any family from depending on another's side effects.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from analysis.dates import infer_publication_dates, needs_inference
from analysis.text.layer import TextLayer

__all__ = ["enrich"]


def enrich(layers: Sequence[TextLayer], *, hemisphere: str = "north") -> tuple[TextLayer, ...]:
    """The parsed articles with every undated one given an inferred date range, or ``unknown``."""
    articles = [layer.article for layer in layers]
    if not any(needs_inference(a) for a in articles):
        return tuple(layers)
    dated = infer_publication_dates(articles, hemisphere=hemisphere, layers=layers)
    return tuple(dataclasses.replace(layer, article=a) for layer, a in zip(layers, dated, strict=True))
