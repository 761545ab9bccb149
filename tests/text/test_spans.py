"""Mirror tests for analysis.text.spans: the one finder of quoted spans."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.text.spans import inside_any, quoted_spans


def _inner(text: str, **kw: int) -> list[str]:
    return [s.inner for s in quoted_spans(text, **kw)]


def test_straight_curly_and_low_double_quotes():
    text = 'He said "one two three" and "so-called" then “four five six seven” and „acht neun”.'
    assert _inner(text) == ["one two three", "so-called", "four five six seven", "acht neun"]
    assert _inner(text, min_words=3) == ["one two three", "four five six seven"]


def test_offsets_marks_and_shown_text():
    text = 'It was "a relief", she said.'
    (span,) = quoted_spans(text)
    assert text[span.start : span.end] == '"a relief"'
    assert text[span.inner_start : span.inner_end] == "a relief"
    assert span.shown == '"a relief",'
    assert span.closed


def test_curly_single_quotes_skip_apostrophes():
    assert _inner("‘one two three’ and it’s ‘a b’") == ["one two three", "a b"]
    assert _inner("‘it’s a fine day’ now") == ["it’s a fine day"]
    assert _inner("Britain’s rules and the EU’s ones") == []


def test_unclosed_double_quote_runs_to_the_end():
    (span,) = quoted_spans('"unclosed one two three')
    assert (span.inner, span.closed, span.end) == ("unclosed one two three", False, 23)


def test_empty_spans_only_with_min_words_zero():
    assert quoted_spans('a "" b') == ()
    assert [(s.start, s.end) for s in quoted_spans('a "" b', min_words=0)] == [(2, 4)]


def test_negative_min_words_is_refused():
    with pytest.raises(ValueError, match="min_words"):
        quoted_spans("x", min_words=-1)


def test_inside_any():
    spans = quoted_spans('a "b c" d')
    assert inside_any(2, spans) and inside_any(6, spans)
    assert not inside_any(0, spans) and not inside_any(7, spans)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet='ab c"“”„‘’.', max_size=40), st.integers(min_value=0, max_value=4))
def test_spans_are_ordered_disjoint_and_consistent(text, min_words):
    previous_end = 0
    for span in quoted_spans(text, min_words=min_words):
        assert previous_end <= span.start < span.inner_start <= span.inner_end <= span.end <= len(text)
        assert span.inner == text[span.inner_start : span.inner_end]
        assert span.inner == span.inner.strip()
        assert len(span.inner.split()) >= min_words
        previous_end = span.end


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["ab", " ", '"']), max_size=25))
def test_straight_marks_pair_up_two_by_two(parts):
    """With one kind of mark only, the spans are the marks taken two by two (a naive pairing)."""
    text = "".join(parts)
    marks = [i for i, ch in enumerate(text) if ch == '"']
    naive = [(marks[k], marks[k + 1] + 1) for k in range(0, len(marks) - 1, 2)]
    if len(marks) % 2:
        naive.append((marks[-1], len(text)))
    assert [(s.start, s.end) for s in quoted_spans(text, min_words=0)] == naive
