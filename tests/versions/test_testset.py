"""The hand-labelled test set (tests/data/versions/): other stories, same machinery.

Besides pair-by-pair checks, the figures README.md's "Accuracy and speed" section gives for
``benchmarks/versions_accuracy.py`` are asserted, within ``TOLERANCE`` percentage points,
counted the way the benchmark counts them (its matchers are imported).
"""

from __future__ import annotations

import sys
from collections import Counter

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

from versions_accuracy import DEFAULT_DATA, expected_relations, match_changes  # noqa: E402

from analysis import load_articles  # noqa: E402
from analysis.versions import compare_versions  # noqa: E402

TOLERANCE = 1.0  # percentage points either side of the README's figure
# README.md, "Accuracy and speed", the row for benchmarks/versions_accuracy.py
README_TEXT = (
    "23 articles on other stories, 253 pairs",
    "relation accuracy 100% (253/253), original 9/9, change kinds P/R 100/100",
    "6 held-out articles written after the code was frozen: 100% (15/15)",
)
README_ARTICLES, README_PAIRS, README_ORIGINALS, README_HOLDOUT_PAIRS = 23, 253, 9, 15
README_RELATION_ACCURACY = README_CHANGE_PRECISION = README_CHANGE_RECALL = README_HOLDOUT_ACCURACY = 100.0


@pytest.fixture(scope="module")
def labelled():
    import yaml

    labels = yaml.safe_load((DEFAULT_DATA / "labels.yaml").read_text(encoding="utf-8"))
    files = sorted(p for p in DEFAULT_DATA.iterdir() if p.is_file() and p.name != "labels.yaml")
    return labels, compare_versions(load_articles(files))


def test_at_least_ten_labelled_pairs_beyond_the_seeds(labelled) -> None:
    labels, _ = labelled
    relations = expected_relations(labels)
    assert sum(1 for r in relations.values() if r != "unrelated") >= 10


def test_relations_match_the_labels(labelled) -> None:
    labels, found = labelled
    got = {(p.a, p.b): p.relation for p in found.pairs}
    wrong = {k: (v, got[k]) for k, v in expected_relations(labels).items() if got[k] != v}
    assert not wrong


def test_originals_match_the_labels(labelled) -> None:
    labels, found = labelled
    got = {(p.a, p.b): p.original for p in found.pairs}
    for item in labels["pairs"]:
        assert got[tuple(sorted(item["pair"]))] == item["original"], item["pair"]


def _tree_pairs(labels, found) -> list:
    """The labelled pairs that are edges of a family tree: only those are aligned (schema 2)."""
    edges = {frozenset((e.parent, e.copy)) for f in found.families for e in f.edges}
    return [item for item in labels["pairs"] if frozenset(item["pair"]) in edges]


def test_every_labelled_pair_is_in_one_family_and_all_but_one_are_tree_edges(labelled) -> None:
    labels, found = labelled
    family_of = {m: f.id for f in found.families for m in f.members}
    for item in labels["pairs"]:
        a, b = item["pair"]
        assert family_of[a] == family_of[b], item["pair"]
    rest = [sorted(i["pair"]) for i in labels["pairs"] if i not in _tree_pairs(labels, found)]
    assert rest == [["rates_uk_copy", "rates_wire"]]  # rates_wire and rates_dup are duplicates: one tree edge


def test_change_kinds_match_the_labels(labelled) -> None:
    labels, found = labelled
    changes = [c.to_dict() for c in found.changes]
    for item in _tree_pairs(labels, found):
        pair = set(item["pair"])
        mine = [c for c in changes if {c["from"], c["to"]} == pair and c["kind"] != "unchanged"]
        _, fp, fn = match_changes(item["changes"], mine)
        assert not fp and not fn, (item["pair"], fp, fn)


def test_lsh_candidates_give_the_same_answers(labelled) -> None:
    """Forcing the large-corpus path (LSH candidates) loses no duplicate, version or related pair."""
    labels, exact = labelled
    files = sorted(p for p in DEFAULT_DATA.iterdir() if p.is_file() and p.name != "labels.yaml")
    lsh = compare_versions(load_articles(files), exact_limit=2)
    listed = {(p.a, p.b): p for p in lsh.pairs}
    for p in exact.pairs:
        if p.relation != "unrelated":
            assert listed.get((p.a, p.b)) == p
    assert lsh.changes == exact.changes and lsh.quote_changes == exact.quote_changes


def _relation_accuracy(labels, found, keep=lambda a, b: True) -> tuple[float, int]:
    got = {(p.a, p.b): p.relation for p in found.pairs}
    chosen = {k: v for k, v in expected_relations(labels).items() if keep(*k)}
    right = sum(1 for k, v in chosen.items() if got[k] == v)
    return 100 * right / len(chosen), len(chosen)


def test_the_readme_states_the_figures_asserted_here() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for text in README_TEXT:
        assert text in readme, f"README.md no longer says {text!r}: update it and this test together"


def test_relation_accuracy_and_originals_are_the_readme_figures(labelled) -> None:
    labels, found = labelled
    assert len(labels["stories"]) == README_ARTICLES
    accuracy, pairs = _relation_accuracy(labels, found)
    assert pairs == README_PAIRS
    assert accuracy == pytest.approx(README_RELATION_ACCURACY, abs=TOLERANCE)
    got = {(p.a, p.b): p.original for p in found.pairs}
    right = sum(got[tuple(sorted(item["pair"]))] == item["original"] for item in labels["pairs"])
    assert (right, len(labels["pairs"])) == (README_ORIGINALS, README_ORIGINALS)


def test_change_kind_precision_and_recall_are_the_readme_figures(labelled) -> None:
    labels, found = labelled
    changes = [c.to_dict() for c in found.changes]
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for item in _tree_pairs(labels, found):
        pair = set(item["pair"])
        mine = [c for c in changes if {c["from"], c["to"]} == pair and c["kind"] != "unchanged"]
        t, p, n = match_changes(item["changes"], mine)
        tp, fp, fn = tp + t, fp + p, fn + n
    hits, false, missed = sum(tp.values()), sum(fp.values()), sum(fn.values())
    assert hits > 0
    assert 100 * hits / (hits + false) == pytest.approx(README_CHANGE_PRECISION, abs=TOLERANCE), fp
    assert 100 * hits / (hits + missed) == pytest.approx(README_CHANGE_RECALL, abs=TOLERANCE), fn


def test_held_out_articles_score_the_readme_figure(labelled) -> None:
    labels, found = labelled
    holdout = set(labels["holdout"])
    assert len(holdout) == 6
    accuracy, pairs = _relation_accuracy(labels, found, lambda a, b: a in holdout and b in holdout)
    assert pairs == README_HOLDOUT_PAIRS
    assert accuracy == pytest.approx(README_HOLDOUT_ACCURACY, abs=TOLERANCE)
