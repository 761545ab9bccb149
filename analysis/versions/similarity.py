"""How much two texts share: word n-gram containment and Jaccard, topic and sentence similarity.

Containment follows the METER corpus work (Clough et al. 2002) and R's textreuse
(``ratio_of_matches``): the share of one text's distinct word n-grams (shingles) that are
also found in the other. It is asymmetric on purpose: a copy that adds a paragraph still
contains nearly all of its original, while the original contains less of the copy.
Jaccard similarity (shared shingles over all distinct shingles) is the symmetric measure.

Words are compared in lower case with British spellings mapped to American ones, so that a
change of spelling convention alone does not read as a change of wording.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache

from rapidfuzz.distance import Indel

from analysis.versions.spelling import american_form

__all__ = [
    "DEFAULT_N",
    "Shingle",
    "canonical_words",
    "shingles",
    "containment",
    "containment_naive",
    "jaccard",
    "content_profile",
    "names_in",
    "NAME_WEIGHT",
    "topic_similarity",
    "sentence_similarity",
]

DEFAULT_N = 3
"""Word trigrams, the shingle size the METER corpus work found best for newswire reuse."""

Shingle = tuple[str, ...]
_NAME_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    """spaCy's English stop words, imported on first use (spaCy is slow to import)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def canonical_words(words: Iterable[str]) -> tuple[str, ...]:
    """Lower-case words with British spellings replaced by American ones."""
    return tuple(american_form(w.casefold()) for w in words)


def shingles(words: Sequence[str], *, n: int = DEFAULT_N) -> frozenset[Shingle]:
    """The distinct word n-grams of ``words`` (a text shorter than ``n`` words is one shingle)."""
    if n < 1:
        raise ValueError(f"n must be a positive number of words; got {n}")
    if not words:
        return frozenset()
    if len(words) < n:
        return frozenset({tuple(words)})
    return frozenset(tuple(words[i : i + n]) for i in range(len(words) - n + 1))


def containment(a: frozenset[Shingle], b: frozenset[Shingle]) -> float:
    """Share of ``a``'s shingles that are also in ``b`` (0 for an empty ``a``)."""
    if not a:
        return 0.0
    return len(a & b) / len(a)


def containment_naive(a_words: Sequence[str], b_words: Sequence[str], *, n: int = DEFAULT_N) -> float:
    """Containment counted the slow, obvious way: a reference for tests of :func:`containment`."""
    a_grams: list[Shingle] = []
    for i in range(max(len(a_words) - n + 1, 1 if a_words else 0)):
        gram = tuple(a_words[i : i + n])
        if gram not in a_grams:
            a_grams.append(gram)
    if not a_grams:
        return 0.0
    b_grams = [tuple(b_words[i : i + n]) for i in range(max(len(b_words) - n + 1, 1 if b_words else 0))]
    found = sum(1 for gram in a_grams if gram in b_grams)
    return found / len(a_grams)


def jaccard(a: frozenset[Shingle], b: frozenset[Shingle]) -> float:
    """Shared shingles over all distinct shingles of the two (0 when both are empty)."""
    union = len(a | b)
    return len(a & b) / union if union else 0.0


NAME_WEIGHT = 2.0
"""How much more a name (a word capitalised inside a sentence) counts in the topic profile."""


def _content_key(word: str) -> str | None:
    """The form a content word is counted under, or ``None`` for a word that is not one.

    Stop words, numbers and words under three letters are dropped; a plural ``s`` is
    dropped so that ``stablecoin`` and ``stablecoins`` count as one word.
    """
    if len(word) < 3 or word in _stop_words() or not word.isalpha():
        return None
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def names_in(texts: Iterable[str]) -> frozenset[str]:
    """Content words written with a capital inside a sentence (names, mostly), as counted."""
    found: set[str] = set()
    for text in texts:
        for match in list(_NAME_WORD.finditer(text))[1:]:
            word = match.group()
            if word[0].isupper():
                key = _content_key(american_form(word.casefold()))
                if key:
                    found.add(key)
    return frozenset(found)


def content_profile(
    words: Iterable[str], *, names: frozenset[str] = frozenset(), name_weight: float = NAME_WEIGHT
) -> dict[str, float]:
    """Weights of a text's content words: damped counts (1 + log count), names counted more.

    Two articles on one story share their names and key words whatever their wording;
    names (people, places, organisations) tell stories apart better than common words.
    """
    counts: Counter[str] = Counter()
    for word in words:
        key = _content_key(word)
        if key:
            counts[key] += 1
    return {
        w: (1.0 + math.log(c)) * (name_weight if w in names else 1.0) for w, c in sorted(counts.items())
    }


def topic_similarity(a: dict[str, float], b: dict[str, float]) -> float:
    """Cosine of two content-word profiles (see :func:`content_profile`), 0..1."""
    if not a or not b:
        return 0.0
    dot = sum(v * b[w] for w, v in a.items() if w in b)
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return min(dot / norm, 1.0) if norm else 0.0


def sentence_similarity(a: Sequence[str], b: Sequence[str]) -> float:
    """How alike two sentences' words are, 0..1: the mean of two views.

    Word order (the Indel, or longest-common-subsequence, ratio of the word sequences) and
    vocabulary (Dice coefficient of the word sets). Chosen on the MSRP training split,
    where it separates paraphrases from different sentences as well as any single view.
    """
    if not a and not b:
        return 1.0
    if not a or not b:
        return 0.0
    order = Indel.normalized_similarity(list(a), list(b))
    sa, sb = set(a), set(b)
    dice = 2 * len(sa & sb) / (len(sa) + len(sb))
    return (order + dice) / 2
