"""Not dates at all: expressions the parse shows to be part of a name, or an ordinal.

The tagger reads words, so "Jan" in "Jan Kowalski", "May" in "Theresa May", "2030" in "Vision
2030" and "a second" in "a second resolution" look like dates. The
trained pipeline says otherwise:

- an expression that lies inside a PERSON, ORG, LAW, WORK_OF_ART or PRODUCT entity is part
  of that name and is dropped, unless the pipeline also reads the same words as a DATE or
  TIME of their own (then both readings stand and the date is kept);
- "second" tagged as an adjective modifying a noun ("a second resolution") is an ordinal,
  not a length of time.

A year that only modifies a name ("the 2000 Olympics") stays a date: TimeML annotates it as
one, and the benchmark measured a loss when it was dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from analysis.dates.document import Tagged

if TYPE_CHECKING:
    from spacy.tokens import Span

__all__ = ["NAME_LABELS", "drop_names", "mention_span"]

NAME_LABELS = frozenset({"PERSON", "ORG", "LAW", "WORK_OF_ART", "PRODUCT"})
_TIME_LABELS = frozenset({"DATE", "TIME"})


def _entity_ranges(sentences: Sequence[Span | None]) -> list[list[tuple[int, int, str]]]:
    """For each sentence, its entities as ``(start, end, label)`` with offsets inside it."""
    ranges: list[list[tuple[int, int, str]]] = []
    for span in sentences:
        if span is None:
            ranges.append([])
            continue
        base = span.start_char
        ranges.append([
            (ent.start_char - base, ent.end_char - base, ent.label_)
            for ent in span.doc.ents
            if ent.start_char < span.end_char and ent.end_char > span.start_char
        ])
    return ranges


def _ordinal(span: Span) -> bool:
    """"a second resolution": "second" is an adjective modifying the noun after it."""
    last = span[-1]
    return last.lower_ == "second" and last.tag_ == "JJ" and last.dep_ == "amod" and last.head.i > last.i


def drop_names(tagged: Sequence[Tagged], sentences: Sequence[Span | None]) -> tuple[Tagged, ...]:
    """``tagged`` without the expressions that are part of a name (see the module docstring).

    ``sentences[i]`` is the parse of sentence ``i`` (None where there is none).
    """
    ranges = _entity_ranges(sentences)
    kept = []
    for t in tagged:
        ents = ranges[t.sentence_index] if t.sentence_index < len(ranges) else []
        start, end = t.mention.start, t.mention.end
        in_name = any(s <= start and end <= e and label in NAME_LABELS for s, e, label in ents)
        own = any(s < end and start < e and label in _TIME_LABELS for s, e, label in ents)
        if in_name and not own:
            continue
        parsed = mention_span(sentences, t)
        if parsed is not None and _ordinal(parsed):
            continue
        kept.append(t)
    return tuple(kept)


def mention_span(sentences: Sequence[Span | None], t: Tagged) -> Span | None:
    """The parse of a tagged expression (``sentences[i]`` parses sentence ``i``), or None."""
    sentence = sentences[t.sentence_index] if t.sentence_index < len(sentences) else None
    if sentence is None:
        return None
    base = sentence.start_char
    span = sentence.doc.char_span(base + t.mention.start, base + t.mention.end, alignment_mode="expand")
    return span if span is not None and len(span) else None
