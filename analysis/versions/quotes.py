"""Quote integrity: a direct quote found in both versions whose words or punctuation differ.

Quoted spans are found in each paragraph (straight or curly double quotes, and curly
single quotes that open after a space), so that short quoted phrases count as well as the
attributed quotes ingest records. Each quote of the original is paired with the most
similar quote of the copy; a pair whose words differ is a *wording* change (a spelling
variant included: a quote is the speaker's words, and the change is noted), and a pair
whose words agree but whose punctuation inside the quote marks differs is a
*punctuation* change: the British ``relief",`` against the American ``relief,"``.
The speaker comes from ingest's attributed quotes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from rapidfuzz import fuzz

from analysis.model import Article
from analysis.versions.align import MATCH_THRESHOLD, variants_between
from analysis.versions.similarity import canonical_words, sentence_similarity
from analysis.versions.text import normalise_typography, words

__all__ = ["QuoteSpan", "QuoteDiff", "quote_spans", "compare_quotes"]

# A double-quoted span (straight or curly), or a curly single-quoted one opening after a
# space or bracket (so that the apostrophe in "Trump’s" opens nothing). Trailing
# punctuation right after the closing mark is kept for display.
_QUOTE = re.compile(
    r"(?P<open>[\"\u201c\u201e])(?P<inner>[^\"\u201c\u201d\u201e]{1,1000}?)[\"\u201d](?P<after>[,.;:!?]?)"
    r"|(?:(?<=^)|(?<=[\s(\[]))\u2018(?P<inner1>[^\u2018\u2019]{1,1000}?)\u2019(?![A-Za-z])(?P<after1>[,.;:!?]?)"
)


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
    """Every quoted span in the article's paragraphs, in reading order, with its speaker."""
    spans: list[QuoteSpan] = []
    for index, block in enumerate(article.blocks):
        if block.kind != "paragraph":
            continue
        for m in _QUOTE.finditer(block.text):
            inner = (m.group("inner") if m.group("inner") is not None else m.group("inner1")).strip()
            if not words(inner):
                continue
            spans.append(QuoteSpan(inner, m.group().strip(), index, _speaker(article, inner)))
    return tuple(spans)


def _speaker(article: Article, inner: str) -> str | None:
    """The speaker ingest attributed to the quote that holds (or is held by) this span."""
    key = normalise_typography(inner).casefold()
    best: tuple[float, str | None] = (0.0, None)
    for quote in article.quotes:
        other = normalise_typography(quote.text).casefold()
        score = fuzz.partial_ratio(key, other) if min(len(key), len(other)) >= 12 else (100.0 if key == other else 0.0)
        if score > best[0]:
            best = (score, quote.speaker)
    return best[1] if best[0] >= 90 else None


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
