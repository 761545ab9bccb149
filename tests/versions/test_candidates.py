"""MinHash LSH candidate pairs (analysis.versions.candidates) against brute force."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support import mutated_texts

from analysis.versions.candidates import containment_candidates, jaccard_candidates, naive_containment_pairs
from analysis.versions.similarity import containment, shingles

VOCAB = [f"w{i}" for i in range(400)]


def small_corpus(seed: int, n_base: int, n_copies: int) -> list[frozenset]:
    """Random texts and mutated copies (words dropped, changed and added)."""
    return [shingles(t) for t in mutated_texts(seed, n_base, n_copies, vocab=VOCAB)]


@settings(max_examples=8, deadline=None)
@given(st.integers(0, 10_000), st.integers(3, 10), st.integers(1, 10))
def test_lsh_finds_every_pair_above_a_high_containment(seed: int, n_base: int, n_copies: int) -> None:
    sets = small_corpus(seed, n_base, n_copies)
    found = set(containment_candidates(sets, threshold=0.3))
    for i, j in naive_containment_pairs(sets, threshold=0.8):
        assert (i, j) in found, (i, j, containment(sets[i], sets[j]), containment(sets[j], sets[i]))


def test_candidates_are_sorted_repeatable_and_skip_empty_sets() -> None:
    sets = small_corpus(1, 6, 6) + [frozenset()]
    first = containment_candidates(sets)
    assert first == containment_candidates(sets)
    assert first == sorted(first)
    assert all(i < j for i, j in first)
    assert all(len(sets) - 1 not in pair for pair in first)


def test_jaccard_candidates_find_near_copies() -> None:
    sets = small_corpus(3, 5, 5)
    found = set(jaccard_candidates(sets, threshold=0.5))
    for i in range(len(sets)):
        for j in range(i + 1, len(sets)):
            a, b = sets[i], sets[j]
            if len(a & b) / len(a | b) >= 0.9:
                assert (i, j) in found


def test_thresholds_are_checked() -> None:
    with pytest.raises(ValueError, match="threshold"):
        containment_candidates([frozenset({1})], threshold=0)
    with pytest.raises(ValueError, match="threshold"):
        jaccard_candidates([frozenset({1})], threshold=1.5)
    assert containment_candidates([frozenset({("a",)})]) == []
