"""The issue's done-when on the seeds: versions, original, merges, spelling, quotes, additions."""

from __future__ import annotations

import pytest

from analysis import load_articles
from analysis.versions import compare_versions


@pytest.fixture(scope="module")
def found(seeds_dir):
    return compare_versions(load_articles([seeds_dir]))


def _pair(found, a: str, b: str):
    (p,) = [p for p in found.pairs if p.a.startswith(a) and p.b.startswith(b)]
    return p


def test_every_pair_is_listed_in_order(found) -> None:
    assert [(p.a[:3], p.b[:3]) for p in found.pairs] == [("000", "001"), ("000", "002"), ("001", "002")]


def test_000_is_a_version_of_001_the_original(found) -> None:
    p = _pair(found, "000", "001")
    assert p.relation == "version"
    assert p.original.startswith("001")
    text = " ".join(p.original_evidence)
    assert "2026-03-04" in text and "dateline" in text
    assert p.b_in_a > p.a_in_b > 0.8  # 001 is almost wholly inside 000, which adds material


def test_002_is_related_to_both_and_a_version_of_neither(found) -> None:
    for a, b in (("000", "002"), ("001", "002")):
        p = _pair(found, a, b)
        assert p.relation == "related"
        assert p.original is None
        assert max(p.a_in_b, p.b_in_a) < 0.1


def _changes(found, kind: str):
    return [c for c in found.changes if c.kind == kind]


def test_changes_run_from_the_original_to_the_copy(found) -> None:
    assert {(c.from_id[:3], c.to_id[:3]) for c in found.changes} == {("001", "000")}


def test_added_headline_opening_sentence_and_subhead(found) -> None:
    added = {(c.to_units, c.to_text) for c in _changes(found, "added")}
    assert (("headline",), "US, UK split on crypto collaboration: Can Bitcoin help secure a new deal?") in added
    assert (("subhead",), "Reason behind the US-UK crypto split:") in added
    assert any(t.startswith("The Bitcoin battle turns on") for _, t in added)


def test_the_two_merges(found) -> None:
    merged = _changes(found, "merged")
    assert len(merged) == 2
    first, second = sorted(merged, key=lambda c: c.from_text)
    assert first.from_text.startswith("The BoE and UK finance ministry declined to comment. The U.S. Treasury")
    assert second.from_text.startswith("The U.S. has eased crypto regulation") and "Britain also wants" in second.from_text
    assert "adoption, while Britain also wants" in second.to_text


def test_spelling_variants(found) -> None:
    forms = {(s.from_form, s.to_form): s for s in found.spelling}
    assert forms[("tokenised", "tokenized")].from_convention == "UK"
    assert forms[("tokenised", "tokenized")].to_convention == "US"
    assert ("tokenisation", "tokenization") in forms
    assert forms[("stablecoins", "stable coins")].from_convention is None
    assert ("taskforce", "task force") in forms


def test_quote_changes(found) -> None:
    by_kind = {(q.kind, q.speaker): q for q in found.quote_changes}
    fca = by_kind[("wording", "FCA")]
    assert "helping us understand" in fca.from_text and "help us understand" in fca.to_text
    punct = [q for q in found.quote_changes if q.kind == "punctuation"]
    assert any('relief",' in q.from_text and 'relief,"' in q.to_text for q in punct)
    assert all("relief" not in q.from_text for q in found.quote_changes if q.kind == "wording")


def test_quote_punctuation_is_not_a_wording_change(found) -> None:
    (c,) = [c for c in found.changes if c.from_text and c.from_text.startswith("The SEC told Reuters")]
    assert c.kind == "punctuation"


def test_output_is_byte_identical_and_contract_shaped(found, seeds_dir) -> None:
    import json

    again = compare_versions(load_articles([seeds_dir]))
    dump = lambda f: json.dumps([x.to_dict() for x in (*f.pairs, *f.changes, *f.spelling, *f.quote_changes)])  # noqa: E731
    assert dump(found) == dump(again)
    p = found.pairs[0].to_dict()
    assert {"a", "b", "relation", "original", "original_evidence", "similarity", "a_in_b", "b_in_a"} <= set(p)
    assert {"from", "to", "kind", "from_text", "to_text"} <= set(found.changes[0].to_dict())
    assert {"from", "to", "from_form", "to_form", "from_convention", "to_convention", "count"} <= set(found.spelling[0].to_dict())
    assert {"from", "to", "speaker", "from_text", "to_text", "kind"} <= set(found.quote_changes[0].to_dict())


def test_knobs_are_checked(seeds_dir) -> None:
    with pytest.raises(ValueError, match="version_containment"):
        compare_versions([], version_containment=0)
    with pytest.raises(ValueError, match="exact_limit"):
        compare_versions([], exact_limit=-1)
    assert compare_versions([]).pairs == ()
