"""Tag and resolve every temporal expression of a document, sentence by sentence.

This is where the narrative date is kept: each date the text mentions becomes the
reference for the anaphoric expressions after it ("the next day", "a year later"), and a
week the text names ("last week") is where a bare weekday in the same or the next sentence
falls.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from analysis.dates.resolve import DEFAULT_HEMISPHERE, Resolved, resolve
from analysis.dates.tagger import Mention, tag
from analysis.dates.tense import tense_at

__all__ = ["DateMention", "Tagged", "tag_sentences", "resolve_tagged", "read_dates", "split_sentences"]

_NARRATIVE_GRAINS = ("day", "week", "month", "quarter", "season", "half", "year")
_WEEK = re.compile(r"^\d{4}-W\d{2}$")


@dataclass(frozen=True)
class DateMention:
    """One resolved expression: where it is (sentence index, character span) and its value."""

    sentence_index: int
    sentence: str
    mention: Mention
    resolved: Resolved
    tense: str | None

    @property
    def text(self) -> str:
        return self.mention.text


@dataclass(frozen=True)
class Tagged:
    """An expression found in a sentence, with its tense, before any anchor is applied."""

    sentence_index: int
    sentence: str
    mention: Mention
    tense: str | None


def tag_sentences(sentences: Sequence[str]) -> tuple[Tagged, ...]:
    """Every expression in ``sentences``, in order, with the tense of its clause.

    Remembered per text (the enrichment stage and the dates family tag the same articles).
    """
    return _tag_sentences(tuple(sentences))


@lru_cache(maxsize=4096)
def _tag_sentences(sentences: tuple[str, ...]) -> tuple[Tagged, ...]:
    return tuple(
        Tagged(index, sentence, mention, tense_at(sentence, mention.start, mention.end))
        for index, sentence in enumerate(sentences)
        for mention in tag(sentence)
    )


def resolve_tagged(
    tagged: Sequence[Tagged],
    anchor: date | None,
    *,
    hemisphere: str = DEFAULT_HEMISPHERE,
) -> tuple[DateMention, ...]:
    """Resolve tagged expressions in order, keeping the narrative date as we go."""
    found: list[DateMention] = []
    narrative: Resolved | None = None
    week: str | None = None
    week_sentence = -99
    for t in tagged:
        resolved = resolve(
            t.mention.type,
            t.mention.spec,
            anchor=anchor,
            tense=t.tense,
            narrative=narrative,
            week=week if t.sentence_index - week_sentence <= 1 else None,
            hemisphere=hemisphere,
        )
        found.append(DateMention(t.sentence_index, t.sentence, t.mention, resolved, t.tense))
        if resolved.type in ("DATE", "TIME") and resolved.granularity in _NARRATIVE_GRAINS:
            narrative = resolved
        if _WEEK.match(resolved.value) and t.mention.spec.kind in ("relative", "shift"):
            week, week_sentence = resolved.value, t.sentence_index
    return tuple(found)


def read_dates(
    sentences: Sequence[str],
    anchor: date | None,
    *,
    hemisphere: str = DEFAULT_HEMISPHERE,
) -> tuple[DateMention, ...]:
    """Every expression in ``sentences`` (in order), resolved against ``anchor``."""
    return resolve_tagged(tag_sentences(sentences), anchor, hemisphere=hemisphere)


_SPLIT = re.compile(
    r"(?:(?<=[.!?])|(?<=[.!?][\"'”’)]))\s+(?=[\"'“‘(]?[A-Z0-9])"
    r"|\n\s*\n"
)
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Sgt|St|Jr|Sr|Inc|Corp|Co|Ltd|No|vs|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|U\.S|U\.K|"
    r"a\.m|p\.m|e\.g|i\.e|etc)|\b[A-Z])\.$"
)


def split_sentences(text: str) -> tuple[tuple[int, str], ...]:
    """A light sentence splitter for raw text: (offset, sentence) pairs.

    Used where no article model exists (the TempEval files); articles come split by ingest.
    """
    pieces: list[tuple[int, str]] = []
    start = 0
    for m in _SPLIT.finditer(text):
        chunk = text[start:m.start()]
        if _ABBREV.search(chunk) and "\n\n" not in m.group(0):
            continue
        pieces.append((start, chunk))
        start = m.end()
    pieces.append((start, text[start:]))
    return tuple((o, s) for o, s in pieces if s.strip())
