"""Where the quotations are: one finder of quoted spans for every family.

A quoted span opens with a double mark (straight ``"``, curly ``“`` or low ``„``) and closes
at the next matching mark, or at the end of the paragraph when the writer left it open (a
quote that runs on into the next paragraph). A curly single mark ``‘`` opens a span only
after a space, bracket or the start of the text, and closes at a ``’`` not followed by a
letter, so that the apostrophe of "Britain’s" neither opens nor closes one (British style
quotes with single marks). Marks inside a span do not open another.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["QuotedSpan", "quoted_spans", "inside_any"]

_DOUBLE_CLOSE = {'"': '"', "“": "”", "„": "”"}
_AFTER = ",.;:!?"


@dataclass(frozen=True)
class QuotedSpan:
    """A quotation in a text: ``start``/``end`` include the marks, ``inner_*`` do not.

    ``shown`` is the quotation with its marks and a punctuation mark right after the
    closing mark (``“relief”,``), for display.
    """

    start: int
    end: int
    inner_start: int
    inner_end: int
    inner: str
    shown: str
    closed: bool


def _close_double(text: str, i: int) -> int:
    closing = _DOUBLE_CLOSE[text[i]]
    j = text.find(closing, i + 1)
    if text[i] == "„" and j == -1:
        j = text.find('"', i + 1)
    return j


def _close_single(text: str, i: int) -> int:
    j = i + 1
    while True:
        j = text.find("’", j)
        if j == -1 or j + 1 >= len(text) or not text[j + 1].isalnum():
            return j
        j += 1


def _opens_single(text: str, i: int) -> bool:
    return text[i] == "‘" and (i == 0 or text[i - 1].isspace() or text[i - 1] in "([{—–-")


def quoted_spans(text: str, *, min_words: int = 1) -> tuple[QuotedSpan, ...]:
    """Every quoted span of at least ``min_words`` words in ``text``, in order.

    ``min_words=0`` keeps empty spans too (for asking whether a position is quoted). The
    result never overlaps; a span too short to count still closes what it opened.
    """
    if min_words < 0:
        raise ValueError(f"min_words must be 0 or more, got {min_words}")
    spans: list[QuotedSpan] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in _DOUBLE_CLOSE:
            close = _close_double(text, i)
        elif _opens_single(text, i):
            close = _close_single(text, i)
            if close == -1:  # an unclosed single mark is an apostrophe, not a quotation
                i += 1
                continue
        else:
            i += 1
            continue
        closed = close != -1
        end = close + 1 if closed else n
        inner_end = close if closed else n
        raw = text[i + 1 : inner_end]
        lead = len(raw) - len(raw.lstrip())
        inner = raw.strip()
        if len(inner.split()) >= min_words:
            shown_end = end + 1 if closed and end < n and text[end] in _AFTER else end
            spans.append(QuotedSpan(
                start=i, end=end, inner_start=i + 1 + lead, inner_end=i + 1 + lead + len(inner),
                inner=inner, shown=text[i:shown_end].strip(), closed=closed,
            ))
        i = end
    return tuple(spans)


def inside_any(position: int, spans: tuple[QuotedSpan, ...] | list[QuotedSpan]) -> bool:
    """Whether the character at ``position`` lies inside one of ``spans`` (marks included)."""
    return any(s.start <= position < s.end for s in spans)
