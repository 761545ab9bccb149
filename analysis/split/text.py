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
from analysis.text.lexicon import lexicon
from analysis.text.spans import quoted_spans

__all__ = [
    "nlp",
    "stem",
    "quote_spans",
    "inside",
    "fold",
    "STOP_WORDS",
    "REPORTING_VERBS",
]

# Verbs that report speech or make something public carry no topic: the shared lexicon's.
REPORTING_VERBS = lexicon().speech_forms | {"according"}

_ISE = re.compile(r"(?<=[a-z]{3})is(e|ed|es|ing|ation|ations|er|ers)$")


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
    """Character spans of the quotations in ``text`` (marks included), from the text
    layer's one finder (:func:`analysis.text.spans.quoted_spans`)."""
    return [(span.start, span.end) for span in quoted_spans(text, min_words=0)]


def inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Whether character ``pos`` lies inside one of ``spans``."""
    return any(s <= pos < e for s, e in spans)
