"""Quote integrity: a direct quote found in both versions whose words or punctuation differ.

Quoted spans are found in each paragraph by the text layer's one finder
(:mod:`analysis.text.spans`), short quoted phrases as well as attributed quotes. Each quote
of the original is paired with the most similar quote of the copy; a pair whose words
differ is a *wording* change (a spelling variant included: a quote is the speaker's words,
and the change is noted), and a pair whose words agree but whose punctuation inside the
quote marks differs is a *punctuation* change: the British ``relief",`` against the
American ``relief,"``. The speaker is that of the article's quote at the same place
(:mod:`analysis.text.quotes`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from analysis.model import Article
from analysis.text.spans import quoted_spans
from analysis.versions.align import MATCH_THRESHOLD, variants_between
from analysis.versions.similarity import canonical_words, sentence_similarity
from analysis.versions.text import normalise_typography, words

__all__ = ["QuoteSpan", "QuoteDiff", "quote_spans", "compare_quotes"]


@dataclass(frozen=True)
class QuoteSpan:
    """A quoted span: ``inner`` is the text between the marks, ``shown`` it with marks."""

    inner: str
    shown: str
    paragraph: int
    speaker: str | None


@dataclass(frozen=True)
class QuoteDiff:
    """A quote of the original (``source``) that reads differently in the copy (``target``)."""

    source: QuoteSpan
    target: QuoteSpan
    kind: Literal["wording", "punctuation"]
    note: str | None
    similarity: float


def quote_spans(article: Article) -> tuple[QuoteSpan, ...]:
    """Every closed quoted span in the article's paragraphs, in reading order, with the
    speaker of the article's quote it lies in or holds (the text layer's, by position)."""
    spans: list[QuoteSpan] = []
    for index, block in enumerate(article.blocks):
        if block.kind != "paragraph":
            continue
        here = [q for q in article.quotes if q.block == index and q.start is not None and q.end is not None]
        for span in quoted_spans(block.text):
            if not span.closed or not words(span.inner):
                continue
            speaker = next(
                (q.speaker for q in here
                 if q.start is not None and q.end is not None
                 and q.start < span.inner_end and span.inner_start < q.end),
                None,
            )
            spans.append(QuoteSpan(span.inner, span.shown, index, speaker))
    return tuple(spans)


def compare_quotes(
    original: Article, copy: Article, *, threshold: float = MATCH_THRESHOLD
) -> tuple[QuoteDiff, ...]:
    """Quotes present in both articles (paired by word similarity) whose text differs.

    Pairs are made best first, each quote used once; a pair needs a similarity of at least
    ``threshold`` (the sentence-match threshold) so that two different quotes are not
    compared. Results follow the original's reading order.
    """
    src, dst = quote_spans(original), quote_spans(copy)
    canon_src = [canonical_words(words(q.inner)) for q in src]
    canon_dst = [canonical_words(words(q.inner)) for q in dst]
    scored = sorted(
        (
            (sentence_similarity(canon_src[i], canon_dst[j]), i, j)
            for i in range(len(src))
            for j in range(len(dst))
            if set(canon_src[i]) & set(canon_dst[j])
        ),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    used_src: set[int] = set()
    used_dst: set[int] = set()
    pairs: list[tuple[int, int, float]] = []
    for score, i, j in scored:
        if score < threshold or i in used_src or j in used_dst:
            continue
        used_src.add(i)
        used_dst.add(j)
        pairs.append((i, j, score))
    diffs: list[QuoteDiff] = []
    for i, j, score in sorted(pairs):
        a, b = src[i], dst[j]
        if normalise_typography(a.inner) == normalise_typography(b.inner):
            continue
        if words(a.inner) == words(b.inner):
            kind: Literal["wording", "punctuation"] = "punctuation"
            note = "capitals changed" if _cases_differ(a.inner, b.inner) else None
        else:
            kind = "wording"
            variants, explained = variants_between(a.inner, b.inner)
            note = (
                "spelling only: " + ", ".join(f"{v.from_form} -> {v.to_form}" for v in variants)
                if explained and variants
                else None
            )
        speaker = a.speaker or b.speaker
        diffs.append(QuoteDiff(a, QuoteSpan(b.inner, b.shown, b.paragraph, speaker), kind, note, round(score, 4)))
    return tuple(diffs)


def _cases_differ(a: str, b: str) -> bool:
    """Whether the words as written differ (they agree in lower case)."""
    return re.findall(r"[^\W_]+", a) != re.findall(r"[^\W_]+", b)
