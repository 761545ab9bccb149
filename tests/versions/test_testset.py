"""The hand-labelled test set (tests/data/versions/): other stories, same machinery."""

from __future__ import annotations

import sys

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

from versions_accuracy import DEFAULT_DATA, expected_relations, match_changes  # noqa: E402

from analysis import load_articles  # noqa: E402
from analysis.versions import compare_versions  # noqa: E402


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


def test_change_kinds_match_the_labels(labelled) -> None:
    labels, found = labelled
    changes = [c.to_dict() for c in found.changes]
    for item in labels["pairs"]:
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
