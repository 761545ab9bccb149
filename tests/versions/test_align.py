"""Sentence alignment and change kinds (analysis.versions.align)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.versions.align import (
    MATCH_THRESHOLD,
    align_units,
    classify_pair,
    same_sentence,
    similarity_matrices,
    word_diff,
)
from analysis.versions.similarity import canonical_words, sentence_similarity
from analysis.versions.text import words


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        ('He said "no".', "He said \u201cno\u201d.", "unchanged"),  # quote glyphs only
        ("Prices rose  sharply.", "Prices rose sharply.", "unchanged"),  # spacing only
        ("bonds - via a sandbox", "bonds\u2014via a sandbox", "unchanged"),  # dash style only
        ('known as "exemptive relief", which', 'known as "exemptive relief," which', "punctuation"),
        ("The split shows how. Trump did.", "The split shows how, Trump did.", "punctuation"),
        ("Rules for stablecoins were agreed.", "Rules for stable coins were agreed.", "spelling"),
        ("The colour of tokenised bonds.", "The color of tokenized bonds.", "spelling"),
        ("The taskforce will report by the summer.", "Additionally, the task force will report by summer, 2026.", "edited"),
    ],
)
def test_classify_pair(a: str, b: str, kind: str) -> None:
    assert classify_pair(a, b)[0] == kind


def test_spelling_change_lists_its_variants_as_written() -> None:
    kind, variants = classify_pair("Tokenisation's supporters like tokenised stocks.", "Tokenization's supporters like tokenized stocks.")
    assert kind == "spelling"
    assert [(v.from_form, v.to_form) for v in variants] == [("tokenisation", "tokenization"), ("tokenised", "tokenized")]


def _kinds(alignment) -> list[tuple[str, tuple[int, ...], tuple[int, ...]]]:
    return [(a.kind, a.source, a.target) for a in alignment]


def test_two_sentences_merged_into_one() -> None:
    src = ["The bank declined to comment.", "The Treasury did not respond to a request for comment.", "Shares fell."]
    dst = ["The bank declined to comment, and the Treasury did not respond to a request for comment.", "Shares fell."]
    assert _kinds(align_units(src, dst)) == [("merged", (0, 1), (0,)), ("unchanged", (2,), (1,))]


def test_one_sentence_split_into_two() -> None:
    src = ["Trump has called on the Fed to lower rates, and he criticised Powell again on Tuesday."]
    dst = ["Trump has called on the Fed to lower rates.", "He criticized Powell again on Tuesday."]
    (al,) = align_units(src, dst)
    assert (al.kind, al.source, al.target) == ("split", (0,), (0, 1))
    assert [(v.from_form, v.to_form) for v in al.variants] == [("criticised", "criticized")]


def test_added_removed_and_kinds_keep_headlines_out_of_merges() -> None:
    src = ["Malaria vaccine protects children", "A malaria vaccine protected children in a trial in Mali.", "It was cheap."]
    dst = ["New jab works", "A malaria vaccine protected children in a trial in four countries.", "Governments want it."]
    al = align_units(src, dst, source_kinds=["headline", "paragraph", "paragraph"], target_kinds=["headline", "paragraph", "paragraph"])
    kinds = sorted(a.kind for a in al)
    assert kinds == ["added", "added", "edited", "removed", "removed"]


def test_a_moved_sentence_is_still_matched() -> None:
    src = ["Alpha beta gamma delta epsilon.", "One two three four five six.", "Red green blue yellow."]
    dst = ["Red green blue yellow.", "Alpha beta gamma delta epsilon.", "One two three four five six."]
    al = align_units(src, dst)
    assert sorted((a.source, a.target) for a in al) == [((0,), (1,)), ((1,), (2,)), ((2,), (0,))]
    assert [a.moved for a in al if a.source == (2,)] == [True]


def test_every_unit_is_aligned_exactly_once() -> None:
    src = ["A b c d.", "E f g h.", "I j k l.", "M n o p."]
    dst = ["A b c d, and e f g h.", "Q r s t.", "M n o p changed."]
    al = align_units(src, dst)
    assert sorted(i for a in al for i in a.source) == [0, 1, 2, 3]
    assert sorted(j for a in al for j in a.target) == [0, 1, 2]


def test_threshold_is_checked() -> None:
    with pytest.raises(ValueError, match="match_threshold"):
        align_units(["a"], ["a"], match_threshold=0)
    with pytest.raises(ValueError, match="one kind per unit"):
        align_units(["a"], ["a"], source_kinds=[])


def test_same_sentence_uses_the_tuned_threshold() -> None:
    assert 0.3 < MATCH_THRESHOLD < 0.7
    assert same_sentence("The FCA said sandboxes help.", "The FCA said sandboxes can help.")
    assert not same_sentence("The FCA said sandboxes help.", "Shares rose in early trading.")


text = st.text(alphabet=st.sampled_from(list("ab cd,.\"\u201c\u201d-\n")), max_size=60)


@settings(max_examples=200, deadline=None)
@given(text, text)
def test_word_diff_gives_both_texts_back(a: str, b: str) -> None:
    ops = word_diff(a, b)
    assert "".join(o.from_text for o in ops) == a
    assert "".join(o.to_text for o in ops) == b


sentences = st.lists(st.lists(st.sampled_from(["the", "fed", "rate", "cut", "bank", "said"]), max_size=8), max_size=5)


@settings(max_examples=100, deadline=None)
@given(sentences, sentences)
def test_bulk_similarity_equals_pairwise(a: list[list[str]], b: list[list[str]]) -> None:
    sim, _ = similarity_matrices(a, b)
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            expected = sentence_similarity(x, y) if x and y else 0.0
            assert sim[i][j] == pytest.approx(expected)


def _best_matching(weights: list[list[float | None]], i: int = 0, j: int = 0) -> float:
    """The heaviest order-keeping matching, by trying every one (a naive reference)."""
    n, m = len(weights), len(weights[0]) if weights else 0
    if i >= n or j >= m:
        return 0.0
    best = max(_best_matching(weights, i + 1, j), _best_matching(weights, i, j + 1))
    w = weights[i][j]
    if w is not None:
        best = max(best, w + _best_matching(weights, i + 1, j + 1))
    return best


unit_words = st.lists(st.sampled_from(["the", "fed", "rate", "cut", "bank", "said", "rose"]), min_size=1, max_size=6)


@settings(max_examples=150, deadline=None)
@given(st.lists(unit_words, max_size=4), st.lists(unit_words, max_size=4))
def test_alignment_dp_finds_the_heaviest_one_to_one_matching(a: list[list[str]], b: list[list[str]]) -> None:
    """With every unit of its own kind (no merges or splits), the DP's 1:1 matches weigh the most.

    A match weighs its similarity times the two units' word counts (plus one), as in the
    aligner; the reference tries every order-keeping matching. Moved units are paired after
    the DP and do not count.
    """
    src, tgt = [" ".join(w) + "." for w in a], [" ".join(w) + "." for w in b]
    canon_a = [canonical_words(words(t)) for t in src]
    canon_b = [canonical_words(words(t)) for t in tgt]
    sim, _ = similarity_matrices(canon_a, canon_b)
    weights = [[sim[i][j] * (len(canon_a[i]) + len(canon_b[j]) + 1) if sim[i][j] >= MATCH_THRESHOLD else None
                for j in range(len(tgt))] for i in range(len(src))]
    alignment = align_units(src, tgt, source_kinds=[f"s{i}" for i in range(len(src))],
                            target_kinds=[f"t{j}" for j in range(len(tgt))])
    matched = [(al.source[0], al.target[0]) for al in alignment if al.source and al.target and not al.moved]
    assert all(len(al.source) <= 1 and len(al.target) <= 1 for al in alignment)
    assert matched == sorted(matched) and len({j for _, j in matched}) == len(matched)
    total = 0.0
    for i, j in matched:
        w = weights[i][j]
        assert w is not None
        total += w
    assert total == pytest.approx(_best_matching(weights))
