"""British/American spelling variants and closed/open compounds (analysis.versions.spelling)."""

from __future__ import annotations

import pytest

from analysis.versions.spelling import (
    american_form,
    convention,
    match_variants,
    suffix_rules,
    variant_source,
)


@pytest.mark.parametrize(
    ("a", "b", "source"),
    [
        ("favouring", "favoring", "list"),
        ("organisations", "organizations", "list"),
        ("programme", "program", "list"),
        ("centre", "center", "list"),
        ("labour", "labor", "list"),
        ("tokenised", "tokenized", "rule"),  # not in breame: follows its -ised/-ized pattern
        ("tokenisation", "tokenization", "rule"),
        ("tokenization", "tokenisation", "rule"),
    ],
)
def test_variants_come_from_the_list_or_its_learned_rules(a: str, b: str, source: str) -> None:
    assert variant_source(a, b) == source


@pytest.mark.parametrize(("a", "b"), [("rose", "roze"), ("four", "for"), ("cut", "reduce"), ("help", "helping"), ("same", "same")])
def test_other_word_pairs_are_not_variants(a: str, b: str) -> None:
    assert variant_source(a, b) is None


def test_rules_are_learned_not_written_by_hand() -> None:
    rules = suffix_rules()
    assert ("ised", "ized") in rules and ("our", "or") in rules
    assert all(len(uk) >= 2 for uk, _ in rules)


@pytest.mark.parametrize(
    ("word", "other", "side"),
    [("colour", None, "UK"), ("color", None, "US"), ("tokenised", "tokenized", "UK"), ("tokenized", "tokenised", "US"), ("market", None, None)],
)
def test_convention(word: str, other: str | None, side: str | None) -> None:
    assert convention(word, other) == side


def test_american_form_folds_listed_and_rule_spellings_only() -> None:
    assert american_form("tokenisation") == "tokenization"
    assert american_form("colour") == "color"
    assert american_form("four") == "four"
    assert american_form("hour") == "hour"


def test_closed_and_open_compounds() -> None:
    (m,) = match_variants(["stablecoins", "digital"], ["stable", "coins", "digital"])
    assert (m.kind, m.a_start, m.a_end, m.b_start, m.b_end) == ("compound", 0, 1, 0, 2)
    (m,) = match_variants(["task", "force"], ["taskforce"])
    assert m.kind == "compound"
    kinds = [m.kind for m in match_variants(["the", "taskforce", "organised"], ["the", "task", "force", "organized"])]
    assert kinds == ["compound", "spelling"]


def test_a_real_rewording_is_not_explained() -> None:
    assert match_variants(["helping"], ["help"]) is None
    assert match_variants(["stable", "coins"], ["stable", "tokens"]) is None
