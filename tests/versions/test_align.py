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
from analysis.versions.similarity import sentence_similarity


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
