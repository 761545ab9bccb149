"""Comparing articles (analysis.versions.core): candidate pairs, relations, changes, records."""

from __future__ import annotations

from itertools import combinations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support import make_article, mutated_texts

from analysis.versions.core import (
    Change,
    PairResult,
    QuoteChange,
    SpellingChange,
    VersionFindings,
    align_profiles,
    candidate_pairs,
    compare_versions,
)
from analysis.versions.relation import profile
from analysis.versions.similarity import containment

WIRE = [
    "The council approved the new flood defences on Tuesday after a long debate.",
    "Residents had organised a petition calling for the barrier to be finished before winter.",
    "The work is expected to cost four million pounds, the council said.",
]
US_COPY = [
    "The council approved the new flood defenses on Tuesday after a long debate.",
    "Residents had organized a petition calling for the barrier to be finished before winter.",
    "The work is expected to cost four million pounds, the council said.",
    "Work will begin in the spring.",
]
OTHER = ["Shares in the carmaker fell sharply after it cut its profit forecast for the year."]


def test_a_version_pair_lists_its_changes_and_spellings_from_the_original() -> None:
    wire = make_article("wire", WIRE, dateline="LONDON")
    copy = make_article("copy", US_COPY)
    other = make_article("other", OTHER)
    found = compare_versions([wire, other, copy])
    assert [(p.a, p.b, p.relation) for p in found.pairs] == [
        ("copy", "other", "unrelated"), ("copy", "wire", "version"), ("other", "wire", "unrelated"),
    ]
    version = found.pairs[1]
    assert version.original == "wire" and version.original_evidence
    assert {(c.from_id, c.to_id) for c in found.changes} == {("wire", "copy")}
    assert [c.kind for c in found.changes] == ["spelling", "spelling", "unchanged", "added"]
    assert {(s.from_form, s.to_form, s.from_convention, s.to_convention) for s in found.spelling} == {
        ("defences", "defenses", "UK", "US"), ("organised", "organized", "UK", "US"),
    }


def test_quote_changes_are_listed() -> None:
    a = make_article("a", [*WIRE, "“We will not give up,” said the mayor."],
                     quotes=[("We will not give up,", "the mayor", "“We will not give up,” said the mayor.")])
    b = make_article("b", [*WIRE, "“We will never give up,” said the mayor."],
                     quotes=[("We will never give up,", "the mayor", "“We will never give up,” said the mayor.")])
    found = compare_versions([a, b])
    assert [(q.kind, q.speaker) for q in found.quote_changes] == [("wording", "the mayor")]


def test_arguments_are_checked() -> None:
    a = make_article("a", WIRE)
    with pytest.raises(ValueError, match="version_containment"):
        compare_versions([a], version_containment=0)
    with pytest.raises(ValueError, match="match_threshold"):
        compare_versions([a], match_threshold=1.5)
    with pytest.raises(ValueError, match="exact_limit"):
        compare_versions([a], exact_limit=-1)
    with pytest.raises(ValueError, match="unique"):
        compare_versions([a, make_article("a", OTHER)])
    assert compare_versions([]) == VersionFindings()


def test_align_profiles_aligns_every_unit() -> None:
    a, b = profile(make_article("a", WIRE)), profile(make_article("b", US_COPY))
    alignment = align_profiles(a, b)
    assert sorted(i for al in alignment for i in al.source) == list(range(len(a.units)))
    assert sorted(j for al in alignment for j in al.target) == list(range(len(b.units)))


def test_records_to_dict() -> None:
    pair = PairResult("a", "b", "version", "a", ("why",), 0.5, 1.0, 0.5, 0.9)
    assert pair.to_dict()["original_evidence"] == ["why"] and pair.to_dict()["relation"] == "version"
    change = Change("a", "b", "edited", "x", "y", ("paragraph",), ("paragraph",), 0.8, False, ("p -> q",), None)
    assert change.to_dict() == {
        "from": "a", "to": "b", "kind": "edited", "from_text": "x", "to_text": "y",
        "from_units": ["paragraph"], "to_units": ["paragraph"], "similarity": 0.8, "moved": False,
        "variants": ["p -> q"], "note": None,
    }
    assert SpellingChange("a", "b", "colour", "color", "british", "american", 2, "british-american").to_dict()[
        "count"] == 2
    assert QuoteChange("a", "b", None, "x", "y", "punctuation", None).to_dict()["kind"] == "punctuation"


VOCAB = [f"word{chr(97 + i)}{chr(97 + j)}" for i in range(20) for j in range(20)]


def corpus(seed: int, n_base: int, n_copies: int) -> list:
    """Random articles and copies with words changed, dropped and added."""
    texts = mutated_texts(seed, n_base, n_copies, vocab=VOCAB, length=(40, 90), edits=5, added=20)
    return [profile(make_article(f"t{i:02d}", [" ".join(t) + "."])) for i, t in enumerate(texts)]


def test_small_sets_measure_every_pair() -> None:
    profiles = corpus(0, 3, 2)
    assert candidate_pairs(profiles) == list(combinations(range(5), 2))


@settings(max_examples=6, deadline=None)
@given(st.integers(0, 10_000), st.integers(3, 8), st.integers(1, 8))
def test_lsh_candidates_hold_every_pair_well_above_the_version_line(seed: int, n_base: int, n_copies: int) -> None:
    """The LSH path against all pairs: no pair with containment of 0.8 or more is lost."""
    profiles = corpus(seed, n_base, n_copies)
    found = candidate_pairs(profiles, exact_limit=0)
    assert found == sorted(set(found)) and all(i < j for i, j in found)
    for i, j in combinations(range(len(profiles)), 2):
        a, b = profiles[i].shingles, profiles[j].shingles
        if max(containment(a, b), containment(b, a)) >= 0.8:
            assert (i, j) in found, (i, j)
