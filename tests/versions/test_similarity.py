"""Shingles, containment and Jaccard (analysis.versions.similarity), with property tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.versions.similarity import (
    containment,
    containment_naive,
    jaccard,
    sentence_similarity,
    shingles,
    topic_similarity,
)

words = st.lists(st.sampled_from(["a", "b", "c", "d", "e", "f"]), max_size=30)


@settings(max_examples=200, deadline=None)
@given(words, words)
def test_set_containment_matches_naive_counting(a: list[str], b: list[str]) -> None:
    assert containment(shingles(a), shingles(b)) == pytest.approx(containment_naive(a, b))


@settings(max_examples=100, deadline=None)
@given(words, words)
def test_jaccard_is_symmetric_and_bounded(a: list[str], b: list[str]) -> None:
    sa, sb = shingles(a), shingles(b)
    assert jaccard(sa, sb) == jaccard(sb, sa)
    assert 0.0 <= jaccard(sa, sb) <= min(containment(sa, sb), containment(sb, sa)) + 1e-12


@settings(max_examples=100, deadline=None)
@given(words, words)
def test_a_text_is_wholly_contained_in_itself_plus_more(a: list[str], extra: list[str]) -> None:
    if len(a) >= 3:  # a text shorter than a shingle is one short shingle of its own
        assert containment(shingles(a), shingles(a + ["zz"] + extra)) == 1.0


def test_containment_is_asymmetric() -> None:
    short = "the taskforce will report by the summer".split()
    long = short + "and the regulators met in january to discuss the rules".split()
    assert containment(shingles(short), shingles(long)) == 1.0
    assert containment(shingles(long), shingles(short)) < 0.5


def test_shingle_size_must_be_positive() -> None:
    with pytest.raises(ValueError, match="positive"):
        shingles(["a"], n=0)


def test_sentence_similarity_ranges() -> None:
    a = "the fca said sandboxes can be valuable".split()
    assert sentence_similarity(a, a) == 1.0
    assert sentence_similarity(a, []) == 0.0
    assert 0.5 < sentence_similarity(a, "the fca said a sandbox can be valuable".split()) < 1.0
    assert sentence_similarity(a, "shares rose three per cent in early trading".split()) < 0.2


def test_topic_similarity_is_a_cosine() -> None:
    p = {"fed": 2.0, "rate": 1.0}
    assert topic_similarity(p, p) == pytest.approx(1.0)
    assert topic_similarity(p, {"goal": 1.0}) == 0.0
    assert topic_similarity(p, {}) == 0.0


def _grams(ws: list[str], n: int = 3) -> list[tuple[str, ...]]:
    """Distinct n-grams of ``ws`` in order, counted by hand (a short text is one gram)."""
    out: list[tuple[str, ...]] = []
    for i in range(max(len(ws) - n + 1, 1 if ws else 0)):
        gram = tuple(ws[i : i + n])
        if gram not in out:
            out.append(gram)
    return out


@settings(max_examples=200, deadline=None)
@given(words, words)
def test_jaccard_matches_naive_counting(a: list[str], b: list[str]) -> None:
    ga, gb = _grams(a), _grams(b)
    union = ga + [g for g in gb if g not in ga]
    shared = [g for g in ga if g in gb]
    expected = len(shared) / len(union) if union else 0.0
    assert jaccard(shingles(a), shingles(b)) == pytest.approx(expected)


profiles = st.dictionaries(st.sampled_from(["bank", "rate", "flood", "council", "strike"]),
                           st.floats(0.1, 5.0), max_size=5)


@settings(max_examples=200, deadline=None)
@given(profiles, profiles)
def test_topic_similarity_is_the_cosine_of_the_two_profiles(a: dict[str, float], b: dict[str, float]) -> None:
    keys = sorted(set(a) | set(b))
    va, vb = [a.get(k, 0.0) for k in keys], [b.get(k, 0.0) for k in keys]
    norm = sum(x * x for x in va) ** 0.5 * sum(y * y for y in vb) ** 0.5
    expected = min(sum(x * y for x, y in zip(va, vb, strict=True)) / norm, 1.0) if norm else 0.0
    assert topic_similarity(a, b) == pytest.approx(expected)
    assert topic_similarity(a, b) == pytest.approx(topic_similarity(b, a))
