"""British and American spelling variants, and closed or open compounds.

The word list is breame's (about 1,700 British/American pairs: ``favouring``/``favoring``,
``organisations``/``organizations``, ``programme``/``program``). Words the list lacks but
that follow one of its regular patterns (``tokenised``/``tokenized`` follows
``-ised``/``-ized``) are recognised by suffix rules *learned from the list itself*: a rule
counts only when at least ``MIN_RULE_SUPPORT`` pairs of the list show it, so no rule is
written by hand. A pair of compounds (``stablecoins``/``stable coins``,
``taskforce``/``task force``/``task-force``) is two spellings of one word whose letters
agree once spaces and hyphens go; it has no national convention.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from breame.data.spelling_constants import (
    AMERICAN_ENGLISH_SPELLINGS,
    BRITISH_ENGLISH_SPELLINGS,
)

__all__ = [
    "Convention",
    "VariantMatch",
    "MIN_RULE_SUPPORT",
    "MAX_COMPOUND_PARTS",
    "american_form",
    "convention",
    "is_variant",
    "variant_source",
    "suffix_rules",
    "match_variants",
]

Convention = Literal["UK", "US"]

MIN_RULE_SUPPORT = 10
"""A suffix rule learned from the list must be shown by at least this many pairs."""

MAX_COMPOUND_PARTS = 3
"""An open compound has at most this many words (``task force``, ``co - operation``)."""

_MIN_STEM = 3
_MIN_CANON_STEM = 4


def _split_suffix(uk: str, us: str) -> tuple[str, str, str]:
    """``uk`` and ``us`` as (stem, British ending, American ending), keeping one shared letter.

    The shared letter before the first difference is kept in the endings so that a rule is
    ``ised -> ized`` rather than the looser ``sed -> zed``.
    """
    i = 0
    while i < min(len(uk), len(us)) and uk[i] == us[i]:
        i += 1
    i = max(i - 1, 0)
    return uk[:i], uk[i:], us[i:]


@lru_cache(maxsize=1)
def suffix_rules() -> frozenset[tuple[str, str]]:
    """(British ending, American ending) pairs that at least MIN_RULE_SUPPORT listed pairs share."""
    counts: Counter[tuple[str, str]] = Counter()
    for uk, us in BRITISH_ENGLISH_SPELLINGS.items():
        if uk.isalpha() and us.isalpha():
            _, uk_end, us_end = _split_suffix(uk, us)
            counts[(uk_end, us_end)] += 1
    return frozenset(rule for rule, n in counts.items() if n >= MIN_RULE_SUPPORT)


def _by_rule(uk: str, us: str) -> bool:
    stem, uk_end, us_end = _split_suffix(uk, us)
    return len(stem) >= _MIN_STEM and (uk_end, us_end) in suffix_rules()


def variant_source(a: str, b: str) -> Literal["list", "rule"] | None:
    """How ``a`` and ``b`` (lower case) are known to be British/American spellings of one word.

    ``"list"`` when breame lists the pair, ``"rule"`` when a suffix rule learned from the
    list relates them, ``None`` when they are not variants.
    """
    if a == b or not a.isalpha() or not b.isalpha():
        return None
    if BRITISH_ENGLISH_SPELLINGS.get(a) == b or BRITISH_ENGLISH_SPELLINGS.get(b) == a:
        return "list"
    if AMERICAN_ENGLISH_SPELLINGS.get(a) == b or AMERICAN_ENGLISH_SPELLINGS.get(b) == a:
        return "list"
    if _by_rule(a, b) or _by_rule(b, a):
        return "rule"
    return None


def is_variant(a: str, b: str) -> bool:
    """Whether two lower-case words are British/American spellings of one word."""
    return variant_source(a, b) is not None


def convention(word: str, other: str | None = None) -> Convention | None:
    """``"UK"`` or ``"US"`` for a spelling that belongs to one side, else ``None``.

    With ``other`` (the variant it was exchanged for), a form the list does not know gets
    its side from the direction of the learned rule.
    """
    w = word.casefold()
    british, american = _forms()
    if w in british and w not in american:
        return "UK"
    if w in american and w not in british:
        return "US"
    if other is not None:
        o = other.casefold()
        if _by_rule(w, o):
            return "UK"
        if _by_rule(o, w):
            return "US"
    return None


@lru_cache(maxsize=1)
def _forms() -> tuple[frozenset[str], frozenset[str]]:
    """Every British and every American form the list knows, from both of its tables."""
    british = set(BRITISH_ENGLISH_SPELLINGS) | set(AMERICAN_ENGLISH_SPELLINGS.values())
    american = set(AMERICAN_ENGLISH_SPELLINGS) | set(BRITISH_ENGLISH_SPELLINGS.values())
    return frozenset(british), frozenset(american)


@lru_cache(maxsize=65536)
def american_form(word: str) -> str:
    """The American spelling of a lower-case word, else the word itself.

    From the list when it has the word, else by the longest learned rule whose British
    ending the word has (``tokenised`` -> ``tokenized``), keeping a stem of at least four
    letters. Used only to compare texts without counting a spelling convention as a
    difference: both texts are mapped the same way, so an odd mapping cannot make two
    different words equal unless they differ by that very ending.
    """
    listed: str | None = BRITISH_ENGLISH_SPELLINGS.get(word)
    if listed is not None:
        return listed
    for uk_end, us_end in _rules_longest_first():
        if word.endswith(uk_end) and len(word) - len(uk_end) >= _MIN_CANON_STEM:
            return word[: len(word) - len(uk_end)] + us_end
    return word


@lru_cache(maxsize=1)
def _rules_longest_first() -> tuple[tuple[str, str], ...]:
    return tuple(sorted(suffix_rules(), key=lambda r: (-len(r[0]), r)))


@dataclass(frozen=True)
class VariantMatch:
    """Words ``a[a_start:a_end]`` and ``b[b_start:b_end]`` are spellings of one word.

    ``kind`` is ``"spelling"`` for a British/American pair and ``"compound"`` for a closed,
    open or hyphenated compound.
    """

    a_start: int
    a_end: int
    b_start: int
    b_end: int
    kind: Literal["spelling", "compound"]


def match_variants(a: Sequence[str], b: Sequence[str]) -> tuple[VariantMatch, ...] | None:
    """Explain a replaced run of words ``a`` -> ``b`` as spelling variants, or give ``None``.

    The run is explained when it can be cut, left to right, into pieces each of which is a
    British/American pair of single words or a compound written closed in one and open in
    the other (``stablecoins`` / ``stable coins``). Any other difference returns ``None``.
    """
    return _match(tuple(a), tuple(b), 0, 0)


@lru_cache(maxsize=4096)
def _match(a: tuple[str, ...], b: tuple[str, ...], i: int, j: int) -> tuple[VariantMatch, ...] | None:
    if i == len(a) and j == len(b):
        return ()
    if i == len(a) or j == len(b):
        return None
    if a[i] == b[j]:
        rest = _match(a, b, i + 1, j + 1)
        if rest is not None:
            return rest
    if is_variant(a[i], b[j]):
        rest = _match(a, b, i + 1, j + 1)
        if rest is not None:
            return (VariantMatch(i, i + 1, j, j + 1, "spelling"), *rest)
    for n in range(1, MAX_COMPOUND_PARTS + 1):
        for m in range(1, MAX_COMPOUND_PARTS + 1):
            if n == m == 1 or i + n > len(a) or j + m > len(b):
                continue
            if (n > 1) == (m > 1):  # one side closed, the other open
                continue
            if "".join(a[i : i + n]) == "".join(b[j : j + m]):
                rest = _match(a, b, i + n, j + m)
                if rest is not None:
                    return (VariantMatch(i, i + n, j, j + m, "compound"), *rest)
    return None
