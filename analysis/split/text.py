"""Shared text helpers for the split: the tokenizer, word stems and quotation spans.

Only ``spacy.blank("en")`` is used (no trained model): its tokenizer, stop words and rule
matchers. Word stems come from the Snowball English stemmer, after British ``-ise`` forms
are turned into ``-ize`` so that "tokenised" and "tokenized" meet.
"""

from __future__ import annotations

import functools
import re
import unicodedata

import snowballstemmer
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language

from analysis.english import english

__all__ = [
    "nlp",
    "stem",
    "quote_spans",
    "inside",
    "fold",
    "STOP_WORDS",
    "REPORTING_VERBS",
]

# Verbs that report speech; they carry no topic.
REPORTING_VERBS = frozenset(
    """say says said saying tell tells told telling add adds added adding note notes noted
    according write writes wrote report reports reported announce announces announced
    state states stated explain explains explained comment commented ask asked asking
    respond responded express expressed expressing cite cites cited citing""".split()
)

_ISE = re.compile(r"(?<=[a-z]{3})is(e|ed|es|ing|ation|ations|er|ers)$")
_QUOTE_PAIRS = (("\u201c", "\u201d"), ('"', '"'), ("\u2018", "\u2019"))


def nlp() -> Language:
    """The shared blank English pipeline (:func:`analysis.english.english`); no model."""
    return english()


@functools.lru_cache(maxsize=1)
def _stemmer() -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer("english")


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A spelling-neutral stem: "Tokenised", "tokenization" and "tokenized" share one."""
    word = unicodedata.normalize("NFKC", word).casefold().strip(".'’")
    word = _ISE.sub(lambda m: "iz" + m.group(1), word)
    stemmed: str = _stemmer().stemWord(word)
    return stemmed


def fold(text: str) -> str:
    """Lower case, without accents or full stops: for comparing names."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.replace(".", "").casefold().split())


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the direct quotations in ``text`` (marks included)."""
    spans: list[tuple[int, int]] = []
    for opening, closing in _QUOTE_PAIRS:
        start = 0
        while True:
            i = text.find(opening, start)
            if i < 0:
                break
            if opening == "\u2018" and i > 0 and text[i - 1].isalpha():
                start = i + 1
                continue
            j = text.find(closing, i + 1)
            if opening == "\u2018":
                # skip apostrophes inside the quote (don't, Britain’s)
                while j > 0 and j + 1 < len(text) and text[j + 1].isalpha():
                    j = text.find(closing, j + 1)
            if j < 0:
                spans.append((i, len(text)))
                break
            spans.append((i, j + 1))
            start = j + 1
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s < merged[-1][1]:
            continue
        merged.append((s, e))
    return merged


def inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Whether character ``pos`` lies inside one of ``spans``."""
    return any(s <= pos < e for s, e in spans)
